"""The CCRT agreement report of a set of coders, and its stable JSON form (``to_dict``).

JSON keys of ``AgreementReport.to_dict()`` (schema ``ccrt-coder/agreement-report/2``). Numbers
are numbers; an undefined statistic has ``value`` null and its ``undefined_reason`` beside it.
Keys written <coder> are coder names, <label> category codes, cluster codes or scale values.

- ``schema``, ``coders`` (names, in column order), ``level`` (category|cluster|direction: the
  level of the disagreement list, the text and view's tables and the formulations; direction
  only for a system with CCRT-LU directions), ``overlap_threshold``,
  ``rules`` (text of every rule), ``bootstrap``: ``replicates``, ``seed``, ``confidence``,
  ``resampled``, ``interval``, ``n_interviews`` (clusters), ``computed`` (false with 0
  replicates or fewer than 5 interviews).
- ``res``: ``n_res`` (REs in the project), ``n_shared`` (coded by every chosen coder: all
  figures use these), ``n_coded_by_some`` (by some chosen coders, not all), ``n_coded_by_none``,
  ``coded_by`` {<coder>: REs coded}.
- ``components`` {W|RO|RS}: ``n_units`` {<coder>: units in shared REs};
  ``presence`` {category|cluster(|direction): {<label>: block of "coder used the label in the
  RE" (labels 0/1): pairs ``cohen_kappa``, ``percent_agreement``, ``pabak``, ``prevalence_index``,
  ``bias_index``; all ``fleiss_kappa``, ``krippendorff_alpha``, ``percent_agreement``}} (the
  primary figures); ``top_sets`` {category|cluster(|direction): {``primary``,
  ``complete_cases``: block of the set of top labels per RE (labels: the sets, "W1+W3",
  "none"): pairs and all ``masi_alpha``, ``exact_match``}}; ``category`` and ``cluster``: a
  block of the main category / main cluster per shared RE (one value, ties broken by position;
  pairs on complete cases); ``direction`` (null unless the system carries CCRT-LU directions):
  the same block of the main direction per RE (units without a direction do not count);
  ``valence`` (RO, RS; null for W): block of the majority valence ("+", "-");
  ``lu_direction`` (null unless the category system carries CCRT-LU directions): {<direction>:
  presence block, as ``presence``}, the direction level's presence.
- A *block*: ``n_res``, ``n_rated`` (REs with values from two or more coders), ``missing``
  {<coder>: REs without a value}, ``counts``/``prevalence`` {<label>: ratings / share, over the
  rated REs}, ``pairs`` [{``coders``: [a, b], <statistic>: result, ``confusion``: {``labels``,
  ``counts`` (rows: first coder)}}], ``all`` {<statistic>: result}, ``per_category``
  {<label>: Fleiss' kappa_j across all coders} (category and cluster blocks; else null).
  Main category/cluster: pairs ``cohen_kappa``, ``scott_pi``, ``percent_agreement``,
  ``gwet_ac1``; all ``fleiss_kappa``, ``krippendorff_alpha`` (nominal), ``percent_agreement``,
  ``gwet_ac1``. Valence: pairs ``cohen_kappa``, ``percent_agreement``; all ``fleiss_kappa``,
  ``krippendorff_alpha``, ``percent_agreement``.
- A *result*: ``value``, ``undefined_reason``, ``n_units`` (REs used), ``n_units_dropped``,
  ``observed``, ``expected`` (agreements; disagreements D_o/D_e for Krippendorff's alpha),
  ``ci_low``, ``ci_high`` (95%: the percentile cluster bootstrap; without it the analytic
  interval where one exists; else null), ``ci_method``, ``se`` (the analytic standard error
  where a standard one exists, else the bootstrap SE), ``se_method``, ``bootstrap`` (null, or
  {``ci_low``, ``ci_high``, ``se``, ``method``, ``b``, ``seed``, ``level``, ``resampled_by``,
  ``n_clusters``, ``n_undefined``}), ``band`` (Landis & Koch for kappa, pi, AC1, PABAK;
  Krippendorff for alpha; Koo & Li for the ICC; null for percentages and indices).
- ``completeness``: a block over the completeness ratings (pairs ``cohen_kappa_linear``,
  ``cohen_kappa_quadratic``, ``percent_agreement`` + confusion; all
  ``krippendorff_alpha_interval``, ``krippendorff_alpha_ordinal``, ``icc_2_1``) plus ``scale``
  (the ordered values used as categories).
- ``other_person``: ``coded_independently`` (false), ``note``, ``counts`` {<type>: shared REs}.
- ``spans``: ``overlap_threshold``, ``pairs`` [{``coders``, W|RO|RS|all: {``n_units``,
  ``matched``, ``unmatched``, ``share_matched`` (each {<coder>: number})}}],
  ``unitizing_alpha`` {W|RO|RS: result, its interval resampling the transcripts by interview}.
- ``formulation``: ``level``, ``min_res``, ``summary`` {W|RO|RS|all: ``n_scopes``,
  ``n_comparable``, ``n_equal``, ``n_intersect``, ``share_equal``, ``share_intersect``},
  ``scopes`` [{``dyad``, ``narrator``, ``phase``, ``n_res``, ``few_res``, ``components``
  {W|RO|RS: {``top`` {<coder>: [labels]}, ``equal``, ``intersect``}}}], ``statistics``
  {W|RO|RS: block over the scopes of each coder's top set ("none" without one): pairs
  ``cohen_kappa``, ``masi_alpha``, ``exact_match``; all ``fleiss_kappa``, ``masi_alpha``,
  ``exact_match``}.
- ``lu_formulation``: null unless the category system carries CCRT-LU directions and the
  report's level is not the direction level; else the same as ``formulation`` (with its
  ``statistics``) at the direction level.
- ``warnings`` [{``section``, ``component``, ``kind`` (few_res | dominant_category |
  imprecise | prevalence), ``labels``, ``message``}], ``benchmark`` {``cohen_kappa``: [lo, hi],
  ``weighted_kappa``: [lo, hi] (category agreement only), ``source``}.
- ``n_disagreements`` and ``disagreements`` [{``re_id``, ``dyad``, ``narrator``, ``phase``,
  ``re_number``, ``component``, ``level``, ``given`` {<coder>: label or null}, ``used``
  {<coder>: [labels]}}].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ccrt_coder.analysis.agreement.cautions import AgreementWarning, Benchmark
from ccrt_coder.analysis.agreement.data import DIRECTION
from ccrt_coder.analysis.agreement.disagreements import Disagreement
from ccrt_coder.analysis.agreement.formulation import FormulationAgreement
from ccrt_coder.analysis.agreement.formulation_stats import LevelFormulation
from ccrt_coder.analysis.agreement.modal_category import COMPONENTS
from ccrt_coder.analysis.agreement.resampling import MIN_CLUSTERS, BootstrapSettings
from ccrt_coder.analysis.agreement.spans import SpanAgreement
from ccrt_coder.analysis.agreement.statistics import StatBlock
from ccrt_coder.analysis.agreement.top_sets import SetAgreement
from ccrt_coder.core.coded_re import CODED_RE_RULE

SCHEMA = "ccrt-coder/agreement-report/2"
OTHER_PERSON_NOTE = "not coded independently in this project (one value per RE)"
RULES = {
    "coded_re": f"{CODED_RE_RULE} (as in CCRT formation); here each coder's own layer: every "
    "figure uses the REs coded by all chosen coders; the consensus layer is never used",
    "units_of_analysis": "primary: presence of each category and cluster per RE and "
    "component (1 if the coder used it in the RE, else 0; a component one coder scored and "
    "another did not is a disagreement); then each coder's set of top categories per RE "
    "(ties kept) by Krippendorff's alpha with the MASI distance (Passonneau 2006) and the "
    "exact-match rate, where a coder without the component has the set 'none' (primary) or "
    "the RE is left out (complete cases, shown beside); then the main category",
    "main_category": "per RE and component, the category on most of the coder's units (a unit "
    "counts once for each of its categories); ties: the category whose earliest unit starts "
    "first in the transcript, then the one listed first in the category system",
    "intervals": "95% percentile intervals from a seeded cluster bootstrap: the interviews "
    "(dyad x narrator x phase) are resampled with replacement, each with all its shared REs "
    "(REs are nested in interviews); formulation scopes are interviews and are resampled the "
    "same way; replicates where a statistic is undefined are dropped and counted; fewer than "
    "5 interviews: no bootstrap; 'se' is the analytic SE where a standard one exists (Cohen: "
    "Fleiss, Cohen & Everitt 1969; Fleiss; Gwet's AC1; percent agreement), else the bootstrap "
    "SE",
    "bands": "Landis & Koch (1977) for kappa, pi, AC1 and PABAK; Krippendorff (2004): alpha "
    ">= .800 reliable, >= .667 tentative, else unacceptable; Koo & Li (2016) for the ICC",
    "benchmark": "Cohen's kappa .55-.70 and weighted kappa .61-.70 for category agreement; a "
    "figure is below or above the range when its whole 95% interval is, else overlapping; the "
    "completeness ratings are not compared with it",
    "warnings": "imprecise: a 95% interval wider than .30; prevalence: a presence pair with "
    "|prevalence index| > .5 (Byrt, Bishop & Carlin 1993; read PABAK beside kappa); "
    "dominant: one label above 80% of the ratings",
    "missing": "main category: a coder without a categorised unit of the component in an RE "
    "has no value there; every pair statistic (AC1 included) uses the pair's complete cases, "
    "Krippendorff's alpha, percent agreement and AC1 across coders the REs with two or more "
    "values, Fleiss' kappa the REs with a value from every coder",
    "valence": "per RE and component (RO, RS), the valence of most of the coder's units; "
    "ties: the valence of the earliest unit",
    "lu_direction": "when the category system carries CCRT-LU directions: per RE, 1 if the "
    "coder gave the direction to a unit of the component, else 0 (statistics as presence); "
    "the direction level (--level direction) also has top sets, main direction, "
    "disagreements and formulations, by the category rules; a unit without a direction does "
    "not count there (as in CCRT formation)",
    "presence": "per RE, 1 if the coder used the category (any category of the cluster), "
    "else 0; PABAK = 2 p_o - 1, prevalence index (a - d) / n, bias index (b - c) / n",
    "completeness": "weighted kappa orders the ratings 1, 1.5, ..., 5 (and any other values "
    "given), unused ones included; ordinal alpha on the same order; ICC(2,1): two-way "
    "random, absolute agreement, single rater (Shrout & Fleiss 1979), REs every coder rated",
    "span_matching": "per RE and component, two coders' units match when their overlap is at "
    "least the threshold times the shorter unit's length (code points); greedy one-to-one by "
    "largest overlap, then largest overlap share, then lowest unit ids",
    "unitizing_alpha": "one continuum per transcript with a shared RE, category = component; "
    "units of REs not coded by all are left out; a coder's overlapping spans are merged; "
    "its interval draws the same interviews as the other figures, each transcript as often as "
    "its interview is drawn, laid end to end",
    "formulation": "per dyad x narrator x phase over the shared REs (no completeness "
    "exclusion): each coder's top categories counted once per RE, ties kept as a set; "
    "agreement over the scopes by kappa on the whole set ('none' where a coder has no top) "
    "and by alpha with the MASI distance",
}


@dataclass(frozen=True)
class ReCounts:
    n_res: int
    n_shared: int
    n_some: int
    coded_by: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_res": self.n_res,
            "n_shared": self.n_shared,
            "n_coded_by_some": self.n_some,
            "n_coded_by_none": self.n_res - self.n_shared - self.n_some,
            "coded_by": dict(self.coded_by),
        }


@dataclass(frozen=True)
class ComponentAgreement:
    """Category, cluster, cluster-presence and valence agreement of one component."""

    component: str
    n_units: dict[str, int]
    category: StatBlock
    cluster: StatBlock
    category_presence: dict[str, StatBlock]
    cluster_presence: dict[str, StatBlock]
    top_sets: dict[str, SetAgreement]  # category | cluster
    valence: StatBlock | None
    lu_direction: dict[str, StatBlock] | None = None  # direction presence; None: no directions
    direction: StatBlock | None = None  # main CCRT-LU direction per RE; None: no directions

    def level(self, level: str) -> StatBlock:
        """The main-value block of a level (KeyError: the direction level of a system
        without CCRT-LU directions)."""
        blocks = {"category": self.category, "cluster": self.cluster}
        if self.direction is not None:
            blocks[DIRECTION] = self.direction
        return blocks[level]

    def presence(self, level: str) -> dict[str, StatBlock]:
        """The presence blocks of a level (KeyError as for :meth:`level`)."""
        blocks = {"category": self.category_presence, "cluster": self.cluster_presence}
        if self.lu_direction is not None:
            blocks[DIRECTION] = self.lu_direction
        return blocks[level]

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_units": dict(self.n_units),
            "presence": {
                level: {label: b.to_dict() for label, b in self.presence(level).items()}
                for level in ("category", "cluster", DIRECTION)
                if level != DIRECTION or self.lu_direction is not None
            },
            "top_sets": {level: sets.to_dict() for level, sets in self.top_sets.items()},
            "category": self.category.to_dict(),
            "cluster": self.cluster.to_dict(),
            "direction": None if self.direction is None else self.direction.to_dict(),
            "valence": None if self.valence is None else self.valence.to_dict(),
            "lu_direction": None
            if self.lu_direction is None
            else {label: b.to_dict() for label, b in self.lu_direction.items()},
        }


@dataclass(frozen=True)
class AgreementReport:
    """Everything the agreement view, the CLI and the export show, as plain values."""

    coders: tuple[str, ...]
    level: str
    overlap: float
    res: ReCounts
    components: dict[str, ComponentAgreement]
    completeness: StatBlock
    completeness_scale: tuple[float, ...]
    other_person_counts: dict[str, int]
    spans: SpanAgreement
    formulation: FormulationAgreement
    formulation_statistics: dict[str, StatBlock]
    warnings: tuple[AgreementWarning, ...]
    disagreements: tuple[Disagreement, ...]
    bootstrap: BootstrapSettings = field(default_factory=BootstrapSettings)
    n_interviews: int = 0  # the clusters resampled
    benchmark: Benchmark = field(default_factory=Benchmark)
    lu_formulation: LevelFormulation | None = None  # CCRT-LU, another level: the directions'

    @property
    def intervals_computed(self) -> bool:
        """Whether the figures carry intervals: replicates asked for, interviews to resample."""
        return self.bootstrap.replicates > 0 and self.n_interviews >= MIN_CLUSTERS

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready dicts and lists; keys in the module docstring."""
        completeness = self.completeness.to_dict()
        completeness["scale"] = list(self.completeness_scale)
        return {
            "schema": SCHEMA,
            "coders": list(self.coders),
            "level": self.level,
            "overlap_threshold": self.overlap,
            "rules": dict(RULES),
            "bootstrap": {
                **self.bootstrap.to_dict(),
                "n_interviews": self.n_interviews,
                "computed": self.intervals_computed,
            },
            "res": self.res.to_dict(),
            "components": {c: self.components[c].to_dict() for c in COMPONENTS},
            "completeness": completeness,
            "other_person": {
                "coded_independently": False,
                "note": OTHER_PERSON_NOTE,
                "counts": dict(self.other_person_counts),
            },
            "spans": self.spans.to_dict(),
            "formulation": {
                **self.formulation.to_dict(),
                "statistics": {c: b.to_dict() for c, b in self.formulation_statistics.items()},
            },
            "lu_formulation": None
            if self.lu_formulation is None
            else self.lu_formulation.to_dict(),
            "warnings": [w.to_dict() for w in self.warnings],
            "benchmark": self.benchmark.to_dict(),
            "n_disagreements": len(self.disagreements),
            "disagreements": [d.to_dict() for d in self.disagreements],
        }
