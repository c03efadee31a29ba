"""ComponentSwitch: W / RO / RS as a small segmented switch, each in its component's colours."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from ccrt_coder.gui.widgets.component_style import COMPONENT_COLOURS, component_tint
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.usecases.domain import Component

_ORDER = list(Component)


class ComponentSwitch(QWidget):
    """Clicking a segment emits ``chosen``; :meth:`show_component` does not."""

    chosen = Signal(object)  # a Component

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for number, component in enumerate(_ORDER):
            button = QToolButton()
            button.setText(component.value)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the filter
            button.setToolTip(
                self.tr("{title} (Alt+{value})").format(
                    title=component_title(component), value=component.value[-1]
                )
            )
            tint = component_tint(component, self.palette()).name()
            button.setStyleSheet(
                "QToolButton { padding: 2px 9px; border: 1px solid palette(mid);"
                " background: palette(base); }"
                f"QToolButton:checked {{ background: {tint};"
                f" border: 1px solid {COMPONENT_COLOURS[component]}; font-weight: bold; }}"
            )
            self._group.addButton(button, number)
            row.addWidget(button)
        self._group.idClicked.connect(lambda n: self.chosen.emit(_ORDER[n]))

    def show_component(self, component: Component) -> None:
        self._group.button(_ORDER.index(component)).setChecked(True)

    def current(self) -> Component | None:
        number = self._group.checkedId()
        return _ORDER[number] if number >= 0 else None
