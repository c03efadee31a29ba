"""File-name patterns: the default reads the usual names; a user's template reads others."""

from __future__ import annotations

import pytest

from ccrt_coder.core.errors import InputError
from ccrt_coder.io.name_pattern import DEFAULT_PATTERN, compile_name_pattern


@pytest.mark.parametrize(
    ("stem", "found"),
    [
        ("D01_patient_5", {"dyad": "D01", "narrator": "patient", "phase": "5"}),
        ("P07-therapist-15", {"dyad": "P07", "narrator": "therapist", "phase": "15"}),
        ("dyad3 T 28", {"dyad": "dyad3", "narrator": "T", "phase": "28"}),
        ("Dyad 3_p - 5", {"dyad": "Dyad 3", "narrator": "p", "phase": "5"}),
        ("D01_patient", {}),
        ("notes", {}),
    ],
)
def test_the_default_pattern(stem: str, found: dict[str, str]) -> None:
    assert DEFAULT_PATTERN.read(stem) == found


def test_a_template_with_literal_text_and_any_text() -> None:
    pattern = compile_name_pattern("RAP * {dyad}_{narrator}_{phase}*")
    assert pattern.read("RAP 2024 - dyad7 - T - 28 (final)") == {
        "dyad": "dyad7",
        "narrator": "T",
        "phase": "28",
    }
    assert pattern.read("dyad7_T_28") == {}


def test_a_template_may_leave_fields_to_the_user() -> None:
    pattern = compile_name_pattern("{phase}-{dyad}")
    assert pattern.fields == ("dyad", "phase")
    assert pattern.read("15-D02") == {"dyad": "D02", "phase": "15"}


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("", "the file-name pattern is empty"),
        ("{dyad}_{who}", "unknown field '{who}' in the file-name pattern"),
        ("{dyad}_{dyad}", "{dyad} appears twice"),
        ("{dyad", "unmatched '{'"),
        ("interview", "names no field"),
    ],
)
def test_bad_templates_say_why(template: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("{", r"\{").replace("(", r"\(")):
        compile_name_pattern(template)
