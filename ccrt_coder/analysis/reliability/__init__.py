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
- Definitions follow the original papers, cited in each docstring: Cohen (1960, 1968), Scott
  (1955), Fleiss (1971), Gwet (2008), Krippendorff (1995, 2004, 2011).
"""

from .cohen import cohen_kappa
from .fleiss import fleiss_kappa
from .gwet import gwet_ac1
from .krippendorff import krippendorff_alpha
from .per_category import per_category_kappa
from .percent import percent_agreement
from .result import AgreementInputError, AgreementResult
from .scott import scott_pi
from .unitizing import unitized_alpha, unitized_alpha_pooled

__all__ = [
    "AgreementInputError",
    "AgreementResult",
    "cohen_kappa",
    "fleiss_kappa",
    "gwet_ac1",
    "krippendorff_alpha",
    "per_category_kappa",
    "percent_agreement",
    "scott_pi",
    "unitized_alpha",
    "unitized_alpha_pooled",
]
