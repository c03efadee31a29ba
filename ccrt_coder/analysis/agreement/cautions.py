"""Warnings about figures resting on too little or lopsided data; the published benchmark."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from ccrt_coder.analysis.agreement.intervals import WIDE_INTERVAL, width
from ccrt_coder.analysis.agreement.statistics import StatBlock
from ccrt_coder.analysis.agreement.text_table import NAMES
from ccrt_coder.analysis.reliability import AgreementResult, Interval

DOMINANT_SHARE = 0.8  # one category above this share of the ratings: kappa is unstable
RARE_COUNT = 5  # a category used fewer times than this: its part in kappa is unstable
PREVALENCE_INDEX = 0.5  # |Byrt's prevalence index| above this: kappa is held down by prevalence


@dataclass(frozen=True)
class AgreementWarning:
    """One warning: where (section, component), what kind, which labels, and a readable text."""

    section: str
    component: str | None
    kind: str  # dominant_category | imprecise | prevalence | few_res
    labels: tuple[str, ...]
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "component": self.component,
            "kind": self.kind,
            "labels": list(self.labels),
            "message": self.message,
        }


@dataclass(frozen=True)
class Benchmark:
    """Published CCRT inter-rater reliability for the standard categories."""

    cohen_kappa: tuple[float, float] = (0.55, 0.70)
    # weighted kappa for category agreement (Crits-Christoph et al. 1988); never applied to
    # the completeness ratings' weighted kappa, which rates something else
    weighted_kappa: tuple[float, float] = (0.61, 0.70)
    # The ranges as the CCRT method literature reports them (shared/docs/ccrt-method.md); the
    # app cites no single paper for them.
    source: str = "published CCRT reliability for the standard categories"

    def line(self) -> str:
        k, w = self.cohen_kappa, self.weighted_kappa
        return (
            f"Cohen's kappa {_dot(k[0])}–{_dot(k[1])}, weighted kappa (category agreement) "
            f"{_dot(w[0])}–{_dot(w[1])}: {self.source}; a figure is below or above it when its "
            "whole 95% interval is"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "cohen_kappa": list(self.cohen_kappa),
            "weighted_kappa": list(self.weighted_kappa),
            "source": self.source,
        }


def block_warnings(
    block: StatBlock, section: str, component: str | None, min_res: int, rare: bool = True
) -> list[AgreementWarning]:
    """A dominant category (> 80% of the ratings), fewer REs rated by two or more coders than
    the project's minimum for a CCRT (``min_res``, one setting for all), and imprecise
    figures: a 95% interval wider than .30 (``rare``: of the per-category kappas too)."""
    where = f"{component} {section}" if component else section
    found = []
    if 0 < block.n_rated < min_res:
        found.append(AgreementWarning(
            section, component, "few_res", (),
            f"{where}: only {block.n_rated} REs rated by two or more coders (the project's "
            f"minimum is {min_res}); every figure is imprecise",
        ))  # fmt: skip
    for label, share in block.prevalence.items():
        if share > DOMINANT_SHARE:
            found.append(AgreementWarning(
                section, component, "dominant_category", (_text(label),),
                f"{where}: {_text(label)} makes up {share:.0%} of the ratings; kappa is "
                "unstable when one category dominates (read it beside AC1 and percent agreement)",
            ))  # fmt: skip
    wide = _wide(block)
    if rare and block.per_category:
        wide += [
            f"kappa_j {_text(k)}"
            for k, result in block.per_category.items()
            if _too_wide(result, block.per_category_intervals.get(k))
        ]
    if wide:
        found.append(AgreementWarning(
            section, component, "imprecise", tuple(wide),
            f"{where}: the 95% interval is wider than {_dot(WIDE_INTERVAL)} for "
            f"{', '.join(wide)}; the figure is imprecise",
        ))  # fmt: skip
    return found


def presence_warnings(
    blocks: dict[str, StatBlock], component: str, level: str
) -> list[AgreementWarning]:
    """Labels whose kappa a lopsided prevalence holds down (|prevalence index| > .5 in a pair:
    read PABAK beside kappa), and labels whose all-coder kappa is imprecise (wide interval)."""
    lopsided = [
        label
        for label, block in blocks.items()
        if block.counts.get(1, 0) > 0
        and any(
            abs(pair.stats["prevalence_index"].value or 0) > PREVALENCE_INDEX
            for pair in block.pairs
        )
    ]
    wide = [
        label
        for label, block in blocks.items()
        if _too_wide(block.overall["fleiss_kappa"], block.interval("fleiss_kappa"))
    ]
    found = []
    if lopsided:
        found.append(AgreementWarning(
            f"{level}_presence", component, "prevalence", tuple(lopsided),
            f"{component} {level} presence: {', '.join(lopsided)} present in very few or very "
            f"many REs (prevalence index above {_dot(PREVALENCE_INDEX)}): kappa is held down "
            "by prevalence; read PABAK and percent agreement beside it",
        ))  # fmt: skip
    if wide:
        found.append(AgreementWarning(
            f"{level}_presence", component, "imprecise", tuple(wide),
            f"{component} {level} presence: the 95% interval of Fleiss' kappa is wider than "
            f"{_dot(WIDE_INTERVAL)} for {', '.join(wide)}",
        ))  # fmt: skip
    return found


def _wide(block: StatBlock) -> list[str]:
    """The names of the block's statistics with a too wide interval (in a pair or for all)."""
    found = [name for pair in block.pairs for name, r in pair.stats.items()
             if _too_wide(r, pair.interval(name))]  # fmt: skip
    found += [name for name, r in block.overall.items() if _too_wide(r, block.interval(name))]
    return [NAMES.get(name, name) for name in dict.fromkeys(found)]


def _too_wide(result: AgreementResult, span: Interval | None) -> bool:
    size = width(result, span)
    return size is not None and size > WIDE_INTERVAL


def _text(label: Hashable) -> str:
    if isinstance(label, float) and label.is_integer():
        return str(int(label))
    return str(label)


def _dot(value: float) -> str:
    """.55, as reliability figures are printed."""
    return f"{value:.2f}".lstrip("0")
