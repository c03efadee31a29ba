"""The spans and categories a merge reads for chosen layers: exactly those layers' units."""

import sqlite3
from collections import defaultdict
from pathlib import Path

from ccrt_coder.storage import merge_store, schema
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


def test_details_are_read_for_exactly_the_chosen_layers(tmp_path: Path) -> None:
    path = tmp_path / "demo.ccrt"
    build_demo(path)
    connection = sqlite3.connect(path)
    keys = connection.execute(
        "SELECT DISTINCT c.uid, u.layer FROM coded_units u JOIN coders c ON c.id = u.coder_id "
        "ORDER BY c.name, u.layer"
    ).fetchall()
    connection.close()
    assert len(keys) >= 3  # two coders' layers and the consensus at least
    db = schema.open_project_file(path)
    try:
        with db.reading() as session:
            for chosen in ([keys[0]], keys[1:], [*keys, ("no such coder", "coder")]):
                found = merge_store.load_details(session, chosen)
                assert found == expected(path, set(chosen))
                assert found  # not vacuous
            assert merge_store.load_details(session, []) == {}
    finally:
        db.close()
