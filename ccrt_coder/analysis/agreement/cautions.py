"""Warnings about figures resting on too little or lopsided data; the published benchmark."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from ccrt_coder.analysis.agreement.statistics import StatBlock

DOMINANT_SHARE = 0.8  # one category above this share of the ratings: kappa is unstable
RARE_COUNT = 5  # a category used fewer times than this: its part in kappa is unstable


@dataclass(frozen=True)
class AgreementWarning:
    """One warning: where (section, component), what kind, which labels, and a readable text."""

    section: str
    component: str | None
    kind: str  # dominant_category | rare_categories | unstable_presence | few_res
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
    weighted_kappa: tuple[float, float] = (0.61, 0.70)
    # The ranges as the CCRT method literature reports them (shared/docs/ccrt-method.md); the
    # app cites no single paper for them.
    source: str = "published CCRT reliability for the standard categories"

    def line(self) -> str:
        k, w = self.cohen_kappa, self.weighted_kappa
        return (
            f"Cohen's kappa {_dot(k[0])}–{_dot(k[1])}, weighted kappa {_dot(w[0])}–{_dot(w[1])}: "
            f"{self.source}"
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
    """A dominant category (> 80% of the ratings), rare categories (< 5), fewer REs rated by two
    or more coders than the project's minimum for a CCRT (``min_res``, one setting for all)."""
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
    used_rarely = [_text(k) for k, n in block.counts.items() if 0 < n < RARE_COUNT]
    if rare and used_rarely:
        found.append(AgreementWarning(
            section, component, "rare_categories", tuple(used_rarely),
            f"{where}: {', '.join(used_rarely)} used fewer than {RARE_COUNT} times; kappa is "
            "unstable for rarely used categories",
        ))  # fmt: skip
    return found


def presence_warnings(blocks: dict[str, StatBlock], component: str) -> list[AgreementWarning]:
    """Clusters present in fewer than 5 ratings or in more than 80% / fewer than 20% of them."""
    unstable = [
        cluster
        for cluster, block in blocks.items()
        if block.counts.get(1, 0) > 0  # never used: kappa is undefined, with its reason
        and (
            block.counts[1] < RARE_COUNT
            or any(share > DOMINANT_SHARE for share in block.prevalence.values())
        )
    ]
    if not unstable:
        return []
    return [AgreementWarning(
        "cluster_presence", component, "unstable_presence", tuple(unstable),
        f"{component} cluster presence: kappa is unstable for {', '.join(unstable)} (present in "
        f"fewer than {RARE_COUNT} ratings, or in more than {DOMINANT_SHARE:.0%} or fewer than "
        f"{1 - DOMINANT_SHARE:.0%} of them)",
    )]  # fmt: skip


def _text(label: Hashable) -> str:
    if isinstance(label, float) and label.is_integer():
        return str(int(label))
    return str(label)


def _dot(value: float) -> str:
    """.55, as reliability figures are printed."""
    return f"{value:.2f}".lstrip("0")
