"""RE markers in transcripts: grammar, code-point spans, continuations and line-numbered errors."""

from __future__ import annotations

import pytest

from ccrt_coder.core.domain import Span, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import ReDraft
from ccrt_coder.io.transcript_parser import marker_line, parse_transcript

SETTINGS = StudySettings()

TRANSCRIPT = (
    "Kontext: Grüße 😊\n"  # 16 code points + newline (17 UTF-16 units)
    "RE 1: mother (Helga), past-childhood\n"
    "Sie sagte 😊 „nein“.  \n"
    "\n"
    "  re 2: Boss\n"
    "Arbeit 𝄞 ok.\n"
    "RE 1b:\n"
    "Später mehr.\n\n"
)


def parse(text: str, settings: StudySettings = SETTINGS) -> tuple[ReDraft, ...]:
    return parse_transcript(text, settings=settings, source="D01_patient_5.txt")


def error_of(text: str, settings: StudySettings = SETTINGS) -> str:
    with pytest.raises(InputError) as caught:
        parse(text, settings)
    return str(caught.value)


def test_spans_are_code_point_offsets():
    res = parse(TRANSCRIPT)
    assert res == (
        ReDraft(1, "mother", (Span(54, 73), Span(110, 122)), "Helga", "past-childhood"),
        ReDraft(2, "colleague/boss", (Span(90, 102),)),
    )
    assert [TRANSCRIPT[s.start : s.end] for s in res[0].spans] == [
        "Sie sagte 😊 „nein“.",
        "Später mehr.",
    ]
    assert TRANSCRIPT[90:102] == "Arbeit 𝄞 ok."


def test_text_before_the_first_marker_is_context():
    res = parse(TRANSCRIPT)
    first = min(span.start for re in res for span in re.spans)
    assert "Kontext" not in TRANSCRIPT[first:]


def test_no_marker_gives_no_res():
    assert parse("Just an interview.\nNo episodes marked yet.\n") == ()


def test_res_are_sorted_by_number_and_letters_continue():
    text = (
        "RE 2: father\nB.\n"
        "RE 3a: friend (Jo), current\nC1.\n"
        "RE 1: partner\nA.\n"
        "RE 3c: friend\nC3.\n"
        "RE 3b: (Jo)\nC2.\n"
    )
    res = parse(text)
    assert [re.number for re in res] == [1, 2, 3]
    third = res[2]
    assert (third.other_type, third.other_name, third.time_frame) == ("friend", "Jo", "current")
    assert [text[s.start : s.end] for s in third.spans] == ["C1.", "C3.", "C2."]  # text order


def test_continuation_fills_what_the_start_left_out():
    res = parse("RE 4: sibling\nA.\nRE 4b: sibling (Ann), here-and-now\nB.\n")
    assert (res[0].other_name, res[0].time_frame) == ("Ann", "here-and-now")


def test_marker_variants_and_last_span_without_newline():
    text = "\tRe 7 :  Colleague/Boss ( Mr X ) ,  Current  \nDone   "
    assert parse(text) == (ReDraft(7, "colleague/boss", (Span(46, 50),), "Mr X", "current"),)


def test_span_starts_at_the_line_after_the_marker():
    text = "RE 1: mother\n\n  Indented.\n"
    assert parse(text)[0].spans == (Span(13, 25),)


def test_lines_mentioning_re_are_text():
    text = "RE 1: mother\nRe: your letter, RE: 2 things\nRE12abc is a code\nREST 2: x\n"
    assert parse(text)[0].spans == (Span(13, len(text) - 1),)


def test_custom_settings_types_and_time_frames():
    settings = StudySettings(other_person_types=("Mutter", "Chef/Chefin"), time_frames=("früher",))
    res = parse("RE 1: chefin, FRÜHER\nText.\n", settings)
    assert (res[0].other_type, res[0].time_frame) == ("Chef/Chefin", "früher")


def test_marker_line_round_trips():
    text = marker_line(3, "colleague/boss", "Helga, Sr.", "current") + "\nText.\n"
    assert text.startswith("RE 3: colleague/boss (Helga, Sr.), current\n")
    res = parse(text)
    assert (res[0].other_name, res[0].time_frame) == ("Helga, Sr.", "current")


def test_unknown_other_type_names_line_and_known_types():
    message = error_of("Intro\nRE 1: uncle\nText.\n")
    assert message.startswith("D01_patient_5.txt: line 2: unknown other person 'uncle' in RE 1")
    assert "known: mother, father, partner, sibling, friend, colleague/boss" in message


def test_unknown_time_frame():
    message = error_of("RE 1: mother, yesterday\nText.\n")
    assert "line 1: unknown time frame 'yesterday' in RE 1; known: current, past-childhood" in (
        message
    )


def test_duplicate_re_number():
    message = error_of("RE 3: mother\nA.\nRE 3: father\nB.\n")
    assert message == "D01_patient_5.txt: line 3: duplicate RE 3 (already started at line 1)"


def test_re_3a_and_re_3_are_duplicates():
    message = error_of("RE 3a: mother\nA.\nRE 3: mother\nB.\n")
    assert "line 3: duplicate RE 3 (already started at line 1)" in message


def test_duplicate_continuation_letter():
    message = error_of("RE 3: mother\nA.\nRE 3b:\nB.\nRE 3B: mother\nC.\n")
    assert message == "D01_patient_5.txt: line 5: duplicate RE 3b (already at line 3)"


def test_continuation_before_start():
    message = error_of("RE 2b: mother\nA.\nRE 2: mother\nB.\n")
    assert "line 1: RE 2b continues RE 2, which has not started above" in message


def test_continuation_naming_another_type():
    message = error_of("RE 3: mother\nA.\nRE 3b: father\nB.\n")
    assert "line 3: RE 3b names other person 'father' but RE 3 (line 1) has 'mother'" in message


def test_marker_without_text():
    message = error_of("RE 1: mother\n   \nRE 2: father\nB.\nRE 3: friend\n\n")
    assert "2 problems:" in message
    assert "line 1: RE 1 has no text after its marker" in message
    assert "line 5: RE 3 has no text after its marker" in message


def test_re_number_zero():
    error = error_of("RE 0: mother\nA.\n")
    assert "line 1: an RE number is a whole number from 1 to 9999, not 0" in error


def test_start_marker_must_name_the_other_person():
    assert "line 2: RE 1 names no other person" in error_of("x\nRE 1:\nA.\n")


def test_malformed_marker_is_an_error_not_text():
    message = error_of("RE 1: mother\nA.\nRE 2 mother\nB.\nRE 3: father (a) (b)\nC.\n")
    assert "line 3: cannot read RE marker 'RE 2 mother'; expected 'RE <number>" in message
    assert "line 5: cannot read RE marker 'RE 3: father (a) (b)'" in message


def test_all_problems_are_reported_in_line_order():
    message = error_of("RE 5: uncle\nA.\nRE 0: mother\nB.\nRE 5: mother\nC.\n")
    lines = message.splitlines()
    assert lines[0] == "D01_patient_5.txt: 3 problems:"
    assert [line.split(":")[0] for line in lines[1:]] == ["line 1", "line 3", "line 5"]


def test_long_problem_lists_are_cut():
    text = "".join(f"RE {n}: uncle\nText.\n" for n in range(1, 31))
    lines = error_of(text).splitlines()
    assert lines[0] == "D01_patient_5.txt: 30 problems:"
    assert len(lines) == 22
    assert lines[-1] == "... and 10 more"
