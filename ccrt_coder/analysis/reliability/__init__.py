"""A general inter-rater reliability library: kappas, pi, AC1, alpha, unitizing alpha (no CCRT).

Conventions, the same for every function:

- Input is a ratings table, units x coders: a sequence of rows (one per unit), one column per
  coder, or a 2-D numpy array / DataFrame. Missing ratings are None, NaN or pandas NA.
  Categories are any hashable values; `categories=[...]` fixes their order (for weights and
  ordinal alpha) and adds unused ones. `cohen_kappa` takes the two coders as two sequences.
  Options are keyword-only.
- Every statistic returns an `AgreementResult` (there is no float-returning variant):
  `.value` is a finite float, or None with `.undefined_reason` when the statistic is undefined
  (empty input, no unit rated by two coders, one category only so chance agreement is 1).
  Degenerate input never yields 0, NaN or an exception. `.n_units` counts the units used and
  `.extra["n_units_dropped"]` those left out (missing ratings); `.observed`/`.expected` hold the
  observed and chance terms (agreements, or for alpha disagreements); `.confusion` the table
  behind the value as nested dicts; `.extra["prevalence"]` each category's share of ratings.
  `per_category_kappa` returns {category: AgreementResult}.
- Malformed input (ragged rows, a rating outside `categories`, overlapping spans of one coder)
  raises `AgreementInputError`, a ValueError that is also the app's user-facing InputError.
- Analytic uncertainty: `.se`, `.ci_low`, `.ci_high` (95%) on the result where a standard
  large-sample SE exists, `extra["ci_method"]` naming it: Cohen's kappa, weighted too (Fleiss,
  Cohen & Everitt 1969); Fleiss' kappa, Scott's pi and AC1 (Gwet 2008); percent agreement
  (Wilson); ICC(2,1) CI only (McGraw & Wong 1996). Else None: Krippendorff's alpha and set alpha
  have no standard SE; use the bootstrap, as Krippendorff does.
- Bootstrap uncertainty, kept apart from the result: `bootstrap_ci(name, ratings, clusters, *,
  categories, b=1000, seed, level=.95, resampled_by="interview") -> Interval(low, high, se_boot,
  b, seed, level, resampled_by, n_clusters, n_undefined)` (`.to_dict()` for JSON), a percentile
  interval resampling whole clusters (interviews) of units, vectorised over the B replicates.
  For many statistics over the same units: `ClusterResampler(clusters, b=, seed=)` and
  `.intervals([(name, ratings, categories), ...])` (one matrix product) or `.interval(...)`.
  Names in `BOOTSTRAP_STATISTICS`; two-coder statistics take a units x 2 table. Fleiss' kappa_j
  of one category is `fleiss_kappa` of the table recoded to that category / not (Fleiss 1971).
- Readings: `landis_koch_band`, `krippendorff_band`, `compare_with_benchmark` (a CI below /
  overlapping / above a cut-off or benchmark interval); `prevalence_bias` / `prevalence_bias_of`
  (Byrt, Bishop & Carlin 1993: PI, BI, PABAK) and `pabak` for k categories.
- `icc_2_1(ratings)`: ICC(2,1) (Shrout & Fleiss 1979) of complete targets with McGraw & Wong's
  (1996) F-based CI in `ci_low`/`ci_high`.
- Unitizing: `unitized_alpha_pooled(texts)` (Krippendorff 1995, 2004) and, for a cluster
  bootstrap of texts, `unitized_alpha_replicates(texts, weights)`: the value in every replicate
  (row of weights: how often each text is drawn) at once (the derivation in its module).
- Set-valued codes: `set_alpha(ratings, distance="masi"|"jaccard")` (Passonneau 2006), each
  rating a frozenset of labels, and `exact_match_rate`.
- Definitions follow the original papers, cited in each docstring: Cohen (1960, 1968), Scott
  (1955), Fleiss (1971), Gwet (2008), Krippendorff (1995, 2004, 2011).
"""

from .bands import compare_with_benchmark, krippendorff_band, landis_koch_band
from .bootstrap import ClusterResampler, Interval, bootstrap_ci
from .byrt import PrevalenceBias, pabak, prevalence_bias, prevalence_bias_of
from .cohen import cohen_kappa
from .fleiss import fleiss_kappa
from .gwet import gwet_ac1
from .icc import icc_2_1
from .krippendorff import krippendorff_alpha
from .per_category import per_category_kappa
from .percent import percent_agreement
from .result import AgreementInputError, AgreementResult
from .scott import scott_pi
from .set_alpha import exact_match_rate, set_alpha
from .set_distance import jaccard_distance, masi_distance
from .sufficient import STATISTIC_NAMES as BOOTSTRAP_STATISTICS
from .unitizing import unitized_alpha, unitized_alpha_arrays, unitized_alpha_pooled
from .unitizing_replicates import unitized_alpha_arrays_replicates, unitized_alpha_replicates

__all__ = [
    "BOOTSTRAP_STATISTICS",
    "AgreementInputError",
    "AgreementResult",
    "ClusterResampler",
    "Interval",
    "PrevalenceBias",
    "bootstrap_ci",
    "cohen_kappa",
    "compare_with_benchmark",
    "exact_match_rate",
    "fleiss_kappa",
    "gwet_ac1",
    "icc_2_1",
    "jaccard_distance",
    "krippendorff_alpha",
    "krippendorff_band",
    "landis_koch_band",
    "masi_distance",
    "pabak",
    "per_category_kappa",
    "percent_agreement",
    "prevalence_bias",
    "prevalence_bias_of",
    "scott_pi",
    "set_alpha",
    "unitized_alpha",
    "unitized_alpha_arrays",
    "unitized_alpha_arrays_replicates",
    "unitized_alpha_pooled",
    "unitized_alpha_replicates",
]
