"""Retrieval of coded units: the Units view and ``ccrt-coder units`` list, count and tally the
units of a study under one filter, through the same queries (storage/unit_query.py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.memos import MemoRecord
from ccrt_coder.core.unit_filter import (
    MATRIX_LEVELS,
    SORT_KEYS,
    FilterChoices,
    MatrixCount,
    UnitFilter,
    UnitRow,
)
from ccrt_coder.io.atomic_file import atomic_outputs
from ccrt_coder.io.sheet_source import SheetSource
from ccrt_coder.io.units_format import SPAN_JOIN, join_texts
from ccrt_coder.io.xlsx_writer import write_xlsx
from ccrt_coder.storage import coding_store, export_store, study_store, unit_query
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import redaction, unit_search
from ccrt_coder.usecases.export_sheets import category_cells, packed_pairs
from ccrt_coder.usecases.redaction import Pseudonymizer, pseudonymizer_in
from ccrt_coder.usecases.unit_index import Mask, UnitIndex
from ccrt_coder.usecases.unit_memos import filtered_memos, memos_sheet

if TYPE_CHECKING:
    from ccrt_coder.storage.database import Session  # what db.transaction() yields

TABLE_HEADER = (
    "dyad", "narrator", "phase", "re", "other_type", "other_name", "time_frame", "coder", "layer",
    "component", "category_code", "category_label", "cluster", "valence", "actuality",
    "tailor_label", "start", "end", "text", "memo", "unit_uid",
)  # fmt: skip
MATRIX_HEADER = ("narrator", "phase", "units", "res")
WRAPPED = frozenset(("text", "memo", "tailor_label", "category_label"))


class UnitBrowser:
    """The units of one project file; every call is one short read."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def memos(self, unit_filter: UnitFilter) -> list[MemoRecord]:
        """The memos on the filter's interviews and their REs (see ``unit_memos``)."""
        with self._db.reading() as session:
            return filtered_memos(session, unit_filter)

    @property
    def path(self) -> Path:
        """The project file (a worker opens its own connection to it)."""
        return Path(self._db.path)

    def _text_ids(self, unit_filter: UnitFilter) -> list[int] | None:
        """The units holding the filter's text (None: no text asked for), found in memory."""
        if not unit_filter.text.strip():
            return None
        return unit_search.index_of(self._db).text_ids(unit_filter.text)

    def _in_memory(self, unit_filter: UnitFilter) -> tuple[UnitIndex, Mask] | None:
        """The index and which units are under the filter, if the index keeps all the filter
        asks for. A filter with text builds the index; one without uses it if built."""
        if unit_filter.text.strip():
            index: UnitIndex | None = unit_search.index_of(self._db)
        else:
            index = unit_search.built(self._db)
        mask = None if index is None else index.select(unit_filter)
        return None if index is None or mask is None else (index, mask)

    def indexed(self) -> bool:
        """Whether the in-memory index is built and up to date: any filter, text or not, is
        then counted and paged in a few milliseconds (else a text search builds it first)."""
        return unit_search.built(self._db) is not None

    def prepare(self) -> None:
        """Build the in-memory index now (on a worker), so that later filter changes without
        text are counted in memory too."""
        unit_search.index_of(self._db)

    def invalidate(self) -> None:
        """The coding changed: the next text search reads the units' texts again."""
        unit_search.forget(self._db)

    def release(self) -> None:
        """The project is closed: its in-memory index goes (with the connection it keeps)."""
        unit_search.forget(self._db, wait=True)

    def count(self, unit_filter: UnitFilter) -> int:
        found = self._in_memory(unit_filter)
        if found is not None:
            return int(found[1].sum())
        ids = self._text_ids(unit_filter)
        with self._db.reading() as session:
            return unit_query.count_units(session, unit_filter, ids)

    def page(
        self,
        unit_filter: UnitFilter,
        sort: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int = 500,
    ) -> list[UnitRow]:
        """``limit`` rows from ``offset`` on, sorted by ``sort`` (a SORT_KEYS key; None: by
        dyad, narrator, phase, RE, layer, coder and place in the text, as the export)."""
        if sort is not None and sort not in SORT_KEYS:
            raise InputError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_KEYS)}")
        in_memory = self._in_memory(unit_filter)
        with self._db.reading() as session:
            if in_memory is not None:
                index, mask = in_memory
                ids = index.ids_at(index.ordered(mask, sort, descending)[offset : offset + limit])
            else:
                found = self._text_ids(unit_filter)
                ids = unit_query.page_ids(
                    session, unit_filter, sort, descending, offset, limit, found
                )
            pieces = unit_query.span_texts(session, ids)
            return list(_rows(session, unit_query.unit_details(session, ids), pieces))

    def rows(self, unit_filter: UnitFilter, pseudonymize: bool = False) -> list[UnitRow]:
        """Every unit under the filter, in the export's order (the CLI's list); ``pseudonymize``:
        names replaced by labels, offsets into the redacted transcripts."""
        ids = self._text_ids(unit_filter)
        with self._db.reading() as session:
            rows = _rows(session, unit_query.iter_details(session, unit_filter, ids))
            if pseudonymize:
                rows = redaction.pseudonymized_units(session, pseudonymizer_in(session), rows)
            return list(rows)

    def matrix(self, unit_filter: UnitFilter, level: str = "category") -> list[MatrixCount]:
        """Units and REs per category (or cluster) x narrator x phase under the filter."""
        if level not in MATRIX_LEVELS:
            raise InputError(f"level must be one of {', '.join(MATRIX_LEVELS)}, not {level!r}")
        ids = self._text_ids(unit_filter)
        with self._db.reading() as session:
            rows = unit_query.matrix(session, unit_filter, level, ids)
            return [MatrixCount(*row) for row in rows]

    def choices(self) -> FilterChoices:
        with self._db.reading() as session:
            system = study_store.load_category_system(session)
            settings = study_store.load_settings(session)

            def known(column: str, configured: Iterable[object]) -> tuple:
                found = unit_query.distinct_values(session, column)
                return tuple(sorted(set(found) | {v for v in configured if v != ""}, key=str))

            return FilterChoices(
                categories=tuple((c.code, c.label) for c in system.categories),
                clusters=tuple((k, system.cluster_label(k)) for k in system.clusters()),
                coders=tuple(c.name for c in coding_store.list_coders(session)),
                dyads=tuple(str(d) for d in unit_query.distinct_values(session, "dyad")),
                phases=tuple(sorted(known("phase", settings.phases), key=int)),
                other_types=known("other_type", settings.other_person_types),
                time_frames=tuple(v for v in known("time_frame", settings.time_frames) if v),
            )

    def check(self, unit_filter: UnitFilter) -> None:
        """A NotFoundError naming what the filter asks for that the project does not hold."""
        choices = self.choices()
        wanted = (
            ("coder", unit_filter.coder, choices.coders),
            ("dyad", unit_filter.dyad, choices.dyads),
            ("phase", unit_filter.phase, choices.phases),
            ("category", unit_filter.category, tuple(code for code, _ in choices.categories)),
            ("cluster", unit_filter.cluster, tuple(code for code, _ in choices.clusters)),
        )
        for what, value, known in wanted:
            if value is not None and value not in known:
                names = ", ".join(map(str, known[:12])) + (", …" if len(known) > 12 else "")
                raise NotFoundError(f"no {what} {value!r} in the project; choose from {names}")

    def export_xlsx(
        self,
        out: str | Path,
        unit_filter: UnitFilter,
        sort: str | None = None,
        descending: bool = False,
        level: str = "category",
        pseudonymize: bool = False,
    ) -> dict[str, int]:
        """The listed units (sheet Units), the frequency matrix (sheet Matrix) and the memos on
        the filter's interviews and REs (sheet Memos) as .xlsx;
        texts a spreadsheet could execute are stored inert, as in the export;
        ``pseudonymize``: names replaced by labels, offsets into the redacted transcripts."""
        out = Path(out)
        if out.suffix.lower() != ".xlsx":
            raise InputError(f"{out.name}: choose a file ending in .xlsx")
        with atomic_outputs([out]) as partials, self._db.snapshot() as session:
            ids = self._text_ids(unit_filter)
            total = unit_query.count_units(session, unit_filter, ids)
            names = pseudonymizer_in(session) if pseudonymize else None
            table = _table(session, unit_filter, (sort, descending), total, ids, names)
            counts = [MatrixCount(*r) for r in unit_query.matrix(session, unit_filter, level, ids)]
            memos = memos_sheet(session, unit_filter)
            if names is not None:
                memos = replace(memos, rows=(names.row(row) for row in memos.rows))
            sheets = [
                SheetSource("Units", "units", TABLE_HEADER, table, total, WRAPPED),
                _matrix_sheet(counts, level),
                memos,
            ]
            return write_xlsx(partials[0], sheets)


def _table(
    session: Session,
    unit_filter: UnitFilter,
    order: tuple[str | None, bool],
    total: int,
    text_ids: list[int] | None,
    names: Pseudonymizer | None,
) -> Iterator[tuple]:
    """The table's rows, a page at a time (memory stays flat); ``order``: sort key, descending;
    ``names``: a pseudonymised export's Pseudonymizer."""
    sort, descending = order
    for offset in range(0, total, 2000):
        ids = unit_query.page_ids(session, unit_filter, sort, descending, offset, 2000, text_ids)
        rows = _rows(session, unit_query.unit_details(session, ids))
        if names is not None:
            rows = redaction.pseudonymized_units(session, names, rows)
        for row in rows:
            yield tuple(getattr(row, name) for name in TABLE_HEADER)


def _matrix_sheet(counts: Sequence[MatrixCount], level: str) -> SheetSource:
    """One row per category (or cluster), narrator and phase."""
    header = (level, *MATRIX_HEADER)
    rows = [(c.group or None, c.narrator, c.phase, c.units, c.res) for c in counts]
    return SheetSource("Matrix", "matrix", header, rows, len(rows), frozenset())


def _rows(
    session: Session,
    details: Iterable[tuple],
    pieces: dict[tuple[int, int, int], str] | None = None,
) -> Iterator[UnitRow]:
    """Detail rows as UnitRows: category codes, labels and clusters, and the unit's text
    (joined pieces for a unit in several spans, as the export has it): from ``pieces`` (see
    ``unit_query.span_texts``) if given, else cut from its transcript (read once per run)."""
    facts = export_store.category_facts(session)
    texts: dict[int, str] = {}
    for row in details:
        (unit_id, uid, re_id, interview_id, dyad, narrator, phase, number, other_type,
         other_name, time_frame, coder, layer, component, category_ids, valence, actuality,
         label, packed_spans, memo) = row  # fmt: skip
        spans = packed_pairs(packed_spans) or [(0, 0)]
        if pieces is not None:
            text = SPAN_JOIN.join(pieces.get((unit_id, start, end), "") for start, end in spans)
        else:
            if interview_id not in texts:
                if len(texts) > 64:
                    texts.clear()
                texts[interview_id] = export_store.transcript_text(session, interview_id)
            text = join_texts(texts[interview_id], spans)
        codes, labels, clusters = category_cells(category_ids, facts)
        yield UnitRow(
            unit_id, uid, re_id, interview_id, dyad, narrator, phase, number, other_type,
            other_name, time_frame, coder, layer, component, codes, labels, clusters, valence,
            actuality, label, spans[0][0], spans[-1][1], text, memo,
        )  # fmt: skip
