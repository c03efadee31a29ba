"""Pseudonymised exports of the demo: none of its names in any sheet, CSV file or file of the
.qdpx; the preview counts every replacement; offsets point into the redacted text."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.paths import resource
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.domain import InputError, UnitFilter
from ccrt_coder.usecases.export import ExportOptions
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.redaction import Pseudonymizer

_MASTER: list[Path] = []


@pytest.fixture
def demo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _MASTER:
        _MASTER.append(tmp_path_factory.mktemp("demo") / "demo.ccrt")
        build_demo(_MASTER[0])
    path = tmp_path / "demo.ccrt"
    shutil.copyfile(_MASTER[0], path)
    return path


def demo_names() -> set[str]:
    """Every person's name the demo's files hold: the RE headers' other persons, the names
    the people's notes give, and the coders."""
    names: set[str] = set()
    for transcript in resource("demo", "transcripts").glob("*.txt"):
        for header in re.findall(
            r"^RE \w+: [^(\n]*\(([^)]*)\)", transcript.read_text("utf-8"), re.M
        ):
            names.add(header.split(",")[0].strip())
    study = json.loads(resource("demo", "study.json").read_text("utf-8"))
    for person in study["people"]:
        names.update(re.findall(r"Dr\. \w+", person.get("note", "")))
    codes = json.loads(resource("demo", "codes.json").read_text("utf-8"))
    for coder in codes["coders"]:
        names.add(coder["name"])
        names.update(re.findall(r"\(([^)]*)\)", coder["name"]))  # "L. Berger"
    return names


def leaks(texts: list[str], names: set[str]) -> dict[str, int]:
    found = {}
    for name in names:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        n = sum(len(pattern.findall(text)) for text in texts)
        if n:
            found[name] = n
    return found


def list_names(project: Project) -> set[str]:
    return {entry.name for entry in project.names_to_redact().entries()}


def test_the_demo_names_are_suggested(demo: Path) -> None:
    with Project.open(demo) as project:
        entries = {e.name: e for e in project.names_to_redact().entries()}
    assert {"Renate", "Jonas", "Dr. Weber", "Coder A (L. Berger)", "Brandt"} <= set(entries)
    assert entries["Brandt"].label == "[PERSON-1]"  # P02, addressed by name in the text
    assert entries["Dr. Weber"].label == "T01"  # the patient's therapist: the partner's code
    assert entries["Renate"].label == "[MOTHER]"
    assert entries["Coder A (L. Berger)"].label == "Coder 1"
    assert entries["Coder B (M. Costa)"].label == "Coder 2"
    friends = sorted(e.label for e in entries.values() if e.label.startswith("[FRIEND"))
    assert friends == ["[FRIEND-1]", "[FRIEND-2]", "[FRIEND-3]", "[FRIEND-4]"]
    assert len(demo_names()) > 25


def test_a_pseudonymised_workbook_holds_none_of_the_demo_names(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "pseudo.xlsx"
    with Project.open(demo) as project:
        names = demo_names() | list_names(project)
        project.export(out, ExportOptions(pseudonymize=True))
        plain = tmp_path / "plain.xlsx"
        project.export(plain, ExportOptions())
    workbook = openpyxl.load_workbook(out, read_only=True)
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert len(workbook.sheetnames) == 9
    assert leaks(cells, names) == {}
    assert any("[MOTHER]" in cell for cell in cells) and "Coder 1" in cells
    about = dict(workbook["About"].iter_rows(values_only=True))
    assert "offsets into the redacted transcript" in about["pseudonymised"]
    plain_cells = [
        str(v) for s in openpyxl.load_workbook(plain, read_only=True).worksheets
        for r in s.iter_rows(values_only=True) for v in r if v is not None
    ]  # fmt: skip
    assert leaks(plain_cells, {"Renate", "Dr. Weber"})  # the names are there to remove


def test_pseudonymised_csv_files_hold_none_of_the_demo_names(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        names = demo_names() | list_names(project)
        report = project.export(tmp_path / "pseudo.csv", ExportOptions(pseudonymize=True))
    assert len(report.files) == 9
    texts = [path.read_text("utf-8-sig") for path in report.files]
    assert leaks(texts, names) == {}


def test_a_pseudonymised_qdpx_holds_none_of_the_demo_names_in_any_file(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pseudo.qdpx"
    with Project.open(demo) as project:
        names = demo_names() | list_names(project)
    assert main(["export-qdpx", str(demo), str(out), "--pseudonymize"]) == 0
    with zipfile.ZipFile(out) as archive:
        texts = [archive.read(name).decode("utf-8") for name in archive.namelist()]
    assert len(texts) == 13  # project.qde and twelve transcripts
    assert leaks(texts, names) == {}
    assert "[MOTHER]" in "".join(texts)


def test_qdpx_positions_point_into_the_redacted_sources(demo: Path, tmp_path: Path) -> None:
    """Each unit's selection in the redacted source is the unit's redacted text."""
    from lxml import etree

    out = tmp_path / "pseudo.qdpx"
    with Project.open(demo) as project:
        project.export_qdpx(out, pseudonymize=True)
        project.export(tmp_path / "u.xlsx", ExportOptions(sheets=("units",), pseudonymize=True))
    units = list(openpyxl.load_workbook(tmp_path / "u.xlsx").worksheets[0].values)
    header = units[0]
    texts = {row[header.index("unit_uid")]: row[header.index("text")] for row in units[1:]}
    with zipfile.ZipFile(out) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        sources = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    ns = {"q": root.nsmap[None]}
    checked = 0
    for source in root.iterfind(".//q:TextSource", ns):
        text = sources["sources/" + source.get("plainTextPath").split("//")[1]]
        for selection in source.iterfind("q:PlainTextSelection", ns):
            uid = selection.get("guid").replace("-", "").lower()
            if uid in texts:
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                assert text[start:end] == texts[uid]
                checked += 1
    assert checked > 100


def test_unit_offsets_point_into_the_redacted_transcript(demo: Path) -> None:
    with Project.open(demo) as project:
        browser = project.unit_browser()
        plain = {row.unit_uid: row for row in browser.rows(UnitFilter())}
        redacted = browser.rows(UnitFilter(), pseudonymize=True)
        names = Pseudonymizer(project.names_to_redact().entries())
        texts = {
            i.id: names.mapped(project.transcript(i.id).text).text for i in project.interviews()
        }
    assert any(row.start != plain[row.unit_uid].start for row in redacted)  # after a name
    for row in redacted:
        assert texts[row.interview_id][row.start : row.end] == row.text
    assert leaks([row.text for row in plain.values()], demo_names())
    assert leaks([row.text for row in redacted], demo_names()) == {}


def test_the_preview_lists_every_replacement_with_its_count(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["redact", str(demo), "--preview"]) == 0
    lines = capsys.readouterr().out.splitlines()
    shown = {line.split(" -> ")[0]: line for line in lines if " -> " in line}
    codes = json.loads(resource("demo", "codes.json").read_text("utf-8"))
    notes = [
        unit.get(key, "") for coding in codes["codings"] for unit in coding["units"]
        for key in ("label", "memo")
    ]  # fmt: skip
    with Project.open(demo) as project:
        entries = project.names_to_redact().entries()
        texts = [project.transcript(i.id).text for i in project.interviews()]
        others = [re_.other_name for i in project.interviews() for re_ in project.episodes(i.id)]
    assert set(shown) == {e.name for e in entries}
    for name, label in (("Renate", "[MOTHER]"), ("Jonas", "[PARTNER-1]"), ("Lena", "[FRIEND-1]")):
        pattern = re.compile(rf"(?<!\w){name}s?(?!\w)", re.IGNORECASE)
        expected = sum(len(pattern.findall(text)) for text in texts + notes + others)
        assert expected > 2
        assert shown[name] == f"{name} -> {label}, {expected} occurrences (other person)"
    counts = [int(re.search(r", (\d+) occurrence", line).group(1)) for line in shown.values()]
    assert lines[-1] == f"{len(entries)} names, {sum(counts)} replacements"


def test_redact_add_relabel_remove(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["redact", str(demo), "--add", "Lisbon", "--as", "[CITY]"]) == 0
    assert main(["redact", str(demo), "--add", "renate", "--as", "[MUM]"]) == 0
    assert main(["redact", str(demo), "--add", "Ms. Brandt"]) == 0
    out = capsys.readouterr().out
    assert (
        "Lisbon -> [CITY]" in out and "Renate -> [MUM]" in out and "Ms. Brandt -> [NAME-1]" in out
    )
    assert main(["redact", str(demo), "--remove", "Jonas"]) == 1
    assert "always redacted" in capsys.readouterr().err
    assert main(["redact", str(demo), "--remove", "RENATE"]) == 0
    assert main(["redact", str(demo), "--list"]) == 0
    listed = capsys.readouterr().out
    assert "Renate -> [MOTHER] (other person)" in listed and "Lisbon -> [CITY] (added)" in listed
    with Project.open(demo) as project, pytest.raises(InputError):
        project.names_to_redact().add("  ", "[X]")


def test_units_listing_pseudonymised(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["units", str(demo), "--pseudonymize", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and leaks([json.dumps(rows)], demo_names()) == {}
    assert {row["coder"] for row in rows} == {"Coder 1", "Coder 2"}


def test_a_pseudonymised_report_holds_none_of_the_demo_names(demo: Path, tmp_path: Path) -> None:
    """Every paragraph and table cell of the .docx and every text of the .html; the Method
    says the names are pseudonymised. Without the option, the coders' names are there."""
    import docx
    import lxml.html

    with Project.open(demo) as project:
        names = demo_names() | list_names(project)
    coders = ["Coder A (L. Berger)", "Coder B (M. Costa)"]
    for out in (tmp_path / "r.docx", tmp_path / "r.html"):
        assert main(["report", str(demo), str(out), "--coders", *coders, "--pseudonymize"]) == 0
        if out.suffix == ".docx":
            document = docx.Document(str(out))
            texts = [p.text for p in document.paragraphs]
            texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
        else:
            texts = [lxml.html.fromstring(out.read_text("utf-8")).text_content()]
        assert leaks(texts, names) == {}, out.name
        assert any("Names are pseudonymised in this report" in t for t in texts)
        assert any("Coder 1" in t for t in texts)
    plain = tmp_path / "plain.html"
    assert main(["report", str(demo), str(plain), "--coders", *coders]) == 0
    assert "L. Berger" in lxml.html.fromstring(plain.read_text("utf-8")).text_content()
