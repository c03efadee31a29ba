"""Span arithmetic and the RE rules in core: trimming, joining pieces, overlaps, ratings."""

import pytest

from ccrt_coder.core.completeness import check_completeness
from ccrt_coder.core.domain import Span, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.records import ReHeader
from ccrt_coder.core.rules import re_header_problems, re_span_problems
from ccrt_coder.core.spans import covering, merged, trimmed


def test_a_selection_loses_the_white_space_at_its_ends() -> None:
    text = "P: I wanted  \n her to listen.\n"
    assert trimmed(text, Span(2, 14)) == Span(3, 11)
    assert trimmed(text, Span(11, 15)) is None
    assert trimmed("abc", Span(1, 10)) == Span(1, 3)


def test_touching_or_overlapping_pieces_are_joined_in_text_order() -> None:
    assert merged([Span(10, 20), Span(0, 5), Span(20, 25), Span(24, 30)]) == (
        Span(0, 5),
        Span(10, 30),
    )
    assert covering([Span(0, 5), Span(10, 30)], Span(12, 14)) == Span(10, 30)
    assert covering([Span(0, 5), Span(10, 30)], Span(4, 12)) is None


def test_re_spans_must_fit_the_text_and_leave_other_res_alone() -> None:
    others = {1: (Span(0, 10),), 2: (Span(20, 30),)}
    assert re_span_problems([Span(10, 20)], 40, others) == []
    assert re_span_problems([Span(5, 12)], 40, others) == [
        "the text overlaps RE 1; REs cannot overlap"
    ]
    assert "beyond the end" in re_span_problems([Span(35, 45)], 40, others)[0]
    assert re_span_problems([], 40, {}) == ["an RE needs at least one text span"]
    assert "overlap each other" in re_span_problems([Span(10, 15), Span(12, 18)], 40, {})[0]
    units = [Span(11, 13), Span(16, 19)]
    assert re_span_problems([Span(10, 15)], 40, {}, units) == [
        "1 coded unit(s) of the RE would lie outside its text"
    ]


def test_headers_use_the_projects_lists() -> None:
    settings = StudySettings()
    assert re_header_problems(ReHeader("mother", "Helga", "current"), settings) == []
    assert re_header_problems(ReHeader("mother"), settings) == []  # time frame optional
    assert "unknown other person" in re_header_problems(ReHeader("aunt"), settings)[0]
    assert "unknown time frame" in re_header_problems(ReHeader("mother", "", "x"), settings)[0]


@pytest.mark.parametrize("value", [1, 1.5, 3, 4.5, 5, None])
def test_completeness_in_half_steps(value) -> None:
    check_completeness(value)


@pytest.mark.parametrize("value", [0, 0.5, 2.25, 5.5])
def test_completeness_outside_the_scale(value) -> None:
    with pytest.raises(InputError):
        check_completeness(value)
