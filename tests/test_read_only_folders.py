"""A colleague's project in a folder this user cannot write: read, exported, copied from and
merged from; a change to it is refused in one line; nothing is created beside it.

Root writes anywhere, so for root the folder is made read-only by a read-only bind mount in a
private mount namespace (``unshare -m``), where the commands run as subprocesses.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ccrt_coder.storage import merge_store, schema
from tests.demo_counts import DEMO
from tests.demo_file import demo_copy


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """``theirs/demo.ccrt`` (the full study; made read-only by :func:`run`) and
    ``mine/study.ccrt`` (the study without Coder B's work)."""
    theirs, mine = tmp_path / "theirs", tmp_path / "mine"
    theirs.mkdir(), mine.mkdir()
    source = demo_copy(theirs)
    shutil.copy(source, mine / "study.ccrt")
    db = schema.open_project_file(mine / "study.ccrt")
    with db.transaction() as session:
        merge_store.delete_coder_work(session, DEMO.coder_b)
    db.close()
    return theirs, mine


def run(read_only: Path, *commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Run ccrt-coder ``commands`` while ``read_only`` cannot be written."""
    python = [sys.executable, "-m", "ccrt_coder"]
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    if os.geteuid() != 0:
        read_only.chmod(0o555)
        try:
            return [_run([*python, *c], env) for c in commands]
        finally:
            read_only.chmod(0o755)
    if shutil.which("unshare") is None:
        pytest.skip("root needs unshare to make a folder read-only")
    folder = shlex.quote(str(read_only))
    mount = f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder} || exit 99"
    results = []
    for command in commands:
        script = f"{mount}\nexec {shlex.join([*python, *command])}"
        results.append(_run(["unshare", "-m", "sh", "-c", script], env))
        if results[-1].returncode == 99:
            pytest.skip("no private mount namespace here")
    return results


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


def test_a_project_in_a_read_only_folder_is_read_exported_copied_and_merged_from(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    theirs, mine = folders
    source = theirs / "demo.ccrt"
    before = {p.name: p.read_bytes() for p in theirs.iterdir()}
    results = run(
        theirs,
        ["merge", str(mine / "study.ccrt"), str(source)],
        ["export", str(source), str(mine / "out.xlsx")],
        ["export", str(source), str(mine / "out.csv"), "--sheet", "units"],
        ["export-qdpx", str(source), str(mine / "out.qdpx")],
        ["report", str(source), str(mine / "report.html")],
        ["coder-copy", str(source), str(mine / "a.ccrt"), "--coder", DEMO.coder_a],
        ["info", str(source)],
    )
    for result in results:
        assert result.returncode == 0, (result.args, result.stderr)
    assert "261 units" in results[0].stdout
    for name in ("out.xlsx", "out-units.csv", "out.qdpx", "report.html", "a.ccrt"):
        assert (mine / name).stat().st_size > 0
    assert {p.name: p.read_bytes() for p in theirs.iterdir()} == before


def test_a_change_to_a_read_only_project_is_refused_in_one_line(
    folders: tuple[Path, Path],
) -> None:
    theirs, _mine = folders
    source = theirs / "demo.ccrt"
    before = {p.name: p.read_bytes() for p in theirs.iterdir()}
    (added, exported) = run(
        theirs,
        ["coders", str(source), "--add", "Zed"],
        ["export", str(source), str(theirs / "x.csv")],
    )
    assert added.returncode == 1
    assert added.stderr.strip().splitlines() == [
        "error: cannot change demo.ccrt: it is open read-only (the file or its folder "
        "cannot be written); copy it to a folder you can write to"
    ]
    assert exported.returncode == 1 and len(exported.stderr.strip().splitlines()) == 1
    assert exported.stderr.startswith(f"error: cannot write in folder {theirs}")
    assert {p.name: p.read_bytes() for p in theirs.iterdir()} == before
