"""Code points <-> UTF-16 positions, and line numbers of offsets."""

import pytest

from ccrt_coder.core.domain import Span
from ccrt_coder.gui.transcript.line_index import LineIndex
from ccrt_coder.gui.transcript.offsets import OffsetMap, to_code_point, to_utf16


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_bmp_text_is_the_identity() -> None:
    offsets = OffsetMap("Grüße, ça va? Ω")
    assert offsets.is_identity
    assert [offsets.to_utf16(i) for i in range(5)] == list(range(5))
    assert offsets.to_code_point(7) == 7


def test_emoji_shifts_later_positions_by_one_unit_each() -> None:
    text = "I smiled 😊 then 😊😊 ok"
    offsets = OffsetMap(text)
    assert not offsets.is_identity
    for cp in range(len(text) + 1):
        assert offsets.to_utf16(cp) == utf16_len(text[:cp])
        assert offsets.to_code_point(offsets.to_utf16(cp)) == cp
    assert offsets.utf16_length() == utf16_len(text)
    smile = text.index("😊")
    assert offsets.to_utf16(smile + 1) == smile + 2


def test_position_inside_a_surrogate_pair_maps_to_that_character() -> None:
    text = "a😊b"
    assert to_code_point(text, 2) == 1  # between the two halves of the pair
    assert to_code_point(text, 3) == 2
    assert to_utf16(text, 2) == 3


@pytest.mark.parametrize("text", ["", "plain", "😊", "😊😊😊", "x\n😊\ny"])
def test_round_trip(text: str) -> None:
    offsets = OffsetMap(text)
    assert [offsets.to_code_point(offsets.to_utf16(i)) for i in range(len(text) + 1)] == list(
        range(len(text) + 1)
    )


def test_line_index_numbers_lines_from_one() -> None:
    text = "first\nsecond\n\nfourth line\n"
    lines = LineIndex(text)
    assert lines.line_count == 5
    assert lines.line_of(0) == 1
    assert lines.line_of(text.index("second")) == 2
    assert lines.line_of(text.index("fourth")) == 4
    assert lines.line_start(4) == text.index("fourth")


def test_line_index_describes_spans() -> None:
    text = "a\nb\nc\nd\ne\n"
    lines = LineIndex(text)
    assert lines.describe([Span(2, 3)]) == "line 2"
    assert lines.describe([Span(2, 7)]) == "lines 2–4"
    # a span ending right after a newline does not reach the next line
    assert lines.describe([Span(0, 2)]) == "line 1"
    assert lines.describe([Span(8, 9), Span(0, 3)]) == "lines 1–2, 5"
    assert lines.describe([]) == ""
