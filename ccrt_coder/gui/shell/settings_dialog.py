"""ProjectSettingsDialog: the study's name, phases and CCRT thresholds, saved in the project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ccrt_coder.gui.forms.ui_project_settings import Ui_ProjectSettingsDialog
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.message_line import MessageLine
from ccrt_coder.gui.widgets.phases import parse_phases
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import CcrtError, StudySettings
from ccrt_coder.usecases.project import Project

_BLIND_ON = QT_TRANSLATE_NOOP(
    "shell.settings_dialog", "On: each coder sees only their own units and ratings."
)
_BLIND_OFF = QT_TRANSLATE_NOOP(
    "shell.settings_dialog", "Off: coders see each other's work (comparison, consensus meeting)."
)
_BLIND_HOW = QT_TRANSLATE_NOOP(
    "shell.settings_dialog", "The project lead switches it in Project ▸ Blind coding."
)


class ProjectSettingsDialog(QDialog):
    """Editable by the project lead; others see the settings read-only."""

    def __init__(
        self,
        project: Project,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectSettingsDialog()
        self.ui.setupUi(self)
        self._project = project
        self.error = MessageLine()
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.count() - 1, self.error)
        self._show(project.settings(), editable)
        self.ui.buttonBox.accepted.connect(self.save)

    def _show(self, settings: StudySettings, editable: bool) -> None:
        ui = self.ui
        ui.nameEdit.setText(settings.name)
        ui.phasesEdit.setText(", ".join(str(p) for p in settings.phases))
        ui.thresholdSpin.setValue(settings.completeness_threshold)
        ui.minResSpin.setValue(settings.min_res_for_ccrt)
        blind = _BLIND_ON if settings.blind_mode else _BLIND_OFF
        how = QCoreApplication.translate("shell.settings_dialog", _BLIND_HOW)
        ui.blindValue.setText(
            f"{QCoreApplication.translate('shell.settings_dialog', blind)}\n{how}"
        )
        for field in (ui.nameEdit, ui.phasesEdit, ui.thresholdSpin, ui.minResSpin):
            field.setEnabled(editable)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(editable)
        if not editable:
            ui.introLabel.setText(
                self.tr("{text} Only the project lead changes them.").format(
                    text=ui.introLabel.text()
                )
            )
        for hint in (ui.blindValue, ui.minResHint):
            palette = hint.palette()
            palette.setColor(hint.foregroundRole(), muted_text(palette))
            hint.setPalette(palette)

    def save(self) -> None:
        """Store the settings and close, or say what is wrong and stay open."""
        ui = self.ui
        try:
            phases = parse_phases(ui.phasesEdit.text())
            self._project.update_settings(
                name=ui.nameEdit.text().strip(),
                phases=phases,
                completeness_threshold=ui.thresholdSpin.value(),
                min_res_for_ccrt=ui.minResSpin.value(),
            )
        except (ValueError, CcrtError) as exc:
            self.error.show_error(str(exc))
            return
        self.accept()
