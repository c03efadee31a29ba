"""ReEditor: the other person and time frame of a new RE, or of one being re-labelled.

A new RE starts with no other person: a quick Enter must not label it "mother" unasked.
"About this dyad's partner" follows the other person (the partner's type ticks it) until the
coder ticks or clears it: a former therapist or another patient is then told apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.popup_frame import PopupFrame
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import ReHeader

NOT_GIVEN = QT_TRANSLATE_NOOP("coding.re_editor", "not given")
HINT = QT_TRANSLATE_NOOP("coding.re_editor", "Enter save · Esc cancel")


class ReEditor(PopupFrame):
    """``accepted`` carries a :class:`ReHeader`. Type-ahead works in both lists."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setMinimumWidth(330)
        self.title = plain(QLabel())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = plain(QLabel())
        palette = self.detail.palette()
        palette.setColor(self.detail.foregroundRole(), muted_text(palette))
        self.detail.setPalette(palette)
        self.other = QComboBox()
        self.other.setPlaceholderText(self.tr("choose (type its first letters)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Helga (optional)"))
        self.time_frame = QComboBox()
        self.partner = QCheckBox(self.tr("About this dyad's &partner"))
        self.partner.setToolTip(
            self.tr(
                "Ticked by itself when the other person is the dyad partner's type; tick or "
                "clear it for, e.g., a former therapist or another patient."
            )
        )
        self._partner_type = ""
        self._partner_set = False  # the coder ticked or cleared it: the type no longer decides
        self.partner.clicked.connect(self._partner_clicked)
        self.other.currentTextChanged.connect(self._follow_type)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setPalette(palette)
        form = QFormLayout()
        form.addRow(self.tr("&Other person:"), self.other)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Time frame:"), self.time_frame)
        form.addRow("", self.partner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        layout.addWidget(self.hint)

    def open_for(
        self,
        title: str,
        detail: str,
        other_types: Sequence[str],
        time_frames: Sequence[str],
        anchor: QRect,
        header: ReHeader | None = None,
        partner_type: str = "",
    ) -> None:
        """Show beside ``anchor`` (host coordinates), prefilled with ``header`` if given;
        ``partner_type`` is the other-person type that names the narrator's dyad partner."""
        self._partner_type, self._partner_set = partner_type.lower(), False
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.hint.setText(QCoreApplication.translate("coding.re_editor", HINT))
        self.other.clear()
        self.other.addItems(list(other_types))
        self.other.setCurrentIndex(-1)  # nobody until the coder says who
        self.time_frame.clear()
        self.time_frame.addItem(QCoreApplication.translate("coding.re_editor", NOT_GIVEN), "")
        for frame in time_frames:
            self.time_frame.addItem(frame, frame)
        if header is not None:
            if header.other_type and self.other.findText(header.other_type) < 0:
                self.other.addItem(header.other_type)  # a type the settings no longer list
            self.other.setCurrentIndex(self.other.findText(header.other_type))
            self.time_frame.setCurrentIndex(max(self.time_frame.findData(header.time_frame), 0))
        self._follow_type(self.other.currentText())
        if header is not None and header.about_partner is not None:
            self._partner_set = header.about_partner != self.partner.isChecked()
            self.partner.setChecked(header.about_partner)
        self.name.setText(header.other_name if header else "")
        self.popup_at(anchor, self.other)

    def result(self) -> ReHeader | None:
        other = self.other.currentText()
        if not other:
            self.hint.setText(
                self.tr("Choose the other person first: type its first letters, or ↓.")
            )
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            self.other.setFocus()
            return None
        return ReHeader(
            other,
            self.name.text().strip(),
            self.time_frame.currentData() or "",
            self.partner.isChecked(),  # as shown: the type's inference unless the coder set it
        )

    def _follow_type(self, other: str) -> None:
        if not self._partner_set:
            self.partner.setChecked(bool(other) and other.lower() == self._partner_type)

    def _partner_clicked(self) -> None:
        self._partner_set = True
