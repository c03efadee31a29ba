"""Merging coders' offline copies: whole layers by uid, idempotent, refusals and conflicts."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.storage import merge_store, schema
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.merge import MergePlan, MergeResult, merge, plan_merge
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


def copy_without(original: Path, path: Path, *coders: str) -> Path:
    """A coder's copy: the study with other coders' units and ratings removed."""
    shutil.copy(original, path)
    db = schema.open_project_file(path)
    with db.transaction() as session:
        for coder in coders:
            merge_store.delete_coder_work(session, coder)
    db.close()
    return path


def run_merge(target: Path, *sources: Path) -> MergeResult:
    db = schema.open_project_file(target)
    try:
        return merge(db, list(sources))
    finally:
        db.close()


def preview(target: Path, *sources: Path) -> MergePlan:
    db = schema.open_project_file(target)
    try:
        return plan_merge(db, list(sources))
    finally:
        db.close()


def units(path: Path) -> set[tuple]:
    """Every unit as (uid, coder, layer, RE, content) through the project API."""
    with Project.open(path) as project:
        coders = {c.id: c.name for c in project.coders()}
        found = set()
        for interview in project.interviews():
            res = {re.id: re.number for re in project.episodes(interview.id)}
            for unit in project.units(list(res)):
                d = unit.draft
                found.add(
                    (
                        unit.uid,
                        coders[d.coder_id],
                        d.layer,
                        interview.describe(),
                        res[d.re_id],
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


def ratings(path: Path) -> set[tuple]:
    query = (
        "SELECT re.uid, c.uid, r.layer, r.completeness FROM re_ratings r "
        "JOIN relationship_episodes re ON re.id = r.re_id JOIN coders c ON c.id = r.coder_id"
    )
    connection = sqlite3.connect(path)
    try:
        return set(connection.execute(query).fetchall())
    finally:
        connection.close()


def test_two_coders_copies_merge_back_into_the_original_study(
    original: Path, tmp_path: Path
) -> None:
    copy_a = copy_without(original, tmp_path / "a.ccrt", CODER_B)
    copy_b = copy_without(original, tmp_path / "b.ccrt", CODER_A)
    before = units(copy_a)
    assert before != units(original)
    result = run_merge(copy_a, copy_b)
    assert units(copy_a) == units(original)
    assert ratings(copy_a) == ratings(original)
    assert result.plan.problems == ()
    (layer,) = result.plan.sources[0].layers
    assert (layer.coder, layer.layer, layer.status, layer.units, layer.ratings) == (
        CODER_B,
        "coder",
        "new",
        DEMO.own_units(CODER_B),
        DEMO.own_ratings(CODER_B),
    )
    assert result.backup is not None and result.backup.exists()
    assert result.backup.name.startswith("a.ccrt.bak-premerge-")
    assert units(result.backup) == before


def test_the_merged_project_has_the_agreement_report_of_the_study_before_splitting(
    original: Path, tmp_path: Path
) -> None:
    copy_a = copy_without(original, tmp_path / "a.ccrt", CODER_B)
    run_merge(copy_a, copy_without(original, tmp_path / "b.ccrt", CODER_A))
    with Project.open(original) as before, Project.open(copy_a) as after:
        assert after.agreement_report() == before.agreement_report()
        choice = before.choose_layer(consensus=True)
        assert after.ccrt_table(choice).equals(before.ccrt_table(choice))


def test_merging_the_same_source_again_changes_nothing(original: Path, tmp_path: Path) -> None:
    copy_a = copy_without(original, tmp_path / "a.ccrt", CODER_B)
    copy_b = copy_without(original, tmp_path / "b.ccrt", CODER_A)
    run_merge(copy_a, copy_b)
    after_first = copy_a.read_bytes()
    result = run_merge(copy_a, copy_b, original)
    assert result.backup is None and not result.plan.changes_anything
    assert {layer.status for s in result.plan.sources for layer in s.layers} == {"unchanged"}
    assert copy_a.read_bytes() == after_first
    assert len(list(tmp_path.glob("a.ccrt.bak-*"))) == 1


def test_one_merge_of_several_copies(original: Path, tmp_path: Path) -> None:
    lead = copy_without(original, tmp_path / "lead.ccrt", CODER_A, CODER_B)
    copy_a = copy_without(original, tmp_path / "a.ccrt", CODER_B)
    copy_b = copy_without(original, tmp_path / "b.ccrt", CODER_A)
    result = run_merge(lead, copy_a, copy_b, copy_b)
    assert units(lead) == units(original)
    assert [s.units for s in result.plan.sources] == [
        DEMO.units_of(CODER_A),
        DEMO.own_units(CODER_B),
        0,
    ]


def test_dry_run_shows_the_plan_and_writes_nothing(original: Path, tmp_path: Path) -> None:
    copy_a = copy_without(original, tmp_path / "a.ccrt", CODER_B)
    copy_b = copy_without(original, tmp_path / "b.ccrt", CODER_A)
    before = units(copy_a)
    plan = preview(copy_a, copy_b)
    assert (plan.units, plan.ratings, plan.problems) == (
        DEMO.own_units(CODER_B),
        DEMO.own_ratings(CODER_B),
        (),
    )
    added = f"add {DEMO.own_units(CODER_B)} units, {DEMO.own_ratings(CODER_B)} ratings"
    assert f"{CODER_B} / coder: {added}" in "\n".join(plan.lines())
    assert units(copy_a) == before and not list(tmp_path.glob("*.bak-*"))


def test_an_edited_transcript_is_refused_naming_the_interview(
    original: Path, tmp_path: Path
) -> None:
    copy_a = copy_without(original, tmp_path / "a.ccrt", CODER_B)
    copy_b = copy_without(original, tmp_path / "b.ccrt", CODER_A)
    connection = sqlite3.connect(copy_b)
    connection.create_function("sha", 1, lambda text: hashlib.sha256(text.encode()).hexdigest())
    connection.execute(
        "UPDATE transcripts SET text = text || ' (typo fixed)', sha256 = sha(text || ' (typo "
        "fixed)') WHERE interview_id = (SELECT i.id FROM interviews i JOIN dyads d ON "
        "d.id = i.dyad_id WHERE d.code = 'D02' AND i.narrator = 'therapist' AND i.phase = 15)"
    )
    connection.commit()
    connection.close()
    before = units(copy_a)
    result = run_merge(copy_a, copy_b)
    (refusal,) = result.plan.sources[0].refused
    assert "D02 / therapist / phase 15" in refusal and "differs" in refusal
    assert result.plan.problems and result.backup is None
    assert units(copy_a) == before


def test_a_coder_with_different_work_is_a_conflict_and_the_target_keeps_theirs(
    original: Path, tmp_path: Path
) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    copy_b = copy_without(original, tmp_path / "b.ccrt")  # everything, but A's work edited
    with Project.open(copy_b) as project:
        coder_a = project.coder(CODER_A)
        interview = project.interviews()[0]
        re_ids = [re.id for re in project.episodes(interview.id)]
        unit = project.units(re_ids, coder_a.id, Layer.CODER)[0]
        project.edit_unit(unit.id, UnitDraft(**{**unit.draft.__dict__, "tailor_label": "new"}))
    before = units(target)
    result = run_merge(target, copy_b)
    layers = {(layer.coder, layer.layer): layer for layer in result.plan.sources[0].layers}
    conflict = layers[(CODER_A, "coder")]
    assert conflict.status == "conflict" and "units changed: 1" in conflict.detail
    assert layers[(CODER_B, "coder")].status == "new"  # the rest of the source still comes over
    after = units(target)
    assert {u for u in after if u[1] == CODER_A} == {u for u in before if u[1] == CODER_A}
    assert any("CONFLICT" in line for line in result.plan.lines())
    assert result.plan.problems


def test_diverged_work_is_a_conflict_and_nothing_is_written(original: Path, tmp_path: Path) -> None:
    """Each side has units of the coder the other lacks: neither contains the other."""
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_B)
    for path, quote_re in ((target, 1), (source, 2)):
        with Project.open(path) as project:
            re_id = project.find_re("D01", NarratorRole.PATIENT, 5, quote_re)
            span = project.episodes(project.interviews()[0].id)[quote_re - 1].spans[0]
            coder = project.coder(CODER_A)
            project.add_unit(
                UnitDraft(
                    re_id, coder.id, Component.W, (Span(span.start, span.start + 5),), ("W1",)
                )
            )
    target_bytes = units(target)
    result = run_merge(target, source)
    (layer,) = [x for x in result.plan.sources[0].layers if x.layer == "coder"]
    assert layer.status == "conflict" and "target units/ratings the source lacks: 1" in layer.detail
    assert result.backup is None and units(target) == target_bytes


def test_a_copy_with_more_work_of_a_coder_continues_their_layer(
    original: Path, tmp_path: Path
) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_B)
    with Project.open(source) as project:
        re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
        span = project.episodes(project.interviews()[0].id)[0].spans[0]
        project.add_unit(
            UnitDraft(
                re_id,
                project.coder(CODER_A).id,
                Component.W,
                (Span(span.start, span.start + 5),),
                ("W1",),
            )
        )
    result = run_merge(target, source)
    (layer,) = [x for x in result.plan.sources[0].layers if x.layer == "coder"]
    assert (layer.status, layer.units) == ("continued", 1)
    assert units(target) == units(source)


def test_new_res_come_over_and_res_with_other_spans_are_conflicts(
    original: Path, tmp_path: Path
) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_A)
    connection = sqlite3.connect(source)
    connection.execute("PRAGMA foreign_keys=ON")
    (re_id, interview_id) = connection.execute(
        "SELECT re.id, re.interview_id FROM relationship_episodes re JOIN interviews i ON "
        "i.id = re.interview_id JOIN dyads d ON d.id = i.dyad_id WHERE d.code = 'D02' AND "
        "i.narrator = 'patient' AND i.phase = 28 AND re.number = 1"
    ).fetchone()
    connection.execute('UPDATE re_spans SET "end" = "end" - 1 WHERE re_id = ?', (re_id,))
    connection.execute(
        "INSERT INTO relationship_episodes (uid, interview_id, number, other_type, other_name, "
        "time_frame, created_at, modified_at) VALUES (lower(hex(randomblob(16))), ?, 99, "
        "'friend', '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
        (interview_id,),
    )
    connection.execute(
        'INSERT INTO re_spans (re_id, ordinal, start, "end") VALUES (last_insert_rowid(), 0, 0, 5)'
    )
    connection.commit()
    connection.close()
    result = run_merge(target, source)
    plan = result.plan.sources[0]
    assert plan.new_res == ("D02 / patient / phase 28 RE 99",)
    assert any("D02 / patient / phase 28 RE 1 has other spans" in c for c in plan.conflicts)
    (layer,) = plan.layers
    if layer.status == "conflict":  # B coded RE 1 of that interview: their layer is blocked
        assert "REs in conflict" in layer.detail
    with Project.open(target) as project:
        interview = next(
            i
            for i in project.interviews()
            if i.describe().startswith("D02 / pat") and i.phase == 28
        )
        numbers = [re.number for re in project.episodes(interview.id)]
    assert 99 in numbers


def test_coders_are_matched_by_name_when_created_separately(original: Path, tmp_path: Path) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_A)
    connection = sqlite3.connect(source)
    connection.execute("UPDATE coders SET uid = 'ab' || substr(uid, 3) WHERE name = ?", (CODER_B,))
    connection.commit()
    connection.close()
    result = run_merge(target, source)
    assert result.plan.sources[0].new_coders == ()
    assert any("matched by name" in note for note in result.plan.sources[0].notes)
    with Project.open(target) as project:
        assert [c.name for c in project.coders()] == [CODER_A, CODER_B]
    assert {u[0] for u in units(target)} == {u[0] for u in units(original)}


def test_a_source_that_is_not_a_copy_of_the_study_is_refused(tmp_path: Path) -> None:
    from tests.factories import sample_draft

    for name in ("a.ccrt", "b.ccrt"):
        with Project.create(tmp_path / name) as project:
            project.import_narratives([sample_draft()])
    plan = preview(tmp_path / "a.ccrt", tmp_path / "b.ccrt")
    assert "shares no transcript" in plan.sources[0].refused[0]


def test_the_target_cannot_be_its_own_source(original: Path, tmp_path: Path) -> None:
    target = copy_without(original, tmp_path / "a.ccrt")
    with pytest.raises(InputError, match="is the target itself"):
        run_merge(target, target)


def test_a_new_re_overlapping_an_re_of_the_target_is_a_conflict(
    original: Path, tmp_path: Path
) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_A)
    connection = sqlite3.connect(source)
    (interview_id, start) = connection.execute(
        "SELECT re.interview_id, s.start FROM relationship_episodes re JOIN re_spans s ON "
        "s.re_id = re.id WHERE re.number = 1 ORDER BY re.id LIMIT 1"
    ).fetchone()
    connection.execute("PRAGMA foreign_keys=ON")  # the source's RE 1 goes with its work
    connection.execute(
        "DELETE FROM relationship_episodes WHERE number = 1 AND interview_id = ?", (interview_id,)
    )
    connection.execute(
        "INSERT INTO relationship_episodes (uid, interview_id, number, other_type, other_name, "
        "time_frame, created_at, modified_at) VALUES (lower(hex(randomblob(16))), ?, 98, "
        "'friend', '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
        (interview_id,),
    )
    connection.execute(
        'INSERT INTO re_spans (re_id, ordinal, start, "end") VALUES (last_insert_rowid(), 0, ?, ?)',
        (start, start + 10),
    )
    connection.commit()
    connection.close()
    plan = preview(target, source).sources[0]
    assert plan.new_res == ()
    assert any("RE 98 (new) overlaps RE 1" in c for c in plan.conflicts)


def test_a_source_using_categories_the_target_lacks_is_refused(
    original: Path, tmp_path: Path
) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_A)
    connection = sqlite3.connect(source)
    connection.execute("UPDATE categories SET code = 'W6x' WHERE code = 'W6'")
    connection.commit()
    connection.close()
    (refusal,) = preview(target, source).sources[0].refused
    assert "categories the target lacks: W6x" in refusal


@pytest.mark.parametrize(
    ("tampering", "message"),
    [
        ('UPDATE unit_spans SET "end" = 10000000', "outside the RE's text"),
        ("UPDATE coded_units SET lu_direction = 'sideways'", "LU direction"),
        ("UPDATE re_ratings SET completeness = 3.3", "completeness"),
    ],
)
def test_a_tampered_copy_is_checked_like_coding_and_nothing_is_written(
    original: Path, tmp_path: Path, tampering: str, message: str
) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_A)
    connection = sqlite3.connect(source)
    connection.execute(tampering)
    connection.commit()
    connection.close()
    before = units(target), ratings(target)
    result = run_merge(target, source)
    assert message in " ".join(result.plan.sources[0].refused) and result.backup is None
    assert (units(target), ratings(target)) == before
