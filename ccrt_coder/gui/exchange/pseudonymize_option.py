"""The "Pseudonymise" choice every export dialog offers, with the replacements one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.exchange.redaction_dialog import RedactionDialog
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.usecases.project import Project


class PseudonymizeOption(QWidget):
    """A checkbox (names replaced by labels) and "Preview replacements…", which shows every
    name → label with its occurrences (Project ▸ Names to redact…)."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self.dialog: RedactionDialog | None = None
        self.check = QCheckBox(self.tr("&Pseudonymise: replace people's names by labels"))
        self.check.setToolTip(
            self.tr(
                "Patient and therapist by their codes, other persons by role and number "
                "([MOTHER], [FRIEND-2]), coders as Coder 1..n, and the names you added"
            )
        )
        self.preview_button = QPushButton(self.tr("Preview replacements…"))
        self.preview_button.clicked.connect(self.preview)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.preview_button)
        layout.addStretch(1)

    def is_checked(self) -> bool:
        return self.check.isChecked()

    def preview(self) -> RedactionDialog:
        """Every replacement (and where names are added or relabelled) in a modal dialog."""
        self.dialog = RedactionDialog(self._project, self)
        self.dialog.open()
        return self.dialog


class PseudonymizeChoice(QDialog):
    """Asked after the file is chosen, for exports picked in a file dialog only (REFI-QDA):
    plain or pseudonymised, with the replacements one click away."""

    def __init__(self, project: Project, out: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export {name}").format(name=out.name))
        intro = plain(QLabel())
        intro.setText(
            self.tr("Write {name} with the transcripts, REs and every coder's units.").format(
                name=out.name
            )
        )
        intro.setWordWrap(True)
        self.option = PseudonymizeOption(project, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.option)
        layout.addWidget(buttons)
