"""REFI-QDA import reads ``RE n:`` lines in a source's text as REs, as a transcript import does."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component
from ccrt_coder.core.errors import InputError
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.exchange import import_qdpx
from ccrt_coder.usecases.project import Project
from tests.io.test_qdpx_import import G, selection, write_zip

MARKED = (
    "Interview after session 5\n"
    "RE 1: mother (Helga), past-childhood\n"
    "P: I wanted her to listen. She turned away.\n"
    "RE 2: boss\n"
    "P: He praised me once.\n"
    "RE 1b:\n"
    "P: Later she called me.\n"
)
S_MARKED, S_CODED = G["s1"], G["s2"]


def qdpx(tmp_path: Path, marked: str, coded: str = MARKED) -> Path:
    """Two sources: one with only a wish coded, one whose RE is coded (and also has markers)."""
    wish = selection("w", marked, "I wanted her to listen.", "wish")
    episode = selection("re", coded, "P: He praised me once.", "boss")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Migrated" origin="QualCoder 3.5">
 <Users><User guid="{G["anna"]}" name="anna"/></Users>
 <CodeBook><Codes>
  <Code guid="{G["wish"]}" name="Wish: to be loved" isCodable="true"/>
  <Code guid="{G["episodes"]}" name="Relationship episodes" isCodable="false">
   <Code guid="{G["boss"]}" name="Boss" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="{S_MARKED}" name="D01_patient_5" plainTextPath="internal://{S_MARKED}.txt">
   {wish}
  </TextSource>
  <TextSource guid="{S_CODED}" name="D02_patient_5" plainTextPath="internal://{S_CODED}.txt">
   {episode}
  </TextSource>
 </Sources>
</Project>"""
    return write_zip(
        tmp_path / "migrated.qdpx",
        {
            "project.qde": qde,
            f"sources/{S_MARKED}.txt": marked.encode("utf-8"),
            f"sources/{S_CODED}.txt": coded.encode("utf-8"),
        },
    )


def test_marked_res_become_res_and_units_fall_in_them(tmp_path: Path) -> None:
    report = import_qdpx(qdpx(tmp_path, MARKED), tmp_path / "m.ccrt")
    with Project.open(tmp_path / "m.ccrt") as project:
        by_dyad = {i.dyad: i for i in project.interviews()}
        res = project.episodes(by_dyad["D01"].id)
        units = project.units([re.id for re in res])
    assert [(re.number, re.other_type, re.other_name, re.time_frame) for re in res] == [
        (1, "mother", "Helga", "past-childhood"),
        (2, "colleague/boss", "", ""),
    ]
    assert len(res[0].spans) == 2  # RE 1 and its continuation RE 1b
    assert MARKED[res[1].spans[0].start : res[1].spans[0].end] == "P: He praised me once."
    [wish] = units
    assert wish.draft.component is Component.W and wish.draft.re_id == res[0].id
    assert report.res == 3  # two marked in D01, one coded in D02


def test_a_source_with_coded_res_ignores_its_markers(tmp_path: Path) -> None:
    import_qdpx(qdpx(tmp_path, MARKED), tmp_path / "m.ccrt")
    with Project.open(tmp_path / "m.ccrt") as project:
        coded = next(i for i in project.interviews() if i.dyad == "D02")
        res = project.episodes(coded.id)
    assert len(res) == 1 and MARKED[res[0].spans[0].start : res[0].spans[0].end] == (
        "P: He praised me once."
    )


def test_a_bad_marker_is_refused_naming_the_source_and_line(tmp_path: Path) -> None:
    bad = MARKED.replace("RE 2: boss", "RE 2 boss")
    with pytest.raises(InputError) as error:
        import_qdpx(qdpx(tmp_path, bad), tmp_path / "m.ccrt")
    assert str(error.value).startswith("migrated.qdpx: source 'D01_patient_5': line 4: ")
    assert "cannot read RE marker 'RE 2 boss'" in str(error.value)
    assert not (tmp_path / "m.ccrt").exists()


def test_our_own_export_gets_no_duplicate_res(tmp_path: Path) -> None:
    build_demo(tmp_path / "demo.ccrt")
    with Project.open(tmp_path / "demo.ccrt") as project:
        before = {i.describe(): i.n_res for i in project.interviews()}
        project.export_qdpx(tmp_path / "demo.qdpx")
    import_qdpx(tmp_path / "demo.qdpx", tmp_path / "back.ccrt")
    with Project.open(tmp_path / "back.ccrt") as project:
        assert {i.describe(): i.n_res for i in project.interviews()} == before
