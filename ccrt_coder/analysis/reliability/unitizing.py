"""Krippendorff's unitizing alpha for spans on continua (Krippendorff 1995, 2004), per category.

The sums run over numpy arrays of all units at once (a study of 200,000 units takes a few
milliseconds); the integer sums stay exact (Python integers where int64 could overflow).
"""

import numbers
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from .result import AgreementInputError, AgreementResult, undefined

Span = tuple[int, int, Hashable]
CoderSpans = Mapping[Hashable, Iterable[Span]]
INT64_SAFE = 2**62  # products below this fit int64 with room for one addition


@dataclass(frozen=True)
class Units:
    """One category's units of all coders: text index, coder position, begin and end (int64),
    sorted by coder, then text, then begin."""

    text: np.ndarray
    coder: np.ndarray
    begin: np.ndarray
    end: np.ndarray


@dataclass(frozen=True)
class Study:
    """Validated texts: their lengths and, per category, the units of every coder."""

    coders: tuple[Hashable, ...]
    lengths: np.ndarray
    units: dict[Hashable, Units]
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
    study = texts_study(list(texts))
    if category is not None:
        return category_alpha(study, category)
    name = "unitized_alpha"
    reason = study_problem(study)
    if reason is None and not study.categories:
        reason = "no coder marked any span"
    if reason is not None:
        return undefined(name, reason, n_coders=len(study.coders), length=_total(study.lengths))
    per_category = {c: category_alpha(study, c) for c in study.categories}
    d_o = sum(r.observed or 0.0 for r in per_category.values())
    d_e = sum(r.expected or 0.0 for r in per_category.values())
    details: dict[str, Any] = {
        "length": _total(study.lengths),
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


def unitized_alpha_arrays(
    lengths: np.ndarray,
    units: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    coders: tuple[Hashable, ...],
    category: Hashable,
) -> AgreementResult:
    """`unitized_alpha_pooled` of one category from arrays, for large studies: ``lengths`` of
    the texts and ``units`` = (text index, coder position in ``coders``, begin, end), one entry
    per unit; checked as the mappings are (integers, inside the text, no overlap per coder)."""
    return category_alpha(arrays_study(lengths, units, coders, category), category)


def arrays_study(
    lengths: np.ndarray,
    units: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    coders: tuple[Hashable, ...],
    category: Hashable,
) -> Study:
    """The checked study of `unitized_alpha_arrays`' arguments."""
    arrays = [np.asarray(a) for a in (lengths, *units)]
    for values in arrays:
        if values.size and not np.issubdtype(values.dtype, np.integer):
            raise AgreementInputError("text lengths, indices and span bounds must be integers")
    sizes, text, coder, begin, end = (a.astype(np.int64) for a in arrays)
    if (sizes < 0).any():
        raise AgreementInputError("text lengths must be non-negative integers")
    if ((text < 0) | (text >= len(sizes)) | (coder < 0) | (coder >= len(coders))).any():
        raise AgreementInputError("a unit names a text or coder that is not given")
    codes = np.zeros(len(text), dtype=np.int64)
    return _checked(coders, sizes, (text, coder, begin, end, codes), (category,))


def study_problem(study: Study) -> str | None:
    if len(study.coders) < 2:
        return "unitizing alpha needs at least two coders"
    if _total(study.lengths) == 0:
        return "the continuum is empty"
    return None


def category_alpha(study: Study, category: Hashable) -> AgreementResult:
    m, big_l = len(study.coders), _total(study.lengths)
    name = "unitized_alpha"
    details: dict[str, Any] = {"category": category, "length": big_l, "n_texts": len(study.lengths)}
    reason = study_problem(study)
    if reason is not None:
        return undefined(name, reason, n_coders=m, **details)
    units = study.units.get(category)
    if units is None or not len(units.begin):
        return undefined(name, "no coder marked this category", n_coders=m, **details)
    sizes = units.end - units.begin
    gaps = _gaps(units, study.lengths, m)
    expected_sum = _expected_sum(sizes, gaps)
    denominator = m * big_l * (m * big_l - 1) - _total(sizes * (sizes - 1))
    d_o = 2 * _observed_sum(units, study.lengths, m) / (m * (m - 1) * big_l * big_l)
    details["n_gaps"] = len(gaps)
    if expected_sum == 0:
        reason = "expected disagreement is 0"
        return undefined(name, reason, n_units=len(sizes), n_coders=m, **details)
    d_e = 2 * expected_sum / (big_l * denominator)
    return AgreementResult(
        1.0 - d_o / d_e,
        n_units=len(sizes),
        n_coders=m,
        observed=d_o,
        expected=d_e,
        extra=details,
        statistic=name,
    )


def _total(values: np.ndarray) -> int:
    """The exact sum of integers (Python integers: no overflow)."""
    return sum(values.tolist())


def _observed_sum(units: Units, lengths: np.ndarray, m: int) -> int:
    """sum over coder pairs i < j of sum_g sum_h delta^2 (gap-gap and partial pairs add 0)."""
    return sum(_total(squares) for _, squares in observed_terms(units, lengths, m))


def observed_terms(
    units: Units, lengths: np.ndarray, m: int
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The squared differences behind D_o with the text each lies in (int64, or Python
    integers where int64 could overflow).

    The texts laid end to end (no unit crosses a text end, so only units of one text overlap);
    the units of coder j that overlap a unit of coder i are the run from the first ending after
    its begin to the last beginning before its end. A unit lies inside one of the other coder's
    gaps exactly when it overlaps none of the other's units.
    """
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    begin = offsets[units.text] + units.begin
    end = offsets[units.text] + units.end
    bounds = np.searchsorted(units.coder, np.arange(m + 1))
    coder = [slice(bounds[c], bounds[c + 1]) for c in range(m)]
    wide = int(lengths.max(initial=0)) ** 2 * 2 >= INT64_SAFE
    for i in range(m):
        for j in range(i + 1, m):
            b1, e1, b2, e2 = begin[coder[i]], end[coder[i]], begin[coder[j]], end[coder[j]]
            t1, t2 = units.text[coder[i]], units.text[coder[j]]
            low = np.searchsorted(e2, b1, side="right")
            count = np.searchsorted(b2, e1, side="left") - low
            first = np.repeat(np.arange(len(b1)), count)
            second = np.arange(len(first)) - np.repeat(np.cumsum(count) - count - low, count)
            hit = np.zeros(len(b2), dtype=bool)
            hit[second] = True
            parts = (
                (t1[first], b1[first] - b2[second]),
                (t1[first], e1[first] - e2[second]),
                (t1[count == 0], (e1 - b1)[count == 0]),
                (t2[~hit], (e2 - b2)[~hit]),
            )
            for text, part in parts:
                part = part.astype(object) if wide else part
                yield text, part * part


def _gaps(units: Units, lengths: np.ndarray, m: int) -> np.ndarray:
    """Lengths of every coder's gaps in every text (stretches not in a unit), sorted."""
    return np.sort(gap_table(units, lengths, m)[0])


def gap_table(units: Units, lengths: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Every coder's gaps in every text (cut at text ends): their lengths and texts."""
    same = np.r_[False, (units.text[1:] == units.text[:-1]) & (units.coder[1:] == units.coder[:-1])]
    previous_end = np.where(same, np.r_[0, units.end[:-1]], 0)
    before = units.begin - previous_end
    last_end = np.zeros((m, len(lengths)), dtype=np.int64)
    last = np.r_[~same[1:], True]
    last_end[units.coder[last], units.text[last]] = units.end[last]
    after = (lengths[None, :] - last_end).ravel()
    after_text = np.tile(np.arange(len(lengths)), m)
    gaps = np.concatenate([before[before > 0], after[after > 0]])
    return gaps, np.concatenate([units.text[before > 0], after_text[after > 0]])


def _expected_sum(sizes: np.ndarray, gaps: np.ndarray) -> int:
    """sum_units [(N_c - 1)(2l^3 - 3l^2 + l)/3 + l^2 sum_(gaps >= l) (gap - l + 1)], exactly.

    2l^3 - 3l^2 + l = l (l - 1)(2l - 1) is a multiple of 6, so dividing each by 3 is exact.
    """
    suffix = np.concatenate([np.cumsum(gaps[::-1])[::-1], [0]]).astype(np.int64)
    first = np.searchsorted(gaps, sizes, side="left")
    fitting = suffix[first] - (sizes - 1) * (len(gaps) - first)
    largest = int(sizes.max())
    wide = 2 * largest**3 >= INT64_SAFE or largest**2 * int(suffix[0]) >= INT64_SAFE
    size = sizes.astype(object) if wide else sizes
    placed = _total(size * (size - 1) * (2 * size - 1) // 3)
    return (len(sizes) - 1) * placed + _total(size * size * fitting)


def texts_study(texts: list[tuple[CoderSpans, int]]) -> Study:
    """The mappings' spans as arrays (each checked to be (integer, integer, category))."""
    coders: tuple[Hashable, ...] | None = None
    lengths: list[int] = []
    rows: list[tuple[int, int, int, int, int]] = []
    categories: dict[Hashable, int] = {}
    for index, (coder_spans, length) in enumerate(texts):
        if not isinstance(length, numbers.Integral) or isinstance(length, bool) or length < 0:
            raise AgreementInputError(f"text {index}: length must be a non-negative integer")
        keys = tuple(coder_spans)
        if coders is None:
            coders = keys
        elif set(keys) != set(coders):
            raise AgreementInputError(f"text {index}: coders {keys!r} differ from {coders!r}")
        for position, coder in enumerate(coders):
            for span in coder_spans[coder]:
                begin, end, category = _checked_span(span, index)
                code = categories.setdefault(category, len(categories))
                rows.append((index, position, begin, end, code))
        lengths.append(int(length))
    table = np.array(rows, dtype=np.int64).reshape(-1, 5)
    columns = (table[:, 0], table[:, 1], table[:, 2], table[:, 3], table[:, 4])
    order = _sorted_if_possible(categories)
    return _checked(
        coders or (), np.array(lengths, dtype=np.int64), columns, tuple(categories), order
    )


def _checked(
    coders: tuple[Hashable, ...],
    lengths: np.ndarray,
    columns: tuple[np.ndarray, ...],
    names: tuple[Hashable, ...],
    order: tuple[Hashable, ...] | None = None,
) -> Study:
    """The study after checking every span lies in its text and no coder's spans of one
    category overlap; the first problem (in text order) is refused."""
    text, coder, begin, end, code = columns
    outside = (begin < 0) | (begin >= end) | (end > lengths[text])
    sort = np.lexsort((end, begin, text, coder, code))
    text, coder, begin, end, code = (c[sort] for c in columns)
    same = (code[1:] == code[:-1]) & (coder[1:] == coder[:-1]) & (text[1:] == text[:-1])
    overlap = np.flatnonzero(same & (begin[1:] < end[:-1])) + 1
    first_out = int(np.argmax(outside)) if outside.any() else None
    if overlap.size:
        worst = overlap[np.lexsort((coder[overlap], code[overlap], text[overlap]))[0]]
        if first_out is None or columns[0][first_out] > text[worst]:
            raise AgreementInputError(
                f"text {text[worst]}: coder {coders[coder[worst]]!r} has overlapping spans "
                f"of category {names[code[worst]]!r}"
            )
    if first_out is not None:
        index, name = int(columns[0][first_out]), coders[int(columns[1][first_out])]
        span = (
            int(columns[2][first_out]),
            int(columns[3][first_out]),
            names[columns[4][first_out]],
        )
        raise AgreementInputError(
            f"text {index}: coder {name!r} span {span!r} is outside "
            f"0 <= start < end <= {int(lengths[index])}"
        )
    cuts = np.searchsorted(code, np.arange(len(names) + 1))
    units = {
        name: Units(*(c[cuts[k] : cuts[k + 1]] for c in (text, coder, begin, end)))
        for k, name in enumerate(names)
    }
    return Study(coders, lengths, units, names if order is None else order)


def _checked_span(span: Any, index: int) -> tuple[int, int, Hashable]:
    try:
        begin, end, category = span
    except (TypeError, ValueError) as error:
        raise AgreementInputError(f"text {index}: a span must be (start, end, category)") from error
    for bound in (begin, end):
        if not isinstance(bound, numbers.Integral) or isinstance(bound, bool):
            raise AgreementInputError(f"text {index}: span bounds must be integers, got {span!r}")
    return int(begin), int(end), category


def _sorted_if_possible(values: Mapping[Hashable, Any]) -> tuple[Hashable, ...]:
    try:
        return tuple(sorted(values))  # type: ignore[type-var]  # may be unorderable: TypeError is caught
    except TypeError:
        return tuple(values)
