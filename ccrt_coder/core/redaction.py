"""Pseudonymisation: which names a project redacts, under which labels, and how text is redacted.

Exports that leave the team replace people's names by stable labels: the dyad partner by their
patient or therapist code, other persons by role and number (``[MOTHER]``, ``[FRIEND-2]``),
coders by ``Coder 1..n``, and the names a user adds by the label they choose. Matching is
whole-word and case-insensitive; a possessive (``Renate's``, ``Renates``) keeps its ending.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ccrt_coder.core.errors import InputError

MAX_NAME = 200
MAX_LABEL = 100
TITLES = frozenset(("dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."))
TITLES_DE = frozenset(("frau", "herr", "fr.", "hr."))
SOURCES = ("added", "patient", "therapist", "other person", "coder", "titled")
"""Where an entry comes from: added by a user, or suggested from the project."""


@dataclass(frozen=True)
class RedactionEntry:
    """A name (or alias) and the label that replaces it; ``source``: one of :data:`SOURCES`."""

    name: str
    label: str
    source: str = "added"


def name_key(name: str) -> str:
    """The form names are compared in: lower case (as the matching ignores case), runs of
    white space as one space."""
    return " ".join(name.split()).lower()


def check_entry(name: str, label: str) -> tuple[str, str]:
    """A user's name and label, trimmed; InputError when either cannot be used."""
    name, label = " ".join(name.split()), " ".join(label.split())
    if not re.search(r"\w", name):
        raise InputError("a name to redact needs at least one letter or digit")
    if len(name) > MAX_NAME:
        raise InputError(f"a name to redact has at most {MAX_NAME} characters")
    if not label:
        raise InputError("give the name a label to replace it with, e.g. [FRIEND-3]")
    if len(label) > MAX_LABEL:
        raise InputError(f"a label has at most {MAX_LABEL} characters")
    return name, label


def aliases(name: str) -> list[str]:
    """Shorter forms a name is also written as: ``Felix, son`` -> ``Felix``, ``Dr. Weber`` ->
    ``Weber`` (a surname of at least three letters; an initial alone would match too much)."""
    found: list[str] = []
    head = name.split(",")[0].strip()
    if head and head != name.strip():
        found.append(head)
    words = head.split()
    if len(words) >= 2 and words[0].casefold() in TITLES | TITLES_DE:
        surname = " ".join(words[1:])
        if len(re.sub(r"\W", "", surname)) >= 3:
            found.append(surname)
    return found


def role_label(role: str, number: int | None) -> str:
    """``mother`` -> ``[MOTHER]``; the second friend -> ``[FRIEND-2]``."""
    word = re.sub(r"[^\w]+", "-", role.strip()).strip("-").upper() or "PERSON"
    return f"[{word}]" if number is None else f"[{word}-{number}]"


def other_person_entries(people: Sequence[tuple[str, str]]) -> list[RedactionEntry]:
    """Entries for RE other persons, ``(type, name)`` in the order they first appear: a type
    with one name gets ``[TYPE]``, with several ``[TYPE-1]``, ``[TYPE-2]`` ... in that order."""
    first: dict[str, tuple[str, str]] = {}
    for role, name in people:
        if re.search(r"\w", name) and name_key(name) not in first:
            first[name_key(name)] = (role, " ".join(name.split()))
    per_role = Counter(name_key(role) for role, _ in first.values())
    numbers: Counter[str] = Counter()
    entries: list[RedactionEntry] = []
    for role, name in first.values():
        numbers[name_key(role)] += 1
        several = per_role[name_key(role)] > 1
        label = role_label(role, numbers[name_key(role)] if several else None)
        entries.append(RedactionEntry(name, label, "other person"))
    return entries


# "Mr. Brandt", "Frau Keller", "Professor Haller": a surname after a title, in any transcript
_TITLED = re.compile(
    r"(?<!\w)(?:Mrs?|Ms|Dr|Prof|Professor|Frau|Herr)\.?\s+([^\W\d_][\w'-]{2,})(?!\.\w)"
)


def titled_entries(texts: Iterable[str], known: set[str]) -> list[RedactionEntry]:
    """Surnames the transcripts give with a title, not in ``known`` (keys): ``[PERSON-n]`` in
    the order they first appear (a person named only in passing, e.g. a narrator addressed
    by name)."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _TITLED.finditer(text):
            surname = match.group(1)
            if surname[0].isupper() and name_key(surname) not in known:
                found.setdefault(name_key(surname), surname)
    return [
        RedactionEntry(name, f"[PERSON-{n}]", "titled")
        for n, name in enumerate(found.values(), start=1)
    ]


def coder_entries(names: Sequence[str]) -> list[RedactionEntry]:
    """Coders in the order they were added: ``Coder 1``, ``Coder 2`` ..."""
    return [RedactionEntry(name, f"Coder {n}", "coder") for n, name in enumerate(names, start=1)]


def merged(
    suggested: Iterable[RedactionEntry], stored: Iterable[RedactionEntry]
) -> list[RedactionEntry]:
    """The list in force: suggestions (each with its aliases, first one of a name wins), a
    stored entry replacing the label of a suggested name; stored names of its own are added."""
    by_key: dict[str, RedactionEntry] = {}
    for entry in suggested:
        for name in (entry.name, *aliases(entry.name)):
            by_key.setdefault(name_key(name), RedactionEntry(name, entry.label, entry.source))
    for entry in stored:
        old = by_key.get(name_key(entry.name))
        by_key[name_key(entry.name)] = RedactionEntry(
            old.name if old else entry.name, entry.label, old.source if old else "added"
        )
    return list(by_key.values())


@dataclass(frozen=True)
class Redacted:
    """A redacted text and where its replacements are, to move offsets into it."""

    text: str
    _ends: tuple[int, ...]  # original end of each replacement, ascending
    _starts: tuple[int, ...]  # original start of each replacement
    _new: tuple[tuple[int, int], ...]  # (start, end) of each label in ``text``
    _shift: tuple[int, ...]  # length change of the text before replacement i

    def offset(self, original: int, *, end: bool = False) -> int:
        """``original`` (a code-point offset into the original) in the redacted text; an offset
        inside a name moves to the label's start (or, for an ``end``, the label's end)."""
        i = bisect_right(self._ends, original)
        if i < len(self._starts) and self._starts[i] < original:
            return self._new[i][1] if end else self._new[i][0]
        return original + self._shift[i]


class Pseudonymizer:
    """Replaces every listed name in a text by its label (whole words, any case).

    Build one from the list in force (``usecases.redaction.pseudonymizer``) and call
    :meth:`text` on every string that leaves the project, :meth:`cell` on sheet values and
    :meth:`mapped` on a transcript whose offsets must follow. An empty list changes nothing.
    """

    def __init__(self, entries: Iterable[RedactionEntry]) -> None:
        self.entries = tuple(entries)
        self._labels = {name_key(e.name): e.label for e in self.entries}
        alternatives = _trie(list(self._labels))  # a trie: fast with hundreds of names
        self._pattern = (
            re.compile(rf"(?<!\w)(?P<name>{alternatives})(?P<s>s?)(?!\w)", re.IGNORECASE)
            if self._labels
            else None
        )

    def text(self, text: str) -> str:
        """``text`` with every listed name replaced by its label."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self._label, text)

    def cell(self, value: object) -> object:
        """A sheet value: strings redacted, numbers, dates and empties as they are."""
        return self.text(value) if isinstance(value, str) else value

    def row(self, row: Sequence[object]) -> tuple[object, ...]:
        return tuple(self.cell(value) for value in row)

    def mapped(self, text: str) -> Redacted:
        """``text`` redacted, with what moves offsets of the original into it."""
        ends: list[int] = []
        starts: list[int] = []
        new: list[tuple[int, int]] = []
        shift = [0]
        pieces: list[str] = []
        at = 0
        for match in self._pattern.finditer(text) if self._pattern and text else ():
            label = self._label(match)
            pieces.append(text[at : match.start()])
            new_start = match.start() + shift[-1]
            new.append((new_start, new_start + len(label)))
            pieces.append(label)
            starts.append(match.start())
            ends.append(match.end())
            shift.append(shift[-1] + len(label) - (match.end() - match.start()))
            at = match.end()
        pieces.append(text[at:])
        return Redacted("".join(pieces), tuple(ends), tuple(starts), tuple(new), tuple(shift))

    def count(self, texts: Iterable[str]) -> Counter[str]:
        """Occurrences per entry name (as listed) over ``texts``."""
        counts: Counter[str] = Counter()
        if self._pattern is None:
            return counts
        for text in texts:
            if text:
                counts.update(self._key(m.group("name")) for m in self._pattern.finditer(text))
        names = {name_key(e.name): e.name for e in self.entries}
        return Counter({names[key]: n for key, n in counts.items()})

    def _label(self, match: re.Match[str]) -> str:
        return self._labels[self._key(match.group("name"))] + match.group("s")

    def _key(self, found: str) -> str:
        """The listed name ``found`` matched (its lower case, unless case rules differ)."""
        key = name_key(found)
        if key in self._labels:
            return key
        return next(k for k in self._labels if re.fullmatch(_trie([k]), found, re.IGNORECASE))


Trie = dict[str, "Trie"]


def _trie(names: list[str]) -> str:
    """One regex matching any of ``names`` (white space as any run of it), longest first,
    with shared beginnings factored out so a text is scanned once, not once per name."""
    root: Trie = {}
    for name in names:
        node = root
        for n, word in enumerate(name.split()):
            for token in ([r"\s+"] if n else []) + [re.escape(char) for char in word]:
                node = node.setdefault(token, {})
        node[""] = {}
    return _branches(root)


def _branches(node: Trie) -> str:
    branches = [token + _branches(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body
