"""Exporting a project as REFI-QDA .qdpx: valid against the official schema, complete, stable."""

import uuid
import zipfile
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from ccrt_coder.core.domain import Component, Layer, Span
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.storage import schema
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.exchange import export_qdpx
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "refi-qda" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}


def export(project_path: Path, out: Path) -> Path:
    db = schema.open_project_file(project_path)
    try:
        export_qdpx(db, out)
    finally:
        db.close()
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("qdpx")
    build_demo(folder / "demo.ccrt")
    return folder / "demo.ccrt", export(folder / "demo.ccrt", folder / "demo.qdpx")


def validate(qdpx: Path) -> None:
    """Raises when the archive's project.qde breaks the official schema (vendored in tests/data)."""
    with zipfile.ZipFile(qdpx) as archive:
        xmlschema.XMLSchema(str(SCHEMA)).validate(archive.read("project.qde").decode("utf-8"))


def qde(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde"))


def test_project_qde_validates_against_the_official_schema(demo: tuple[Path, Path]) -> None:
    validate(demo[1])


def test_the_archive_holds_project_qde_and_one_utf8_text_per_transcript(
    demo: tuple[Path, Path],
) -> None:
    root = qde(demo[1])
    with zipfile.ZipFile(demo[1]) as archive, Project.open(demo[0]) as project:
        names = set(archive.namelist())
        texts = {project.transcript(i.id).text for i in project.interviews()}
        stored = {archive.read(n).decode("utf-8") for n in names if n.startswith("sources/")}
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert len(sources) == DEMO.interviews and stored == texts
    for source in sources:
        path = source.get("plainTextPath")
        assert path == f"internal://{source.get('guid')}.txt"
        assert f"sources/{source.get('guid')}.txt" in names
    assert {s.get("name") for s in sources} >= {"D01 patient phase 5", "D02 therapist phase 28"}


def test_users_are_the_coders_with_guids_from_their_uids(demo: tuple[Path, Path]) -> None:
    users = qde(demo[1]).findall("q:Users/q:User", NS)
    assert [u.get("name") for u in users] == ["Coder A (L. Berger)", "Coder B (M. Costa)"]
    for user in users:
        assert uuid.UUID(user.get("guid")).version == 4  # our random uid, as a GUID


def test_the_codebook_is_components_then_categories_and_re_types(
    demo: tuple[Path, Path],
) -> None:
    codes = qde(demo[1]).find("q:CodeBook/q:Codes", NS)
    top = [c.get("name") for c in codes.findall("q:Code", NS)]
    assert top == [
        "W Wish",
        "RO Response of Other",
        "RS Response of Self",
        "RE Relationship episodes",
    ]
    wish = codes.find("q:Code", NS)
    children = [c.get("name") for c in wish.findall("q:Code", NS)]
    assert "W6 To be loved and understood" in children and len(children) == 8
    assert all(c.get("isCodable") == "true" for c in wish.iter(f"{{{NS['q']}}}Code"))
    episodes = codes.findall("q:Code", NS)[3]
    assert episodes.get("isCodable") == "false"
    assert "RE › mother" in [c.get("name") for c in episodes.findall("q:Code", NS)]


def test_every_unit_is_a_selection_coded_with_its_categories(demo: tuple[Path, Path]) -> None:
    root = qde(demo[1])
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{{{NS['q']}}}Code")}
    users = {u.get("guid"): u.get("name") for u in root.iter(f"{{{NS['q']}}}User")}
    selections = root.findall(".//q:PlainTextSelection", NS)
    units = [s for s in selections if s.findtext("q:Description", "", NS).startswith("CCRT unit")]
    res = [s for s in selections if s.findtext("q:Description", "", NS).startswith("CCRT epis")]
    assert (len(units), len(res)) == (DEMO.all_units, DEMO.re_pieces)
    with Project.open(demo[0]) as project:
        interview = next(
            i for i in project.interviews() if i.describe() == "D01 / patient / phase 5"
        )
        text = project.transcript(interview.id).text
        unit = project.units([project.find_re("D01", interview.narrator, 5, 1)])[0]
    element = next(s for s in units if uuid.UUID(s.get("guid")).hex == unit.uid)
    start, end = int(element.get("startPosition")), int(element.get("endPosition"))
    assert Span(start, end) == unit.draft.spans[0] and text[start:end]
    assert users[element.get("creatingUser")] in ("Coder A (L. Berger)", "Coder B (M. Costa)")
    coded = [
        codes[c.find("q:CodeRef", NS).get("targetGUID")] for c in element.findall("q:Coding", NS)
    ]
    assert [name.split()[0] for name in coded] == list(unit.draft.categories)
    description = element.findtext("q:Description", "", NS)
    assert f"label: {unit.draft.tailor_label}" in description
    assert f"component: {unit.draft.component.value}" in description
    assert "RE: 1" in description and "layer: coder" in description


def test_cases_and_variables(demo: tuple[Path, Path]) -> None:
    root = qde(demo[1])
    variables = {v.get("guid"): v.get("name") for v in root.findall(".//q:Variable", NS)}
    assert set(variables.values()) >= {"dyad", "narrator", "phase"}
    cases = root.findall("q:Cases/q:Case", NS)
    assert sorted(c.get("name") for c in cases) == [
        "D01 patient",
        "D01 therapist",
        "D02 patient",
        "D02 therapist",
    ]
    assert all(len(c.findall("q:SourceRef", NS)) == 3 for c in cases)
    source = root.find("q:Sources/q:TextSource", NS)
    values = {
        variables[v.find("q:VariableRef", NS).get("targetGUID")]: v.find("q:IntegerValue", NS).text
        if v.find("q:IntegerValue", NS) is not None
        else v.find("q:TextValue", NS).text
        for v in source.findall("q:VariableValue", NS)
    }
    assert values["dyad"] == "D01" and values["phase"] in ("5", "15", "28")


def test_exporting_twice_gives_the_same_project_qde(
    demo: tuple[Path, Path], tmp_path: Path
) -> None:
    again = export(demo[0], tmp_path / "again.qdpx")
    with zipfile.ZipFile(demo[1]) as first, zipfile.ZipFile(again) as second:
        assert first.read("project.qde") == second.read("project.qde")


def test_multi_span_units_and_unicode_beyond_the_bmp(project: Project, tmp_path: Path) -> None:
    """A unit in two pieces becomes two selections naming the unit; positions in code points."""
    interview = project.interviews()[0]
    re = project.episodes(interview.id)[0]
    coder = project.add_coder("Ünal 😀")
    first, second = (
        Span(re.spans[0].start + 3, re.spans[0].start + 9),
        Span(re.spans[0].start + 12, re.spans[0].start + 20),
    )
    project.add_unit(
        UnitDraft(
            re.id,
            coder.id,
            Component.W,
            (first, second),
            ("W6",),
            Layer.CODER,
            tailor_label="two\nlines; and more",
            memo="m",
        )
    )
    out = export(project.path, tmp_path / "small.qdpx")
    root = qde(out)
    pieces = [
        s
        for s in root.findall(".//q:PlainTextSelection", NS)
        if "CCRT unit" in s.findtext("q:Description", "", NS)
    ]
    assert [(int(s.get("startPosition")), int(s.get("endPosition"))) for s in pieces] == [
        (first.start, first.end),
        (second.start, second.end),
    ]
    assert all("part of: " in s.findtext("q:Description", "", NS) for s in pieces)
    assert "label: two\\nlines; and more" in pieces[0].findtext("q:Description", "", NS)


def test_out_must_be_a_qdpx_and_a_failed_export_leaves_nothing(
    demo: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InputError, match=r"must end in \.qdpx"):
        export(demo[0], tmp_path / "study.ccrt")
    from ccrt_coder.usecases import exchange

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(exchange, "write_qdpx", broken)
    with pytest.raises(OSError, match="disk full"):
        export(demo[0], tmp_path / "out.qdpx")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_project_exports_a_valid_file_that_imports_back(tmp_path: Path) -> None:
    from ccrt_coder.usecases.exchange import import_qdpx

    Project.create(tmp_path / "empty.ccrt").close()
    out = export(tmp_path / "empty.ccrt", tmp_path / "empty.qdpx")
    validate(out)
    report = import_qdpx(out, tmp_path / "back.ccrt")
    assert (report.interviews, report.units) == ((), 0)
    with Project.open(tmp_path / "back.ccrt") as project:
        assert project.category_system().name.startswith("CCRT standard categories")
