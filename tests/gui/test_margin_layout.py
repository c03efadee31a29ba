"""The coding margin's columns: greedy interval colouring over line ranges, and label room."""

import random

from ccrt_coder.gui.transcript.margin_layout import assign_columns, label_room


def _share_a_line(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def test_ranges_sharing_a_line_get_different_columns_and_free_ones_are_reused() -> None:
    ranges = [(0, 2), (1, 1), (2, 4), (3, 3), (5, 5)]
    assert assign_columns(ranges) == [0, 1, 1, 0, 0]
    assert assign_columns([(3, 3), (0, 9)]) == [1, 0]


def test_as_few_columns_as_ranges_on_the_busiest_line() -> None:
    rng = random.Random(7)
    for _ in range(200):
        ranges = []
        for _ in range(rng.randint(1, 30)):
            first = rng.randint(0, 40)
            ranges.append((first, first + rng.randint(0, 6)))
        columns = assign_columns(ranges)
        for i, a in enumerate(ranges):
            for j, b in enumerate(ranges[:i]):
                if _share_a_line(a, b):
                    assert columns[i] != columns[j]
        busiest = max(sum(first <= line <= last for first, last in ranges) for line in range(47))
        assert max(columns) + 1 == busiest


def test_a_longer_range_stands_left_and_a_label_reaches_to_the_next_busy_column() -> None:
    ranges = [(0, 0), (0, 1), (2, 2)]
    columns = assign_columns(ranges)
    assert columns == [1, 0, 0]
    # (2, 2) in column 0: column 1 is free on line 2, so its label may use both columns.
    assert label_room(ranges, columns) == [1, 1, 2]


def test_nothing_to_lay_out() -> None:
    assert assign_columns([]) == []
    assert label_room([], []) == []
