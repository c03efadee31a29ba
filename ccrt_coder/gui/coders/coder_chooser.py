"""CoderChooser: the toolbar's "Coding as" — who is coding, and a way to switch (by asking)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.elided_label import ElidedLabel
from ccrt_coder.usecases.domain import CoderRecord


class CoderChooser(QWidget):
    """``Coding as Anna · lead [Switch coder…]``.

    It shows only the identity chosen for the project, never a list of the other coders:
    while coding is blind nobody may open another coder's layer from here. Switching goes
    through the "Who is coding?" dialog (``switch_requested``).
    """

    coder_changed = Signal(object)  # the chosen coder id, or None
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coders: list[CoderRecord] = []
        self._current: int | None = None
        self._lead = self._locked = False
        caption = QLabel(self.tr("Coding as"))
        self._name = ElidedLabel(widest_chars=24)
        font = self._name.font()
        font.setBold(True)
        self._name.setFont(font)
        self._role = QLabel()
        self._mute(caption)
        self._mute(self._role)
        self.switch_button = QPushButton(self.tr("Switch coder…"))
        self.switch_button.clicked.connect(self.switch_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(8)
        for widget in (caption, self._name, self._role, self.switch_button):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._show()

    def set_coders(self, coders: Sequence[CoderRecord], current: int | None = None) -> None:
        """The project's coders and the one coding now (None: nobody chosen yet); retired
        coders are not offered."""
        self._coders = [c for c in coders if not c.retired]
        ids = {c.id for c in self._coders}
        self._current = current if current in ids else None
        self._show()

    def set_lead(self, lead: bool) -> None:
        self._lead = lead
        self._show_role()

    def set_locked(self, locked: bool) -> None:
        """In a coder copy nobody switches: the file holds one coder's work only."""
        self._locked = locked
        self._show()

    def role_text(self) -> str:
        """What the chooser says of the role (e.g. ``· project lead``), empty for none."""
        return self._role.text()

    def current_coder(self) -> int | None:
        return self._current

    def current_name(self) -> str:
        return next((c.name for c in self._coders if c.id == self._current), "")

    def choose(self, coder_id: int) -> None:
        """Switch to one of the project's coders (scripted use; people use the dialog)."""
        if coder_id != self._current and any(c.id == coder_id for c in self._coders):
            self._current = coder_id
            self._show()
            self.coder_changed.emit(coder_id)

    def _show(self) -> None:
        chosen = self._current is not None
        self._name.setText(self.current_name() if chosen else self.tr("nobody yet"))
        self._name.setEnabled(chosen)
        self.switch_button.setText(self.tr("Switch coder…") if chosen else self.tr("Choose coder…"))
        self.switch_button.setEnabled(not self._locked)
        self.switch_button.setToolTip(
            self.tr("A coder copy is coded by its own coder only")
            if self._locked
            else self.tr("Say who is coding (Project ▸ Who is coding?)")
        )
        self._lead = self._lead and chosen
        self._show_role()

    def _show_role(self) -> None:
        """``· project lead``, or ``· coder copy`` in a coder copy (where nobody leads)."""
        if self._locked:
            self._role.setText(self.tr("· coder copy"))
        else:
            self._role.setText(self.tr("· project lead") if self._lead else "")
        self._role.setVisible(bool(self._role.text()))

    def _mute(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(label.foregroundRole(), muted_text(palette))
        label.setPalette(palette)
