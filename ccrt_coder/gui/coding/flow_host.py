"""FlowHost: what the unit and RE flows need of the coding controller, which they do not import."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, SignalInstance
from PySide6.QtWidgets import QMainWindow

from ccrt_coder.gui.coding.undo_commands import CommandTarget, ProjectCommand
from ccrt_coder.gui.coding.workspace import CodingWorkspace
from ccrt_coder.usecases.project import Layer, ReRecord, Span  # through the façade


class FlowHost(CommandTarget, Protocol):
    """The window and workspace, the layer new units go to, the selection, and undoable commands."""

    window: QMainWindow
    workspace: CodingWorkspace
    layer: Layer
    unit_stored: SignalInstance

    def push(self, command: ProjectCommand) -> bool: ...

    def text(self) -> str: ...

    def selection(self) -> Span | None: ...

    def selection_in_re(self) -> tuple[ReRecord, Span] | None: ...

    def anchor(self) -> QRect: ...

    def say(self, message: str, error: bool = False) -> None: ...
