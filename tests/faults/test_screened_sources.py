"""A merge source large enough for the gate's array screen (thousands of units): every text
problem is still found and worded by core's rule, and a valid copy still merges. A file first
opened is checked a batch of units at a time: a problem in any batch is found all the same."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.storage import unit_table
from ccrt_coder.usecases.generate import generate_study

_SECOND_UNIT = "(SELECT id FROM coded_units ORDER BY id LIMIT 1 OFFSET 1)"
_LAST_UNIT = "(SELECT max(id) FROM coded_units)"
BROKEN = {
    "a span beyond its RE": (
        [f'UPDATE unit_spans SET "end" = "end" + 500000 WHERE unit_id = {_LAST_UNIT}'],
        "lies outside the RE's text",
    ),
    "a unit without spans": (
        [f"DELETE FROM unit_spans WHERE unit_id = {_SECOND_UNIT}"],
        "a unit needs at least one text span",
    ),
    "overlapping spans": (
        [
            'INSERT INTO unit_spans (unit_id, start, "end") SELECT unit_id, start, "end" '
            f"FROM unit_spans WHERE unit_id = {_LAST_UNIT}"
        ],
        "the unit's text spans overlap each other",
    ),
    "a span as text": (
        [f"UPDATE unit_spans SET start = 'x' WHERE unit_id = {_LAST_UNIT}"],
        "a span is not a range of the text",
    ),
    "a unit's RE as text": (  # its spans leave the array screen for core's rule
        [f"UPDATE coded_units SET re_id = 'x' WHERE id = {_LAST_UNIT}"],
        "a row refers to a row that does not exist",
    ),
    "a span of no unit": (
        [f'INSERT INTO unit_spans (unit_id, start, "end") VALUES ({_LAST_UNIT} + 1000, 0, 5)'],
        "a row refers to a row that does not exist",
    ),
}


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "study.ccrt"
    generate_study(path, 10, 2, seed=3)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM coded_units").fetchone()[0] >= 5000
    return path


def _target_without_last_coder(study: Path, path: Path) -> Path:
    shutil.copy(study, path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        (coder,) = connection.execute("SELECT max(id) FROM coders").fetchone()
        connection.execute("DELETE FROM coded_units WHERE coder_id = ?", (coder,))
        connection.execute("DELETE FROM re_ratings WHERE coder_id = ?", (coder,))
    return path


def _broken_copy(study: Path, source: Path, case: str) -> str:
    """A copy of the study with the broken unit of ``case``; the words that refuse it."""
    statements, expected = BROKEN[case]
    shutil.copy(study, source)
    with closing(sqlite3.connect(source)) as connection, connection:  # closed: no -wal left
        connection.execute("PRAGMA ignore_check_constraints=ON")
        for statement in statements:
            connection.execute(statement)
    return expected


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_unit_in_any_batch_is_refused_when_the_file_is_first_opened(
    study: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    case: str,
) -> None:
    monkeypatch.setattr(unit_table, "BATCH", 5000)  # the first batch screened, the last not
    source = tmp_path / "from-elsewhere.ccrt"
    expected = _broken_copy(study, source, case)
    before = source.read_bytes()

    assert main(["info", str(source)]) == 1

    assert expected in capsys.readouterr().err
    assert source.read_bytes() == before


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_unit_among_thousands_is_refused(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    target = _target_without_last_coder(study, tmp_path / "target.ccrt")
    source = tmp_path / "source.ccrt"
    expected = _broken_copy(study, source, case)
    before = _units(target)

    assert main(["merge", str(target), str(source)]) == 1

    out = capsys.readouterr().out
    assert "source.ccrt: REFUSED, nothing is merged from it" in out  # by the gate, not later
    assert expected in out
    assert _units(target) == before
    assert not list(tmp_path.glob("*.bak-*"))  # nothing written, so no backup either


def test_a_valid_large_copy_merges(
    study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _target_without_last_coder(study, tmp_path / "target.ccrt")

    assert main(["merge", str(target), str(study)]) == 0

    assert _units(target) == _units(study)


def _units(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM coded_units").fetchone()[0])
