"""Unitizing alpha in every replicate of a cluster bootstrap of texts, all replicates at once.

A replicate is given by weights w (w_t: how often text t was drawn); its continuum is the drawn
texts laid end to end, text t copied w_t times. No unit crosses a text end and gaps are cut at
text ends, so the replicate's units and gaps are w_t copies of each text's units and gaps, and
with L_t, n_t the length and number of units (all coders, category c) of text t:

- L = sum_t w_t L_t, N_c = sum_t w_t n_t, and sum_units l(l-1)(2l-1)/3 = sum_t w_t A_t,
  sum_units l(l-1) = sum_t w_t B_t (A_t, B_t: the sums over text t's units) are linear in w.
- D_o's numerator is linear too: two coders' segments contribute only where they share a
  stretch of one copy of one text (overlapping units, or a unit inside the other's gap), so it
  is sum_t w_t O_t with O_t text t's sum of delta^2 (``observed_terms``, per text).
- D_e's gap term Gamma = sum_units sum_gaps [l_g >= l_u] l_u^2 (l_g - l_u + 1) pairs every
  unit with every gap of the whole continuum, any text with any text: Gamma = sum_(t,s) w_t w_s
  Gamma_ts, bilinear in w. Split l_u^2 (l_g - l_u + 1) = l_u^2 (l_g + 1) - l_u^3 and index by the
  distinct unit lengths lambda_1 < ... < lambda_K of the category: with
  P[t,k] = sum of l_u^2 and Q[t,k] = sum of l_u^3 over text t's units of length lambda_k, and
  S[s,k] = sum (l_g + 1), C[s,k] = the number of text s's gaps with l_g >= lambda_k,
  Gamma = sum_k (wP)_k (wS)_k - (wQ)_k (wC)_k. S and C are suffix sums over k of the gap tables
  H1[s,j] = sum (l_g + 1), H0[s,j] = count of text s's gaps with lambda_j <= l_g < lambda_(j+1)
  (gaps shorter than lambda_1 fit no unit), so wS and wC are suffix sums over k of wH1 and wH0.
- Then, per replicate, E = (N_c - 1) sum_t w_t A_t + Gamma, D_e = 2 E / (L (m L (m L - 1) -
  sum_t w_t B_t)), D_o = 2 sum_t w_t O_t / (m (m - 1) L^2) and alpha = 1 - D_o / D_e; pooled
  over categories 1 - sum_c D_o,c / sum_c D_e,c, as ``unitized_alpha_pooled``.

For R replicates the weights are an R x T matrix W and everything is one product of W with the
text tables (T x 5 linear sums; T x 4K for P, Q, H1, H0, which are sparse: at most one entry per
unit or gap). The product runs dense (BLAS) while the table has at most DENSE_ENTRIES cells per
entry, else as sums of the gathered entries: O(R (T + units + gaps)) work either way, never
R x units x gaps. In float64; the row of all weights 1 (the sample) equals the exact integer
sums of ``unitized_alpha_pooled`` to rounding (tested to 1e-12), and callers report the exact
value itself.
"""

from collections.abc import Hashable, Iterable

import numpy as np

from .result import AgreementResult
from .unitizing import (
    CoderSpans,
    Study,
    arrays_study,
    category_alpha,
    gap_table,
    observed_terms,
    study_problem,
    texts_study,
)

DENSE_ENTRIES = 16  # dense product while the table has at most this many cells per entry
CHUNK_CELLS = 2**22  # gathered entries per block of replicates (32 MB of float64)


def unitized_alpha_replicates(
    texts: Iterable[tuple[CoderSpans, int]],
    weights: np.ndarray,
    *,
    category: Hashable | None = None,
) -> np.ndarray:
    """`unitized_alpha_pooled` of each replicate (row of ``weights``: how often each text is
    drawn), NaN where it is undefined; the texts and ``category`` as there."""
    study = texts_study(list(texts))
    names = study.categories if category is None else (category,)
    return _alpha(study, names, weights)


def unitized_alpha_arrays_replicates(
    lengths: np.ndarray,
    units: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    coders: tuple[Hashable, ...],
    category: Hashable,
    weights: np.ndarray,
) -> tuple[AgreementResult, np.ndarray]:
    """`unitized_alpha_arrays` (exact) and its value in each replicate (row of ``weights``, one
    column per text), from one check of the arrays."""
    study = arrays_study(lengths, units, coders, category)
    return category_alpha(study, category), _alpha(study, (category,), weights)


def _alpha(study: Study, categories: tuple[Hashable, ...], weights: np.ndarray) -> np.ndarray:
    weights = np.asarray(weights, dtype=np.float64).reshape(-1, len(study.lengths))
    if study_problem(study) is not None or not categories:
        return np.full(len(weights), np.nan)
    d_o = np.zeros(len(weights))
    d_e = np.zeros(len(weights))
    for category in categories:
        observed, expected = _disagreements(study, category, weights)
        d_o += np.where(expected == 0, 0.0, observed)  # undefined there: adds 0, as pooled
        d_e += expected
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(d_e > 0, 1.0 - d_o / d_e, np.nan)


def _disagreements(
    study: Study, category: Hashable, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """D_o and D_e of one category per replicate (0 where nobody marked it; NaN where the
    replicate's continuum is empty)."""
    zero = np.zeros(len(weights))
    units = study.units.get(category)
    if units is None or not len(units.begin):
        return zero, zero
    m, n_texts = len(study.coders), len(study.lengths)
    sizes = (units.end - units.begin).astype(np.float64)
    observed = np.zeros(n_texts)
    for text, squares in observed_terms(units, study.lengths, m):
        observed += np.bincount(text, weights=squares.astype(np.float64), minlength=n_texts)
    per_text = np.column_stack(
        [
            study.lengths.astype(np.float64),
            np.bincount(units.text, minlength=n_texts),
            np.bincount(units.text, sizes * (sizes - 1) * (2 * sizes - 1) / 3, n_texts),
            np.bincount(units.text, sizes * (sizes - 1), n_texts),
            observed,
        ]
    )
    big_l, n_units, placed, paired, o_sum = (weights @ per_text).T
    gaps, gap_text = gap_table(units, study.lengths, m)
    expected = (n_units - 1) * placed + _gap_term(sizes, units.text, gaps, gap_text, weights)
    with np.errstate(divide="ignore", invalid="ignore"):
        d_o = 2 * o_sum / (m * (m - 1) * big_l * big_l)
        d_e = 2 * expected / (big_l * (m * big_l * (m * big_l - 1) - paired))
    return d_o, d_e


def _gap_term(
    sizes: np.ndarray,
    unit_text: np.ndarray,
    gaps: np.ndarray,
    gap_text: np.ndarray,
    weights: np.ndarray,
) -> np.ndarray:
    """Gamma = sum_k (wP)_k (wS)_k - (wQ)_k (wC)_k per replicate (see the module docstring)."""
    lengths, length_index = np.unique(sizes, return_inverse=True)
    k = len(lengths)
    fitting = np.searchsorted(lengths, gaps, side="right") - 1  # the longest unit it holds
    fits = fitting >= 0
    gap_sizes = gaps[fits].astype(np.float64) + 1
    rows = np.concatenate([unit_text, unit_text, gap_text[fits], gap_text[fits]])
    columns = np.concatenate(
        [length_index, k + length_index, 2 * k + fitting[fits], 3 * k + fitting[fits]]
    )
    values = np.concatenate([sizes**2, sizes**3, gap_sizes, np.ones(len(gap_sizes))])
    products = _product(weights, rows, columns, values, 4 * k)
    wp, wq, wh1, wh0 = (products[:, i * k : (i + 1) * k] for i in range(4))
    ws = np.cumsum(wh1[:, ::-1], axis=1)[:, ::-1]
    wc = np.cumsum(wh0[:, ::-1], axis=1)[:, ::-1]
    gamma: np.ndarray = (wp * ws).sum(axis=1) - (wq * wc).sum(axis=1)
    return gamma


def _product(
    weights: np.ndarray, rows: np.ndarray, columns: np.ndarray, values: np.ndarray, width: int
) -> np.ndarray:
    """weights @ M for the T x width table M holding the sums of ``values`` at (row, column)."""
    n_rows = weights.shape[1]
    flat = rows * width + columns
    if n_rows * width <= DENSE_ENTRIES * len(flat):
        table = np.bincount(flat, weights=values, minlength=n_rows * width)
        return weights @ table.reshape(n_rows, width)
    cells, inverse = np.unique(flat, return_inverse=True)
    sums = np.bincount(inverse, weights=values, minlength=len(cells))
    cell_rows, cell_columns = cells // width, cells % width
    order = np.argsort(cell_columns, kind="stable")
    cell_rows, cell_columns, sums = cell_rows[order], cell_columns[order], sums[order]
    present, starts = np.unique(cell_columns, return_index=True)
    out = np.zeros((len(weights), width))
    step = max(1, CHUNK_CELLS // max(len(sums), 1))
    for first in range(0, len(weights), step):
        block = weights[first : first + step]
        out[first : first + step, present] = np.add.reduceat(
            block[:, cell_rows] * sums, starts, axis=1
        )
    return out
