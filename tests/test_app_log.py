"""The log file: in the user data folder, UTF-8, rotating, and never a reason to fail."""

import logging
import os
from pathlib import Path

import pytest

from ccrt_coder import __version__, app_log

log = logging.getLogger("ccrt_coder.test")


def data_dir() -> Path:
    return Path(os.environ["CCRT_CODER_DATA_DIR"])


def test_the_log_starts_in_the_user_data_folder_with_version_and_platform() -> None:
    path = app_log.start_logging("6.0-test")
    assert path == app_log.log_path() == data_dir() / app_log.LOG_NAME
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    assert f"INFO ccrt_coder.app_log: CCRT Coder {__version__} started (Python " in line
    assert line.endswith(", Qt 6.0-test)")


def test_warnings_are_written_in_utf8() -> None:
    path = app_log.start_logging()
    log.warning("category system 'Zentrale Beziehungskonfliktthemen (ZBKT)' – Grüße")
    assert "(ZBKT)' – Grüße" in path.read_text(encoding="utf-8")


def test_the_file_rotates_at_about_a_megabyte_keeping_three_old_ones() -> None:
    path = app_log.start_logging()
    for _ in range(50_000):  # about 5 MB
        log.warning("x" * 80)
    names = sorted(p.name for p in data_dir().glob(f"{app_log.LOG_NAME}*"))
    assert names == [app_log.LOG_NAME] + [f"{app_log.LOG_NAME}.{n}" for n in (1, 2, 3)]
    assert all(p.stat().st_size <= app_log.MAX_BYTES for p in data_dir().glob("*.log*"))
    assert path.exists()


def test_an_unwritable_folder_means_no_file_and_no_noise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("CCRT_CODER_DATA_DIR", str(blocked / "userdata"))
    assert app_log.start_logging() is None
    assert app_log.log_path() is None
    log.error("nobody hears this")
    assert capsys.readouterr().err == ""


class _FullDisk:
    """A log file's stream on a full disk: every write fails."""

    def write(self, _text: str) -> None:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_full_disk_under_the_log_is_no_noise(capsys: pytest.CaptureFixture[str]) -> None:
    """With the disk full (the project's and the log's alike), the one ``error:`` line the
    CLI prints is all: logging's own "--- Logging error ---" traceback would follow it."""
    app_log.start_logging()
    handler = app_log._file_handler()
    assert handler is not None
    handler.stream = _FullDisk()  # type: ignore[assignment]
    log.warning("the disk is full; the last change was not saved")
    assert capsys.readouterr().err == ""
