"""core.redaction: whole words in any case, possessives, labels, offsets into the redacted text."""

from __future__ import annotations

import pytest

from ccrt_coder.core.errors import InputError
from ccrt_coder.core.redaction import (
    Pseudonymizer,
    RedactionEntry,
    aliases,
    check_entry,
    merged,
    other_person_entries,
    titled_entries,
)


def names() -> Pseudonymizer:
    suggested = other_person_entries(
        [("mother", "Renate"), ("friend", "Lena"), ("friend", "Paul"), ("boss", "Dr. Weber")]
    )
    return Pseudonymizer(merged(suggested, [RedactionEntry("jo", "[NAME-1]")]))


def test_whole_words_any_case_and_possessives() -> None:
    text = "Renate's call; RENATE said; Renates Auto; Lenas; Lenaa; Paula; Jonas; jo."
    assert names().text(text) == (
        "[MOTHER]'s call; [MOTHER] said; [MOTHER]s Auto; [FRIEND-1]s; Lenaa; Paula; Jonas; "
        "[NAME-1]."
    )


def test_titles_and_line_breaks() -> None:
    assert names().text("Dr.\nWeber and Weber") == "[BOSS] and [BOSS]"
    assert aliases("Dr. Weber") == ["Weber"] and aliases("Ms. L.") == []
    assert aliases("Felix, son") == ["Felix"]


def test_labels_are_deterministic_and_numbered_per_role() -> None:
    entries = other_person_entries([("friend", "Lena"), ("mother", "Renate"), ("friend", "lena")])
    assert [(e.name, e.label) for e in entries] == [("Lena", "[FRIEND]"), ("Renate", "[MOTHER]")]
    again = other_person_entries([("friend", "Lena"), ("friend", "Paul"), ("friend", "Lena")])
    assert [e.label for e in again] == ["[FRIEND-1]", "[FRIEND-2]"]


def test_a_stored_label_replaces_a_suggested_one() -> None:
    entries = merged(other_person_entries([("mother", "Renate")]), [RedactionEntry("renate", "X")])
    assert entries == [RedactionEntry("Renate", "X", "other person")]


@pytest.mark.parametrize(
    "text", ["Renate came. Then Dr. Weber said hello to Lena and Paul.", "", "no names here"]
)
def test_offsets_follow_into_the_redacted_text(text: str) -> None:
    moved = names().mapped(text)
    assert moved.text == names().text(text)
    if "hello" in text:
        start = text.index("hello")
        assert moved.text[moved.offset(start) : moved.offset(start + 5, end=True)] == "hello"
        inside = text.index("Weber") + 2  # a span starting inside a name takes the whole label
        assert moved.text[moved.offset(inside) :].startswith("[BOSS]")
    assert moved.offset(len(text), end=True) == len(moved.text)


def test_counts_per_name() -> None:
    counts = names().count(["Renate, renate's", "Lena", None or ""])
    assert counts == {"Renate": 2, "Lena": 1}


@pytest.mark.parametrize(("name", "label"), [("  ", "[X]"), ("Anna", " "), ("x" * 201, "[X]")])
def test_unusable_entries_are_refused(name: str, label: str) -> None:
    with pytest.raises(InputError):
        check_entry(name, label)


def test_surnames_given_with_a_title_are_found() -> None:
    texts = ["He said, Mr. Brandt, take it. Frau Keller came; Dr. Weber too.", "Mr. B. and Dr. ok"]
    entries = titled_entries(texts, known={"weber"})
    assert [(e.name, e.label) for e in entries] == [
        ("Brandt", "[PERSON-1]"),
        ("Keller", "[PERSON-2]"),
    ]
