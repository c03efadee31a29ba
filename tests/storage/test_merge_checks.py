"""The rules merged units meet on their way into the target: core's words for the first unit
with a problem, whether the array screen or the value rule flagged it, and the RE spans and
"nothing codable" marks they are checked against."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from ccrt_coder.core.domain import Span
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.storage import merge_store, schema, unit_rows
from ccrt_coder.storage.database import Database
from ccrt_coder.storage.merge_checks import check_merged
from ccrt_coder.storage.unit_table import UnitDetail, UnitRow
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.generate import generate_study

Units = list[tuple[UnitRow, UnitDetail]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "target.ccrt"
    path.write_bytes(demo.read_bytes())
    database = schema.open_project_file(path)
    yield database
    database.close()


def _ids(path: Path, table: str) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return dict(connection.execute(f"SELECT uid, id FROM {table}").fetchall())


def _re_end(path: Path, re_id: int) -> int:
    with closing(sqlite3.connect(path)) as connection:
        (end,) = connection.execute(
            'SELECT max("end") FROM re_spans WHERE re_id = ?', (re_id,)
        ).fetchone()
    return end


def _units(db: Database) -> Units:
    """The demo's coded units of its coder layers with their spans and categories."""
    with db.reading() as session:
        coders = merge_store.load_snapshot(session).coders
        rows = merge_store.load_layers(session, [(uid, "coder") for uid in coders])
        details = merge_store.load_details(session, {(u.coder_uid, u.layer) for u in rows})
    return [(u, details[u.uid]) for u in rows]


def _check(db: Database, units: Units) -> None:
    coders, res = _ids(db.path, "coders"), _ids(db.path, "relationship_episodes")
    with db.reading() as session:
        check_merged(session, [], units, coders, [res[u.re_uid] for u, _ in units])


def _outside(db: Database, units: Units, n: int, half: bool = False) -> None:
    """Unit ``n`` made to end past its RE's text (by half a character: not a whole number)."""
    unit, (_, categories) = units[n]
    end = _re_end(db.path, _ids(db.path, "relationship_episodes")[unit.re_uid])
    spans = ((end - 0.5, end + 0.5),) if half else ((end - 2, end + 3),)
    units[n] = (unit, (spans, categories))  # type: ignore[assignment]  # a copy's odd value


def _valued(units: Units, n: int, **values: str) -> None:
    units[n] = (units[n][0]._replace(**values), units[n][1])


def test_valid_units_pass(db: Database) -> None:
    units = _units(db)
    assert len(units) > 500
    _check(db, units)


def test_a_span_outside_its_re_is_refused_in_core_words(db: Database) -> None:
    units = _units(db)
    _outside(db, units, 40)
    with pytest.raises(InputError, match="lies outside the RE's text"):
        _check(db, units)


def test_a_span_of_odd_numbers_is_asked_of_core_not_screened(db: Database) -> None:
    units = _units(db)
    _outside(db, units, 40, half=True)  # as whole numbers it would lie inside
    with pytest.raises(InputError, match=r"span \d+\.5\.\.\d+\.5 lies outside the RE's text"):
        _check(db, units)


@pytest.mark.parametrize("value_first", [True, False])
def test_the_first_unit_with_a_problem_is_the_one_reported(db: Database, value_first: bool) -> None:
    units = _units(db)
    w_units = [n for n, (u, _) in enumerate(units) if u.component == "W"]
    value_at, text_at = (w_units[3], w_units[9]) if value_first else (w_units[9], w_units[3])
    _valued(units, value_at, valence="+")
    _outside(db, units, text_at)
    expected = "apply to RO and RS only" if value_first else "outside the RE's text"
    with pytest.raises(InputError, match=expected) as refused:
        _check(db, units)
    assert ("outside" in str(refused.value)) is not value_first


def test_an_unknown_value_is_named(db: Database) -> None:
    units = _units(db)
    _valued(units, 7, component="XX")
    with pytest.raises(InputError, match="a merged unit has an unknown value"):
        _check(db, units)


def test_no_unit_goes_to_an_re_the_coder_marked_nothing_codable(db: Database) -> None:
    units = _units(db)
    unit = units[12][0]
    coders, res = _ids(db.path, "coders"), _ids(db.path, "relationship_episodes")
    with closing(sqlite3.connect(db.path)) as connection, connection:
        connection.execute(
            "INSERT INTO re_ratings (re_id, coder_id, layer, completeness, modified_at, "
            "nothing_codable) VALUES (?, ?, 'coder', 4.0, '2024-01-01 00:00:00', 1) "
            "ON CONFLICT DO UPDATE SET nothing_codable = 1",
            (res[unit.re_uid], coders[unit.coder_uid]),
        )
    with pytest.raises(InputError, match='marked "nothing codable"'):
        _check(db, units)
    few = {(res[unit.re_uid], coders[unit.coder_uid], "coder")}  # as coding checks a unit
    with db.reading() as session, pytest.raises(InputError, match='marked "nothing codable"'):
        unit_rows.check_not_marked(session, few)


def test_the_spans_of_many_res_are_those_of_few(tmp_path: Path) -> None:
    path = tmp_path / "study.ccrt"
    generate_study(path, 6, 1, seed=2)
    ids = sorted(_ids(path, "relationship_episodes").values())
    assert len(ids) > 300  # more than a check of few REs asks by id
    database = schema.open_project_file(path)
    try:
        with database.reading() as session:
            many = unit_rows.re_spans(session, set(ids))
            few = {}
            for start in range(0, len(ids), 100):
                few.update(unit_rows.re_spans(session, set(ids[start : start + 100])))
            assert many == few and all(isinstance(s, Span) for s in many[ids[0]])
            with pytest.raises(NotFoundError, match=f"RE {max(ids) + 1} does not exist"):
                unit_rows.re_spans(session, {*ids, max(ids) + 1, max(ids) + 5})
    finally:
        database.close()
