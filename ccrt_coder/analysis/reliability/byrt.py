"""Prevalence and bias indices and the prevalence- and bias-adjusted kappa (Byrt et al. 1993).

Byrt, Bishop & Carlin (1993), "Bias, prevalence and kappa", J Clin Epidemiol 46, 423-429: for a
2 x 2 table of two coders with a = both "present", d = both "absent", b = coder A present and
B absent, c = the reverse, n = a + b + c + d:
prevalence index PI = (a - d) / n, bias index BI = (b - c) / n, PABAK = 2 p_o - 1 with
p_o = (a + d) / n, and Cohen's kappa = (PABAK - PI^2 + BI^2) / (1 - PI^2 + BI^2). For k
categories PABAK = (k p_o - 1) / (k - 1). A large |PI| lowers kappa at a given p_o (the
prevalence paradox); a large |BI| raises it (Feinstein & Cicchetti 1990).
"""

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .ratings import MISSING, code_pair
from .result import AgreementInputError


@dataclass(frozen=True)
class PrevalenceBias:
    """Byrt et al.'s indices of one 2 x 2 table; kappa None when chance agreement is 1."""

    n: int
    p_o: float
    prevalence_index: float
    bias_index: float
    pabak: float
    kappa: float | None


def prevalence_bias(table: Any) -> PrevalenceBias:
    """PI, BI, PABAK and kappa of a 2 x 2 table [[a, b], [c, d]] (row: coder A, first: present)."""
    cells = np.asarray(table, dtype=float)
    if cells.shape != (2, 2) or (cells < 0).any():
        raise AgreementInputError("prevalence and bias indices need a 2 x 2 table of counts")
    n = float(cells.sum())
    if n == 0:
        raise AgreementInputError("prevalence and bias indices need at least one unit")
    (a, b), (c, d) = cells.tolist()
    p_o = (a + d) / n
    pi, bi = (a - d) / n, (b - c) / n
    pabak_value = 2.0 * p_o - 1.0
    denominator = 1.0 - pi * pi + bi * bi
    kappa = (pabak_value - pi * pi + bi * bi) / denominator if denominator > 0 else None
    return PrevalenceBias(int(n), p_o, pi, bi, pabak_value, kappa)


def prevalence_bias_of(a: Any, b: Any, *, present: Hashable = True) -> PrevalenceBias:
    """The indices of two coders' ratings: `present` is "present", any other rating "absent".

    Units missing either rating are dropped; refused when no unit is left.
    """
    coded = code_pair(a, b)
    codes = coded.codes
    both = (codes[:, 0] != MISSING) & (codes[:, 1] != MISSING)
    index = coded.categories.index(present) if present in coded.categories else -2
    first, second = codes[both, 0] == index, codes[both, 1] == index
    table = [
        [int((first & second).sum()), int((first & ~second).sum())],
        [int((~first & second).sum()), int((~first & ~second).sum())],
    ]
    return prevalence_bias(table)


def pabak(table: Any) -> float:
    """PABAK of a k x k table of two coders' counts: (k p_o - 1) / (k - 1) (Byrt et al. 1993)."""
    cells = np.asarray(table, dtype=float)
    if cells.ndim != 2 or cells.shape[0] != cells.shape[1] or cells.shape[0] < 2:
        raise AgreementInputError("PABAK needs a square table of at least 2 x 2 counts")
    n = float(cells.sum())
    if n == 0:
        raise AgreementInputError("PABAK needs at least one unit")
    k = int(cells.shape[0])
    return (k * float(np.trace(cells)) / n - 1.0) / (k - 1)
