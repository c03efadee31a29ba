"""`ccrt-coder categories`: list the stored systems, switch, export and import them back."""

import hashlib
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main

EDITION3 = "CCRT standard categories, Edition 3 (clusters)"
LAB = (
    "code,label,component,cluster,default_valence,description\n"
    "W6a,To be understood,W,W6,,\nRO7a,Likes me,RO,RO7,+,\nRS8a,Ashamed,RS,RS8,-,\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.ccrt"
    run(capsys, "demo", str(path))
    return path


def test_list_import_and_activate(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "categories", str(demo), "--list")
    assert code == 0
    assert out.splitlines() == [
        f"* {EDITION3}@3.0-clusters  24 categories, 674 units coded with it"
    ]
    table = tmp_path / "lab.csv"
    table.write_text(LAB, encoding="utf-8")
    code, out, _ = run(capsys, "categories", str(demo), "--import", str(table))
    assert code == 0
    assert "active: lab@imported; units already coded keep their categories" in out
    assert "674 units are coded with other systems" in out
    assert "RO7a  Likes me  [RO, cluster RO7, +, 0 units]" in out
    _, out, _ = run(capsys, "categories", str(demo), "--list")
    assert out.splitlines()[0].startswith(f"  {EDITION3}@3.0-clusters")
    assert out.splitlines()[1].startswith("* lab@imported")
    code, out, _ = run(capsys, "categories", str(demo), "--activate", EDITION3)
    assert code == 0 and "0 units are coded with other systems" in out
    assert "W6   To be loved and understood  [W, cluster W6, 31 units]" in out


def test_an_unknown_system_is_an_error_and_changes_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(demo)
    code, _, err = run(capsys, "categories", str(demo), "--activate", "Lab@9")
    assert code == 1
    assert err.startswith("error: no category system 'Lab@9' in the project; stored: CCRT")
    assert digest(demo) == before


def test_options_exclude_each_other(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["categories", str(demo), "--list", "--activate", "x"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_an_export_imports_into_another_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    source, target = tmp_path / "a.ccrt", tmp_path / "b.ccrt"
    table = tmp_path / "lab.csv"
    table.write_text(LAB, encoding="utf-8")
    run(capsys, "new", str(source))
    run(capsys, "new", str(target))
    run(capsys, "categories", str(source), "--import", str(table))
    out_file = tmp_path / f"exported{suffix}"
    code, out, _ = run(capsys, "categories", str(source), "--export", str(out_file))
    assert code == 0 and out == f"wrote {out_file}: lab (imported), 3 categories\n"
    code, _, _ = run(capsys, "categories", str(target), "--import", str(out_file))
    assert code == 0
    _, listed_source, _ = run(capsys, "categories", str(source))
    _, listed_target, _ = run(capsys, "categories", str(target))
    assert listed_target.splitlines()[-3:] == listed_source.splitlines()[-3:]
