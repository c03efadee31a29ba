"""A bug in a command: one line on the terminal, the traceback only in the log file."""

import os
from pathlib import Path

import pytest

from ccrt_coder import __version__
from ccrt_coder.app_log import LOG_NAME
from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.project import Project


@pytest.fixture
def study(tmp_path: Path) -> Path:
    Project.create(tmp_path / "study.ccrt").close()
    return tmp_path / "study.ccrt"


@pytest.fixture
def broken_info(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Project) -> None:
        raise RuntimeError("counting went wrong")

    monkeypatch.setattr(Project, "info", broken)


def log_text() -> str:
    return (Path(os.environ["CCRT_CODER_DATA_DIR"]) / LOG_NAME).read_text(encoding="utf-8")


def test_a_bug_is_one_line_naming_the_log_which_holds_the_traceback(
    study: Path, broken_info: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(study)]) == 1
    out, err = capsys.readouterr()
    log = Path(os.environ["CCRT_CODER_DATA_DIR"]) / LOG_NAME
    assert (out, err) == (
        "",
        f"error: unexpected RuntimeError: counting went wrong (details in {log})\n",
    )
    text = log_text()
    assert f"CCRT Coder {__version__} started (Python" in text
    assert "ERROR ccrt_coder.cli.entry: unexpected error in info" in text
    assert "Traceback (most recent call last)" in text and "in broken" in text
    assert text.rstrip().endswith("RuntimeError: counting went wrong")


def test_a_users_error_stays_one_line_and_is_logged_as_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.ccrt").write_text("not a project", encoding="utf-8")
    assert main(["info", str(tmp_path / "notes.ccrt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "details in" not in err
    assert f"WARNING ccrt_coder.cli.entry: info failed: {err[7:].strip()}" in log_text()
    assert "Traceback" not in log_text()


def test_ccrt_coder_debug_keeps_the_traceback(
    study: Path, broken_info: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCRT_CODER_DEBUG", "1")
    with pytest.raises(RuntimeError, match="counting went wrong"):
        main(["info", str(study)])


def test_without_a_writable_log_folder_the_command_still_answers(
    study: Path,
    broken_info: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("CCRT_CODER_DATA_DIR", str(blocked / "userdata"))
    assert main(["new", str(tmp_path / "other.ccrt")]) == 0
    assert main(["info", str(study)]) == 1
    assert capsys.readouterr().err == "error: unexpected RuntimeError: counting went wrong\n"
