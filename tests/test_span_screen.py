"""The array screen of core's text rule spares the rule only units the rule finds no problem in."""

from __future__ import annotations

import random
from itertools import pairwise

from ccrt_coder.core.domain import Span
from ccrt_coder.core.rules import unit_span_problems
from ccrt_coder.storage.span_screen import units_keeping_text_rule


def _random_case(rng: random.Random) -> tuple[list, list]:
    re_spans = []
    for re in range(20):
        start = rng.randint(-5, 200)
        for _ in range(rng.randint(0, 3)):  # sometimes overlapping or empty pieces
            end = start + rng.randint(-3, 60)
            re_spans.append((re, start, end))
            start = end + rng.randint(-10, 40)
    spans = []
    for unit in range(300):
        re = rng.randint(0, 21)  # 20 and 21: REs without spans
        for _ in range(rng.choice((0, 1, 1, 1, 2, 3))):
            start = rng.randint(-3, 300)
            spans.append((unit, re, start, start + rng.randint(-2, 40)))
    return spans, re_spans


def _rule_keeps(unit_spans: list[tuple[int, int]], re_pieces: list[tuple[int, int]]) -> bool:
    try:
        spans = [Span(start, end) for start, end in unit_spans]
    except ValueError:
        return False
    pieces = [Span(s, e) for s, e in re_pieces if 0 <= s < e]
    return not unit_span_problems(spans, pieces)


def test_the_screen_keeps_only_units_the_rule_finds_no_problem_in() -> None:
    rng = random.Random(7)
    kept_somewhere = asked_somewhere = 0
    for _ in range(60):
        spans, re_spans = _random_case(rng)
        kept = units_keeping_text_rule(spans, [r for r in re_spans if r[1] < r[2]])
        for unit in {s[0] for s in spans}:
            mine = [(s, e) for u, _, s, e in spans if u == unit]
            re = next(r for u, r, _, _ in spans if u == unit)
            pieces = [(s, e) for r, s, e in re_spans if r == re]
            rule = _rule_keeps(mine, pieces)
            if unit in kept:
                assert rule, (unit, mine, pieces)
                kept_somewhere += 1
            else:
                asked_somewhere += 1
            if rule and not _pieces_overlap(pieces):
                assert unit in kept, (unit, mine, pieces)  # only doubtful cases are left out
    assert kept_somewhere > 300 and asked_somewhere > 1000  # both sides are tried


def _pieces_overlap(pieces: list[tuple[int, int]]) -> bool:
    ordered = sorted((s, e) for s, e in pieces if 0 <= s < e)
    return any(b[0] < a[1] for a, b in pairwise(ordered))


def test_huge_and_negative_values_are_left_to_the_rule() -> None:
    spans = [(1, 1, 2**40, 2**40 + 5), (2, 1, -1, 5), (3, 1, 0, 0), (4, 1, 0, 5)]
    assert units_keeping_text_rule(spans, [(1, 0, 10), (1, 2**40, 2**41)]) == {4}
    assert units_keeping_text_rule([], [(1, 0, 10)]) == set()
    assert units_keeping_text_rule([(1, 2**62, 0, 5)], []) == set()
