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
- Uncertainty. Analytic: `.se`, `.ci_low`, `.ci_high` (95%) on the result where a standard
  large-sample SE exists (Cohen's kappa incl. weighted: Fleiss, Cohen & Everitt 1969; Fleiss'
  kappa and AC1: Gwet 2008; percent agreement: Wilson), `extra["ci_method"]` naming it; else
  None (Scott's pi, Krippendorff's alpha). Bootstrap: `bootstrap_ci(name, ratings, clusters,
  b=1000, seed=..., level=.95)` or, for many statistics over the same units,
  `ClusterResampler(clusters, b=, seed=).interval(name, ratings)` -> `Interval(low, high, se_boot,
  b, seed, level, resampled_by, n_clusters, n_undefined)`: a percentile interval resampling
  whole clusters (e.g. interviews) of units, vectorised over the replicates; names in
  `BOOTSTRAP_STATISTICS`.
- Readings: `landis_koch_band`, `krippendorff_band`, `compare_with_benchmark` (a CI below /
  overlapping / above a cut-off or benchmark interval); `prevalence_bias` / `prevalence_bias_of`
  (Byrt, Bishop & Carlin 1993: PI, BI, PABAK) and `pabak` for k categories.
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
from .krippendorff import krippendorff_alpha
from .per_category import per_category_kappa
from .percent import percent_agreement
from .result import AgreementInputError, AgreementResult
from .scott import scott_pi
from .set_alpha import exact_match_rate, set_alpha
from .set_distance import jaccard_distance, masi_distance
from .sufficient import STATISTIC_NAMES as BOOTSTRAP_STATISTICS
from .unitizing import unitized_alpha, unitized_alpha_pooled

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
    "unitized_alpha_pooled",
]
