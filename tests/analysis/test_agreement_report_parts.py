"""The report's parts on tiny plain tables: tie rules, span matching, merging, empty input."""

import numpy as np
import pandas as pd
import pytest

from ccrt_coder.analysis.agreement.disagreements import disagreeing_rows
from ccrt_coder.analysis.agreement.modal_category import main_values
from ccrt_coder.analysis.agreement.spans import _merged, match_pair
from ccrt_coder.core.domain import Component, NarratorRole, Span
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.project import Project
from tests.factories import TRANSCRIPT


def rows(*units: tuple[int, int, int, int, int]) -> pd.DataFrame:
    """(row, coder, unit_id, first_start, value) per unit and category."""
    return pd.DataFrame(units, columns=["row", "coder", "unit_id", "first_start", "value"])


def test_most_units_win_then_the_earliest_then_the_listed_order() -> None:
    table = main_values(
        rows(
            (0, 0, 1, 0, 0), (0, 0, 2, 50, 2), (0, 0, 3, 70, 2),  # count: 2 beats 0
            (1, 0, 4, 40, 0), (1, 0, 5, 10, 5),  # tie 1-1: the earlier (5)
            (2, 0, 6, 10, 7), (2, 0, 7, 10, 3),  # same start: listed first (3)
            (0, 1, 8, 5, 4), (0, 1, 8, 5, 1),  # one unit, two categories: tie, listed first
        ),
        "value", 4, 2,
    )  # fmt: skip
    assert table[:, 0].tolist()[:3] == [2.0, 5.0, 3.0]
    assert table[0, 1] == 1.0
    assert np.isnan(table[3]).all() and np.isnan(table[1, 1])  # no unit: missing


def test_disagreeing_rows_ignore_res_nobody_coded() -> None:
    values = np.array([[1, 1], [1, 2], [1, np.nan], [np.nan, np.nan]], dtype=float)
    assert disagreeing_rows(values).tolist() == [False, True, True, False]


def spans(*units: tuple[int, int, int, int]) -> pd.DataFrame:
    """(unit_id, coder, start, end), all in RE row 0 and interview 1."""
    frame = pd.DataFrame(units, columns=["unit_id", "coder", "start", "end"])
    return frame.assign(row=0, interview_id=1, length=frame["end"] - frame["start"])


@pytest.mark.parametrize(
    ("b_start", "b_end", "threshold", "matched"),
    [
        (15, 25, 0.5, 1),  # 5 of 10: exactly half matches
        (16, 26, 0.5, 0),  # 4 of 10
        (15, 25, 0.51, 0),
        (17, 20, 0.5, 1),  # 3 of the shorter 3: share of the shorter unit
        (20, 30, 0.5, 0),  # touching is no overlap
    ],
)
def test_overlap_threshold(b_start: int, b_end: int, threshold: float, matched: int) -> None:
    table = spans((1, 0, 10, 20), (2, 1, b_start, b_end))
    assert match_pair(table, 0, 1, threshold).matched == matched


def test_threshold_edge_with_a_non_binary_fraction() -> None:
    # 3 of 10 at 0.3: 0.3 * 10 is 3.0000000000000004 in floating point; it must still match.
    assert match_pair(spans((1, 0, 0, 10), (2, 1, 7, 17)), 0, 1, 0.3).matched == 1


def test_matching_is_one_to_one_and_takes_the_largest_overlap_first() -> None:
    # Coder 0: one unit 0-40; coder 1: 0-15 and 15-40 (both at least half inside the long one).
    # The 25-long overlap is taken first; the other unit of coder 1 stays unmatched.
    table = spans((1, 0, 0, 40), (2, 1, 0, 15), (3, 1, 15, 40), (4, 0, 50, 60), (5, 1, 52, 60))
    counts = match_pair(table, 0, 1, 0.5)
    assert (counts.n_units, counts.matched) == ((2, 3), 2)


def test_units_with_several_spans_add_their_overlaps() -> None:
    # Unit 1 (coder 0) has two pieces 0-10 and 20-30; unit 2 (coder 1) covers 5-25: overlap
    # 5 + 5 = 10 of the shorter 20 -> share 0.5, a match.
    table = spans((1, 0, 0, 10), (1, 0, 20, 30), (2, 1, 5, 25))
    assert match_pair(table, 0, 1, 0.5).matched == 1


def test_overlapping_spans_of_one_coder_are_merged_for_unitizing() -> None:
    table = spans((1, 0, 0, 10), (2, 0, 5, 20), (3, 0, 20, 30), (4, 1, 0, 10))
    merged = _merged(table)
    assert merged[["coder", "start", "end"]].values.tolist() == [[0, 0, 20], [0, 20, 30],
                                                                [1, 0, 10]]  # fmt: skip


def test_coders_without_shared_res_get_undefined_figures(project: Project) -> None:
    first, second = (project.add_coder(name).id for name in ("Ana", "Ben"))
    for coder_id, number, quote, code in ((first, 1, "She turned away.", "RO5"),
                                          (second, 2, "You did.", "RO6")):  # fmt: skip
        start = TRANSCRIPT.index(quote)
        re_id = project.find_re("D01", NarratorRole.PATIENT, 5, number)
        span = Span(start, start + len(quote))
        project.add_unit(UnitDraft(re_id, coder_id, Component.RO, (span,), (code,)))
    report = project.agreement_report()
    assert (report.res.n_shared, report.res.n_some) == (0, 2)
    kappa = report.components["RO"].category.pairs[0].stats["cohen_kappa"]
    assert kappa.value is None and kappa.undefined_reason
    assert report.disagreements == () and report.formulation.scopes == ()
    assert report.spans.unitizing_alpha["RO"].value is None
    assert report.to_dict()["res"]["n_coded_by_some"] == 2
