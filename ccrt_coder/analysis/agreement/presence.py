"""Presence agreement: did each coder use the category (or cluster) in the RE, 1 or 0?

The primary unit of analysis of CCRT reliability studies: one binary rating per RE, coder and
label, so a component one coder scored and another did not is a disagreement, never missing.
Per label: Cohen's kappa, percent agreement, PABAK and Byrt, Bishop & Carlin's (1993)
prevalence and bias indices per pair; Fleiss' kappa, Krippendorff's alpha and percent agreement
across all coders; the label's prevalence. All statistics for all labels are computed at once
(vectorised); row 0 of the replicates is the sample's value.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.agreement.statistics import StatBlock, replicate_stats
from ccrt_coder.analysis.reliability.sufficient import binary_pair_statistics, binary_statistics

PAIR_STATS = ("cohen_kappa", "percent_agreement", "pabak", "prevalence_index", "bias_index")
ALL_STATS = ("fleiss_kappa", "krippendorff_alpha", "percent_agreement")
UNDEFINED = "used in every RE or in none"


def presence_blocks(
    present: np.ndarray, labels: Sequence[str], coders: Sequence[str], resampler: Resampler
) -> dict[str, StatBlock]:
    """``present``: shared REs x coders x labels (0/1). One block per label."""
    n_res, n_coders, _ = present.shape
    overall = resampler.values(binary_statistics(present))
    pairs = {
        (i, j): resampler.values(binary_pair_statistics(present[:, i, :], present[:, j, :]))
        for i, j in itertools.combinations(range(n_coders), 2)
    }
    ones = present.sum(axis=(0, 1))
    blocks = {}
    for k, label in enumerate(labels):
        every = replicate_stats(
            ("", ""), _column(overall, k), ALL_STATS, n_res, resampler, UNDEFINED
        )
        blocks[str(label)] = StatBlock(
            n_res=n_res,
            n_rated=n_res if n_coders >= 2 else 0,
            missing={name: 0 for name in coders},
            counts={0: int(n_res * n_coders - ones[k]), 1: int(ones[k])},
            prevalence={
                0: 1 - float(overall["prevalence"][0, k]) if n_res else 0.0,
                1: float(overall["prevalence"][0, k]) if n_res else 0.0,
            },
            pairs=tuple(
                replicate_stats(
                    (coders[i], coders[j]),
                    _column(values, k),
                    PAIR_STATS,
                    n_res,
                    resampler,
                    UNDEFINED,
                )
                for (i, j), values in pairs.items()
            ),
            overall=every.stats,
            intervals=every.intervals,
        )
    return blocks


def _column(values: dict[str, np.ndarray], k: int) -> dict[str, np.ndarray]:
    """Label ``k``'s replicates of every statistic."""
    return {name: column[:, k] for name, column in values.items()}
