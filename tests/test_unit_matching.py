"""Which coders' units code the same stretch, and where they disagree (core.unit_matching)."""

from datetime import datetime

from ccrt_coder.core.domain import Component, Span
from ccrt_coder.core.records import UnitDraft, UnitRecord
from ccrt_coder.core.unit_matching import disagreements, same_stretch

_WHEN = datetime(2026, 1, 1)


def unit(
    unit_id: int,
    coder: int,
    start: int,
    end: int,
    categories: tuple[str, ...],
    component: Component = Component.W,
    re_id: int = 1,
) -> UnitRecord:
    draft = UnitDraft(re_id, coder, component, (Span(start, end),), categories)
    return UnitRecord(unit_id, f"u{unit_id}", draft, _WHEN, _WHEN)


def test_units_on_the_same_stretch_with_other_categories_disagree_both_ways() -> None:
    anna = [unit(1, 1, 0, 20, ("W6",)), unit(2, 1, 30, 40, ("RO5",), Component.RO)]
    ben = [unit(3, 2, 5, 20, ("W5",)), unit(4, 2, 30, 40, ("RO5",), Component.RO)]
    assert disagreements({"Anna": anna, "Ben": ben}) == {1: (3,), 3: (1,)}


def test_categories_compare_as_sets() -> None:
    anna = [unit(1, 1, 0, 20, ("RS2", "RS7"), Component.RS)]
    ben = [unit(2, 2, 0, 20, ("RS7", "RS2"), Component.RS)]
    assert disagreements({"Anna": anna, "Ben": ben}) == {}


def test_the_same_stretch_needs_half_the_shorter_unit_the_same_re_and_component() -> None:
    a = unit(1, 1, 0, 10, ("W6",))
    assert same_stretch(a, unit(2, 2, 5, 30, ("W5",)))  # exactly half of the shorter
    assert not same_stretch(a, unit(3, 2, 6, 30, ("W5",)))  # less than half
    assert not same_stretch(a, unit(4, 2, 0, 10, ("RO5",), Component.RO))
    assert not same_stretch(a, unit(5, 2, 0, 10, ("W5",), re_id=2))


def test_one_coders_own_overlapping_units_never_disagree() -> None:
    anna = [unit(1, 1, 0, 20, ("W6",)), unit(2, 1, 0, 20, ("W5",))]
    assert disagreements({"Anna": anna}) == {}
    ben = [unit(3, 2, 0, 20, ("W5",))]
    assert disagreements({"Anna": anna, "Ben": ben}) == {1: (3,), 3: (1,)}
