"""What every comparison chart shares: Okabe–Ito colours, fonts, short labels, notes, export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter
from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

# Markers and line styles tell the narrators apart in greyscale too.
NARRATOR_MARKERS = {"patient": "o", "therapist": "s"}
NARRATOR_LINES: dict[str, Literal["-", "--"]] = {"patient": "-", "therapist": "--"}
SPEARMAN_COLOUR, COSINE_COLOUR = "#000000", "#CC79A7"
MUTED = "#5f5f5f"
STYLE: dict[RcKeyType, Any] = {
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#9a9a9a",
    "axes.titleweight": "bold",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.7,
}
EXPORT_DPI = 200
MAX_NOTES = 4


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


def add_notes(fig: Figure, notes: Sequence[str]) -> None:
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
    fig.supxlabel("\n".join(shown), x=0.01, ha="left", fontsize=8, color=MUTED)


def export_figure(fig: Figure, path: Path) -> Path:
    """Write ``fig`` as PNG or SVG, chosen by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(
            QCoreApplication.translate(
                "comparison.chart_style", "export as .png or .svg, not {suffix}"
            ).format(suffix=suffix or "–")
        )
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # SVG text stays text: editable
        fig.savefig(path, dpi=EXPORT_DPI, facecolor="white", format=suffix[1:])
    return path
