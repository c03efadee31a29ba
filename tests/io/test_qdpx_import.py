"""Importing .qdpx files: our own round-trips; other programs' codes are mapped or reported."""

import shutil
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Valence
from ccrt_coder.core.errors import InputError, ProjectFileError
from ccrt_coder.storage import schema
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.exchange import export_qdpx, import_qdpx
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

G = {
    name: str(uuid.uuid5(uuid.NAMESPACE_DNS, name)).upper()
    for name in (
        "anna",
        "ben",
        "wish",
        "other",
        "rejecting",
        "reactions",
        "anxious",
        "episodes",
        "mother",
        "boss",
        "quote",
        "themes",
        "stress",
        "ro5",
        "dyad",
        "narrator",
        "phase",
        "s1",
        "s2",
        "s3",
        "pdf",
        "case",
    )
}
INTERVIEW = (
    "Interview with Anna 😀 (phase 15)\n"
    "Q: Tell me about your mother.\n"
    "A: I so wanted her to love me. She just turned her back on me. I was scared and small.\n"
    "Q: And at work?\n"
    "A: My boss praised me once.\n"
)
SECOND = "T: I wanted to help him. He did not listen.\n"


def at(text: str, quote: str) -> tuple[int, int]:
    """Code point positions of ``quote`` (Python counts code points, as REFI does)."""
    start = text.index(quote)
    return start, start + len(quote)


def selection(name: str, text: str, quote: str, *codes: str, user: str = "anna") -> str:
    start, end = at(text, quote)
    codings = "".join(
        f'<Coding guid="{uuid.uuid4()}" creatingUser="{G[user]}">'
        f'<CodeRef targetGUID="{G[code]}"/></Coding>'
        for code in codes
    )
    return (
        f'<PlainTextSelection guid="{uuid.uuid5(uuid.NAMESPACE_URL, name + user)}" '
        f'startPosition="{start}" endPosition="{end}" creatingUser="{G[user]}" '
        f'creationDateTime="2023-05-04T10:00:00Z">{codings}</PlainTextSelection>'
    )


def foreign_project() -> str:
    """In the style of MAXQDA/QualCoder: free code names, nested codes, no CCRT anything."""
    episode = INTERVIEW.splitlines()[2]
    s1 = "".join(
        [
            selection("re1", INTERVIEW, episode, "mother"),
            selection("w", INTERVIEW, "I so wanted her to love me.", "wish", "quote"),
            selection("w", INTERVIEW, "I so wanted her to love me.", "wish", user="ben"),
            selection("ro", INTERVIEW, "She just turned her back on me.", "rejecting"),
            selection("rs", INTERVIEW, "I was scared and small.", "anxious"),
            selection("theme", INTERVIEW, "Tell me about your mother.", "stress"),
            selection("ro5", INTERVIEW, "My boss praised me once.", "ro5"),
        ]
    )
    s2 = selection("s2w", SECOND, "I wanted to help him.", "wish")
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Pilot interviews" origin="MAXQDA 2022">
 <Users><User guid="{G["anna"]}" name="anna"/><User guid="{G["ben"]}" name="ben"/></Users>
 <CodeBook><Codes>
  <Code guid="{G["wish"]}" name="Wish: to be loved" isCodable="true"/>
  <Code guid="{G["other"]}" name="Response of other" isCodable="true">
   <Code guid="{G["rejecting"]}" name="rejecting" isCodable="true"/>
  </Code>
  <Code guid="{G["reactions"]}" name="Reactions" isCodable="false">
   <Code guid="{G["anxious"]}" name="RS - anxious" isCodable="true"/>
  </Code>
  <Code guid="{G["episodes"]}" name="Relationship episodes" isCodable="false">
   <Code guid="{G["mother"]}" name="Mother" isCodable="true"/>
   <Code guid="{G["boss"]}" name="Boss" isCodable="true"/>
  </Code>
  <Code guid="{G["quote"]}" name="Interesting quote" isCodable="true"/>
  <Code guid="{G["themes"]}" name="Themes" isCodable="false">
   <Code guid="{G["stress"]}" name="Work stress" isCodable="true"/>
  </Code>
  <Code guid="{G["ro5"]}" name="RO5" isCodable="true"/>
 </Codes></CodeBook>
 <Variables>
  <Variable guid="{G["dyad"]}" name="Dyad" typeOfVariable="Text"/>
  <Variable guid="{G["narrator"]}" name="Narrator" typeOfVariable="Text"/>
  <Variable guid="{G["phase"]}" name="Phase" typeOfVariable="Integer"/>
 </Variables>
 <Cases><Case guid="{G["case"]}" name="Anna">
  <VariableValue><VariableRef targetGUID="{G["dyad"]}"/><TextValue>P07</TextValue></VariableValue>
  <SourceRef targetGUID="{G["s1"]}"/>
 </Case></Cases>
 <Sources>
  <TextSource guid="{G["s1"]}" name="Interview Anna" plainTextPath="internal://{G["s1"]}.txt">
   {s1}
   <VariableValue><VariableRef targetGUID="{G["narrator"]}"/><TextValue>Patient</TextValue>
   </VariableValue>
   <VariableValue><VariableRef targetGUID="{G["phase"]}"/><IntegerValue>15</IntegerValue>
   </VariableValue>
  </TextSource>
  <TextSource guid="{G["s2"]}" name="D08_therapist_5.txt" plainTextPath="internal://{G["s2"]}.txt">
   {s2}
  </TextSource>
  <TextSource guid="{G["s3"]}" name="Focus group notes">
   <PlainTextContent>Some notes without codes.</PlainTextContent>
  </TextSource>
  <PDFSource guid="{G["pdf"]}" name="Consent form" path="internal://{G["pdf"]}.pdf"/>
 </Sources>
</Project>"""


def write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def foreign_qdpx(tmp_path: Path) -> Path:
    return write_zip(
        tmp_path / "pilot.qdpx",
        {
            "project.qde": foreign_project(),
            f"sources/{G['s1']}.txt": INTERVIEW.encode("utf-8"),
            f"sources/{G['s2']}.txt": SECOND.encode("utf-8"),
        },
    )


def all_units(project: Project) -> set[tuple]:
    coders = {c.id: c.name for c in project.coders()}
    found = set()
    for interview in project.interviews():
        res = {re.id: re for re in project.episodes(interview.id)}
        for unit in project.units(list(res)):
            d = unit.draft
            found.add(
                (
                    unit.uid,
                    interview.describe(),
                    res[d.re_id].number,
                    coders[d.coder_id],
                    d.layer,
                    d.component,
                    d.spans,
                    d.categories,
                    d.tailor_label,
                    d.valence,
                    d.actuality,
                    d.explicitness,
                    d.lu_direction,
                    d.memo,
                )
            )
    return found


# -- our own files ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_qdpx(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("demo")
    build_demo(folder / "demo.ccrt")
    db = schema.open_project_file(folder / "demo.ccrt")
    export_qdpx(db, folder / "demo.qdpx")
    db.close()
    return folder / "demo.ccrt", folder / "demo.qdpx"


def test_our_export_round_trips_units_res_coders_and_settings(
    demo_qdpx: tuple[Path, Path], tmp_path: Path
) -> None:
    original, qdpx = demo_qdpx
    report = import_qdpx(qdpx, tmp_path / "back.ccrt")
    assert report.ours and not report.unmapped_codes and not report.placeholders
    assert (len(report.interviews), report.res, report.units) == (
        DEMO.interviews,
        DEMO.res,
        DEMO.all_units,
    )
    with Project.open(original) as before, Project.open(tmp_path / "back.ccrt") as after:
        assert all_units(after) == all_units(before)
        assert after.settings() == before.settings()
        assert after.category_system() == before.category_system()
        assert [c.name for c in after.coders()] == [c.name for c in before.coders()]
        assert after.info().ratings == before.info().ratings
        for old, new in zip(before.interviews(), after.interviews(), strict=True):
            assert (new.dyad, new.patient, new.therapist, new.narrator, new.phase) == (
                old.dyad,
                old.patient,
                old.therapist,
                old.narrator,
                old.phase,
            )
            assert after.transcript(new.id).text == before.transcript(old.id).text
            assert [
                (r.number, r.other_type, r.other_name, r.time_frame, r.spans)
                for r in after.episodes(new.id)
            ] == [
                (r.number, r.other_type, r.other_name, r.time_frame, r.spans)
                for r in before.episodes(old.id)
            ]


def test_a_round_tripped_project_keeps_uids_so_it_merges_back(
    demo_qdpx: tuple[Path, Path], tmp_path: Path
) -> None:
    from ccrt_coder.usecases.merge import plan_merge

    original, qdpx = demo_qdpx
    import_qdpx(qdpx, tmp_path / "back.ccrt")
    copy = tmp_path / "original.ccrt"
    shutil.copy(original, copy)
    db = schema.open_project_file(copy)
    plan = plan_merge(db, [tmp_path / "back.ccrt"])
    db.close()
    assert plan.problems == () and not plan.changes_anything


def test_person_notes_come_back(demo_qdpx: tuple[Path, Path], tmp_path: Path) -> None:
    original, qdpx = demo_qdpx
    import_qdpx(qdpx, tmp_path / "back.ccrt")
    query = "SELECT code, note FROM people ORDER BY code"
    before = sqlite3.connect(original).execute(query).fetchall()
    assert sqlite3.connect(tmp_path / "back.ccrt").execute(query).fetchall() == before


# -- other programs' files -------------------------------------------------------------------------
def test_other_programs_codes_are_mapped_to_components_and_categories(tmp_path: Path) -> None:
    report = import_qdpx(foreign_qdpx(tmp_path), tmp_path / "pilot.ccrt")
    assert not report.ours
    with Project.open(tmp_path / "pilot.ccrt") as project:
        units = all_units(project)
        res = {i.describe(): project.episodes(i.id) for i in project.interviews()}
    by = {(u[3], u[5], u[6][0].start): u for u in units}
    start = INTERVIEW.index("I so wanted")
    wish_anna = by[("anna", Component.W, start)]
    assert wish_anna[7] == ("W6",) and wish_anna[8] == "Wish: to be loved"
    assert by[("ben", Component.W, start)][7] == ("W6",)  # same selection, another coder
    rejecting = by[("anna", Component.RO, INTERVIEW.index("She just"))]
    assert rejecting[7] == ("RO5",) and rejecting[9] is Valence.NEGATIVE
    anxious = by[("anna", Component.RS, INTERVIEW.index("I was scared"))]
    assert anxious[7] == ("RS8",) and anxious[4] is Layer.CODER
    assert by[("anna", Component.RO, INTERVIEW.index("My boss"))][7] == ("RO5",)
    assert by[("anna", Component.W, SECOND.index("I wanted"))][1] == "D08 / therapist / phase 5"
    anna = res["P07 / patient / phase 15"]
    assert [(r.number, r.other_type) for r in anna] == [(1, "mother"), (2, "other")]
    assert anna[1].other_name.startswith("text outside")
    assert rejecting[2] == 1 and by[("anna", Component.RO, INTERVIEW.index("My boss"))][2] == 2


def test_positions_count_code_points_beyond_the_bmp(tmp_path: Path) -> None:
    import_qdpx(foreign_qdpx(tmp_path), tmp_path / "pilot.ccrt")
    with Project.open(tmp_path / "pilot.ccrt") as project:
        interview = next(i for i in project.interviews() if i.dyad == "P07")
        text = project.transcript(interview.id).text
        spans = {
            u.draft.spans[0] for u in project.units([r.id for r in project.episodes(interview.id)])
        }
    assert "😀" in text
    assert {text[s.start : s.end] for s in spans} >= {"She just turned her back on me."}


def test_the_report_names_unmapped_codes_placeholders_and_skipped_sources(
    tmp_path: Path,
) -> None:
    report = import_qdpx(foreign_qdpx(tmp_path), tmp_path / "pilot.ccrt")
    assert dict(report.unmapped_codes) == {"Interesting quote": 1, "Themes / Work stress": 1}
    assert report.interviews == (
        "P07 / patient / phase 15",
        "D08 / therapist / phase 5",
        "X03 / patient / phase 5",
    )
    assert len(report.placeholders) == 1 and "Focus group notes" in report.placeholders[0]
    assert any("PDFSource" in s and "Consent form" in s for s in report.skipped)
    assert set(report.coders) == {"anna", "ben"}
    text = "\n".join(report.lines())
    assert "Interesting quote" in text and "placeholder" in text


def test_source_metadata_from_case_variables_and_names(tmp_path: Path) -> None:
    import_qdpx(foreign_qdpx(tmp_path), tmp_path / "pilot.ccrt")
    with Project.open(tmp_path / "pilot.ccrt") as project:
        keys = {(i.dyad, i.narrator, i.phase) for i in project.interviews()}
    assert ("P07", NarratorRole.PATIENT, 15) in keys  # dyad from the case, the rest from the source
    assert ("D08", NarratorRole.THERAPIST, 5) in keys  # from the name D08_therapist_5.txt


# -- bad input -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("files", "message"),
    [
        (None, "not a zip archive"),
        ({"readme.txt": "hello"}, "no project.qde"),
        ({"project.qde": "<Project xmlns='urn:QDA-XML:project:1.0'><Users>"}, "not well-formed"),
        ({"project.qde": "<Project name='x'/>"}, "expected Project in 'urn:QDA-XML:project:1.0'"),
        ({"project.qde": "<CodeBook xmlns='urn:QDA-XML:codebook:1.0'/>"}, "its root is 'CodeBook'"),
    ],
)
def test_unusable_files_are_refused_clearly(
    tmp_path: Path, files: dict[str, str] | None, message: str
) -> None:
    path = tmp_path / "bad.qdpx"
    if files is None:
        path.write_text("this is not a zip")
    else:
        write_zip(path, files)
    with pytest.raises(InputError, match=message):
        import_qdpx(path, tmp_path / "out.ccrt")
    assert list(tmp_path.iterdir()) == [path]  # no project, no partial file


def test_a_selection_out_of_range_is_refused(tmp_path: Path) -> None:
    xml = foreign_project().replace(
        f'endPosition="{at(SECOND, "I wanted to help him.")[1]}"', 'endPosition="4000"'
    )
    path = write_zip(
        tmp_path / "bad.qdpx",
        {
            "project.qde": xml,
            f"sources/{G['s1']}.txt": INTERVIEW,
            f"sources/{G['s2']}.txt": SECOND,
        },
    )
    with pytest.raises(InputError, match=r"D08_therapist_5.txt.*out of range.*has 44 characters"):
        import_qdpx(path, tmp_path / "out.ccrt")
    assert not (tmp_path / "out.ccrt").exists()


def test_a_missing_source_file_is_refused(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "bad.qdpx", {"project.qde": foreign_project()})
    with pytest.raises(InputError, match="which is not in the file"):
        import_qdpx(path, tmp_path / "out.ccrt")


def test_an_existing_project_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "pilot.ccrt"
    out.write_bytes(b"precious")
    with pytest.raises(ProjectFileError, match="already exists"):
        import_qdpx(foreign_qdpx(tmp_path), out)
    assert out.read_bytes() == b"precious"


def test_a_failure_while_storing_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ccrt_coder.storage import exchange_store

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(exchange_store, "insert_ratings", broken)
    qdpx = foreign_qdpx(tmp_path)
    with pytest.raises(RuntimeError):
        import_qdpx(qdpx, tmp_path / "pilot.ccrt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pilot.qdpx"]


def test_multi_span_units_memos_and_consensus_round_trip(project: Project, tmp_path: Path) -> None:
    from ccrt_coder.core.domain import Actuality, Explicitness, Span
    from ccrt_coder.core.records import UnitDraft

    interview = project.interviews()[0]
    re = project.episodes(interview.id)[0]
    coder = project.add_coder("Ünal 😀 | lead")
    start = re.spans[0].start
    project.add_units(
        [
            UnitDraft(
                re.id,
                coder.id,
                Component.RO,
                (Span(start + 3, start + 9), Span(start + 12, start + 20)),
                ("RO5", "RO2"),
                Layer.CONSENSUS,
                tailor_label="two\nlines; a: b \\ c",
                valence=Valence.POSITIVE,
                actuality=Actuality.ANTICIPATED,
                explicitness=Explicitness.INFERRED,
                memo="memo\nCCRT unit\nlabel: no",
            ),
            UnitDraft(re.id, coder.id, Component.W, (Span(start, start + 2),)),
        ]
    )
    project.set_completeness(re.id, coder.id, 3.5, Layer.CONSENSUS)
    db = schema.open_project_file(project.path)
    export_qdpx(db, tmp_path / "small.qdpx")
    db.close()
    import_qdpx(tmp_path / "small.qdpx", tmp_path / "back.ccrt")
    with Project.open(tmp_path / "back.ccrt") as back:
        assert all_units(back) == all_units(project)
        assert back.info().ratings == project.info().ratings
