"""The spans and categories a merge reads for chosen layers: exactly those layers' units."""

import sqlite3
from collections import defaultdict
from contextlib import closing
from pathlib import Path

import pytest

from ccrt_coder.storage import merge_store, schema, unit_table
from ccrt_coder.usecases.demo import build_demo


def expected(path: Path, layers: set[tuple[str, str]]) -> dict[str, tuple]:
    """Each unit of ``layers`` with spans (by start) and category keys (by position), plainly."""
    connection = sqlite3.connect(path)
    chosen = {
        unit: uid
        for unit, uid, coder, layer in connection.execute(
            "SELECT u.id, u.uid, c.uid, u.layer FROM coded_units u "
            "JOIN coders c ON c.id = u.coder_id"
        )
        if (coder, layer) in layers
    }
    spans, codes = defaultdict(list), defaultdict(list)
    for unit, start, end in connection.execute(
        'SELECT unit_id, start, "end" FROM unit_spans ORDER BY start, "end"'
    ):
        if unit in chosen:
            spans[chosen[unit]].append((start, end))
    for unit, *key in connection.execute(
        "SELECT k.unit_id, s.name, s.version, c.code FROM unit_categories k "
        "JOIN categories c ON c.id = k.category_id JOIN category_systems s ON s.id = c.system_id "
        "ORDER BY k.position"
    ):
        if unit in chosen:
            codes[chosen[unit]].append(tuple(key))
    connection.close()
    return {uid: (tuple(s), tuple(codes[uid])) for uid, s in spans.items()}


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, list[tuple[str, str]]]:
    """The demo study, one unit of it with a second span (units with several categories it
    has), and its layers."""
    path = tmp_path / "demo.ccrt"
    build_demo(path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            'INSERT INTO unit_spans (unit_id, start, "end") SELECT unit_id, "end" + 1, "end" + 5 '
            "FROM unit_spans WHERE unit_id = (SELECT max(id) FROM coded_units)"
        )
        keys = connection.execute(
            "SELECT DISTINCT c.uid, u.layer FROM coded_units u JOIN coders c ON c.id = u.coder_id "
            "ORDER BY c.name, u.layer"
        ).fetchall()
    assert len(keys) >= 3  # two coders' layers and the consensus at least
    return path, keys


def _choices(keys: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    return [[keys[0]], keys[1:], [*keys, ("no such coder", "coder")]]


def test_details_are_read_for_exactly_the_chosen_layers(
    demo: tuple[Path, list[tuple[str, str]]],
) -> None:
    path, keys = demo
    db = schema.open_project_file(path)
    try:
        with db.reading() as session:
            for chosen in _choices(keys):
                found = merge_store.load_details(session, chosen)
                assert found == expected(path, set(chosen))
                assert found  # not vacuous
            assert merge_store.load_details(session, []) == {}
    finally:
        db.close()


def test_a_checked_files_details_come_from_what_the_gate_read(
    demo: tuple[Path, list[tuple[str, str]]],
) -> None:
    path, keys = demo
    with closing(sqlite3.connect(path)) as connection:
        units = unit_table.read_units(connection.execute)
    assert any(len(c) > 1 for c in units.categories.values())  # grouped both ways
    db = schema.open_project_file(path)
    try:
        with db.reading() as session:
            load = merge_store.details_from(session, units)
            several_spans = False
            for chosen in _choices(keys):
                found = load(chosen)
                assert found == expected(path, set(chosen))
                several_spans |= any(len(spans) > 1 for spans, _ in found.values())
            assert several_spans  # the unit with two spans was among them, in order
            assert load([]) == {}
    finally:
        db.close()


def test_grouping_keeps_the_order_of_several_values_per_key() -> None:
    rows = [(1, "a"), (2, "b"), (2, "c"), (3, "d"), (4, "e"), (4, "f"), (4, "g")]
    assert unit_table.grouped(rows) == {1: ("a",), 2: ("b", "c"), 3: ("d",), 4: ("e", "f", "g")}
    assert unit_table.grouped([]) == {}
    assert unit_table.chosen(rows, {2, 4}, lambda row: row[0]) == rows[1:3] + rows[4:]


def test_the_target_is_read_by_layers(demo: tuple[Path, list[tuple[str, str]]]) -> None:
    path, keys = demo
    with closing(sqlite3.connect(path)) as connection:
        every = dict(
            connection.execute(
                "SELECT u.uid, c.uid || '/' || u.layer FROM coded_units u "
                "JOIN coders c ON c.id = u.coder_id"
            ).fetchall()
        )
    db = schema.open_project_file(path)
    try:
        with db.reading() as session:
            for chosen in _choices(keys):
                wanted = {f"{coder}/{layer}" for coder, layer in chosen}
                rows = merge_store.load_layers(session, chosen)
                assert {u.uid for u in rows} == {u for u, k in every.items() if k in wanted}
                assert all(f"{u.coder_uid}/{u.layer}" in wanted for u in rows) and rows
                besides = merge_store.uids_besides(session, chosen)
                assert besides == {u for u, k in every.items() if k not in wanted}
            assert merge_store.uids_besides(session, []) == set(every)
            assert merge_store.load_layers(session, []) == []
    finally:
        db.close()
