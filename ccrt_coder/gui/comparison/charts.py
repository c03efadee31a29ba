"""The list of comparison charts and how one is drawn onto a matplotlib Figure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import matplotlib
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.comparison.chart_style import STYLE, ChartInk
from ccrt_coder.gui.comparison.figures import ComparisonFigures
from ccrt_coder.gui.comparison.pervasiveness_chart import draw_pervasiveness
from ccrt_coder.gui.comparison.trend_charts import draw_share_positive, draw_similarity
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP

Draw = Callable[[Figure, ComparisonFigures, ChartInk], list[Artist]]  # returns legend handles


@dataclass(frozen=True)
class Chart:
    key: str
    title: str  # the tab's name
    heading: str  # the figure's own title, before the choice
    draw: Draw


CHARTS = (
    Chart(
        "pervasiveness",
        QT_TRANSLATE_NOOP("comparison.charts", "Pervasiveness"),
        QT_TRANSLATE_NOOP("comparison.charts", "Pervasiveness per phase"),
        draw_pervasiveness,
    ),
    Chart(
        "share_positive",
        QT_TRANSLATE_NOOP("comparison.charts", "Positive RO/RS"),
        QT_TRANSLATE_NOOP("comparison.charts", "Share of positive units"),
        draw_share_positive,
    ),
    Chart(
        "similarity",
        QT_TRANSLATE_NOOP("comparison.charts", "Similarity"),
        QT_TRANSLATE_NOOP("comparison.charts", "Patient–therapist similarity"),
        draw_similarity,
    ),
)


def draw_chart(
    fig: Figure, chart: Chart, figures: ComparisonFigures, subtitle: str, ink: ChartInk
) -> None:
    """Clear ``fig`` and draw ``chart`` for ``figures`` in ``ink``'s colours, titled with what
    was chosen."""
    fig.clear()
    fig.set_facecolor(ink.paper)
    with matplotlib.rc_context({**STYLE, **ink.rc()}):
        fig.set_layout_engine("constrained")
        handles = chart.draw(fig, figures, ink)
        # The title heads the legend, so one block on top holds both and they cannot overlap.
        fig.legend(
            handles=handles,
            loc="outside upper left",
            ncols=len(handles),
            frameon=False,
            title=f"{QCoreApplication.translate('comparison.charts', chart.heading)}\n{subtitle}",
            title_fontsize=10,
            alignment="left",
        )
