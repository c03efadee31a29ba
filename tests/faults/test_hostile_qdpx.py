"""`import-qdpx` of a crafted REFI-QDA file: the study data it would store meets the rules the
app's own writes meet, and every refusal is one line naming the element; nothing is created."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project

LONG_NAME = "x" * 100_000
HOSTILE = {
    "unknown other person": (
        ("other: mother\nother name", "other: alien\nother name"),
        "unknown other person 'alien'",
    ),
    "unknown time frame": (("time frame: past-childhood", "time frame: bogus"), "time frame"),
    "overlapping REs": (('startPosition="1079"', 'startPosition="1000"'), "overlaps RE"),
    "RE number -7": (("RE: 1\n", "RE: -7\n"), "RE number is a whole number"),
    "RE number 10**23": (("RE: 1\n", f"RE: {10**23}\n"), "RE number is a whole number"),
    "RE number of 5,000 digits": (("RE: 1\n", f"RE: {'9' * 5000}\n"), "RE number"),
    "phase -3": (("<IntegerValue>5</IntegerValue>", "<IntegerValue>-3</IntegerValue>"), "phase"),
    "phase 10**20": (
        ("<IntegerValue>5</IntegerValue>", f"<IntegerValue>{10**20}</IntegerValue>"),
        "phase",
    ),
    "completeness nan": (("completeness: 4 | coder", "completeness: nan | coder"), "completeness"),
    "completeness 99": (("completeness: 4 | coder", "completeness: 99 | coder"), "completeness"),
    "completeness inf": (("completeness: 4 | coder", "completeness: inf | coder"), "completeness"),
    "threshold nan": (
        ("completeness threshold: 2.5", "completeness threshold: nan"),
        "threshold",
    ),
}


@pytest.fixture(scope="module")
def qde(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, bytes]]:
    """The demo study exported as .qdpx: its project.qde and its other members."""
    folder = tmp_path_factory.mktemp("demo")
    build_demo(folder / "demo.ccrt")
    with Project.open(folder / "demo.ccrt") as project:
        project.export_qdpx(folder / "demo.qdpx")
    with zipfile.ZipFile(folder / "demo.qdpx") as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return members.pop("project.qde").decode("utf-8"), members


def _qdpx(path: Path, xml: str, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _refused(capsys: pytest.CaptureFixture[str], qdpx: Path) -> str:
    out = qdpx.with_name("out.ccrt")
    code = main(["import-qdpx", str(qdpx), str(out)])
    _, err = capsys.readouterr()
    assert code == 1, err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    for word in ("unexpected", "Traceback", "IntegrityError", "OverflowError", "INSERT"):
        assert word not in err
    assert sorted(p.name for p in qdpx.parent.iterdir() if p.is_file()) == [qdpx.name]
    return err


@pytest.mark.parametrize("case", list(HOSTILE))
def test_invalid_study_data_is_refused_in_one_line(
    qde: tuple[str, dict[str, bytes]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
) -> None:
    (old, new), expected = HOSTILE[case]
    xml, members = qde
    assert old in xml
    qdpx = _qdpx(tmp_path / "study.qdpx", xml.replace(old, new, 1), members)
    assert expected in _refused(capsys, qdpx)


def test_two_sources_with_one_guid_are_refused(
    qde: tuple[str, dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml, members = qde
    first, second = re.findall(r'<TextSource guid="([^"]+)"', xml)[:2]
    qdpx = _qdpx(tmp_path / "study.qdpx", xml.replace(second, first), members)
    assert "study.qdpx" in _refused(capsys, qdpx)


def test_a_coder_name_of_100000_characters_is_refused(
    qde: tuple[str, dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml, members = qde
    qdpx = _qdpx(tmp_path / "study.qdpx", xml.replace("Coder A (L. Berger)", LONG_NAME), members)
    err = _refused(capsys, qdpx)
    assert "at most 200 characters" in err and len(err) < 2000
