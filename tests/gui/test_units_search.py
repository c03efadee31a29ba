"""The Units view's text search: found in memory, off the GUI thread, the SQL search's rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from ccrt_coder.gui.units_view.view import UnitsView
from ccrt_coder.storage import unit_query
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases import unit_search
from ccrt_coder.usecases.domain import UnitFilter
from ccrt_coder.usecases.project import Project


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _sql_search(path: Path, unit_filter: UnitFilter) -> list[int]:
    """The unit ids SQL alone finds (the search as it was before the index)."""
    db = Database(path)
    try:
        with db.reading() as session:
            return [row[0] for row in unit_query.iter_details(session, unit_filter)]
    finally:
        db.close()


def test_the_search_finds_what_sql_finds_on_the_demo(demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        browser = project.unit_browser()
        units = browser.page(UnitFilter(), limit=40)
        words = {units[0].text.split()[0], units[7].text.split()[-1].strip(".,"), "the", "and"}
        words |= {row.memo[:5] for row in units if row.memo}
        words |= {row.tailor_label[:6].upper() for row in units if row.tailor_label}
        found_any = False
        for word in sorted(words):
            for unit_filter in (UnitFilter(text=word), UnitFilter(text=word, component="RO")):
                found = [row.unit_id for row in browser.rows(unit_filter)]
                assert found == _sql_search(demo_path, unit_filter), word
                assert browser.count(unit_filter) == len(found)
                found_any = found_any or bool(found)
        assert found_any


def test_a_changed_memo_is_found_once_the_coding_changed(demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        browser = project.unit_browser()
        assert browser.count(UnitFilter(text="zebrafinch")) == 0  # the index is built
        with sqlite3.connect(demo_path) as db:
            db.execute("UPDATE coded_units SET memo = 'a Zebrafinch' WHERE id = (SELECT MIN(id) "
                       "FROM coded_units)")  # fmt: skip
        browser.invalidate()
        assert browser.count(UnitFilter(text="zebrafinch")) == 1


def test_the_search_runs_on_a_worker_and_an_outdated_one_is_dropped(qtbot, demo_path: Path) -> None:
    """While the index is not built (a search builds it), a search runs on a worker."""
    with Project.open(demo_path) as project:
        view = UnitsView()
        qtbot.addWidget(view)
        view.set_context(project, None, blind=False)
        view.show()
        qtbot.waitUntil(lambda: not view.is_counting() and not view.is_preparing(), timeout=10_000)
        project.unit_browser().invalidate()  # as after an edit: the next search builds the index
        totals: list[int] = []
        view.model.counted.connect(totals.append)
        view.filters.set_filter(UnitFilter(text="the"))
        assert view.model.is_searching()  # the window goes on while the worker searches
        assert view.model.rowCount() == 0
        assert view.table_overlay.isVisible() or view.summary.text() == "Searching…"
        view.filters.set_filter(UnitFilter(text="and"))  # typing on: "the" is outdated
        qtbot.waitUntil(lambda: not view.model.is_searching(), timeout=10_000)
        expected = _sql_search(demo_path, UnitFilter(text="and"))
        assert totals == [len(expected)]  # the result for "the" never reached the table
        assert {view.model.row_at(n).unit_id for n in range(view.model.rowCount())} <= set(expected)
        assert view.model.rowCount() == min(len(expected), 500)
        assert not view.table_overlay.isVisible()


def test_the_shown_view_builds_the_index_on_a_worker_and_counts_with_it(
    qtbot, demo_path: Path
) -> None:
    with Project.open(demo_path) as project:
        view = UnitsView()
        qtbot.addWidget(view)
        view.set_context(project, None, blind=False)
        view.show()
        assert view.is_preparing()
        qtbot.waitUntil(lambda: not view.is_preparing() and not view.is_counting(), timeout=10_000)
        db = Database(demo_path)
        assert unit_search.built(db) is not None
        view.filters.set_filter(UnitFilter(component="RO", narrator="patient"))
        expected = _sql_search(demo_path, UnitFilter(component="RO", narrator="patient"))
        assert view.model.total() == len(expected) > 0
        assert [view.model.row_at(n).unit_id for n in range(view.model.rowCount())] == expected
        view.filters.set_filter(UnitFilter(text="the", narrator="patient"))  # found at once
        assert not view.model.is_searching()
        expected = _sql_search(demo_path, UnitFilter(text="the", narrator="patient"))
        assert view.model.total() == len(expected) > 0
        assert [view.model.row_at(n).unit_id for n in range(view.model.rowCount())] == expected
        with sqlite3.connect(demo_path) as raw:
            raw.execute("UPDATE coded_units SET component = 'RO' WHERE component = 'W'")  # a commit
        assert unit_search.built(db) is None  # SQL counts until it is built again
        view.filters.set_filter(UnitFilter(text="the"))
        qtbot.waitUntil(lambda: not view.model.is_searching(), timeout=10_000)
        assert unit_search.built(db) is not None
        view.set_context(None)  # the project closes: its index goes, and the file is let go
        assert unit_search.built(db) is None
        db.close()


def test_scrolling_a_found_list_after_an_outside_commit_searches_again_on_a_worker(
    qtbot, demo_path: Path
) -> None:
    """The index is stale after another program's commit: the next page is not built on the
    GUI thread (seconds on a large study) but searched again off it."""
    with Project.open(demo_path) as project:
        view = UnitsView()
        qtbot.addWidget(view)
        view.set_context(project, None, blind=False)
        view.show()
        qtbot.waitUntil(lambda: not view.is_preparing() and not view.is_counting(), timeout=10_000)
        view.filters.set_filter(UnitFilter(text="e"))
        assert not view.model.is_searching()  # found at once from the built index
        total = view.model.total()
        assert view.model.canFetchMore() and total > view.model.rowCount()
        with sqlite3.connect(demo_path) as raw:
            raw.execute("PRAGMA foreign_keys = ON")  # another program deletes 20 units
            raw.execute("DELETE FROM coded_units WHERE id IN (SELECT id FROM coded_units "
                        "ORDER BY id LIMIT 20)")  # fmt: skip
        view.model.fetchMore()
        assert view.model.is_searching()  # searching again, off the GUI thread
        qtbot.waitUntil(lambda: not view.model.is_searching(), timeout=10_000)
        expected = _sql_search(demo_path, UnitFilter(text="e"))
        assert view.model.total() == len(expected) == total - 20
