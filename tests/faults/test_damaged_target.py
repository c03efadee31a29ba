"""A damaged project (cut short, a page overwritten) is not opened: not for import, merge or
coding, and not for export either (what it holds cannot be trusted). One line says so and names
its latest backup; the file stays as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project
from tests.factories import sample_draft


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


def _cut_short(demo: Path, path: Path) -> Path:
    path.write_bytes(demo.read_bytes()[:-1])
    return path


def _overwritten(demo: Path, path: Path) -> Path:
    """A page in the middle of the file overwritten with zeros (a disk error)."""
    data = bytearray(demo.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = bytes(page)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("damage", [_cut_short, _overwritten])
@pytest.mark.parametrize(
    "command",
    [
        [
            "import",
            "{target}",
            "{transcript}",
            "--dyad",
            "D09",
            "--narrator",
            "patient",
            "--phase",
            "5",
        ],
        ["merge", "{target}", "{demo}"],
        ["coders", "{target}", "--add", "Zoe"],
        ["export", "{target}", "{out}"],
    ],
)
def test_a_damaged_project_is_refused_in_one_line_and_left_as_it_was(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: object,
    command: list[str],
) -> None:
    target = damage(demo, tmp_path / "study.ccrt")  # type: ignore[operator]
    transcript = tmp_path / "D09_patient_5.txt"
    transcript.write_text("RE 1: mother\nShe said no.\n", encoding="utf-8")
    before = target.read_bytes()
    names = {"target": target, "transcript": transcript, "demo": demo, "out": tmp_path / "o.xlsx"}
    code = main([part.format(**names) for part in command])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("error: study.ccrt is damaged") and err.count("\n") == 1, err
    assert "unexpected" not in err and "Traceback" not in err
    assert "has no backup" in err
    assert target.read_bytes() == before
    assert not (tmp_path / "o.xlsx").exists()


def test_the_refusal_names_the_latest_backup(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "study.ccrt"
    shutil.copy(demo, target)
    with Project.open(target) as project:
        project.import_narratives([sample_draft(dyad="D09")])  # no backup: nothing to merge
    older = tmp_path / "study.ccrt.bak-premerge-20260101T000000Z"
    newer = tmp_path / "study.ccrt.bak-premerge-20260201T000000Z"
    shutil.copy(demo, older)
    shutil.copy(demo, newer)
    _cut_short(target, target)
    with pytest.raises(
        ProjectFileError, match=r"latest backup is study\.ccrt\.bak-premerge-2026020"
    ):
        Project.open(target)
