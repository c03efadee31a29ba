"""Run the agreement statistics on one rating table: every coder pair, and all coders at once."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ccrt_coder.analysis.agreement.intervals import band, interval_dict
from ccrt_coder.analysis.agreement.modal_category import RatingTable
from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.reliability import (
    AgreementResult,
    Interval,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    icc_2_1,
    krippendorff_alpha,
    per_category_kappa,
    percent_agreement,
    scott_pi,
)
from ccrt_coder.analysis.reliability.sufficient import (
    category_kappas,
    nominal_statistics,
    pair_statistics,
)
from ccrt_coder.analysis.reliability.sufficient_scales import interval_alpha, ordinal_alpha

Statistic = Callable[[np.ndarray, list[Any]], AgreementResult]

STATISTICS: dict[str, Statistic] = {
    "cohen_kappa": lambda x, c: cohen_kappa(x[:, 0], x[:, 1], categories=c),
    "cohen_kappa_linear": lambda x, c: cohen_kappa(
        x[:, 0], x[:, 1], weights="linear", categories=c
    ),
    "cohen_kappa_quadratic": lambda x, c: cohen_kappa(
        x[:, 0], x[:, 1], weights="quadratic", categories=c
    ),
    "scott_pi": lambda x, c: scott_pi(x, categories=c),
    "percent_agreement": lambda x, c: percent_agreement(x, categories=c),
    "gwet_ac1": lambda x, c: gwet_ac1(x, categories=c),
    "fleiss_kappa": lambda x, c: fleiss_kappa(x, categories=c),
    "krippendorff_alpha": lambda x, c: krippendorff_alpha(x, level="nominal", categories=c),
    "krippendorff_alpha_interval": lambda x, c: krippendorff_alpha(
        x, level="interval", categories=c
    ),
    "krippendorff_alpha_ordinal": lambda x, c: krippendorff_alpha(x, level="ordinal", categories=c),
    "icc_2_1": lambda x, _c: icc_2_1(x),
}
NOMINAL_PAIR = ("cohen_kappa", "scott_pi", "percent_agreement", "gwet_ac1")
NOMINAL_ALL = ("fleiss_kappa", "krippendorff_alpha", "percent_agreement", "gwet_ac1")


@dataclass(frozen=True)
class Confusion:
    """First coder (rows) x second coder (columns) counts over the REs both rated."""

    labels: tuple[Hashable, ...]
    counts: tuple[tuple[int, ...], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"labels": list(self.labels), "counts": [list(row) for row in self.counts]}


@dataclass(frozen=True)
class PairStats:
    """The two-coder statistics of one pair of coders."""

    coders: tuple[str, str]
    stats: dict[str, AgreementResult]
    confusion: Confusion | None = None
    intervals: dict[str, Interval | None] = field(default_factory=dict)

    def interval(self, name: str) -> Interval | None:
        return self.intervals.get(name)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"coders": list(self.coders)}
        result.update(
            {name: result_dict(r, self.interval(name), name) for name, r in self.stats.items()}
        )
        if self.confusion is not None:
            result["confusion"] = self.confusion.to_dict()
        return result


@dataclass(frozen=True)
class StatBlock:
    """Statistics of one rating table, with the counts behind them.

    ``counts``/``prevalence``: ratings per label over the REs rated by at least two coders
    (prevalence = each label's share of them, as the statistics' ``extra["prevalence"]``);
    ``missing``: REs each coder gave no value; ``per_category``: Fleiss' kappa_j of each label
    (main category and cluster tables only, else None).
    """

    n_res: int
    n_rated: int  # REs rated by at least two coders
    missing: dict[str, int]
    counts: dict[Hashable, int]
    prevalence: dict[Hashable, float]
    pairs: tuple[PairStats, ...]
    overall: dict[str, AgreementResult]
    per_category: dict[Hashable, AgreementResult] | None = None
    intervals: dict[str, Interval | None] = field(default_factory=dict)  # of ``overall``
    per_category_intervals: dict[Hashable, Interval | None] = field(default_factory=dict)

    def interval(self, name: str) -> Interval | None:
        return self.intervals.get(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_res": self.n_res,
            "n_rated": self.n_rated,
            "missing": dict(self.missing),
            "counts": {_key(k): v for k, v in self.counts.items()},
            "prevalence": {_key(k): v for k, v in self.prevalence.items()},
            "pairs": [pair.to_dict() for pair in self.pairs],
            "all": {
                name: result_dict(r, self.interval(name), name) for name, r in self.overall.items()
            },
            "per_category": None
            if self.per_category is None
            else {
                _key(k): result_dict(r, self.per_category_intervals.get(k), "fleiss_kappa_j")
                for k, r in self.per_category.items()
            },
        }


def result_dict(
    result: AgreementResult, span: Interval | None = None, statistic: str = ""
) -> dict[str, Any]:
    """One statistic as JSON: the value (None when undefined, with the reason), its counts,
    interval, standard errors and band."""
    return {
        "value": result.value,
        "undefined_reason": result.undefined_reason,
        "n_units": result.n_units,
        "n_units_dropped": int(result.extra.get("n_units_dropped", 0)),
        "observed": result.observed,
        "expected": result.expected,
        **interval_dict(result, span),
        "band": band(statistic or result.statistic, result.value),
    }


def from_replicates(
    statistic: str, values: np.ndarray, n_units: int = 0, reason: str = "undefined for these data"
) -> AgreementResult:
    """An AgreementResult of a statistic computed here (row 0 of its replicates)."""
    value = float(values[0])
    if not np.isfinite(value):
        return AgreementResult(None, reason, n_units=n_units, statistic=statistic)
    return AgreementResult(value, n_units=n_units, statistic=statistic)


def replicate_stats(
    coders: tuple[str, str],
    values: dict[str, np.ndarray],
    names: Sequence[str],
    n_units: int,
    resampler: Resampler,
    reason: str,
) -> PairStats:
    """Statistics computed here from their replicates (row 0: the sample), with intervals;
    ``coders`` ("", "") for an all-coder row."""
    stats = {name: from_replicates(name, values[name], n_units, reason) for name in names}
    spans = {name: resampler.interval(values[name]) for name in names}
    return PairStats(coders, stats, None, spans)


def stat_block(
    table: RatingTable,
    coders: Sequence[str],
    pair_stats: Sequence[str] = NOMINAL_PAIR,
    all_stats: Sequence[str] = NOMINAL_ALL,
    confusion: bool = True,
    per_category: bool = False,
    resampler: Resampler | None = None,
) -> StatBlock:
    """The pair statistics for every pair of coders and the all-coder statistics of a table.

    Every statistic gets the table's full label list, so unused categories count where the
    definition uses them (AC1's number of categories, weighted kappa's order). Every pair
    statistic uses the pair's complete cases (REs both rated). With ``per_category``, Fleiss'
    (1971) kappa_j of every label across all coders is added. With a ``resampler`` (rows: the
    table's rows) every figure gets its bootstrap interval.
    """
    values, labels = table.values, list(table.labels)
    categories = labels if _numeric(labels) else list(range(len(labels)))
    codes = np.where(np.isnan(values), -1, _positions(np.nan_to_num(values), categories))
    pairs = tuple(
        _pair(values[:, [i, j]], codes[:, [i, j]], (coders[i], coders[j]), categories,
              labels if confusion else None, pair_stats, resampler)
        for i, j in itertools.combinations(range(len(coders)), 2)
    )  # fmt: skip
    overall = {name: STATISTICS[name](values, categories) for name in all_stats}
    rated = (~np.isnan(values)).sum(axis=1) >= 2
    used = values[rated][~np.isnan(values[rated])]
    totals = np.bincount(_positions(used, categories), minlength=len(labels))
    total = int(totals.sum())
    block = StatBlock(
        n_res=len(values),
        n_rated=int(rated.sum()),
        missing={name: int(np.isnan(values[:, i]).sum()) for i, name in enumerate(coders)},
        counts={label: int(n) for label, n in zip(labels, totals, strict=True)},
        prevalence={
            label: (int(n) / total if total else 0.0)
            for label, n in zip(labels, totals, strict=True)
        },
        pairs=pairs,
        overall=overall,
        per_category=_per_category(values, categories, labels) if per_category else None,
    )
    if resampler is None or not resampler.enabled:
        return block
    replicates = _all_replicates(values, codes, len(labels), all_stats, resampler)
    spans = {name: resampler.interval(replicates[name]) for name in all_stats}
    per_label = {}
    if per_category:
        kappa_j = resampler.values(category_kappas(codes, len(labels)))["kappa_j"]
        per_label = {label: resampler.interval(kappa_j[:, j]) for j, label in enumerate(labels)}
    return replace(block, intervals=spans, per_category_intervals=per_label)


def _all_replicates(
    values: np.ndarray, codes: np.ndarray, k: int, names: Sequence[str], rs: Resampler
) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    if set(names) & set(NOMINAL_ALL):
        found.update(rs.values(nominal_statistics(codes, k)))
    if "krippendorff_alpha_interval" in names:
        found.update(rs.values(interval_alpha(values)))
    if "krippendorff_alpha_ordinal" in names:
        found.update(rs.values(ordinal_alpha(codes, k)))
    if "icc_2_1" in names:
        found["icc_2_1"] = rs.library_replicates("icc_2_1", values)
    return found


def _per_category(
    values: np.ndarray, categories: list[Any], labels: list[Hashable]
) -> dict[Hashable, AgreementResult]:
    results = per_category_kappa(values, method="fleiss", categories=categories)
    return {label: results[c] for label, c in zip(labels, categories, strict=True)}


def _pair(
    values: np.ndarray,
    codes: np.ndarray,
    coders: tuple[str, str],
    categories: list[Any],
    labels: list[Hashable] | None,
    names: Sequence[str],
    resampler: Resampler | None,
) -> PairStats:
    """The pair's statistics over its complete cases; REs one of them left out are counted."""
    complete = ~np.isnan(values).any(axis=1)
    dropped = int(len(values) - complete.sum())
    both = values[complete]
    stats = {name: _dropped(STATISTICS[name](both, categories), dropped) for name in names}
    k = len(categories)
    table = None
    if labels is not None:
        flat = _positions(both[:, 0], categories) * k + _positions(both[:, 1], categories)
        counts = np.bincount(flat, minlength=k * k).reshape(k, k)
        table = Confusion(tuple(labels), tuple(tuple(int(c) for c in row) for row in counts))
    spans: dict[str, Interval | None] = {}
    if resampler is not None and resampler.enabled:
        rs = resampler.for_rows(np.nonzero(complete)[0])
        weighted = any(name.startswith("cohen_kappa_") for name in names)
        replicates = rs.values(pair_statistics(codes[complete], k, weighted))
        spans = {name: resampler.interval(replicates[name]) for name in names}
    return PairStats(coders, stats, table, spans)


def _dropped(result: AgreementResult, dropped: int) -> AgreementResult:
    """The result with the REs the pair did not both rate counted as dropped."""
    extra = {
        **result.extra,
        "n_units_dropped": int(result.extra.get("n_units_dropped", 0)) + dropped,
    }
    return replace(result, extra=extra)


def _numeric(labels: list[Hashable]) -> bool:
    return all(isinstance(label, int | float) and not isinstance(label, bool) for label in labels)


def _positions(values: np.ndarray, categories: list[Any]) -> np.ndarray:
    """Positions of values in the (sorted or index) category list."""
    return np.searchsorted(np.asarray(categories, dtype=float), values).astype(np.int64)


def _key(label: Hashable) -> str:
    """A label as a JSON object key (numbers as their shortest text: 2.5, 3)."""
    if isinstance(label, float) and label.is_integer():
        return str(int(label))
    return str(label)
