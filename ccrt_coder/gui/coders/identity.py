"""Who is coding: the coder identity of the open project, asked once and remembered per project."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.gui.widgets import dialogs
from ccrt_coder.usecases.domain import CcrtError, CoderRecord
from ccrt_coder.usecases.project import Project

if TYPE_CHECKING:
    from ccrt_coder.gui.coders.coder_dialog import CoderChoice, CoderDialog


@dataclass(frozen=True)
class CoderIdentity:
    """The coder whose layer the user works in; ``lead``: they lead the project;
    ``coder_copy``: the file is this coder's coder copy (nobody else codes in it, nobody leads)."""

    coder: CoderRecord
    lead: bool = False
    coder_copy: bool = False

    @property
    def id(self) -> int:
        return self.coder.id

    @property
    def name(self) -> str:
        return self.coder.name


class IdentityKeeper(QObject):
    """Asks "Who is coding?" when a project opens (unless remembered) and on request.

    The dialog is window-modal but never blocks the caller (``open()``, not ``exec()``), so the
    project is shown behind it and tests can answer it with real clicks.
    """

    identity_changed = Signal(object)  # a CoderIdentity, or None

    def __init__(self, settings: UiSettings, window: QWidget, ask: bool = True) -> None:
        super().__init__(window)
        self._settings, self._window, self._ask = settings, window, ask
        self._project: Project | None = None
        self._identity: CoderIdentity | None = None
        self.dialog: CoderDialog | None = None

    def identity(self) -> CoderIdentity | None:
        return self._identity

    def start(self, project: Project) -> None:
        """A project was opened: a coder copy is its coder's; otherwise take the remembered
        coder, or ask."""
        self._close_dialog()
        self._project = project
        owner = project.coder_copy_owner()
        if owner is not None:
            self._set(CoderIdentity(owner, lead=False, coder_copy=True))
            return
        remembered = self._settings.coder_for(project.path)
        coder = _active(project, remembered)
        lead = self._settings.lead_for(project.path)
        self._set(CoderIdentity(coder, lead) if coder else None)
        if coder is None and self._ask:
            self.ask()

    def clear(self) -> None:
        """The project was closed."""
        self._close_dialog()
        self._project = None
        self._set(None)

    def refresh(self) -> None:
        """The coders changed (renamed, retired, merged): keep the identity under its new
        name, or ask again when that coder is retired or gone."""
        if self._project is None:
            return
        current = self._identity
        coder = _active(self._project, current.id) if current else None
        if current is not None and coder is not None:
            self._set(CoderIdentity(coder, current.lead))
        elif current is not None:
            self.start(self._project)

    def ask(self) -> CoderDialog | None:
        """Show the "Who is coding?" dialog (the answer arrives through ``identity_changed``)."""
        from ccrt_coder.gui.coders.coder_dialog import CoderDialog  # loaded when first opened

        if self._project is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        current = self._identity
        self.dialog = CoderDialog(
            self._project.coders(),
            current.id if current else None,
            current.lead if current else self._settings.lead_for(self._project.path),
            self._project.settings().name,
            self._window,
        )
        if current is not None and current.coder_copy:
            self.dialog.lock_to(current.name)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.open()
        return self.dialog

    def adopt(self, coder_id: int, lead: bool | None = None) -> None:
        """Switch to an existing coder without asking (screenshots, scripted use)."""
        if self._project is None or self._in_coder_copy():
            return
        coder = _active(self._project, coder_id)
        if coder is not None:
            keep = self._identity.lead if self._identity else False
            self._remember(CoderIdentity(coder, keep if lead is None else lead))

    # -- answers ------------------------------------------------------------------------------
    def _on_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        choice = dialog.choice() if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if choice is not None and self._project is not None and not self._in_coder_copy():
            self._take(choice)

    def _take(self, choice: CoderChoice) -> None:
        assert self._project is not None
        try:
            if choice.coder_id is None:
                coder = self._project.add_coder(choice.new_name)
            else:
                coder = next(c for c in self._project.coders() if c.id == choice.coder_id)
        except (CcrtError, StopIteration) as exc:
            dialogs.show_error(self._window, self.tr("Cannot choose this coder"), str(exc))
            self.ask()
            return
        self._remember(CoderIdentity(coder, choice.lead))

    def _remember(self, identity: CoderIdentity) -> None:
        assert self._project is not None
        self._settings.set_coder_for(self._project.path, identity.id)
        self._settings.set_lead_for(self._project.path, identity.lead)
        self._set(identity)

    def _in_coder_copy(self) -> bool:
        return self._identity is not None and self._identity.coder_copy

    def _set(self, identity: CoderIdentity | None) -> None:
        self._identity = identity
        self.identity_changed.emit(identity)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._on_finished)
            dialog.reject()
            dialog.deleteLater()


def _active(project: Project, coder_id: int | None) -> CoderRecord | None:
    """The project's coder with this id, unless they are retired."""
    return next((c for c in project.coders() if c.id == coder_id and not c.retired), None)
