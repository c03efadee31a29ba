"""The CCRT use case: read one layer, form every scope's CCRT, compare patient and therapist.

Also the public home of the CCRT result types and scope names the GUI and CLI show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ccrt_coder.analysis.ccrt.comparison import ComparisonResults, ComponentChange, compare
from ccrt_coder.analysis.ccrt.dyad_similarity import (
    DEFAULT_PERMUTATIONS,
    DEFAULT_SEED,
    AcrossDyads,
    DyadBaseline,
)
from ccrt_coder.analysis.ccrt.formation import CcrtResults, compute_ccrts
from ccrt_coder.analysis.ccrt.scopes import (
    ABOUT_OTHERS,
    ABOUT_PARTNER,
    ALL,
    COMPONENTS,
    DIRECTION,
    NARRATORS,
    POOLED,
    VALENCED_COMPONENTS,
    AnalysisSettings,
    ScopeKey,
)
from ccrt_coder.analysis.ccrt.similarity import ComponentSimilarity, pair_similarities
from ccrt_coder.analysis.ccrt.tidy import tidy_table
from ccrt_coder.analysis.ccrt.views import CategoryStat, ScopeResult
from ccrt_coder.core.categories import CategorySystem
from ccrt_coder.core.domain import Component, Layer, StudySettings, lu_directions_for
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import LayerChoice
from ccrt_coder.storage import analysis_store, category_store, coding_store, study_store
from ccrt_coder.storage.database import Database

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ABOUT_OTHERS",
    "ABOUT_PARTNER",
    "ALL",
    "COMPONENTS",
    "DEFAULT_PERMUTATIONS",
    "DEFAULT_SEED",
    "DIRECTION",
    "NARRATORS",
    "POOLED",
    "VALENCED_COMPONENTS",
    "AcrossDyads",
    "CategoryStat",
    "CcrtResults",
    "ComparisonResults",
    "ComponentChange",
    "ComponentSimilarity",
    "DyadBaseline",
    "ScopeKey",
    "ScopeResult",
    "ccrt_comparison",
    "ccrt_results",
    "ccrt_table",
    "check_level",
    "choose_layer",
    "pair_similarities",
]


def choose_layer(db: Database, coder: str | None, consensus: bool) -> LayerChoice:
    """The layer asked for; with neither option, the only coder's layer if there is just one."""
    if consensus:
        return LayerChoice(Layer.CONSENSUS)
    with db.reading() as session:
        names = [c.name for c in coding_store.list_coders(session)]
    if coder is not None:
        if coder not in names:
            raise NotFoundError(f"no coder called {coder!r}; the coders are: {', '.join(names)}")
        return LayerChoice(Layer.CODER, coder)
    if len(names) == 1:
        return LayerChoice(Layer.CODER, names[0])
    if not names:
        raise InputError("the project has no coders yet")
    quoted = ", ".join(repr(n) for n in names)
    raise InputError(f"choose a layer: --coder NAME (one of {quoted}) or --consensus")


def analysis_settings(settings: StudySettings, system: CategorySystem) -> AnalysisSettings:
    return AnalysisSettings(
        completeness_threshold=settings.completeness_threshold,
        min_res=settings.min_res_for_ccrt,
        phases=settings.phases,
        other_types=settings.other_person_types,
        category_labels={c.code: c.label for c in system.categories},
        cluster_labels={cluster: system.cluster_label(cluster) for cluster in system.clusters()},
    )


def ccrt_results(db: Database, choice: LayerChoice) -> CcrtResults:
    """Every dyad x narrator x phase x filter scope (and pooled) of the chosen layer."""
    with db.reading() as session:
        settings = study_store.load_settings(session)
        system = category_store.active_with_categories_in_use(session)
        coder_id = None
        if choice.layer is Layer.CODER:
            coder_id = next(
                c.id for c in coding_store.list_coders(session) if c.name == choice.coder
            )
        res, codes = analysis_store.layer_frames(session, choice.layer, coder_id)
    categories = {c: [x.code for x in system.for_component(Component(c))] for c in COMPONENTS}
    clusters = {c: list(system.clusters(Component(c))) for c in COMPONENTS}
    # CCRT-LU: each component's own directions are one more level; other systems have none.
    directions = (
        {c: list(lu_directions_for(c)) for c in COMPONENTS} if system.uses_lu_direction else None
    )
    labelled = analysis_settings(settings, system)
    return compute_ccrts(res, codes, labelled, categories, clusters, directions)


def check_level(results: CcrtResults, level: str) -> None:
    """Refuse a level the results lack: the direction level exists only for a category
    system that codes CCRT-LU directions."""
    if level in results.levels:
        return
    if level == DIRECTION:
        raise InputError(
            "the direction level needs a category system that codes CCRT-LU directions; "
            "this project's system does not"
        )
    raise InputError(f"level must be one of {', '.join(results.levels)}, not {level!r}")


def ccrt_comparison(
    db: Database,
    choice: LayerChoice,
    level: str,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = DEFAULT_SEED,
) -> ComparisonResults:
    """Patient vs therapist per dyad and pooled, per phase, and change across phases; the
    baseline's re-pairings are ``permutations`` (at least 1) drawn from ``seed``."""
    if permutations < 1:
        raise InputError(f"the number of permutations must be at least 1, not {permutations}")
    results = ccrt_results(db, choice)
    check_level(results, level)
    return compare(results, level=level, permutations=permutations, seed=seed)


def ccrt_table(db: Database, choice: LayerChoice) -> pd.DataFrame:
    """The long table (one row per dyad x narrator x phase x filter x component x category)."""
    return tidy_table(ccrt_results(db, choice))
