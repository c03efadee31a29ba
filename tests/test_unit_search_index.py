"""The Units view's in-memory search index counts, sorts and pages exactly as SQL does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.storage import unit_query
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import unit_search
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.domain import UnitFilter
from ccrt_coder.usecases.generate import generate_study
from ccrt_coder.usecases.project import Project

FILTERS = (
    UnitFilter(text="the"),
    UnitFilter(text="I"),
    UnitFilter(text=" AND "),
    UnitFilter(text="the", component="RO"),
    UnitFilter(text="i", narrator="patient", phase=15),
    UnitFilter(text="and", coder="Coder A"),
    UnitFilter(text="the", consensus=True),
    UnitFilter(text="e", category="RS7"),
    UnitFilter(text="e", cluster="W6", valence="-"),
    UnitFilter(text="a", other_type="mother", actuality="actual"),
    UnitFilter(text="o", dyad="G0002", re_number=3, time_frame="past-childhood"),
    UnitFilter(text="i", coder="nobody"),
    UnitFilter(text="xylophone"),
    UnitFilter(),  # without text, once the index is built (by the filters above)
    UnitFilter(component="W", narrator="therapist"),
    UnitFilter(category="RS7", phase=5),
    UnitFilter(consensus=True, cluster="RO5"),
)
SORTS = (
    (None, False), ("category", False), ("category", True), ("cluster", True), ("coder", True),
    ("text", False), ("text", True), ("memo", False), ("memo", True), ("dyad", True),
    ("valence", False), ("actuality", True), ("re", True), ("time_frame", False),
)  # fmt: skip


@pytest.fixture(scope="module", params=["demo", "generated"])
def study(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo (consensus, memos, units with two categories) and a generated study."""
    path = tmp_path_factory.mktemp("index") / f"{request.param}.ccrt"
    if request.param == "demo":
        build_demo(path)
    else:
        generate_study(path, 3, 2, seed=3)
    return path


def _sql(path: Path, unit_filter: UnitFilter, sort: str | None, descending: bool) -> list[int]:
    """Every unit id under the filter as SQL alone sorts it (SQL looking for the text too)."""
    db = Database(path)
    try:
        with db.reading() as session:
            ids = unit_query.page_ids(session, unit_filter, sort, descending, 0, 100_000)
            assert unit_query.count_units(session, unit_filter) == len(ids)
    finally:
        db.close()
    return ids


def test_the_index_counts_sorts_and_pages_as_sql_does(study: Path) -> None:
    with Project.open(study) as project:
        browser = project.unit_browser()
        found_some = 0
        for unit_filter in FILTERS:
            for sort, descending in SORTS:
                expected = _sql(study, unit_filter, sort, descending)
                ids: list[int] = []
                while page := browser.page(unit_filter, sort, descending, len(ids), 37):
                    ids += [row.unit_id for row in page]
                assert ids == expected, (unit_filter, sort, descending)
                assert browser.count(unit_filter) == len(expected)
            found_some += bool(expected)
        assert found_some >= 9  # the filters find units in this study
        db = Database(study)
        index = unit_search.built(db)  # the filters without text were counted with it
        db.close()
        assert index is not None
        assert all(index.select(unit_filter) is not None for unit_filter in FILTERS)  # not SQL


def test_a_commit_by_anyone_makes_the_index_read_the_units_again(tmp_path: Path) -> None:
    path = tmp_path / "demo.ccrt"
    build_demo(path)
    with Project.open(path) as project:
        browser = project.unit_browser()
        assert browser.count(UnitFilter(text="zebrafinch")) == 0  # the index is built
        with sqlite3.connect(path) as db:  # another process, which the window is not told of
            db.execute("UPDATE coded_units SET memo = 'a Zebrafinch', component = 'RO' "
                       "WHERE id = (SELECT MIN(id) FROM coded_units)")  # fmt: skip
        assert browser.count(UnitFilter(text="zebrafinch", component="RO")) == 1
        assert browser.count(UnitFilter(text="zebrafinch", component="W")) == 0
