"""Merging a crafted or damaged copy: refused in one line before a row is read; nothing changes.

Each copy is a coder's copy of the demo study with one hostile change made with sqlite3 (a view
where a table belongs, a trigger, rows no version of the app writes). The target stays
byte-identical, no backup is made, and the source itself is not touched (opened read-only).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.demo import build_demo

_FIRST_W_UNIT = "(SELECT min(id) FROM coded_units WHERE component = 'W')"
_FIRST_RO_UNIT = "(SELECT min(id) FROM coded_units WHERE component = 'RO')"
_FIRST_RE = "(SELECT min(id) FROM relationship_episodes)"

HOSTILE = {
    "recursive view": (
        [
            "ALTER TABLE coders RENAME TO coders_kept",
            "CREATE VIEW coders AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
            "FROM r) SELECT n AS id, hex(n) AS uid, hex(n) AS name, '2024-01-01' AS created_at, "
            "0 AS retired FROM r",
        ],
        "view 'coders'",
    ),
    "deleting trigger": (
        [
            "CREATE TRIGGER wipe AFTER INSERT ON coded_units BEGIN "
            "DELETE FROM coded_units WHERE id != new.id; END"
        ],
        "trigger 'wipe'",
    ),
    "extra table": (["CREATE TABLE extra (x)"], "table 'extra'"),
    "extra index": (["CREATE INDEX ix_extra ON coders (name)"], "index 'ix_extra'"),
    "changed column": (["ALTER TABLE coders ADD COLUMN note TEXT"], "table 'coders'"),
    "unit beyond its RE": (
        [f'UPDATE unit_spans SET "end" = 999999 WHERE unit_id = {_FIRST_W_UNIT}'],
        "outside the RE's text",
    ),
    "RE beyond the text": (
        [f'UPDATE re_spans SET start = 100000, "end" = 200000 WHERE re_id = {_FIRST_RE}'],
        "beyond the end of the transcript",
    ),
    "unknown other person": (
        [
            f"UPDATE relationship_episodes SET other_type = '<script>alien</script>' "
            f"WHERE id = {_FIRST_RE}"
        ],
        "unknown other person",
    ),
    "unknown time frame": (
        [f"UPDATE relationship_episodes SET time_frame = 'bogus' WHERE id = {_FIRST_RE}"],
        "unknown time frame",
    ),
    "RE number -7": (
        [f"UPDATE relationship_episodes SET number = -7 WHERE id = {_FIRST_RE}"],
        "RE number is a whole number",
    ),
    "RE number 2**63-1": (
        [f"UPDATE relationship_episodes SET number = 9223372036854775807 WHERE id = {_FIRST_RE}"],
        "RE number is a whole number",
    ),
    "actuality xyzzy": (
        [f"UPDATE coded_units SET actuality = 'xyzzy' WHERE id = {_FIRST_RO_UNIT}"],
        "actual/anticipated",
    ),
    "LU direction ZZZ": (
        [f"UPDATE coded_units SET lu_direction = 'ZZZ' WHERE id = {_FIRST_RO_UNIT}"],
        "LU direction",
    ),
    "RO category on a W unit": (
        [
            "UPDATE unit_categories SET category_id = (SELECT id FROM categories WHERE "
            f"component = 'RO' LIMIT 1) WHERE unit_id = {_FIRST_W_UNIT} AND position = 0"
        ],
        "belongs to RO, not W",
    ),
    "completeness 3.14159": (["UPDATE re_ratings SET completeness = 3.14159"], "completeness"),
    "a 100,000-character coder name": (
        [
            "UPDATE coders SET name = printf('%.100000c', 'x') WHERE id = (SELECT min(id) FROM "
            "coders)"
        ],
        "at most 200 characters",
    ),
    "a uid with a path in it": (
        [
            "UPDATE coders SET uid = '../../tmp/x.txt/////////////////' WHERE id = "
            "(SELECT min(id) FROM coders)"
        ],
        "are not uids",
    ),
    "phase 10**20": (["UPDATE interviews SET phase = 1e20 WHERE id = 1"], "phase"),
    "study phases of text": (["UPDATE study SET phases = '[\"a\"]'"], "phase"),
    "threshold NaN": (["UPDATE study SET completeness_threshold = 'NaN'"], "threshold"),
    "a bad time": (["UPDATE coded_units SET created_at = 'yesterday'"], "are not times"),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


def _tampered(demo: Path, path: Path, statements: list[str]) -> Path:
    shutil.copy(demo, path)
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _refused(capsys: pytest.CaptureFixture[str], target: Path, source: Path) -> str:
    before = _files(target.parent)
    started = time.monotonic()
    code = main(["merge", str(target), str(source)])
    out, err = capsys.readouterr()
    assert time.monotonic() - started < 10
    assert code == 1, err  # the CLI's exit status for an error a user can act on
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert err.endswith("problems (see above); nothing was merged for them\n")
    assert "source.ccrt: REFUSED, nothing is merged from it" in out
    for word in ("unexpected", "Traceback", "SELECT", "INSERT"):
        assert word not in out + err
    assert _files(target.parent) == before  # target, source and their folder: unchanged
    return out


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_source_is_refused_and_nothing_changes(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    statements, expected = HOSTILE[case]
    target = tmp_path / "target.ccrt"
    shutil.copy(demo, target)
    source = _tampered(demo, tmp_path / "source.ccrt", statements)
    assert expected in _refused(capsys, target, source)


def test_a_source_cut_short_by_one_byte_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target.ccrt"
    shutil.copy(demo, target)
    source = tmp_path / "source.ccrt"
    source.write_bytes(demo.read_bytes()[:-1])
    assert "it is damaged" in _refused(capsys, target, source)


def test_many_problems_are_listed_up_to_twenty_and_counted(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target.ccrt"
    shutil.copy(demo, target)
    source = _tampered(demo, tmp_path / "source.ccrt", ["UPDATE coded_units SET actuality = 'zz'"])
    out = _refused(capsys, target, source)
    assert out.count("its actual/anticipated is not one of") == 20
    assert "…and " in out and " more" in out


def test_a_valid_copy_still_merges(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _tampered(
        demo,
        tmp_path / "target.ccrt",
        ["PRAGMA foreign_keys=ON", "DELETE FROM coded_units", "DELETE FROM re_ratings"],
    )
    source = tmp_path / "source.ccrt"
    shutil.copy(demo, source)
    before = source.read_bytes()
    code = main(["merge", str(target), str(source)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "merged" in out
    assert source.read_bytes() == before


@pytest.mark.parametrize("case", ["deleting trigger", "recursive view", "extra table"])
def test_a_project_with_objects_we_never_make_is_not_opened(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    """A trigger in the project itself would act on the app's own writes (one unit added, 673
    others deleted): such a file is not opened for any work."""
    project = _tampered(demo, tmp_path / "study.ccrt", HOSTILE[case][0])
    before = _files(tmp_path)
    code = main(["coders", str(project), "--add", "Zoe"])
    _, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1
    assert "study.ccrt is refused" in err and HOSTILE[case][1] in err
    assert _files(tmp_path) == before
