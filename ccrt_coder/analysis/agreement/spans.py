"""Span-level agreement: units matched across coders by overlap, and unitizing alpha per component.

Matching, per coder pair, RE and component (``core.unit_matching``'s rule, here vectorised): a
unit's length is the sum of its spans' lengths and the overlap of two units the number of code
points both cover. Two units can match when their overlap is at least ``threshold`` x the length
of the shorter one (0.5: exactly half matches).
Matching is one-to-one and greedy: candidate pairs are taken by largest overlap, then largest
overlap share, then lowest unit ids, skipping units already matched.

Unitizing alpha (Krippendorff 1995/2004, ``unitized_alpha_arrays``) treats each interview
transcript with a shared RE as one continuum and the component as the category; units of REs not
coded by every chosen coder are left out, and a coder's overlapping spans of one component are
merged first (the coefficient needs each coder's units of a category to be disjoint). Its
interval is the report's cluster bootstrap: a transcript is one interview, drawn as often as the
resampler draws that interview (``unitized_alpha_arrays_replicates``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.modal_category import COMPONENTS
from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.agreement.statistics import result_dict
from ccrt_coder.analysis.reliability import (
    AgreementResult,
    Interval,
    unitized_alpha_arrays,
    unitized_alpha_arrays_replicates,
)
from ccrt_coder.core.unit_matching import SHARE_EPSILON


@dataclass(frozen=True)
class MatchCounts:
    """Units of two coders and how many were matched one-to-one."""

    n_units: tuple[int, int]
    matched: int

    def to_dict(self, coders: tuple[str, str]) -> dict[str, Any]:
        return {
            "n_units": dict(zip(coders, self.n_units, strict=True)),
            "matched": self.matched,
            "unmatched": {c: n - self.matched for c, n in zip(coders, self.n_units, strict=True)},
            "share_matched": {
                c: (self.matched / n if n else None)
                for c, n in zip(coders, self.n_units, strict=True)
            },
        }


@dataclass(frozen=True)
class SpanPair:
    """Matching of one coder pair, per component and over all components."""

    coders: tuple[str, str]
    components: dict[str, MatchCounts]

    def total(self) -> MatchCounts:
        """All components together."""
        counts = self.components.values()
        n_units = tuple(sum(c.n_units[i] for c in counts) for i in (0, 1))
        return MatchCounts((n_units[0], n_units[1]), sum(c.matched for c in counts))

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"coders": list(self.coders)}
        result.update({comp: c.to_dict(self.coders) for comp, c in self.components.items()})
        result["all"] = self.total().to_dict(self.coders)
        return result


@dataclass(frozen=True)
class SpanAgreement:
    """Span-level agreement: the overlap threshold, matching per pair, alpha_U per component
    with its bootstrap interval (none without a bootstrap)."""

    threshold: float
    pairs: tuple[SpanPair, ...]
    unitizing_alpha: dict[str, AgreementResult]
    intervals: dict[str, Interval | None] = field(default_factory=dict)

    def interval(self, component: str) -> Interval | None:
        return self.intervals.get(component)

    def to_dict(self) -> dict[str, Any]:
        alpha = {
            c: result_dict(r, self.interval(c), "unitizing_alpha")
            for c, r in self.unitizing_alpha.items()
        }
        return {
            "overlap_threshold": self.threshold,
            "pairs": [pair.to_dict() for pair in self.pairs],
            "unitizing_alpha": alpha,
        }


def span_agreement(
    spans: dict[str, pd.DataFrame],
    coders: Sequence[str],
    texts: pd.DataFrame,
    threshold: float,
    resampler: Resampler | None = None,
) -> SpanAgreement:
    """``spans`` per component: unit_id, row, coder, interview_id, start, end, length of the
    shared REs; ``texts``: interview_id, length of the transcripts that hold a shared RE;
    with a ``resampler`` (clusters: interviews) alpha_U gets its bootstrap interval."""
    pairs = tuple(
        SpanPair(
            (coders[i], coders[j]),
            {c: match_pair(spans[c], i, j, threshold) for c in COMPONENTS},
        )
        for i in range(len(coders))
        for j in range(i + 1, len(coders))
    )
    found = {c: unitizing_alpha(spans[c], coders, texts, c, resampler) for c in COMPONENTS}
    alpha = {c: result for c, (result, _) in found.items()}
    return SpanAgreement(threshold, pairs, alpha, {c: span for c, (_, span) in found.items()})


def match_pair(spans: pd.DataFrame, first: int, second: int, threshold: float) -> MatchCounts:
    """Match the units of coders ``first`` and ``second`` (one component's spans)."""
    columns = ["unit_id", "row", "start", "end", "length"]
    a = spans.loc[spans["coder"] == first, columns]
    b = spans.loc[spans["coder"] == second, columns]
    n_units = (int(a["unit_id"].nunique()), int(b["unit_id"].nunique()))
    pairs = a.merge(b, on="row", suffixes=("_a", "_b"))
    overlap = np.minimum(pairs["end_a"].to_numpy(), pairs["end_b"].to_numpy()) - np.maximum(
        pairs["start_a"].to_numpy(), pairs["start_b"].to_numpy()
    )
    pairs = pairs.assign(overlap=overlap)[overlap > 0]
    if not spans["unit_id"].is_unique:  # units with several spans: add up per unit pair
        pairs = _per_unit_pair(pairs, spans)
    shorter = np.minimum(pairs["length_a"].to_numpy(), pairs["length_b"].to_numpy())
    share = pairs["overlap"].to_numpy() / shorter
    candidates = pairs.assign(share=share)[share >= threshold - SHARE_EPSILON]
    return MatchCounts(n_units, _greedy(candidates))


def _per_unit_pair(pairs: pd.DataFrame, spans: pd.DataFrame) -> pd.DataFrame:
    """Overlaps summed per unit pair, with each unit's total length."""
    summed = pairs.groupby(["unit_id_a", "unit_id_b"], sort=False)["overlap"].sum().reset_index()
    unit_length = spans.groupby("unit_id")["length"].sum()
    return summed.assign(
        length_a=unit_length.reindex(summed["unit_id_a"]).to_numpy(),
        length_b=unit_length.reindex(summed["unit_id_b"]).to_numpy(),
    )


def _greedy(candidates: pd.DataFrame) -> int:
    """The number of one-to-one matches taken greedily in the documented order."""
    if candidates["unit_id_a"].is_unique and candidates["unit_id_b"].is_unique:
        return len(candidates)  # no unit has two candidates: every candidate is a match
    ordered = candidates.sort_values(
        ["overlap", "share", "unit_id_a", "unit_id_b"], ascending=[False, False, True, True]
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    for unit_a, unit_b in zip(
        ordered["unit_id_a"].tolist(), ordered["unit_id_b"].tolist(), strict=True
    ):
        if unit_a not in used_a and unit_b not in used_b:
            used_a.add(unit_a)
            used_b.add(unit_b)
    return len(used_a)


def unitizing_alpha(
    spans: pd.DataFrame,
    coders: Sequence[str],
    texts: pd.DataFrame,
    component: str,
    resampler: Resampler | None = None,
) -> tuple[AgreementResult, Interval | None]:
    """alpha_U of one component over the given transcripts (interview_id, length, in id order),
    and its bootstrap interval when the ``resampler`` has replicates (row 0: the sample)."""
    merged = _merged(spans)
    interviews = texts["interview_id"].to_numpy()
    units = (
        np.searchsorted(interviews, merged["interview_id"].to_numpy()),
        merged["coder"].to_numpy(),
        merged["start"].to_numpy(),
        merged["end"].to_numpy(),
    )
    lengths = texts["length"].to_numpy()
    if resampler is None or not resampler.enabled:
        return unitized_alpha_arrays(lengths, units, tuple(coders), component), None
    cluster = pd.Series(range(resampler.n_clusters), index=resampler.keys)
    weights = resampler.weights[:, cluster.reindex(interviews).to_numpy()]
    result, replicates = unitized_alpha_arrays_replicates(
        lengths, units, tuple(coders), component, weights
    )
    return result, resampler.interval(replicates)


def _merged(spans: pd.DataFrame) -> pd.DataFrame:
    """Each coder's spans per interview (sorted by start), overlapping ones merged into one."""
    columns = ("interview_id", "coder", "start", "end")
    interview, coder, start, end = (spans[c].to_numpy() for c in columns)
    order = np.lexsort((end, start, coder, interview))
    interview, coder, start, end = interview[order], coder[order], start[order], end[order]
    ordered = pd.DataFrame(dict(zip(columns, (interview, coder, start, end), strict=True)))
    if not len(ordered):
        return ordered
    same = np.r_[False, (interview[1:] == interview[:-1]) & (coder[1:] == coder[:-1])]
    reach = pd.Series(end).groupby(np.cumsum(~same)).cummax().to_numpy()  # furthest end yet
    overlapping = same & (start < np.r_[-1, reach[:-1]])
    if not overlapping.any():
        return ordered
    return ordered.groupby(np.cumsum(~overlapping)).agg(
        interview_id=("interview_id", "first"),
        coder=("coder", "first"),
        start=("start", "min"),
        end=("end", "max"),
    )
