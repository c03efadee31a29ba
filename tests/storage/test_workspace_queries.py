"""The workspace's queries: coding progress, partner REs, ratings, text search."""

from dataclasses import replace

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span
from ccrt_coder.core.errors import NotFoundError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.text_search import find_hits
from tests.factories import TRANSCRIPT, sample_draft


def span_of(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def test_progress_counts_res_rated_and_coded_or_rated_out(project) -> None:
    [interview] = project.interviews()
    re1, re2 = sorted(project.episodes(interview.id), key=lambda r: r.number)
    anna, ben = project.add_coder("Anna"), project.add_coder("Ben")
    assert project.coding_progress(anna.id) == {interview.id: (0, 2)}
    project.add_unit(UnitDraft(re1.id, anna.id, Component.W, (span_of(TRANSCRIPT, "listen"),)))
    assert project.coding_progress(anna.id) == {interview.id: (0, 2)}  # coded, not rated
    project.set_completeness(re1.id, anna.id, 4.0)
    assert project.coding_progress(anna.id) == {interview.id: (1, 2)}
    project.set_completeness(re2.id, anna.id, 3.0)  # rated, above the 2.5 threshold: still to do
    assert project.coding_progress(anna.id)[interview.id] == (1, 2)
    project.set_completeness(re2.id, anna.id, 2.0)  # too incomplete to code: done
    assert project.coding_progress(anna.id)[interview.id] == (2, 2)
    project.set_completeness(re2.id, ben.id, 4.0, Layer.CONSENSUS)
    consensus = UnitDraft(
        re2.id, ben.id, Component.W, (span_of(TRANSCRIPT, "understand"),), layer=Layer.CONSENSUS
    )
    project.add_unit(consensus)  # the consensus layer is nobody's progress
    assert project.coding_progress(ben.id)[interview.id] == (0, 2)
    assert project.coding_progress(anna.id, [interview.id + 1]) == {}


def test_partner_res_depend_on_the_narrator(project) -> None:
    project.import_narratives([sample_draft(narrator=NarratorRole.THERAPIST)])
    by_narrator = {i.narrator: i.id for i in project.interviews()}
    # The sample's RE 2 is about "therapist": the partner for the patient, not the therapist.
    assert project.partner_re_counts() == {by_narrator[NarratorRole.PATIENT]: 1}


def test_ratings_and_the_interview_of_an_re(project) -> None:
    [interview] = project.interviews()
    re1 = project.episodes(interview.id)[0]
    anna, ben = project.add_coder("Anna"), project.add_coder("Ben")
    project.set_completeness(re1.id, anna.id, 4.0)
    project.set_completeness(re1.id, ben.id, 3.5)
    project.set_completeness(re1.id, anna.id, 4.5, Layer.CONSENSUS)
    assert project.completeness_ratings([re1.id]) == {
        (re1.id, anna.id, Layer.CODER): 4.0,
        (re1.id, ben.id, Layer.CODER): 3.5,
        (re1.id, anna.id, Layer.CONSENSUS): 4.5,
    }
    assert set(project.completeness_ratings([re1.id], ben.id)) == {(re1.id, ben.id, Layer.CODER)}
    assert project.interview_of_re(re1.id) == interview.id
    try:
        project.interview_of_re(10_000)
    except NotFoundError as exc:
        assert "10000" in str(exc)
    else:
        raise AssertionError("an unknown RE must be refused")


def test_search_is_case_insensitive_across_interviews(project) -> None:
    project.import_narratives([sample_draft(phase=15)])
    hits = project.search_text("I FELT")
    assert [(h.line, h.context) for h in hits] == [
        (3, "P: I wanted her to listen to me. She turned away. I felt small."),
        (5, "P: I hoped you would understand. You did. I felt calmer."),
    ] * 2
    first = hits[0]
    assert TRANSCRIPT[first.span.start : first.span.end] == "I felt"
    assert first.context[first.marked[0] : first.marked[1]] == "I felt"
    assert len(project.search_text("I felt", limit=3)) == 3
    assert project.search_text("   ") == []
    assert project.search_text("nowhere to be found") == []


def test_search_counts_code_points_and_folds_non_ascii_case(project) -> None:
    text = "RE 1: mother, current\nP: 😊 Über alles, über Mutter.\n"
    draft = replace(sample_draft(dyad="D02"), text=text, res=(), patient="P02", therapist="T02")
    project.import_narratives([draft])
    hits = project.search_text("über")
    assert [text[h.span.start : h.span.end] for h in hits] == ["Über", "über"]
    assert hits[0].span.start == text.index("Über")  # code points, not UTF-16 units


def test_long_lines_are_shortened_around_the_hit() -> None:
    text = "x" * 200 + " needle " + "y" * 200
    [hit] = find_hits(1, text, "needle")
    assert hit.context.startswith("…") and hit.context.endswith("…")
    assert hit.context[hit.marked[0] : hit.marked[1]] == "needle"
    assert len(hit.context) < 140
