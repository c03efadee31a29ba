"""Chart: pervasiveness of each code, patient beside therapist; components down, phases across."""

from __future__ import annotations

from typing import Any

from matplotlib.artist import Artist
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.comparison.cell_text import component_name
from ccrt_coder.gui.comparison.chart_style import ChartInk, short_label
from ccrt_coder.gui.comparison.figures import ComparisonFigures
from ccrt_coder.gui.comparison.narrator_colours import NARRATOR_COLOURS
from ccrt_coder.gui.widgets.terms import level_word
from ccrt_coder.usecases.ccrt import COMPONENTS, NARRATORS

BAR = 0.4
GAP = 0.22  # between phase blocks, in units of one block (0–100 %)
FEW_HATCH = "////"
WIDE_PX = 600  # narrower charts get shorter code labels, leaving the bars room


def draw_pervasiveness(fig: Figure, figures: ComparisonFigures, ink: ChartInk) -> list[Artist]:
    """One axes per component; inside it one 0–100 % block per phase (small multiples drawn
    in one axes: a third of the axes and ticks of a 3 × 3 grid, so it redraws quickly).
    Codes used by neither narrator in any phase are left out, so the rows stay readable."""
    axes = fig.subplots(len(COMPONENTS), 1, sharex=True, squeeze=False)[:, 0]
    phases = figures.phases
    starts = [k * (1 + GAP) for k in range(len(phases))]
    label_width = 30 if fig.get_figwidth() * fig.dpi >= WIDE_PX else 21
    for ax, component in zip(axes, COMPONENTS, strict=True):
        codes = _used_codes(figures, component)
        _frame(ax, starts, component, codes, label_width, ink.muted)
        for narrator, offset in zip(NARRATORS, (-BAR / 2, BAR / 2), strict=True):
            _bars(ax, figures, component, narrator, offset, starts, codes)
    _phase_headers(axes[0], figures, starts)
    ticks = [start + x for start in starts for x in (0, 0.5, 1)]
    # Later blocks' "0" would touch the previous block's "100"; their zero line says it.
    labels = ["0", "50", "100"] + ["", "50", "100"] * (len(starts) - 1)
    axes[-1].set_xticks(ticks, labels)
    axes[-1].set_xlim(-0.04, starts[-1] + 1.04)
    level = figures.choice.level
    fig.supxlabel(
        QCoreApplication.translate(
            "comparison.pervasiveness_chart", "Pervasiveness: % of included REs with the {level}"
        ).format(level=level_word(level)),
        fontsize=9,
    )
    return _legend(figures.min_res, ink)


def _used_codes(figures: ComparisonFigures, component: str) -> list[tuple[str, str]]:
    level = figures.choice.level
    order: list[tuple[str, str]] = []
    used: set[str] = set()
    for scope in figures.sides.values():
        if scope is None:
            continue
        stats = scope.profile(component, level).stats
        order = order or [(s.code, s.label) for s in stats]
        used.update(s.code for s in stats if s.n_res_with)
    return [(code, label) for code, label in order if code in used]


def _frame(
    ax: Any,
    starts: list[float],
    component: str,
    codes: list[tuple[str, str]],
    width: int,
    muted: str,
) -> None:
    ax.set_ylabel(f"{component}\n{component_name(component)}")
    ax.grid(axis="x")
    ax.set_axisbelow(True)
    ax.spines["left"].set_visible(False)
    for start in starts:  # each block's own zero line
        ax.axvline(start, color=muted, linewidth=0.8)
    if not codes:
        ax.set_yticks([])
        ax.text(
            0.5,
            0.5,
            QCoreApplication.translate(
                "comparison.pervasiveness_chart", "no {component} coded"
            ).format(component=component),
            ha="center",
            va="center",
            color=muted,
            transform=ax.transAxes,
        )
        return
    ax.set_yticks(range(len(codes)), [short_label(c, label, width) for c, label in codes])
    ax.set_ylim(len(codes) - 0.5, -0.5)  # first code on top
    ax.tick_params(axis="y", length=0)


def _bars(
    ax: Any,
    figures: ComparisonFigures,
    component: str,
    narrator: str,
    offset: float,
    starts: list[float],
    codes: list[tuple[str, str]],
) -> None:
    """One barh call per style (normal, few REs) for all phases of a narrator."""
    colour = NARRATOR_COLOURS[narrator]
    groups: dict[bool, tuple[list[float], list[float], list[float]]] = {
        False: ([], [], []),
        True: ([], [], []),
    }
    for start, phase in zip(starts, figures.phases, strict=True):
        scope = figures.side(narrator, phase)
        if scope is None or not scope.n_res_included:
            continue
        share = {
            s.code: s.pervasiveness for s in scope.profile(component, figures.choice.level).stats
        }
        ys, widths, lefts = groups[scope.few_res]
        for row, (code, _label) in enumerate(codes):
            ys.append(row + offset)
            widths.append(share.get(code) or 0.0)
            lefts.append(start)
    for few, (ys, widths, lefts) in groups.items():
        if ys:
            style = _few_style(colour) if few else {"color": colour}
            ax.barh(ys, widths, left=lefts, height=BAR, **style)


def _phase_headers(ax: Any, figures: ComparisonFigures, starts: list[float]) -> None:
    """'Phase 5' over each block, and under it the REs each narrator's bars rest on."""
    where = ax.get_xaxis_transform()  # x in data, y in axes fraction
    for start, phase in zip(starts, figures.phases, strict=True):
        centre = start + 0.5
        ax.text(
            centre,
            1.13,
            QCoreApplication.translate("comparison.pervasiveness_chart", "Phase {phase}").format(
                phase=phase
            ),
            transform=where,
            ha="center",
            va="bottom",
            fontsize=10,
            fontweight="bold",
        )
        for narrator, dx, align in zip(NARRATORS, (-0.03, 0.03), ("right", "left"), strict=True):
            scope = figures.side(narrator, phase)
            n = scope.n_res_included if scope is not None else 0
            ax.text(
                centre + dx,
                1.03,
                QCoreApplication.translate("comparison.pervasiveness_chart", "{n} RE").format(n=n)
                if n == 1
                else QCoreApplication.translate("comparison.pervasiveness_chart", "{n} REs").format(
                    n=n
                ),
                transform=where,
                ha=align,
                va="bottom",
                fontsize=8,
                color=NARRATOR_COLOURS[narrator],
            )


def _few_style(colour: str) -> dict[str, Any]:
    return {
        "facecolor": to_rgba(colour, 0.25),
        "edgecolor": colour,
        "hatch": FEW_HATCH,
        "linewidth": 0,
    }


def _legend(min_res: int, ink: ChartInk) -> list[Artist]:
    return [
        Patch(
            color=NARRATOR_COLOURS["patient"],
            label=QCoreApplication.translate("comparison.pervasiveness_chart", "Patient"),
        ),
        Patch(
            color=NARRATOR_COLOURS["therapist"],
            label=QCoreApplication.translate("comparison.pervasiveness_chart", "Therapist"),
        ),
        Patch(
            facecolor=ink.paper,
            edgecolor=ink.muted,
            hatch=FEW_HATCH,
            label=QCoreApplication.translate(
                "comparison.pervasiveness_chart", "Few REs (< {min_res})"
            ).format(min_res=min_res),
        ),
    ]
