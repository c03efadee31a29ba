"""The side-by-side dock's content: a caption, the consensus bar (meeting only), the columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ccrt_coder.gui.consensus.coder_columns import CoderColumns
from ccrt_coder.gui.consensus.meeting import ConsensusBar
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.terms import count


class SideBySidePane(QWidget):
    """The dock's content: a caption, the consensus bar (meeting only) and the columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.detail = QLabel()
        palette = self.detail.palette()
        palette.setColor(self.detail.foregroundRole(), muted_text(palette))
        self.detail.setPalette(palette)
        self.bar = ConsensusBar()
        self.columns = CoderColumns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(4)
        for widget in (self.caption, self.detail, self.bar):
            layout.addWidget(widget)
        layout.addWidget(self.columns, 1)

    def clear(self, message: str) -> None:
        """Nothing of an RE shown (no mode, no interview, or another project)."""
        self.caption.clear()
        self.detail.clear()
        self.bar.hide()
        self.columns.clear(message)

    def show_detail(self, meeting: bool, n_coders: int) -> None:
        """How many coders, and how to read what the mode shows."""
        self.detail.setText(_detail(meeting, n_coders))


def _detail(meeting: bool, n_coders: int) -> str:
    who = count(n_coders, "coder")
    if meeting:
        return QCoreApplication.translate(
            "consensus.coders_side_by_side",
            "{who}. Accepting copies a unit into the consensus; coders' units stay unchanged. "
            "≠ another coder coded it otherwise.",
        ).format(who=who)
    return QCoreApplication.translate(
        "consensus.coders_side_by_side",
        "{who}, one colour each; in the text: W solid, RO dashed, RS dotted; "
        "≠ another coder coded it otherwise, = alike.",
    ).format(who=who)
