"""The one rule for "the same stretch" and "a disagreement" between units (core.unit_matching)."""

from datetime import UTC, datetime

from ccrt_coder.core.domain import Component, Span, Valence
from ccrt_coder.core.records import UnitDraft, UnitRecord
from ccrt_coder.core.unit_matching import compare_coders, disagreements, rivals, same_stretch

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def unit(
    uid: int,
    coder: int,
    component: Component,
    start: int,
    end: int,
    *codes: str,
    valence: Valence | None = None,
    re_id: int = 1,
) -> UnitRecord:
    draft = UnitDraft(re_id, coder, component, (Span(start, end),), codes, valence=valence)
    return UnitRecord(uid, f"u{uid}", draft, NOW, NOW)


def test_same_stretch_is_half_of_the_shorter_unit() -> None:
    a = unit(1, 1, Component.W, 0, 10, "W6").draft
    assert same_stretch(a, unit(2, 2, Component.W, 5, 30, "W6").draft)  # 5 of 10: exactly half
    assert not same_stretch(a, unit(3, 2, Component.W, 6, 30, "W6").draft)  # 4 of 10
    assert not same_stretch(a, unit(4, 2, Component.W, 0, 10, "W6", re_id=2).draft)  # other RE


def test_a_different_category_on_the_same_stretch_is_a_disagreement() -> None:
    a6, b5 = unit(1, 1, Component.W, 0, 20, "W6"), unit(2, 2, Component.W, 2, 20, "W5")
    verdicts = compare_coders([a6, b5])
    assert verdicts[1].differs_from == (b5,) and verdicts[2].differs_from == (a6,)
    assert verdicts[1].disagrees and not verdicts[1].agrees_with


def test_agreement_needs_the_same_categories_and_valence() -> None:
    a = unit(1, 1, Component.RO, 0, 20, "RO5", "RO2", valence=Valence.NEGATIVE)
    b = unit(2, 2, Component.RO, 0, 18, "RO2", "RO5", valence=Valence.NEGATIVE)
    c = unit(3, 3, Component.RO, 0, 18, "RO2", "RO5", valence=Valence.POSITIVE)
    verdicts = compare_coders([a, b, c])
    assert verdicts[1].agrees_with == (b,) and verdicts[1].differs_from == (c,)


def test_another_component_counts_only_where_the_coder_has_none_of_its_own() -> None:
    w = unit(1, 1, Component.W, 0, 20, "W6")
    rs = unit(2, 2, Component.RS, 0, 20, "RS7")
    assert compare_coders([w, rs])[1].differs_from == (rs,)
    w2 = unit(3, 2, Component.W, 0, 20, "W6")
    verdicts = compare_coders([w, rs, w2])
    assert verdicts[1].agrees_with == (w2,) and not verdicts[1].disagrees
    assert verdicts[2].differs_from == (w,)  # coder 1 coded no RS there, but a W


def test_units_nobody_else_coded_near_get_no_verdict() -> None:
    verdicts = compare_coders([unit(1, 1, Component.W, 0, 10), unit(2, 2, Component.W, 50, 60)])
    assert not verdicts[1].agrees_with and not verdicts[1].differs_from


def test_rivals_are_the_same_component_on_the_stretch_but_not_the_same_unit() -> None:
    w6 = unit(1, 9, Component.W, 0, 20, "W6")
    ro = unit(2, 9, Component.RO, 0, 20, "RO5")
    w5 = unit(3, 1, Component.W, 2, 20, "W5").draft
    assert rivals(w5, [w6, ro]) == [w6]
    assert rivals(w6.draft, [w6, ro]) == []


def test_the_margin_marks_only_units_that_disagree_with_whom() -> None:
    anna_w6 = unit(1, 1, Component.W, 0, 20, "W6")
    anna_w5 = unit(2, 1, Component.W, 0, 20, "W5")
    ben_w5 = unit(3, 2, Component.W, 2, 20, "W5")
    ben_ro = unit(4, 2, Component.RO, 30, 40, "RO5")
    anna_ro = unit(5, 1, Component.RO, 30, 40, "RO5")
    marks = disagreements([anna_w6, anna_w5, ben_w5, ben_ro, anna_ro])
    assert marks == {1: (3,)}  # Ben's W5 agrees with Anna's W5; the RO5s agree
    assert disagreements([anna_w6, anna_w5]) == {}  # one coder's own units never disagree
