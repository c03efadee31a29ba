"""Issue 12, finding 8: "about this dyad's partner" is an explicit per-RE flag (migration
0006), inferred from the other-person type unless a coder sets it; the analyses, the REs
sheet, coder copies and merges follow the stored flag."""

import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from ccrt_coder.core.domain import is_about_partner
from ccrt_coder.core.records import ReHeader
from ccrt_coder.storage import merge_store, schema
from ccrt_coder.storage.database import Database
from ccrt_coder.usecases.coder_copies import write_coder_copy
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.export import ExportOptions, export_project
from ccrt_coder.usecases.merge import merge
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "study.ccrt"
    build_demo(path)
    return path


def flags(path: Path) -> dict[str, tuple[str, str, int]]:
    """RE uid -> (narrator, other type, stored flag), straight from the file."""
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT re.uid, i.narrator, re.other_type, re.about_partner FROM relationship_episodes re "
        "JOIN interviews i ON i.id = re.interview_id"
    ).fetchall()
    connection.close()
    return {uid: (narrator, other, flag) for uid, narrator, other, flag in rows}


def a_patient_re_about_someone_else(project: Project):  # type: ignore[no-untyped-def]
    """One that coder A coded, so that it counts in their CCRT."""
    coder_a = next(c.id for c in project.coders() if c.name == DEMO.coder_a)
    for interview in project.interviews():
        if interview.narrator.value == "patient":
            for re in project.episodes(interview.id):
                coders = {u.draft.coder_id for u in project.units([re.id])}
                if re.other_type != "therapist" and coder_a in coders:
                    return interview, re
    raise AssertionError("the demo has such an RE")


def partner_res(project: Project, dyad: str, phase: int) -> int:
    choice = project.choose_layer(DEMO.coder_a, False)
    return (
        project.ccrt_results(choice).scope(dyad, "patient", phase, "about_partner").n_res_included
    )


def test_an_older_project_gets_the_inferred_flag_on_every_re(demo: Path) -> None:
    db = Database(demo)
    schema.migrate(db, "0005", down=True)  # as CCRT Coder left it before the flag
    db.close()
    old = sqlite3.connect(demo)
    assert "about_partner" not in {
        r[1] for r in old.execute("PRAGMA table_info(relationship_episodes)")
    }
    old.close()
    with Project.open(demo) as project:
        assert project.info().schema_revision == schema.SCHEMA_HEAD
    stored = flags(demo)
    assert len(stored) == DEMO.res
    assert all(flag == is_about_partner(n, other) for n, other, flag in stored.values())
    assert 0 < sum(flag for _, _, flag in stored.values()) < len(stored)
    assert (demo.parent / "study.ccrt.bak-0005").exists()


def test_a_coder_marks_a_former_therapist_as_not_the_partner_and_another_re_as_the_partner(
    demo: Path,
) -> None:
    with Project.open(demo) as project:
        interview, re = a_patient_re_about_someone_else(project)
        key = (interview.dyad, interview.phase)
        before = partner_res(project, *key)
        assert not re.about_partner and not interview.is_about_partner(re)
        edited = project.update_re(
            re.id, ReHeader(re.other_type, re.other_name, re.time_frame, True)
        )
        assert edited.after.about_partner and interview.is_about_partner(edited.after)
        assert partner_res(project, *key) == before + 1
        # The type changes, the flag is the coder's: kept. Undo gives the old header back.
        kept = project.update_re(re.id, ReHeader("friend", "", "", True)).after
        assert kept.about_partner
        project.update_re(re.id, ReHeader.of(re))
        (again,) = [r for r in project.episodes(interview.id) if r.id == re.id]
        assert not again.about_partner
        assert partner_res(project, *key) == before
        # No flag given: inferred from the type, as before.
        therapist = project.update_re(re.id, ReHeader("therapist")).after
        assert therapist.about_partner
        former = project.update_re(re.id, ReHeader("therapist", "Dr. Old", "", False)).after
        assert not former.about_partner


def test_the_flag_is_exported_and_survives_a_coder_copy_and_its_merge(
    demo: Path, tmp_path: Path
) -> None:
    with Project.open(demo) as project:
        _, re = a_patient_re_about_someone_else(project)
        project.update_re(re.id, ReHeader(re.other_type, re.other_name, re.time_frame, True))
        uid = next(
            u for u, (_, other, flag) in flags(demo).items() if flag and other != "therapist"
        )
    db = schema.open_project_file(demo)
    try:
        out = tmp_path / "study.xlsx"
        export_project(db, out, ExportOptions(sheets=("res",)))
        sheet = openpyxl.load_workbook(out, read_only=True)["REs"]
        rows = list(sheet.values)
        column = rows[0].index("about_partner")
        uids = rows[0].index("re_uid")
        assert {r[uids]: r[column] for r in rows[1:]}[uid] is True
        copy = tmp_path / "copy.ccrt"
        write_coder_copy(db, DEMO.coder_a, copy)
    finally:
        db.close()
    assert flags(copy)[uid][2] == 1
    # A merge brings a new RE over with its flag (the target lacks the REs of the copy here).
    target = tmp_path / "target.ccrt"
    shutil.copy(demo, target)
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("DELETE FROM relationship_episodes WHERE uid = ?", (uid,))
    connection.commit()
    connection.close()
    target_db = schema.open_project_file(target)
    try:
        with target_db.transaction() as session:
            merge_store.delete_coder_work(session, DEMO.coder_a)
        merge(target_db, [copy])
    finally:
        target_db.close()
    assert flags(target)[uid][2] == 1
