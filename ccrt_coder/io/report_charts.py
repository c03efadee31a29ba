"""The report's charts as PNG bytes: matplotlib's Agg canvas, no window system and no Qt.

Plain numbers in (dicts keyed by narrator, phase and code), an image out, drawn in greys and
two narrator colours that survive black-and-white printing (APA figures).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ParamSpec

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

NARRATOR_INK = {"patient": "#1f4e79", "therapist": "#c55a11"}
PHASE_SHADES = (1.0, 0.65, 0.35)  # alpha per phase, earliest darkest
STYLE: dict[RcKeyType, Any] = {
    "font.size": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "text.parse_math": False,  # category labels are text: "$x$" is not a formula
}
DPI = 200
P = ParamSpec("P")


def styled(draw: Callable[P, bytes]) -> Callable[P, bytes]:
    """Run ``draw`` in the report's style (fonts are fixed when the artists are made)."""

    @functools.wraps(draw)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> bytes:
        with matplotlib.rc_context(STYLE):
            return draw(*args, **kwargs)

    return wrapper


def new_figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), layout="constrained")


def png(fig: Figure) -> bytes:
    """The figure as PNG bytes (white paper, tight box)."""
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white", bbox_inches="tight")
    return buffer.getvalue()


@styled
def pervasiveness_chart(
    profiles: Mapping[str, Mapping[tuple[str, int], Mapping[str, float | None]]],
    narrators: Sequence[str],
    phases: Sequence[int],
    narrator_names: Mapping[str, str],
) -> bytes:
    """One panel per component: per code, a bar per narrator x phase (share of included REs).

    ``profiles[component][(narrator, phase)][code]`` is the pervasiveness (0-1) or None."""
    fig = new_figure(6.5, 2.1 * len(profiles))
    axes = fig.subplots(len(profiles), 1, squeeze=False)[:, 0]
    groups = [(n, p) for n in narrators for p in phases]
    width = 0.8 / max(len(groups), 1)
    for ax, (component, by_group) in zip(axes, profiles.items(), strict=True):
        codes = list(dict.fromkeys(c for values in by_group.values() for c in values))
        for g, (narrator, phase) in enumerate(groups):
            values = by_group.get((narrator, phase), {})
            heights = [100 * (values.get(code) or 0.0) for code in codes]
            ax.bar(
                [i - 0.4 + width * (g + 0.5) for i in range(len(codes))],
                heights,
                width,
                color=NARRATOR_INK.get(narrator, "grey"),
                alpha=PHASE_SHADES[phases.index(phase) % len(PHASE_SHADES)],
                label=f"{narrator_names.get(narrator, narrator)}, phase {phase}",
            )
        ax.set_xticks(range(len(codes)), codes)
        ax.set_ylim(0, 100)
        ax.set_ylabel(f"{component}: % of REs")
    axes[0].legend(ncols=len(narrators), fontsize=7, frameon=False, loc="lower left",
                   bbox_to_anchor=(0, 1.02))  # fmt: skip
    return png(fig)


@styled
def similarity_chart(
    values: Mapping[str, Mapping[int, Sequence[float]]],
    pooled: Mapping[str, Mapping[int, float | None]],
    phases: Sequence[int],
    measure: str,
) -> bytes:
    """Per component and phase, each dyad's similarity as a dot, the dyads' mean as a bar and
    the pooled profiles' similarity as a cross (``values[component][phase]``: dyad values)."""
    fig = new_figure(6.5, 2.4)
    axes = fig.subplots(1, len(values), sharey=True, squeeze=False)[0]
    for ax, (component, by_phase) in zip(axes, values.items(), strict=True):
        for x, phase in enumerate(phases):
            dyads = list(by_phase.get(phase, ()))
            spread = [x + 0.12 * ((k % 5) - 2) / 2 for k in range(len(dyads))]
            ax.scatter(spread, dyads, s=10, color="grey", alpha=0.7, label="dyad")
            if dyads:
                mean = sum(dyads) / len(dyads)
                ax.hlines(mean, x - 0.3, x + 0.3, color="black", lw=1.5, label="dyads' mean")
            pooled_value = pooled.get(component, {}).get(phase)
            if pooled_value is not None:
                ax.scatter([x], [pooled_value], marker="x", color=NARRATOR_INK["therapist"],
                           s=30, label="pooled profiles")  # fmt: skip
        ax.set_xticks(range(len(phases)), [str(p) for p in phases])
        ax.set_xlabel("Phase")
        ax.set_title(component, fontsize=9)
        lowest = min((v for vs in by_phase.values() for v in vs), default=0.0)
        ax.set_ylim(-1.05 if lowest < 0 else -0.05, 1.05)
        ax.axhline(0, color="lightgrey", lw=0.8)
    axes[0].set_ylabel(measure)
    handles, labels = axes[0].get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    fig.legend(unique.values(), unique.keys(), loc="outside upper center", ncols=3,
               frameon=False, fontsize=7)  # fmt: skip
    return png(fig)


@styled
def share_positive_chart(
    shares: Mapping[str, Mapping[str, Mapping[int, float | None]]],
    phases: Sequence[int],
    narrator_names: Mapping[str, str],
) -> bytes:
    """Per valenced component, the share of positive units per phase, a line per narrator
    (``shares[component][narrator][phase]``, 0-1 or None)."""
    fig = new_figure(6.5, 2.3)
    axes = fig.subplots(1, len(shares), sharey=True, squeeze=False)[0]
    for ax, (component, by_narrator) in zip(axes, shares.items(), strict=True):
        for narrator, by_phase in by_narrator.items():
            points = [(x, by_phase.get(p)) for x, p in enumerate(phases)]
            xs = [x for x, v in points if v is not None]
            ys = [100 * v for _, v in points if v is not None]
            ax.plot(xs, ys, marker="o", color=NARRATOR_INK.get(narrator, "grey"),
                    label=narrator_names.get(narrator, narrator))  # fmt: skip
        ax.set_xticks(range(len(phases)), [str(p) for p in phases])
        ax.set_xlabel("Phase")
        ax.set_title(component, fontsize=9)
        ax.set_ylim(0, 100)
    axes[0].set_ylabel("% positive units")
    axes[0].legend(frameon=False, fontsize=7)
    return png(fig)
