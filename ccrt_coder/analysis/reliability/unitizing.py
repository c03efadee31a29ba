"""Krippendorff's unitizing alpha for spans on continua (Krippendorff 1995, 2004), per category."""

import bisect
import itertools
import numbers
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .result import AgreementInputError, AgreementResult, undefined

Span = tuple[int, int, Hashable]
CoderSpans = Mapping[Hashable, Iterable[Span]]
Units = list[tuple[int, int]]  # one coder's units of one category in one text: sorted, disjoint


@dataclass(frozen=True)
class _Study:
    """Validated texts: per text, its length and per category the units of each coder."""

    coders: tuple[Hashable, ...]
    lengths: tuple[int, ...]
    units: tuple[dict[Hashable, list[Units]], ...]
    categories: tuple[Hashable, ...]


def unitized_alpha(
    coder_spans: CoderSpans, length: int, *, category: Hashable | None = None
) -> AgreementResult:
    """Unitizing alpha of one text of `length` code points; see `unitized_alpha_pooled`."""
    return unitized_alpha_pooled([(coder_spans, length)], category=category)


def unitized_alpha_pooled(
    texts: Iterable[tuple[CoderSpans, int]], *, category: Hashable | None = None
) -> AgreementResult:
    """Krippendorff's alpha_U for unitizing (Krippendorff 1995; 2004, Content Analysis, 2nd ed.).

    Implemented: the 1995/2004 coefficient for one category c at a time (also DKPro Statistics'
    KrippendorffAlphaUnitizingAgreement), NOT the revised u-alpha family of Krippendorff, Mathet,
    Bouvry & Widlöcher (2016). Each text is a continuum [0, L_t) of code points; every one of the
    m coders (the mapping's keys, the same in every text) segments it into units of c (their
    spans of category c, which must not overlap each other) and gaps (the rest, cut at text ends).
    For coders i != j and segments g of i and h of j, with begins b and lengths l:
    delta^2 = (b_g - b_h)^2 + (b_g + l_g - b_h - l_h)^2 if g and h are overlapping units;
    l_g^2 if unit g lies inside gap h; l_h^2 if unit h lies inside gap g; else 0.
    D_o = sum_i sum_(j != i) sum_g sum_h delta^2 / (m (m - 1) L^2), and
    D_e = (2 / L) sum_units [(N_c - 1)(2 l^3 - 3 l^2 + l) / 3 + l^2 sum_(gaps with l_gap >= l)
    (l_gap - l + 1)] / [m L (m L - 1) - sum_units l (l - 1)] over all coders' N_c units of c and
    all coders' gaps; alpha_c = 1 - D_o / D_e. Several texts are pooled as one continuum of
    length L = sum L_t laid end to end, except that no gap runs across a text boundary.
    With `category=None` every category used is computed and pooled as
    1 - sum_c D_o,c / sum_c D_e,c (per-category results in `extra["per_category"]`).
    The value depends on the length resolution (code points here), as the definition counts the
    positions at which a unit fits into a gap. Undefined for fewer than two coders, an empty
    continuum, or a category nobody marked (D_e = 0). `n_units` counts the units of all coders;
    `extra` has the pooled `length`, `n_texts` and, per category, `n_gaps`.
    """
    study = _study(list(texts))
    if category is not None:
        return _category_alpha(study, category)
    name = "unitized_alpha"
    reason = _study_problem(study)
    if reason is None and not study.categories:
        reason = "no coder marked any span"
    if reason is not None:
        return undefined(name, reason, n_coders=len(study.coders), length=sum(study.lengths))
    per_category = {c: _category_alpha(study, c) for c in study.categories}
    d_o = sum(r.observed or 0.0 for r in per_category.values())
    d_e = sum(r.expected or 0.0 for r in per_category.values())
    details: dict[str, Any] = {
        "length": sum(study.lengths),
        "n_texts": len(study.lengths),
        "per_category": per_category,
    }
    n_units = sum(r.n_units for r in per_category.values())
    if d_e == 0:
        reason = "expected disagreement is 0"
        return undefined(name, reason, n_units=n_units, n_coders=len(study.coders), **details)
    return AgreementResult(
        1.0 - d_o / d_e,
        n_units=n_units,
        n_coders=len(study.coders),
        observed=d_o,
        expected=d_e,
        extra=details,
        statistic=name,
    )


def _study_problem(study: _Study) -> str | None:
    if len(study.coders) < 2:
        return "unitizing alpha needs at least two coders"
    if sum(study.lengths) == 0:
        return "the continuum is empty"
    return None


def _category_alpha(study: _Study, category: Hashable) -> AgreementResult:
    m, big_l = len(study.coders), sum(study.lengths)
    name = "unitized_alpha"
    details: dict[str, Any] = {"category": category, "length": big_l, "n_texts": len(study.lengths)}
    reason = _study_problem(study)
    if reason is not None:
        return undefined(name, reason, n_coders=m, **details)
    per_text = [text.get(category, [[] for _ in study.coders]) for text in study.units]
    lengths = [u[1] - u[0] for units in per_text for coder in units for u in coder]
    if not lengths:
        return undefined(name, "no coder marked this category", n_coders=m, **details)
    observed_sum = sum(_observed_sum(units) for units in per_text)
    gaps = sorted(
        g for units, size in zip(per_text, study.lengths, strict=True) for g in _gaps(units, size)
    )
    expected_sum = _expected_sum(lengths, gaps)
    denominator = m * big_l * (m * big_l - 1) - sum(size * (size - 1) for size in lengths)
    d_o = 2 * observed_sum / (m * (m - 1) * big_l * big_l)
    details["n_gaps"] = len(gaps)
    if expected_sum == 0:
        reason = "expected disagreement is 0"
        return undefined(name, reason, n_units=len(lengths), n_coders=m, **details)
    d_e = 2 * expected_sum / (big_l * denominator)
    return AgreementResult(
        1.0 - d_o / d_e,
        n_units=len(lengths),
        n_coders=m,
        observed=d_o,
        expected=d_e,
        extra=details,
        statistic=name,
    )


def _observed_sum(units: list[Units]) -> int:
    """sum over coder pairs i < j of sum_g sum_h delta^2 (gap-gap and partial pairs add 0)."""
    return sum(
        _pair_sum(units[i], units[j]) for i in range(len(units)) for j in range(i + 1, len(units))
    )


def _pair_sum(first: Units, second: Units) -> int:
    """delta^2 summed over one coder pair: overlapping units, and units inside the other's gaps.

    A unit lies inside one of the other coder's gaps exactly when it overlaps none of the other's
    units (gaps are the maximal stretches between that coder's units).
    """
    total = 0
    start_index = 0
    second_hit = [False] * len(second)
    for begin, end in first:
        while start_index < len(second) and second[start_index][1] <= begin:
            start_index += 1
        j, hit = start_index, False
        while j < len(second) and second[j][0] < end:
            other_begin, other_end = second[j]
            total += (begin - other_begin) ** 2 + (end - other_end) ** 2
            second_hit[j] = hit = True
            j += 1
        if not hit:
            total += (end - begin) ** 2
    return total + sum(
        (e - b) ** 2 for (b, e), hit in zip(second, second_hit, strict=True) if not hit
    )


def _gaps(units: list[Units], length: int) -> list[int]:
    """Lengths of each coder's gaps in one text (stretches not in a unit of the category)."""
    gaps = []
    for coder_units in units:
        position = 0
        for begin, end in coder_units:
            if begin > position:
                gaps.append(begin - position)
            position = end
        if length > position:
            gaps.append(length - position)
    return gaps


def _expected_sum(lengths: list[int], gaps: list[int]) -> int:
    """sum_units [(N_c - 1)(2l^3 - 3l^2 + l)/3 + l^2 sum_(gaps >= l) (gap - l + 1)], exactly."""
    suffix = [0] * (len(gaps) + 1)  # suffix[k] = sum(gaps[k:])
    for k in range(len(gaps) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + gaps[k]
    n_c = len(lengths)
    total = 0
    for size in lengths:
        first = bisect.bisect_left(gaps, size)
        fitting = suffix[first] - (size - 1) * (len(gaps) - first)
        total += (n_c - 1) * (2 * size**3 - 3 * size**2 + size) // 3 + size * size * fitting
    return total


def _study(texts: list[tuple[CoderSpans, int]]) -> _Study:
    coders: tuple[Hashable, ...] | None = None
    lengths: list[int] = []
    units: list[dict[Hashable, list[Units]]] = []
    categories: dict[Hashable, None] = {}
    for index, (coder_spans, length) in enumerate(texts):
        if not isinstance(length, numbers.Integral) or isinstance(length, bool) or length < 0:
            raise AgreementInputError(f"text {index}: length must be a non-negative integer")
        keys = tuple(coder_spans)
        if coders is None:
            coders = keys
        elif set(keys) != set(coders):
            raise AgreementInputError(f"text {index}: coders {keys!r} differ from {coders!r}")
        text_units = _text_units(coder_spans, coders, int(length), index)
        for category in text_units:
            categories.setdefault(category, None)
        lengths.append(int(length))
        units.append(text_units)
    return _Study(coders or (), tuple(lengths), tuple(units), _sorted_if_possible(categories))


def _text_units(
    coder_spans: CoderSpans, coders: Sequence[Hashable], length: int, index: int
) -> dict[Hashable, list[Units]]:
    by_category: dict[Hashable, list[Units]] = {}
    for position, coder in enumerate(coders):
        for span in coder_spans[coder]:
            begin, end, category = _checked_span(span, length, index, coder)
            units = by_category.setdefault(category, [[] for _ in coders])
            units[position].append((begin, end))
    for category, units in by_category.items():
        for position, coder_units in enumerate(units):
            coder_units.sort()
            for (_, end), (begin, _) in itertools.pairwise(coder_units):
                if begin < end:
                    raise AgreementInputError(
                        f"text {index}: coder {coders[position]!r} has overlapping spans "
                        f"of category {category!r}"
                    )
    return by_category


def _checked_span(span: Any, length: int, index: int, coder: Hashable) -> Span:
    try:
        begin, end, category = span
    except (TypeError, ValueError) as error:
        raise AgreementInputError(f"text {index}: a span must be (start, end, category)") from error
    for bound in (begin, end):
        if not isinstance(bound, numbers.Integral) or isinstance(bound, bool):
            raise AgreementInputError(f"text {index}: span bounds must be integers, got {span!r}")
    if not 0 <= begin < end <= length:
        raise AgreementInputError(
            f"text {index}: coder {coder!r} span {span!r} is outside 0 <= start < end <= {length}"
        )
    return int(begin), int(end), category


def _sorted_if_possible(values: Mapping[Hashable, None]) -> tuple[Hashable, ...]:
    try:
        return tuple(sorted(values))  # type: ignore[type-var]  # may be unorderable: TypeError is caught
    except TypeError:
        return tuple(values)
