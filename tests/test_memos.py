"""Memos: each coder's own notes on an interview and its REs, stored, searched, copied, merged."""

import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.core.errors import InputError
from ccrt_coder.core.memos import MAX_MEMO_CHARS
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b


def first_re(project: Project) -> tuple[int, int, int]:
    """(interview id, RE id, RE number) of the study's first RE."""
    interview = project.interviews()[0]
    re = project.episodes(interview.id)[0]
    return interview.id, re.id, re.number


def test_a_coder_writes_changes_and_removes_memos(study: Path) -> None:
    with Project.open(study) as project:
        interview, re, number = first_re(project)
        a = project.coder(CODER_A).id
        assert project.set_memo(a, interview, None, "  Whole interview: guarded.  ") == ""
        assert project.set_memo(a, interview, re, "RS unclear") == ""
        assert project.set_memo(a, interview, re, "RS: withdraws") == "RS unclear"
        assert project.interview_memos(a, interview) == {
            None: "Whole interview: guarded.",
            re: "RS: withdraws",
        }
        described = [(m.describe(), m.coder, m.text) for m in project.memos()]
        assert described == [
            ("interview memo", CODER_A, "Whole interview: guarded."),
            (f"memo of RE {number}", CODER_A, "RS: withdraws"),
        ]
        assert project.set_memo(a, interview, re, "   ") == "RS: withdraws"
        assert project.interview_memos(a, interview) == {None: "Whole interview: guarded."}


def test_memos_are_per_coder(study: Path) -> None:
    with Project.open(study) as project:
        interview, re, _ = first_re(project)
        a, b = project.coder(CODER_A).id, project.coder(CODER_B).id
        project.set_memo(a, interview, re, "A thinks W is autonomy")
        project.set_memo(b, interview, re, "B thinks W is closeness")
        assert project.interview_memos(b, interview) == {re: "B thinks W is closeness"}
        assert [m.text for m in project.memos(a)] == ["A thinks W is autonomy"]
        assert [h.context for h in project.search_memos(b, "autonomy", 10)] == []
        assert len(project.search_memos(a, "AUTONOMY", 10)) == 1


def test_a_memo_on_an_re_of_another_interview_or_too_long_is_refused(study: Path) -> None:
    with Project.open(study) as project:
        interview, re, _ = first_re(project)
        other = project.interviews()[1].id
        a = project.coder(CODER_A).id
        with pytest.raises(InputError, match="not an RE of this interview"):
            project.set_memo(a, other, re, "x")
        with pytest.raises(InputError, match=f"at most {MAX_MEMO_CHARS}"):
            project.set_memo(a, interview, re, "x" * (MAX_MEMO_CHARS + 1))
        assert project.memos() == []


def test_memo_hits_point_at_their_re(study: Path) -> None:
    with Project.open(study) as project:
        interview, re, number = first_re(project)
        start = project.episodes(interview)[0].spans[0].start
        a = project.coder(CODER_A).id
        project.set_memo(a, interview, re, "first line\nthe wish to be SEEN here")
        project.set_memo(a, interview, None, "seen overall")
        hits = project.search_memos(a, "seen", 10)
        assert [(h.memo, h.memo_re, h.line, h.span.start) for h in hits] == [
            (True, None, 1, 0),
            (True, number, 2, start),
        ]
        assert hits[1].context[slice(*hits[1].marked)] == "SEEN"


def test_deleting_an_re_takes_its_memos_and_restoring_it_brings_them_back(study: Path) -> None:
    with Project.open(study) as project:
        interview, re, _ = first_re(project)
        a, b = project.coder(CODER_A).id, project.coder(CODER_B).id
        project.set_memo(a, interview, re, "memo A")
        project.set_memo(b, interview, re, "memo B")
        snapshot = project.delete_re(re)
        assert project.memos() == []
        project.restore_re(snapshot)
        assert sorted(m.text for m in project.memos()) == ["memo A", "memo B"]


def test_merging_coders_hands_over_their_memos(study: Path) -> None:
    with Project.open(study) as project:
        interview, re, _ = first_re(project)
        a = project.coder(CODER_A).id
        extra = project.add_coder("Extra").id
        project.set_memo(a, interview, re, "from A")
        project.set_memo(extra, interview, re, "from Extra")
        project.set_memo(extra, interview, None, "Extra on the interview")
        project.merge_coders("Extra", CODER_A)
        assert project.interview_memos(a, interview) == {
            None: "Extra on the interview",
            re: "from A\n\nfrom Extra",
        }
        assert {m.coder for m in project.memos()} == {CODER_A}


def _sql(path: Path, query: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_a_coder_copy_holds_only_its_coders_memos_and_merging_brings_them_back(
    study: Path, tmp_path: Path
) -> None:
    with Project.open(study) as project:
        interview, re, number = first_re(project)
        a, b = project.coder(CODER_A).id, project.coder(CODER_B).id
        project.set_memo(a, interview, re, "A before the copy")
        project.set_memo(b, interview, re, "B's secret note")
        project.write_coder_copy(CODER_A, tmp_path / "a.ccrt")
    copy = tmp_path / "a.ccrt"
    assert _sql(copy, "SELECT text FROM memos") == [("A before the copy",)]
    assert b"secret note" not in copy.read_bytes()
    with Project.open(copy) as coded:
        a_copy = coded.coder(CODER_A).id
        coded.set_memo(a_copy, interview, re, "A before the copy, and more")
        coded.set_memo(a_copy, interview, None, "A on the interview")
    with Project.open(study) as project:
        plan = project.plan_merge([copy])
        assert plan.sources[0].memos == 2 and plan.changes_anything
        result = project.merge([copy])
        assert result.backup is not None
        assert sorted((m.coder, m.text) for m in project.memos()) == [
            (CODER_A, "A before the copy, and more"),
            (CODER_A, "A on the interview"),
            (CODER_B, "B's secret note"),
        ]
        again = project.plan_merge([copy])
        assert again.sources[0].memos == 0 and not again.problems
        project.set_memo(a, interview, re, "the lead rewrote it")
        conflict = project.plan_merge([copy])
        assert conflict.problems == (
            f"{copy}: {CODER_A}'s memo of RE {number} of {conflict_where(project)} differs; "
            "the target's is kept",
        )
        project.merge([copy])
        assert "the lead rewrote it" in [m.text for m in project.memos(a)]


def conflict_where(project: Project) -> str:
    return project.memos()[0].interview


def test_memos_are_exported_with_formulas_defused(study: Path, tmp_path: Path) -> None:
    import csv

    import openpyxl

    from ccrt_coder.usecases.export import ExportOptions

    with Project.open(study) as project:
        interview, re, number = first_re(project)
        a, b = project.coder(CODER_A).id, project.coder(CODER_B).id
        project.set_memo(a, interview, None, '=HYPERLINK("http://x","y")')
        project.set_memo(b, interview, re, "B's note")
        project.export(tmp_path / "all.xlsx")
        project.export(tmp_path / "b.csv", ExportOptions(coders=(CODER_B,), sheets=("memos",)))
        project.export(tmp_path / "a.csv", ExportOptions(coders=(CODER_A,), sheets=("memos",)))
        label = project.memos()[0].interview.split(" / ")
    sheet = openpyxl.load_workbook(tmp_path / "all.xlsx")["Memos"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:7] == ("dyad", "patient", "therapist", "narrator", "phase", "interview", "re")
    memos = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert [(m["re"], m["coder"], m["memo"]) for m in memos] == [
        (None, CODER_A, '=HYPERLINK("http://x","y")'),
        (number, CODER_B, "B's note"),
    ]
    dyad, narrator, phase = label
    assert memos[0]["interview"] == f"{dyad}/{narrator}/{phase.split()[-1]}"
    cell = sheet.cell(row=2, column=header.index("memo") + 1)
    assert cell.data_type == "s" and cell.quotePrefix
    with (tmp_path / "b-memos.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [r["memo"] for r in csv.DictReader(handle)] == ["B's note"]
    with (tmp_path / "a-memos.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [r["memo"] for r in csv.DictReader(handle)] == ['\'=HYPERLINK("http://x","y")']


def test_a_memo_on_an_re_the_merge_leaves_out_is_a_conflict(study: Path, tmp_path: Path) -> None:
    from ccrt_coder.core.domain import Span
    from ccrt_coder.core.records import ReHeader

    copy = tmp_path / "a.ccrt"
    with Project.open(study) as project:
        project.write_coder_copy(CODER_A, copy)
    intro = Span(0, 20)  # the interview's opening line, in no RE
    with Project.open(copy) as coded:
        interview, _, _ = first_re(coded)
        re = coded.episodes(interview)[0]
        header = ReHeader.of(re)
        theirs = coded.create_re(interview, (intro,), header)
        coded.set_memo(coded.coder(CODER_A).id, interview, theirs.id, "on my new RE")
    with Project.open(study) as project:
        project.create_re(interview, (intro,), header)  # the same number, another RE
        plan = project.plan_merge([copy])
        left_out = [p for p in plan.sources[0].conflicts if p.startswith("memo of ")]
        assert left_out == [
            f"memo of RE {theirs.number} of {project.interviews()[0].describe()}: "
            "its RE is not merged, the memo is left out"
        ]
        project.merge([copy])
        assert project.memos() == []
