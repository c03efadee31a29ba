"""The CCRT and Comparison sheets of an export, formed per layer by the CCRT use case.

Each exported coder's own layer and the consensus layer (as the export's coder and layer choice
says) get their rows. A layer's CCRT results are made once, when the writer reaches the CCRT
sheet, and the Comparison rows taken from them then; the tidy table is made a few dyads at a
time. So the analyses never hold much memory while the units stream through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ccrt_coder.core.domain import Layer
from ccrt_coder.core.records import LayerChoice
from ccrt_coder.io.sheet_source import SheetSource, Value
from ccrt_coder.io.units_format import LIST_JOIN
from ccrt_coder.usecases.export_sheets import ExportScope

if TYPE_CHECKING:
    import pandas as pd

    from ccrt_coder.analysis.ccrt.formation import CcrtResults

CCRT_SCOPES = ("all", "about_partner", "about_others")  # per other-person type: `ccrt` command
DYADS_AT_A_TIME = 25
_KEY = ["dyad", "narrator", "phase", "scope", "component", "level"]
_COUNTS = ["n_res_included", "n_res_excluded", "n_res_unrated", "few_res", "share_positive",
           "share_res_with_negative", "share_res_positive"]  # fmt: skip
CCRT_HEADER = ("layer", "coder", *_KEY, "ccrt", "ccrt_label", "pervasiveness", "n_res_with",
               *_COUNTS)  # fmt: skip
_SIMILARITY = "similarity rows by layer"  # ExportScope.cache key: Comparison rows made early
_OVER_DYADS = "dyad similarity rows by layer"  # the same for the Dyad similarity sheet
Session = Any


class _Lazy:
    """Rows made only when a writer starts on the sheet."""

    def __init__(self, make: Callable[[], Iterator[tuple[Value, ...]]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[tuple[Value, ...]]:
        return self._make()


def layer_choices(scope: ExportScope, session: Session) -> list[LayerChoice]:
    """The exported coders' own layers (if coder layers are exported), then the consensus."""
    from ccrt_coder.storage import coding_store

    choices = []
    if "coder" in scope.layers:
        names = scope.coder_names or tuple(c.name for c in coding_store.list_coders(session))
        choices += [LayerChoice(Layer.CODER, name) for name in names]
    if "consensus" in scope.layers:
        choices.append(LayerChoice(Layer.CONSENSUS))
    return choices


def frame_rows(frame: pd.DataFrame) -> Iterator[tuple[Value, ...]]:
    """A DataFrame's rows as plain Python values (None for NaN/NA)."""
    plain = frame.astype(object)
    plain = plain.where(plain.notna(), None)
    yield from plain.itertuples(index=False, name=None)


def ccrt_sheet(session: Session, scope: ExportScope) -> SheetSource:
    """One row per layer, dyad (and ALL), narrator, phase, scope, component and level (the
    CCRT-LU direction level too when the category system codes directions)."""
    choices = layer_choices(scope, session)
    per_layer = _rows_per_layer(session, scope)

    def rows() -> Iterator[tuple[Value, ...]]:
        from ccrt_coder.usecases.ccrt import ccrt_results

        similarity = scope.cache.get(_SIMILARITY)
        for choice in choices:
            results = ccrt_results(scope.db, choice)
            for row in _ccrt_rows(results):
                yield (choice.layer.value, choice.coder, *row)
            if similarity is not None and choice not in similarity:
                _comparison_rows(scope, choice, results)

    return SheetSource("CCRT", "ccrt", CCRT_HEADER, _Lazy(rows), per_layer * len(choices))


def _rows_per_layer(session: Session, scope: ExportScope) -> int:
    """(dyads + ALL) x narrators x phases x scopes x components x levels: for progress only.
    The levels: category and cluster, and the direction when the system codes CCRT-LU."""
    from ccrt_coder.storage import export_store

    n_dyads = export_store.count_dyads(session)
    levels = 3 if scope.system.uses_lu_direction else 2
    return (n_dyads + 1) * 2 * len(scope.settings.phases) * len(CCRT_SCOPES) * 3 * levels


def _ccrt_rows(results: CcrtResults) -> Iterator[tuple[Value, ...]]:
    from ccrt_coder.analysis.ccrt.tidy import tidy_table

    dyads = list(dict.fromkeys(results.grid.columns()["dyad"]))
    for start in range(0, len(dyads), DYADS_AT_A_TIME):
        chunk = dyads[start : start + DYADS_AT_A_TIME]
        yield from _ccrt_table(tidy_table(results, dyads=chunk, scopes=CCRT_SCOPES))


def _ccrt_table(frame: pd.DataFrame) -> Iterator[tuple[Value, ...]]:
    """One row per scope, component and level: its CCRT (ties joined) and the counts behind it."""
    n = len(_KEY)
    tops: dict[tuple[Value, ...], tuple[list[Value], list[Value], Value, Value]] = {}
    top_columns = [*_KEY, "category", "label", "pervasiveness", "n_res_with"]
    for row in frame_rows(frame.loc[frame["is_ccrt"], top_columns]):
        key = row[:n]
        if key in tops:  # a tie: every top category is listed
            tops[key][0].append(row[n])
            tops[key][1].append(row[n + 1])
        else:
            tops[key] = ([row[n]], [row[n + 1]], row[n + 2], row[n + 3])
    for row in frame_rows(frame.drop_duplicates(_KEY)[[*_KEY, *_COUNTS]]):
        codes, labels, pervasiveness, n_with = tops.get(row[:n], (None, None, None, None))
        yield (
            *row[:n],
            LIST_JOIN.join(map(str, codes)) if codes else None,
            LIST_JOIN.join(map(str, labels)) if labels else None,
            pervasiveness, n_with, *row[n:],
        )  # fmt: skip


def _comparison_rows(
    scope: ExportScope, choice: LayerChoice, results: CcrtResults
) -> dict[str, list[tuple[Value, ...]]]:
    """Compare one layer once and keep the rows of each comparison sheet being exported
    (the baseline's permutations are the costly part: not run twice for one layer)."""
    from ccrt_coder.analysis.ccrt.comparison import compare
    from ccrt_coder.analysis.ccrt.tidy import dyad_summary_table, similarity_table

    comparison = compare(results)
    tables = {_SIMILARITY: similarity_table, _OVER_DYADS: dyad_summary_table}
    made = {key: list(frame_rows(table(comparison))) for key, table in tables.items()}
    for key, rows in made.items():
        if key in scope.cache:
            scope.cache[key][choice] = rows
    return made


def comparison_sheet(session: Session, scope: ExportScope) -> SheetSource:
    """Patient vs therapist (and the other pairs) per layer, dyad, phase and component, with
    each dyad's place among its pseudo-dyads."""
    from ccrt_coder.analysis.ccrt.tidy import similarity_table
    from ccrt_coder.usecases.ccrt import ccrt_results

    choices = layer_choices(scope, session)
    made: dict[LayerChoice, list[tuple[Value, ...]]] = scope.cache.setdefault(_SIMILARITY, {})
    columns: tuple[str, ...] = ()
    if choices:  # the first layer now: its columns make the header
        from ccrt_coder.analysis.ccrt.comparison import compare

        first = similarity_table(compare(ccrt_results(scope.db, choices[0])))
        columns = tuple(first.columns)
        made[choices[0]] = list(frame_rows(first))
    rows = _layer_rows(scope, choices, _SIMILARITY)
    total = len(made[choices[0]]) * len(choices) if choices else 0
    return SheetSource("Comparison", "comparison", ("layer", "coder", *columns), rows, total)


def dyad_similarity_sheet(session: Session, scope: ExportScope) -> SheetSource:
    """The dyads' similarity over dyads per layer, kind, phase, component and measure: n,
    mean, SD, range, the pooled profiles' value named apart, and the pseudo-dyad baseline."""
    from ccrt_coder.analysis.ccrt.tidy import DYAD_SUMMARY_COLUMNS

    choices = layer_choices(scope, session)
    scope.cache.setdefault(_OVER_DYADS, {})
    total = 4 * len(scope.settings.phases) * 3 * 2 * len(choices)  # for progress only
    rows = _layer_rows(scope, choices, _OVER_DYADS)
    return SheetSource(
        "Dyad similarity", "dyads", ("layer", "coder", *DYAD_SUMMARY_COLUMNS), rows, total
    )


def _layer_rows(scope: ExportScope, choices: list[LayerChoice], key: str) -> _Lazy:
    """A comparison sheet's rows, layer by layer: kept from the CCRT sheet's pass, else made."""
    from ccrt_coder.usecases.ccrt import ccrt_results

    def rows() -> Iterator[tuple[Value, ...]]:
        for choice in choices:
            layer_rows = scope.cache[key].pop(choice, None)
            if layer_rows is None:
                layer_rows = _comparison_rows(scope, choice, ccrt_results(scope.db, choice))[key]
                scope.cache[key].pop(choice, None)
            for row in layer_rows:
                yield (choice.layer.value, choice.coder, *row)

    return _Lazy(rows)
