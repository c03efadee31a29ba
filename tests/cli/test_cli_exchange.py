"""`ccrt-coder export-qdpx`, `import-qdpx` and `merge` through the command-line entry point."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.demo import build_demo
from tests.demo_counts import DEMO


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def without(demo: Path, path: Path, coder: str) -> Path:
    shutil.copy(demo, path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(
        "DELETE FROM coded_units WHERE coder_id = (SELECT id FROM coders WHERE name LIKE ?)",
        (f"Coder {coder}%",),
    )
    connection.commit()
    connection.close()
    return path


def test_export_then_import_qdpx(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export-qdpx", demo, tmp_path / "demo.qdpx")
    assert (code, err) == (0, "")
    assert f"{DEMO.interviews} transcripts, {DEMO.res} REs, {DEMO.all_units} units, 2 coders" in out
    code, out, err = run(capsys, "import-qdpx", tmp_path / "demo.qdpx", tmp_path / "back.ccrt")
    assert (code, err) == (0, "")
    assert (
        f"{DEMO.interviews} interviews, {DEMO.res} REs, {DEMO.all_units} units" in out
        and "written by CCRT Coder" in out
    )
    code, out, _ = run(capsys, "info", tmp_path / "back.ccrt", "--json")
    assert code == 0 and f'"res": {DEMO.res}' in out


def test_import_qdpx_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.qdpx").write_text("no zip")
    code, out, err = run(capsys, "import-qdpx", tmp_path / "x.qdpx", tmp_path / "x.ccrt")
    assert code == 1 and out == ""
    assert err.startswith("error: x.qdpx: not a REFI-QDA project file") and err.count("\n") == 1
    assert not (tmp_path / "x.ccrt").exists()


def test_export_qdpx_wants_a_qdpx_name(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export-qdpx", demo, tmp_path / "demo.zip")
    assert code == 1 and "must end in .qdpx" in err


def test_merge_dry_run_then_merge_then_again(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = without(demo, tmp_path / "a.ccrt", "B")
    source = without(demo, tmp_path / "b.ccrt", "A")
    code, out, _ = run(capsys, "merge", target, source, "--dry-run")
    assert code == 0
    assert (
        f"{DEMO.coder_b} / coder: add {DEMO.own_units(DEMO.coder_b)} units" in out
        and "dry run" in out
    )
    assert not list(tmp_path.glob("*.bak-*"))
    code, out, _ = run(capsys, "merge", target, source)
    assert code == 0 and "merged; the target before the merge is kept in" in out
    assert len(list(tmp_path.glob("a.ccrt.bak-premerge-*"))) == 1
    code, out, _ = run(capsys, "merge", target, source)
    assert code == 0 and "nothing to merge" in out and "already merged" in out


def test_merge_reports_a_refused_source_with_exit_status_1(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = without(demo, tmp_path / "a.ccrt", "B")
    source = without(demo, tmp_path / "b.ccrt", "A")
    connection = sqlite3.connect(source)
    connection.create_function("sha", 1, lambda text: hashlib.sha256(text.encode()).hexdigest())
    connection.execute(
        "UPDATE transcripts SET text = text || '!', sha256 = sha(text || '!') WHERE id = 1"
    )
    connection.commit()
    connection.close()
    code, out, err = run(capsys, "merge", target, source)
    assert code == 1 and "REFUSED" in out and "differs" in out
    assert err.startswith("error: 1 problems")


def test_merge_of_a_missing_file(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = without(demo, tmp_path / "a.ccrt", "B")
    code, _, err = run(capsys, "merge", target, tmp_path / "nope.ccrt")
    assert code == 1 and "nope.ccrt does not exist" in err
