"""Coder copies: one coder's own work only, a consistent compacted snapshot, merged back once."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component, Span
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.coder_copies import copy_file_name
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b
B_SECRET = "B-private-memo: zebra quartz 7731"


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """The demo study (both coders, a consensus layer) with a memo only Coder B wrote."""
    path = tmp_path / "study.ccrt"
    build_demo(path)
    with Project.open(path) as project:
        add_unit(project, CODER_B, memo=B_SECRET)
    return path


def add_unit(project: Project, coder: str, memo: str = "") -> int:
    """A W unit of ``coder`` on the first words of the study's first RE."""
    interview = project.interviews()[0]
    re = project.episodes(interview.id)[0]
    start = re.spans[0].start
    w_code = next(c.code for c in project.category_system().categories if c.component == "W")
    draft = UnitDraft(
        re.id, project.coder(coder).id, Component.W, (Span(start, start + 4),), (w_code,),
        memo=memo,
    )  # fmt: skip
    return project.add_unit(draft)


def sql(path: Path, query: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def write_copy(study: Path, coder: str, out: Path) -> Path:
    with Project.open(study) as project:
        report = project.write_coder_copy(coder, out)
    assert report.path == out and report.coder == coder
    return out


def test_the_copy_holds_only_the_coders_own_work(study: Path, tmp_path: Path) -> None:
    copy = write_copy(study, CODER_A, tmp_path / "a.ccrt")
    assert sql(copy, "SELECT name FROM coders") == [(CODER_A,)]
    assert sql(
        copy,
        "SELECT c.name, u.layer, count(*) FROM coded_units u JOIN coders c ON c.id = u.coder_id"
        " GROUP BY 1, 2",
    ) == [(CODER_A, "coder", DEMO.own_units(CODER_A))]
    assert sql(copy, "SELECT count(*) FROM coded_units WHERE layer = 'consensus'") == [(0,)]
    assert sql(copy, "SELECT count(*) FROM re_ratings WHERE layer = 'consensus'") == [(0,)]
    assert sql(copy, "SELECT DISTINCT coder_id FROM re_ratings") == sql(
        copy, "SELECT id FROM coders"
    )
    assert sql(copy, "SELECT count(*) FROM re_ratings") == [(DEMO.own_ratings(CODER_A),)]
    # no unit spans or categories are left of the deleted units
    assert sql(
        copy, "SELECT count(*) FROM unit_spans WHERE unit_id NOT IN (SELECT id FROM coded_units)"
    ) == [(0,)]
    # the study itself is whole, and says whose copy it is
    for table in ("transcripts", "relationship_episodes", "re_spans", "dyads", "interviews",
                  "people", "categories", "category_systems"):  # fmt: skip
        assert sql(copy, f"SELECT count(*) FROM {table}") == sql(
            study, f"SELECT count(*) FROM {table}"
        ), table
    assert sql(
        copy, "SELECT s.blind_mode, c.name FROM study s JOIN coders c ON c.uid = s.coder_copy_of"
    ) == [(1, CODER_A)]
    with Project.open(copy) as project:
        assert project.coder_copy_owner() == project.coder(CODER_A)
    with Project.open(study) as project:
        assert project.coder_copy_owner() is None


def test_nothing_of_another_coders_memo_is_left_in_the_file(study: Path, tmp_path: Path) -> None:
    secret = B_SECRET.encode()
    assert secret in study.read_bytes()  # the check below can see it, where it is stored
    copy = write_copy(study, CODER_A, tmp_path / "a.ccrt")
    assert secret not in copy.read_bytes()
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob("a.ccrt-*"))
    b_copy = write_copy(study, CODER_B, tmp_path / "b.ccrt")
    assert secret in b_copy.read_bytes()  # their own memo goes with them


def test_the_copy_is_a_snapshot_including_commits_still_in_the_wal(
    study: Path, tmp_path: Path
) -> None:
    reader = sqlite3.connect(study, isolation_level=None)  # another program, mid-read: the
    reader.execute("BEGIN")  # commit below stays in the WAL until it has read
    reader.execute("SELECT count(*) FROM coded_units").fetchone()
    with Project.open(study) as project:
        add_unit(project, CODER_A, memo="just coded")
        plain_copy = shutil.copy(study, tmp_path / "plain.ccrt")  # what must never be done
        project.write_coder_copy(CODER_A, tmp_path / "a.ccrt")
        reader.close()
    assert sql(plain_copy, "SELECT count(*) FROM coded_units WHERE memo = 'just coded'") == [(0,)]
    assert sql(
        tmp_path / "a.ccrt", "SELECT count(*) FROM coded_units WHERE memo = 'just coded'"
    ) == [(1,)]


def test_the_coders_copy_merges_back_once(study: Path, tmp_path: Path) -> None:
    copy = write_copy(study, CODER_A, tmp_path / "a.ccrt")
    with Project.open(copy) as project:
        add_unit(project, CODER_A, memo="coded at home")
    with Project.open(study) as project:
        before = project.info()
        result = project.merge([copy])
        after = project.info()
        again = project.merge([copy])
        final = project.info()
    assert result.backup is not None
    expected = {
        **before.units,
        CODER_A: {**before.units[CODER_A], "coder": DEMO.own_units(CODER_A) + 1},
    }
    assert after.units == expected  # Coder B and the consensus layer untouched
    assert after.ratings == before.ratings and after.res == before.res
    assert again.backup is None and final.units == after.units
    assert sql(study, "SELECT c.name FROM coded_units u JOIN coders c ON c.id = u.coder_id"
                      " WHERE u.memo = 'coded at home'") == [(CODER_A,)]  # fmt: skip
    assert sql(study, "SELECT coder_copy_of FROM study") == [(None,)]  # still the full project


def test_a_copy_of_a_copy_is_the_same_coders(study: Path, tmp_path: Path) -> None:
    copy = write_copy(study, CODER_A, tmp_path / "a.ccrt")
    again = write_copy(copy, CODER_A, tmp_path / "again.ccrt")
    with Project.open(again) as project:
        assert project.coder_copy_owner() == project.coder(CODER_A)
        assert project.info().units == {CODER_A: {"coder": DEMO.own_units(CODER_A)}}


def test_refusals_leave_no_file(study: Path, tmp_path: Path) -> None:
    with Project.open(study) as project:
        with pytest.raises(NotFoundError, match=r"no coder called 'Nobody'.*its coders"):
            project.write_coder_copy("Nobody", tmp_path / "x.ccrt")
        with pytest.raises(InputError, match="is the project itself"):
            project.write_coder_copy(CODER_A, study, overwrite=True)
        (tmp_path / "taken.ccrt").write_text("keep me")
        with pytest.raises(InputError, match="exists already"):
            project.write_coder_copy(CODER_A, tmp_path / "taken.ccrt")
        assert (tmp_path / "taken.ccrt").read_text() == "keep me"
        project.write_coder_copy(CODER_A, tmp_path / "taken.ccrt", overwrite=True)
    assert sql(tmp_path / "taken.ccrt", "SELECT name FROM coders") == [(CODER_A,)]
    assert not (tmp_path / "x.ccrt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.ccrt", "taken.ccrt"]


def test_copy_file_names() -> None:
    assert (
        copy_file_name(Path("/x/demo.ccrt"), "Coder A (L. Berger)")
        == "demo-Coder A (L. Berger).ccrt"
    )
    assert copy_file_name(Path("study.ccrt"), "A/B: C?") == "study-A_B_ C_.ccrt"
