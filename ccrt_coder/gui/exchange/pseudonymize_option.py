"""The "Pseudonymise" choice every export dialog offers, with the replacements one click away."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from ccrt_coder.gui.exchange.redaction_dialog import RedactionDialog
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
