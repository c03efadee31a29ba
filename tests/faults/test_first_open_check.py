"""A project opened for the first time (a colleague's copy) has every row checked by the rules
of the app's own writes before anything is written to it (issue 14, item 2); a file this user
already had checked is not checked again, and a copy of it is a new file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.storage import checked_files
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy

_FIRST_W_UNIT = "(SELECT min(id) FROM coded_units WHERE component = 'W')"


def crafted_copy(folder: Path, statement: str) -> Path:
    """A copy of the demo changed with sqlite3, as no version of the app writes it."""
    copy = folder / "from-a-colleague.ccrt"
    shutil.copy(demo_copy(folder), copy)
    connection = sqlite3.connect(copy)
    connection.execute(statement)
    connection.commit()
    connection.close()
    return copy


def test_a_colleague_s_copy_with_a_unit_beyond_its_re_is_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = crafted_copy(
        tmp_path, f'UPDATE unit_spans SET "end" = 999999 WHERE unit_id = {_FIRST_W_UNIT}'
    )
    before = copy.read_bytes()
    assert main(["coders", str(copy), "--add", "Dana"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: from-a-colleague.ccrt is refused") and err.count("\n") == 1
    assert "outside" in err and "Traceback" not in err
    assert copy.read_bytes() == before
    assert not checked_files.was_checked(copy)


def test_a_checked_file_opens_without_a_new_check_and_its_copy_is_checked_anew(
    tmp_path: Path,
) -> None:
    own = demo_copy(tmp_path)
    Project.open(own).close()
    assert checked_files.was_checked(own)
    copy = tmp_path / "copy.ccrt"
    shutil.copy(own, copy)
    assert not checked_files.was_checked(copy)
    connection = sqlite3.connect(copy)
    connection.execute("UPDATE coded_units SET actuality = 'xyzzy' WHERE component = 'RO'")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectFileError, match=r"copy\.ccrt is refused"):
        Project.open(copy)
    Project.open(own).close()  # the checked file opens as before
