"""Blind coding: what a coder may see of the others' work, and the lead's switch for it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import CcrtError
from ccrt_coder.usecases.project import Project

CONFIRM_TITLE = QT_TRANSLATE_NOOP("coders.blind_mode", "Turn blind coding off?")
CONFIRM_TEXT = QT_TRANSLATE_NOOP(
    "coders.blind_mode",
    "Coders will see each other's work: the comparison view and the consensus meeting show "
    "every coder's units.\n\nTurn blind coding off only once the independent coding is done.",
)


@dataclass(frozen=True)
class Access:
    """What the current user may see, from the project's blind mode and their role."""

    blind: bool = True
    lead: bool = False

    @property
    def may_compare(self) -> bool:
        """All coders side by side: never while coding is blind."""
        return not self.blind

    @property
    def may_meet(self) -> bool:
        """The consensus meeting: outside blind mode, or for the project lead."""
        return not self.blind or self.lead


class BlindMode(QObject):
    """Project ▸ Blind coding: checked while coders only see their own work."""

    changed = Signal(bool)  # blind now?

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._project: Project | None = None
        self._blind = True
        self._coder_copy = False
        self.action = QAction(self.tr("&Blind coding"), window)
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.setStatusTip(
            self.tr(
                "While checked, each coder sees only their own units and ratings: for teams "
                "that share one project file (coder copies, File ▸ Prepare coder copies…, "
                "hold no other coder's work at all)"
            )
        )
        self.action.triggered.connect(self._on_triggered)
        self.set_project(None)

    def is_blind(self) -> bool:
        return self._blind

    def set_project(self, project: Project | None) -> None:
        """A coder copy is always blind (it holds one coder's work only) and stays so."""
        self._project = project
        self._coder_copy = project is not None and project.coder_copy_owner() is not None
        self._show(project.settings().blind_mode or self._coder_copy if project else True)

    def set_lead(self, lead: bool) -> None:
        self.action.setEnabled(self._project is not None and lead and not self._coder_copy)
        if self._coder_copy:
            tip = self.tr("A coder copy is always coded blind")
        elif lead:
            tip = self.tr(
                "Blind coding within one shared project file; coder copies keep the other "
                "coders' work out of a coder's file altogether"
            )
        else:
            tip = self.tr("Only the project lead switches blind coding")
        self.action.setToolTip(tip)

    def set_blind(self, blind: bool, ask: bool = True) -> bool:
        """Store the mode in the project; turning it off asks first. True if it changed."""
        if self._project is None or blind == self._blind or self._coder_copy:
            return False
        if not blind and ask and not _confirmed(self._window):
            self._show(True)
            return False
        try:
            self._project.update_settings(blind_mode=blind)
        except CcrtError as exc:
            dialogs.show_error(self._window, self.tr("Cannot change blind coding"), str(exc))
            self._show(self._blind)
            return False
        self._show(blind)
        return True

    def preview_unblinded(self) -> None:
        """Show others' work for this window only, not stored (screenshots of the views)."""
        self._show(False)

    def _on_triggered(self, checked: bool) -> None:
        self.set_blind(checked)

    def _show(self, blind: bool) -> None:
        changed = blind != self._blind
        self._blind = blind
        self.action.setChecked(blind)
        if changed:
            self.changed.emit(blind)


def _confirmed(parent: QWidget) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("coders.blind_mode", CONFIRM_TITLE),
        QCoreApplication.translate("coders.blind_mode", CONFIRM_TEXT),
        parent=parent,
    )
    off = box.addButton(
        QCoreApplication.translate("coders.blind_mode", "Turn blind coding off"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is off
