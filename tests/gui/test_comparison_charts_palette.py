"""The comparison charts follow the widget palette on screen (a dark palette gives a dark
chart with light text, also after switching while open); exports stay on white paper."""

from __future__ import annotations

import pytest
from matplotlib.colors import to_hex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ccrt_coder.gui.comparison.charts import CHARTS
from ccrt_coder.gui.comparison.view import ComparisonView
from tests.gui.comparison_helpers import open_view
from tests.gui.dark_palette import dark_app, dark_palette


def colours(view: ComparisonView) -> dict[str, object]:
    """The chart shown: its figure and axes backgrounds, its texts and tick label colours."""
    fig = view.charts.current_figure()
    ax = fig.axes[0]
    return {
        "figure": to_hex(fig.get_facecolor()),
        "axes": to_hex(ax.get_facecolor()),
        "ticks": {to_hex(t.get_color()) for t in ax.get_yticklabels() + ax.get_xticklabels()},
        "title": to_hex(fig.legends[0].get_title().get_color()),
    }


def light(colour: str) -> bool:
    return QColor(colour).lightness() > 160


@pytest.mark.parametrize("index", range(len(CHARTS)))
def test_a_dark_palette_gives_dark_charts_with_light_text(qtbot, demo_project, index) -> None:
    with dark_app() as palette:
        view = open_view(qtbot, demo_project)
        view.charts.tabs.setCurrentIndex(index)
        seen = colours(view)
        base = palette.color(QPalette.ColorRole.Base).name()
        assert seen["figure"] == base and seen["axes"] == base
        assert light(seen["title"]) and all(light(c) for c in seen["ticks"])


def test_switching_the_palette_redraws_the_chart(qtbot, demo_project) -> None:
    view = open_view(qtbot, demo_project)
    assert not light(colours(view)["title"])  # the usual light palette: dark text
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: colours(view)["figure"] == "#1e1e1e", timeout=5000)
        assert light(colours(view)["title"])
    finally:
        app.setPalette(before)


def test_an_exported_chart_is_on_white_with_dark_text(qtbot, demo_project, tmp_path) -> None:
    with dark_app():
        view = open_view(qtbot, demo_project)
        view.export_chart(tmp_path / "chart.svg")
        svg = (tmp_path / "chart.svg").read_text()
    assert "fill: #ffffff" in svg and "fill: #e6e6e6" not in svg
