"""Compute an AgreementReport from the plain tables of the chosen coders (no database here)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ccrt_coder.analysis.agreement.cautions import (
    AgreementWarning,
    block_warnings,
    presence_warnings,
)
from ccrt_coder.analysis.agreement.data import (
    DIRECTION,
    AgreementData,
    Coverage,
    check_options,
    coverage,
    levels_of,
)
from ccrt_coder.analysis.agreement.directions import direction_rows
from ccrt_coder.analysis.agreement.disagreements import disagreements
from ccrt_coder.analysis.agreement.formulation import formulation_agreement
from ccrt_coder.analysis.agreement.formulation_stats import LevelFormulation, formulation_statistics
from ccrt_coder.analysis.agreement.modal_category import (
    COMPONENTS,
    CodedUnits,
    RatingTable,
    coded_units,
    level_index,
    level_labels,
    main_values,
    presence,
    valence_table,
)
from ccrt_coder.analysis.agreement.presence import presence_blocks
from ccrt_coder.analysis.agreement.report import AgreementReport, ComponentAgreement, ReCounts
from ccrt_coder.analysis.agreement.resampling import BootstrapSettings, Resampler
from ccrt_coder.analysis.agreement.spans import span_agreement
from ccrt_coder.analysis.agreement.statistics import StatBlock, stat_block
from ccrt_coder.analysis.agreement.top_sets import SetAgreement, set_agreement, top_sets
from ccrt_coder.core.domain import COMPLETENESS_GRID, VALENCED_COMPONENTS
from ccrt_coder.core.unit_matching import DEFAULT_OVERLAP

VALENCE_STATS = (
    ("cohen_kappa", "percent_agreement"),
    ("fleiss_kappa", "krippendorff_alpha", "percent_agreement"),
)
COMPLETENESS_STATS = (
    ("cohen_kappa_linear", "cohen_kappa_quadratic", "percent_agreement"),
    ("krippendorff_alpha_interval", "krippendorff_alpha_ordinal", "icc_2_1"),
)

LevelRows = dict[str, pd.DataFrame]  # level -> row, coder, unit_id, first_start, value
LevelTables = dict[str, RatingTable[str]]  # level -> main value per shared RE and coder


def build_agreement_report(
    data: AgreementData,
    coders: Sequence[tuple[int, str]],
    level: str = "category",
    overlap: float = DEFAULT_OVERLAP,
    bootstrap: BootstrapSettings | None = None,
) -> AgreementReport:
    """The full report for ``coders`` ((coder_id, name) pairs, two or more, in column order);
    ``bootstrap`` None: the default settings (1000 replicates)."""
    check_options(level, overlap, data.uses_lu_direction)
    settings = bootstrap or BootstrapSettings()
    names = tuple(name for _, name in coders)
    cover = coverage(data, coders)
    resampler = Resampler(cover.shared["interview_id"].to_numpy(), settings)
    units = coded_units(data, coders, cover)
    rows: dict[str, LevelRows] = {}
    tables: dict[str, LevelTables] = {}
    for component in COMPONENTS:
        rows[component], tables[component] = _level_tables(data, units, component)
    components = {c: _component(c, names, units, rows[c], tables[c], resampler) for c in COMPONENTS}
    completeness_table = _completeness(data, coders, cover)
    completeness = stat_block(completeness_table, names, *COMPLETENESS_STATS, resampler=resampler)
    chosen_rows = {c: rows[c][level] for c in COMPONENTS}
    chosen_tables = {c: tables[c][level] for c in COMPONENTS}
    labels = {c: t.labels for c, t in chosen_tables.items()}
    formulation = formulation_agreement(
        cover.shared, chosen_rows, labels, names, level, data.min_res
    )
    lu_formulation = None
    if data.uses_lu_direction and level != DIRECTION:  # CCRT-LU: the directions' CCRTs too
        directions = formulation_agreement(
            cover.shared,
            {c: rows[c][DIRECTION] for c in COMPONENTS},
            {c: tables[c][DIRECTION].labels for c in COMPONENTS},
            names,
            DIRECTION,
            data.min_res,
        )
        lu_formulation = LevelFormulation(
            directions, formulation_statistics(directions, cover.shared, resampler)
        )
    return AgreementReport(
        coders=names,
        level=level,
        overlap=float(overlap),
        res=ReCounts(len(data.res), len(cover.shared), cover.n_some, cover.per_coder),
        components=components,
        completeness=completeness,
        completeness_scale=tuple(float(v) for v in completeness_table.labels),
        other_person_counts={
            str(k): int(n) for k, n in cover.shared["other_type"].value_counts().items()
        },
        spans=span_agreement(units.spans, names, _texts(data, cover), overlap, resampler),
        formulation=formulation,
        formulation_statistics=formulation_statistics(formulation, cover.shared, resampler),
        lu_formulation=lu_formulation,
        warnings=_warnings(components, completeness, level, data.min_res),
        disagreements=disagreements(cover.shared, chosen_tables, chosen_rows, names, level),
        bootstrap=settings,
        n_interviews=resampler.n_clusters,
    )


def _level_tables(
    data: AgreementData, units: CodedUnits, component: str
) -> tuple[LevelRows, LevelTables]:
    """The component's coded categories (units with a direction, at the CCRT-LU direction
    level) with their value index, and main tables, per level of the report.

    When every category is its own cluster (the shipped cluster-level system) the cluster level
    is the category level, and its table is shared instead of computed twice.
    """
    codes = units.codes[component]
    used = codes["category_id"].unique()
    rows: LevelRows = {}
    tables: LevelTables = {}
    for level in levels_of(data.uses_lu_direction):
        if level == DIRECTION:
            rows[level], labels = direction_rows(units, component)
        else:
            labels = level_labels(data.categories, used, component, level)
            value = level_index(data.categories, codes["category_id"], labels, level)
            rows[level] = codes.assign(value=value)
        previous = tables.get("category")
        if previous is not None and previous.labels == labels and _same(rows, "value"):
            tables[level] = previous
            continue
        values = main_values(rows[level], "value", units.n_res, units.n_coders)
        tables[level] = RatingTable(values, labels)
    return rows, tables


def _same(rows: LevelRows, column: str) -> bool:
    """Whether the category and cluster levels give every coded category the same value."""
    return bool(np.array_equal(rows["category"][column], rows["cluster"][column]))


def _component(
    component: str,
    names: tuple[str, ...],
    units: CodedUnits,
    rows: LevelRows,
    tables: LevelTables,
    resampler: Resampler,
) -> ComponentAgreement:
    """Every level's presence, top sets and main value (the cluster level shares the category
    level's figures when it is the same), and the valence, of one component."""
    per_coder = units.units[component].groupby("coder").size()
    same = tables["cluster"] is tables["category"]
    present: dict[str, dict[str, StatBlock]] = {}
    sets: dict[str, SetAgreement] = {}
    main: dict[str, StatBlock] = {}
    for level, table in tables.items():
        if same and level == "cluster":
            present[level], sets[level], main[level] = (
                present["category"], sets["category"], main["category"]
            )  # fmt: skip
            continue
        cells = presence(rows[level], "value", units.n_res, units.n_coders, len(table.labels))
        present[level] = presence_blocks(cells, table.labels, names, resampler)
        found = top_sets(rows[level], units.n_res, units.n_coders)
        sets[level] = set_agreement(found, table.labels, names, resampler)
        main[level] = stat_block(table, names, per_category=True, resampler=resampler)
    valence = None
    if component in VALENCED_COMPONENTS:
        valence = stat_block(
            valence_table(units, component), names, *VALENCE_STATS, resampler=resampler
        )
    return ComponentAgreement(
        component=component,
        n_units={name: int(per_coder.get(i, 0)) for i, name in enumerate(names)},
        category=main["category"],
        cluster=main["cluster"],
        category_presence=present["category"],
        cluster_presence=present["cluster"],
        top_sets=sets,
        valence=valence,
        lu_direction=present.get(DIRECTION),
        direction=main.get(DIRECTION),
    )


def _texts(data: AgreementData, cover: Coverage) -> pd.DataFrame:
    """interview_id, length of the transcripts that hold a shared RE, in id order."""
    lengths = data.text_lengths
    holding = lengths["interview_id"].isin(cover.shared["interview_id"])
    return lengths[holding].sort_values("interview_id").reset_index(drop=True)


def _completeness(
    data: AgreementData, coders: Sequence[tuple[int, str]], cover: Coverage
) -> RatingTable[float]:
    """Shared REs x coders of completeness ratings (NaN: not rated); labels the ordered scale."""
    ratings = data.ratings.merge(cover.shared[["re_id", "row"]], on="re_id")
    column = pd.Series(np.arange(len(coders)), index=[coder_id for coder_id, _ in coders])
    values = np.full((len(cover.shared), len(coders)), np.nan)
    values[ratings["row"].to_numpy(), column.reindex(ratings["coder_id"]).to_numpy()] = ratings[
        "completeness"
    ].to_numpy(dtype=float)
    given = {float(v) for v in values[~np.isnan(values)].tolist()}
    return RatingTable(values, tuple(sorted(set(COMPLETENESS_GRID) | given)))


def _warnings(
    components: dict[str, ComponentAgreement], completeness: StatBlock, level: str, min_res: int
) -> tuple[AgreementWarning, ...]:
    """Warnings on the chosen level's main table, cluster presence, valence and completeness."""
    found: list[AgreementWarning] = []
    for component, agreement in components.items():
        found += block_warnings(agreement.level(level), level, component, min_res)
        found += presence_warnings(agreement.presence(level), component, level)
        if agreement.valence is not None:
            found += block_warnings(agreement.valence, "valence", component, min_res)
    found += block_warnings(completeness, "completeness", None, min_res, rare=False)
    return tuple(found)
