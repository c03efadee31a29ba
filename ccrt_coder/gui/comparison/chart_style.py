"""What every comparison chart shares: Okabe–Ito colours, fonts, short labels, notes, export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from ccrt_coder.gui.widgets.component_style import blend, muted_text

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

# Markers and line styles tell the narrators apart in greyscale too.
NARRATOR_MARKERS = {"patient": "o", "therapist": "s"}
NARRATOR_LINES: dict[str, Literal["-", "--"]] = {"patient": "-", "therapist": "--"}
COSINE_COLOUR = "#CC79A7"  # Spearman's line is drawn in the text colour
STYLE: dict[RcKeyType, Any] = {
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titleweight": "bold",
    "grid.linewidth": 0.7,
    "text.parse_math": False,  # category labels and names are text: "$x$" is not a formula
}
EXPORT_DPI = 200
MAX_NOTES = 4


@dataclass(frozen=True)
class ChartInk:
    """The colours around the data: background, text, muted text and lines, grid, axes."""

    paper: str
    text: str
    muted: str
    grid: str
    edge: str

    def rc(self) -> dict[RcKeyType, Any]:
        """matplotlib settings that put every figure, axes, text and tick in these colours."""
        return {
            "figure.facecolor": self.paper,
            "axes.facecolor": self.paper,
            "savefig.facecolor": self.paper,
            "text.color": self.text,
            "axes.labelcolor": self.text,
            "axes.titlecolor": self.text,
            "xtick.color": self.edge,
            "ytick.color": self.edge,
            "xtick.labelcolor": self.text,
            "ytick.labelcolor": self.text,
            "legend.labelcolor": self.text,
            "axes.edgecolor": self.edge,
            "grid.color": self.grid,
            "hatch.color": self.muted,
        }


PAPER = ChartInk("#ffffff", "#000000", "#5f5f5f", "#dddddd", "#9a9a9a")  # exports: print


def screen_ink(palette: QPalette) -> ChartInk:
    """On screen the charts follow the widget palette (light or dark)."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return ChartInk(
        base.name(),
        text.name(),
        muted_text(palette).name(),
        blend(base, text, 0.15).name(),
        blend(base, text, 0.45).name(),
    )


def short_label(code: str, label: str, width: int = 30) -> str:
    """'W3 To be controlled, hurt…': the code always, the label cut at a word boundary."""
    text = f"{code} {label}"
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(",;")
    return f"{cut}…"


def percent_axis(axis: Any) -> None:
    axis.set_major_formatter(PercentFormatter(1.0, decimals=0))


def phase_ticks(ax: Any, phases: Sequence[int], extra: Sequence[str] | None = None) -> None:
    """Phases as evenly spaced categories (5, 15, 28 are sessions, not a scale); bare numbers
    under an axis label, so three of them fit a narrow panel."""
    labels = [str(p) for p in phases]
    if extra is not None:
        labels = [f"{label}\n{more}" for label, more in zip(labels, extra, strict=True)]
    ax.set_xticks(range(len(phases)), labels)
    ax.set_xlim(-0.4, len(phases) - 0.6)
    ax.set_xlabel(QCoreApplication.translate("comparison.chart_style", "Phase"))


def panel_title(ax: Any, component: str, name: str) -> None:
    """'RO' over 'response of other': two short lines fit side-by-side panels."""
    ax.set_title(f"{component}\n{name}", fontsize=9.5)


def add_notes(fig: Figure, notes: Sequence[str], ink: ChartInk) -> None:
    """Footnotes under the panels (what was left out and why); laid out with the figure."""
    if not notes:
        return
    shown = list(notes[:MAX_NOTES])
    if len(notes) > MAX_NOTES:
        shown.append(
            QCoreApplication.translate(
                "comparison.chart_style", "… and {n} more (see the table)."
            ).format(n=len(notes) - MAX_NOTES)
        )
    fig.supxlabel("\n".join(shown), x=0.01, ha="left", fontsize=8, color=ink.muted)


def export_figure(fig: Figure, path: Path) -> Path:
    """Write ``fig`` (drawn in ``PAPER`` ink) as PNG or SVG, chosen by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(
            QCoreApplication.translate(
                "comparison.chart_style", "export as .png or .svg, not {suffix}"
            ).format(suffix=suffix or "–")
        )
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # SVG text stays text: editable
        fig.savefig(path, dpi=EXPORT_DPI, facecolor=PAPER.paper, format=suffix[1:])
    return path
