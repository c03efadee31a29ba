"""Charts across phases: share of positive RO/RS units, and patient–therapist similarity."""

from __future__ import annotations

from typing import Any

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.comparison.cell_text import component_name, friendly
from ccrt_coder.gui.comparison.chart_style import (
    COSINE_COLOUR,
    NARRATOR_LINES,
    NARRATOR_MARKERS,
    ChartInk,
    add_notes,
    panel_title,
    percent_axis,
    phase_ticks,
)
from ccrt_coder.gui.comparison.figures import ComparisonFigures
from ccrt_coder.gui.comparison.narrator_colours import NARRATOR_COLOURS
from ccrt_coder.gui.widgets.terms import level_word, narrator_word
from ccrt_coder.usecases.ccrt import COMPONENTS, NARRATORS, VALENCED_COMPONENTS

NAN = float("nan")


def draw_share_positive(fig: Figure, figures: ComparisonFigures, ink: ChartInk) -> list[Artist]:
    """One panel each for RO and RS; a line per narrator; open markers where REs are few."""
    axes = fig.subplots(1, len(VALENCED_COMPONENTS), sharey=True, squeeze=False)[0]
    notes: list[str] = []
    for ax, component in zip(axes, VALENCED_COMPONENTS, strict=True):
        for narrator in NARRATORS:
            values, few = _shares(figures, narrator, component, notes)
            _line(ax, values, few, narrator, ink.paper)
        panel_title(ax, component, component_name(component))
        phase_ticks(ax, figures.phases)
        ax.set_ylim(-0.04, 1.1)
        ax.grid(axis="y")
        ax.set_axisbelow(True)
    percent_axis(axes[0].yaxis)
    axes[0].set_ylabel(
        QCoreApplication.translate(
            "comparison.trend_charts", "Positive units (share of units with a valence)"
        )
    )
    add_notes(fig, notes, ink)
    return _narrator_legend(figures.min_res, ink)


def _shares(
    figures: ComparisonFigures, narrator: str, component: str, notes: list[str]
) -> tuple[list[float], list[bool]]:
    values, few = [], []
    for phase in figures.phases:
        scope = figures.side(narrator, phase)
        share = scope.valence_of(component).share_positive if scope is not None else None
        if share is None:
            why = (
                QCoreApplication.translate("comparison.trend_charts", "no REs")
                if scope is None or not scope.n_res_included
                else QCoreApplication.translate("comparison.trend_charts", "no valenced units")
            )
            notes.append(
                QCoreApplication.translate(
                    "comparison.trend_charts",
                    "Not drawn: {narrator} {component}, phase {phase} ({why}).",
                ).format(
                    narrator=narrator_word(narrator), component=component, phase=phase, why=why
                )
            )
        values.append(NAN if share is None else share)
        few.append(bool(scope is not None and scope.few_res))
    return values, few


def _line(ax: Any, values: list[float], few: list[bool], narrator: str, paper: str) -> None:
    colour = NARRATOR_COLOURS[narrator]
    marker = NARRATOR_MARKERS[narrator]
    x = range(len(values))
    ax.plot(x, values, color=colour, linestyle=NARRATOR_LINES[narrator], linewidth=2)
    for xi, value, is_few in zip(x, values, few, strict=True):
        if value != value:  # NaN: undefined, not drawn
            continue
        face = paper if is_few else colour  # open where REs are few
        ax.plot(
            [xi],
            [value],
            marker=marker,
            markersize=8,
            color=colour,
            markerfacecolor=face,
            markeredgewidth=1.8,
            linestyle="none",
        )
        # labels on opposite sides (the patient's left), so close values stay apart
        left = narrator == NARRATORS[0]
        ax.annotate(
            f"{value:.0%}",
            (xi, value),
            xytext=(-9, 3) if left else (9, -3),
            textcoords="offset points",
            ha="right" if left else "left",
            va="bottom" if left else "top",
            fontsize=8.5,
            color=colour,
        )


def _narrator_legend(min_res: int, ink: ChartInk) -> list[Artist]:
    handles: list[Artist] = [
        Line2D(
            [],
            [],
            color=NARRATOR_COLOURS[n],
            linestyle=NARRATOR_LINES[n],
            linewidth=2,
            marker=NARRATOR_MARKERS[n],
            label=n.capitalize(),
        )
        for n in NARRATORS
    ]
    handles.append(
        Line2D(
            [],
            [],
            color=ink.muted,
            marker="o",
            markerfacecolor=ink.paper,
            linestyle="none",
            label=QCoreApplication.translate(
                "comparison.trend_charts", "Few REs (< {min_res})"
            ).format(min_res=min_res),
        )
    )
    return handles


def draw_similarity(fig: Figure, figures: ComparisonFigures, ink: ChartInk) -> list[Artist]:
    """One panel per component: Spearman's rho and cosine across phases; the top-code match
    under each phase; undefined figures are not drawn and their reasons are noted."""
    axes = fig.subplots(1, len(COMPONENTS), sharey=True, squeeze=False)[0]
    notes: list[str] = []
    for ax, component in zip(axes, COMPONENTS, strict=True):
        sims = [figures.similarity_of(p, component) for p in figures.phases]
        for name, colour, style, marker in (
            ("spearman", ink.text, "-", "o"),
            ("cosine", COSINE_COLOUR, "--", "D"),
        ):
            values = [_value(s, name) for s in sims]
            ax.plot(
                range(len(values)),
                values,
                color=colour,
                linestyle=style,
                marker=marker,
                markersize=7,
                linewidth=2,
            )
        notes += _undefined_notes(figures, component)
        ax.axhline(0, color=ink.muted, linewidth=0.8)
        panel_title(ax, component, component_name(component))
        phase_ticks(ax, figures.phases, [_top(s) for s in sims])
        ax.set_ylim(-1.08, 1.08)
        ax.grid(axis="y")
        ax.set_axisbelow(True)
    axes[0].set_ylabel(
        QCoreApplication.translate("comparison.trend_charts", "Similarity (−1 to 1)")
    )
    level = figures.choice.level
    add_notes(
        fig,
        [
            QCoreApplication.translate(
                "comparison.trend_charts",
                "Under each phase: ✓ the top {level}s (ties kept) are the same, ∩ they share "
                "one but differ, ✗ none in common.",
            ).format(level=level_word(level)),
            *notes,
        ],
        ink,
    )
    return _similarity_legend(ink)


def _value(sim: Any, name: str) -> float:
    value = None if sim is None else getattr(sim, name)
    return NAN if value is None else float(value)


def _top(sim: Any) -> str:
    if sim is None or sim.top_match is None:
        return "–"
    return "✓" if sim.top_match else ("∩" if sim.top_overlap else "✗")


def _undefined_notes(figures: ComparisonFigures, component: str) -> list[str]:
    notes = []
    for phase in figures.phases:
        sim = figures.similarity_of(phase, component)
        if sim is None:
            continue
        for name, value, reason in (
            (
                QCoreApplication.translate("comparison.trend_charts", "Spearman"),
                sim.spearman,
                sim.spearman_reason,
            ),
            ("cosine", sim.cosine, sim.cosine_reason),
        ):
            if value is None:
                notes.append(
                    QCoreApplication.translate(
                        "comparison.trend_charts",
                        "Not drawn: {component} {name}, phase {phase} — undefined: {friendly}.",
                    ).format(
                        component=component,
                        name=name,
                        phase=phase,
                        friendly=friendly(reason or "no data"),
                    )
                )
    return notes


def _similarity_legend(ink: ChartInk) -> list[Artist]:
    return [
        Line2D(
            [],
            [],
            color=ink.text,
            marker="o",
            linewidth=2,
            label=QCoreApplication.translate("comparison.trend_charts", "Spearman ρ"),
        ),
        Line2D(
            [],
            [],
            color=COSINE_COLOUR,
            marker="D",
            linestyle="--",
            linewidth=2,
            label=QCoreApplication.translate("comparison.trend_charts", "Cosine"),
        ),
    ]
