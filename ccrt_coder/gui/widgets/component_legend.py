"""ComponentLegend: the key to the highlight colours and underline styles of W, RO and RS."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ccrt_coder.gui.widgets.component_style import component_icon
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.usecases.domain import Component


class ComponentLegend(QWidget):
    """``W Wish · RO Response of Other · RS Response of Self``, each with its swatch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 0)
        layout.setSpacing(6)
        for component in Component:
            swatch = QLabel()
            swatch.setPixmap(component_icon(component).pixmap(QSize(16, 16)))
            title = component_title(component)
            swatch.setToolTip(f"{component.value}: {title}")
            text = QLabel(f"<b>{component.value}</b> {title}")
            layout.addWidget(swatch)
            layout.addWidget(text)
            layout.addSpacing(8)
        layout.addStretch(1)
