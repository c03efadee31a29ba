"""CodingController: the coding actions of one window as undoable, at-once-committed commands.

It owns the open project's undo stack and the coding actions, and wires them to the unit flows
(select, W/O/S, pick, Enter) and the RE flows (mark, extend, re-head, rate, delete). The
workspace shows each result, fresh from the file.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from ccrt_coder.gui.coding.actions import CodingActions
from ccrt_coder.gui.coding.codable_flows import NothingCodableFlows
from ccrt_coder.gui.coding.re_flows import ReFlows
from ccrt_coder.gui.coding.undo_commands import Change, ProjectCommand
from ccrt_coder.gui.coding.unit_flows import UnitFlows
from ccrt_coder.gui.coding.workspace import CodingWorkspace
from ccrt_coder.usecases.domain import CcrtError, Layer, ReRecord, Span, covering, trimmed
from ccrt_coder.usecases.project import Project

MESSAGE_MS = 6000


class CodingController(QObject):
    """``set_project`` starts a fresh undo history; ``layer`` is where new units go."""

    unit_stored = Signal(object)  # the UnitRecord just coded

    def __init__(self, window: QMainWindow, workspace: CodingWorkspace) -> None:
        super().__init__(window)
        self.window, self.workspace = window, workspace
        self._project: Project | None = None
        self.layer = Layer.CODER  # a consensus meeting codes into Layer.CONSENSUS
        self.stack = QUndoStack(self)
        self.unit_flows = UnitFlows(self, self)
        self.re_flows = ReFlows(self, self)
        self.picker, self.re_editor = self.unit_flows.picker, self.re_flows.editor
        panel = workspace.panel
        self.actions = CodingActions(window, workspace.view, panel, panel.units_table(), self.stack)
        self.codable = NothingCodableFlows(
            self, self.actions.nothing_codable, lambda: self._project
        )
        self._connect()
        self._enable()

    def _connect(self) -> None:
        a, units, res = self.actions, self.unit_flows, self.re_flows
        view, panel = self.workspace.view, self.workspace.panel
        for component, action in a.code.items():
            action.triggered.connect(lambda _=False, c=component: units.code(c))
        a.edit_unit.triggered.connect(units.edit)
        a.set_unit_span.triggered.connect(units.set_span)
        a.delete_unit.triggered.connect(units.delete)
        a.new_re.triggered.connect(res.new)
        a.extend_re.triggered.connect(res.extend)
        a.edit_re.triggered.connect(res.edit)
        a.delete_re.triggered.connect(res.delete)
        for value, action in (*a.rate.items(), *a.rate_in_panel.items()):
            action.triggered.connect(lambda _=False, v=value: res.rate(float(v)))
        panel.header.completeness.rated.connect(res.rate)
        panel.header.add_action(a.edit_re)
        panel.header.add_action(a.delete_re)
        self.nothing_codable_box = panel.header.add_check(a.nothing_codable)
        panel.units_table().doubleClicked.connect(lambda _index: units.edit())
        view.unit_clicked.connect(units.choose)
        self.workspace.current_re_changed.connect(self._name_current_re)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    # -- project ------------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        assert self._project is not None
        return self._project

    def set_project(self, project: Project | None) -> None:
        """A new history for a newly opened project (none when it closes)."""
        self.picker.close_popup()
        self.re_editor.close_popup()
        self.stack.clear()
        self._project = project
        self._enable()

    def _enable(self) -> None:
        for action in self.actions.all():
            action.setEnabled(self._project is not None)

    # -- commands (the undo commands' CommandTarget) ------------------------------------------
    def push(self, command: ProjectCommand) -> bool:
        """Run a command once (an error is told, nothing pushed), then push it for undo."""
        if self._project is None:
            return False
        try:
            command.run()
        except CcrtError as exc:
            self.say(str(exc), error=True)
            return False
        self.stack.push(command)
        return True

    def applied(self, change: Change, message: str) -> None:
        self.workspace.show_change(
            change.interview_id,
            change.re_id,
            change.unit_id,
            res_changed=change.res_changed,
            ratings_changed=change.rating_changed,
        )
        self.say(message)

    def failed(self, error: CcrtError) -> None:
        """An undo or redo the file refused: the history no longer matches it, so it goes."""
        self.say(self.tr("{error} — the undo history was cleared.").format(error=error), error=True)
        QTimer.singleShot(0, self.stack.clear)

    # -- what the flows share -----------------------------------------------------------------
    def text(self) -> str:
        return self.workspace.view.toPlainText()

    def selection(self) -> Span | None:
        """The selected text without white space at its ends, or None with a message."""
        if self.workspace.current_interview() is None:
            self.say(self.tr("Open an interview in the study tree first."))
            return None
        span = self.workspace.view.selection_span()
        span = trimmed(self.text(), span) if span else None
        if span is None:
            self.say(self.tr("Select text in the transcript first (drag, or Shift+arrow keys)."))
        return span

    def selection_in_re(self) -> tuple[ReRecord, Span] | None:
        """The selection and the RE whose text holds it (made current), or None with a message."""
        span = self.selection()
        if span is None:
            return None
        re = next((r for r in self.workspace.episodes() if covering(r.spans, span)), None)
        if re is None:
            self.say(
                self.tr(
                    "The selection is not inside one RE: select text within an RE, "
                    "or press R to make it a new RE."
                )
            )
            return None
        if self.workspace.panel.current_re() != re:
            self.workspace.select_re(re.id, scroll=False)
        return re, span

    def anchor(self) -> QRect:
        """The end of the selection, in window coordinates (where popups open)."""
        view = self.workspace.view
        rect = view.selection_rect()
        return QRect(view.viewport().mapTo(self.window, rect.topLeft()), rect.size())

    def say(self, message: str, error: bool = False) -> None:
        self.window.statusBar().showMessage(message, MESSAGE_MS * (2 if error else 1))
        if error:
            QApplication.beep()

    def _name_current_re(self, _re_id: int | None) -> None:
        """The RE actions say which RE they act on: "Add selection to RE 3"."""
        re = self.workspace.panel.current_re()
        suffix = self.tr("RE {number}").format(number=re.number) if re else self.tr("current RE")
        self.actions.extend_re.setText(self.tr("&Add selection to {suffix}").format(suffix=suffix))
        self.actions.edit_re.setText(self.tr("&Edit {suffix}…").format(suffix=suffix))
        self.actions.delete_re.setText(self.tr("&Delete {suffix}…").format(suffix=suffix))

    def _context_menu(self, point: QPoint) -> None:
        view = self.workspace.view
        menu = view.createStandardContextMenu(point)
        self.actions.context_menu(menu)
        menu.exec(view.viewport().mapToGlobal(point))
        menu.deleteLater()
