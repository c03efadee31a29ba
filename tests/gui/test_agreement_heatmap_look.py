"""The heat map on screen: labels elided only with their full text at hand, every tick and
legend text inside the canvas, and the card in the palette's colours (dark stays dark)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from ccrt_coder.gui.agreement.heat_layout import row_label
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.usecases.project import Project
from tests.gui.agreement_helpers import wait_shown
from tests.gui.dark_palette import dark_app
from tests.gui.opposed_study import ALLY, LONG_LABEL, build_opposed


def show(qtbot, project: Project, size: tuple[int, int]) -> AgreementView:
    view = AgreementView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_context(project, None, False)
    view.show()
    wait_shown(qtbot, view)
    view.heatmap.canvas.grab()  # painted once: the layout is known
    return view


def test_an_elided_row_label_shows_its_full_text_on_hover(qtbot, opposed: Project) -> None:
    canvas = show(qtbot, opposed, (1024, 700)).heatmap.canvas
    grid, layout = canvas.grid(), canvas._layout
    row = next(i for i, r in enumerate(grid.rows) if r.label == LONG_LABEL)
    label = layout.labels[row]
    metrics = QFontMetricsF(canvas.font())
    assert metrics.horizontalAdvance(row_label(grid.rows[row])) > label.width()  # elided
    point = label.center().toPoint()
    QApplication.sendEvent(
        canvas, QHelpEvent(QEvent.Type.ToolTip, point, canvas.mapToGlobal(point))
    )
    assert QToolTip.text() == f"W3 {LONG_LABEL}"


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_every_scale_text_lies_inside_the_canvas(qtbot, opposed: Project, size) -> None:
    canvas = show(qtbot, opposed, size).heatmap.canvas
    layout, metrics = canvas._layout, QFontMetricsF(canvas.font())
    widest_tick = max(metrics.horizontalAdvance(f"{t:.1f}") for t in (-1.0, -0.5, 0.0, 0.5, 1.0))
    assert layout.bar.right() + 6 + widest_tick <= canvas.width()
    undefined = metrics.horizontalAdvance("undefined")
    assert layout.legend.left() + layout.bar.width() + 6 + undefined <= canvas.width()
    assert all(cell.right() <= layout.bar.left() for row in layout.cells for cell in row)


def test_the_heat_map_follows_a_dark_palette(qtbot, opposed: Project) -> None:
    with dark_app() as palette:
        canvas = show(qtbot, opposed, (1400, 800)).heatmap.canvas
        image = canvas.grab().toImage()
        base = palette.color(QPalette.ColorRole.Base)
        assert QColor(image.pixel(2, 2)) == base  # the card, not white
        title = canvas._layout.title.toRect()
        lightest = max(
            QColor(image.pixel(x, y)).lightness()
            for x in range(title.left(), title.right(), 2)
            for y in range(title.top(), title.bottom(), 2)
        )
        assert lightest > 180  # light text on the dark card


def test_many_coder_pairs_scroll_rather_than_cut_a_figure(qtbot, tmp_path: Path) -> None:
    path = build_opposed(tmp_path / "four.ccrt", allies=(ALLY, "Echo"))  # 6 pairs and all
    with Project.open(path) as project:
        canvas = show(qtbot, project, (1024, 700)).heatmap.canvas
        layout = canvas._layout
        assert len(layout.cells[0]) == 7
        right = max(cell.right() for row in layout.cells for cell in row)
        assert right <= layout.bar.left() and layout.legend.right() <= canvas.width()
    QThreadPool.globalInstance().waitForDone(10_000)
