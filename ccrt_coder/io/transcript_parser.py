"""Find relationship episodes (REs) marked in a transcript text.

Marker grammar — a whole line (leading/trailing whitespace allowed)::

    RE <number>[<letter a-z>]: <other type>[ (<other name>)][, <time frame>]

"RE" is case-insensitive, e.g. ``RE 1: mother (Helga), past-childhood``, ``RE 3b: mother``,
``re 2: boss``. A line is taken as a marker as soon as it starts with ``RE <number>[letter]``
(e.g. ``RE 4 mother``); if the rest does not follow the grammar the line is an error, never
silently text.

- ``RE 3`` or ``RE 3a`` starts RE 3; ``RE 3b``, ``RE 3c`` ... add further spans to RE 3 (the RE
  must have started before). A continuation may omit the other person (it inherits); if it
  names another type, name or time frame than the start, that is an error.
- The other type is resolved with ``StudySettings.resolve_other_type`` (``boss`` ->
  ``colleague/boss``); the time frame must be one of ``StudySettings.time_frames``
  (both case-insensitive; the stored value is the setting's spelling).
- Marker lines stay in the text, so the file's line numbers are kept. A marker's span runs from
  the start of the line after the marker to the last non-blank character before the next marker
  line or the end of the text. Spans are code-point offsets (Python ``str`` indices).
- Text before the first marker is interview context, in no RE. A text without markers has no REs.
- Errors (all reported at once, with line numbers): unknown other type or time frame, a start
  marker without other type, RE number 0, duplicate RE number or continuation letter, a
  continuation of an RE not yet started, a marker with no text after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ccrt_coder.core.domain import Span, StudySettings
from ccrt_coder.core.narratives import ReDraft
from ccrt_coder.core.rules import re_number_problems
from ccrt_coder.io.problems import ProblemList, problems_error, quoted

_Problems = ProblemList[tuple[int, str]]  # (line number, reason)

_MARKER_START = re.compile(r"^\s*RE\s*(?P<number>\d+)(?P<letter>[a-z]?)\b", re.IGNORECASE)
_INHERITED = (
    ("other_type", "other person"),
    ("other_name", "other name"),
    ("time_frame", "time frame"),
)
_MARKER_REST = re.compile(
    r"^(?P<type>[^(),]*?)\s*(?:\((?P<name>[^()]*)\))?\s*(?:,\s*(?P<frame>[^(),]*?))?\s*$"
)


@dataclass
class _Marker:
    line: int
    number: int
    letter: str
    other_type: str = ""
    other_name: str = ""
    time_frame: str = ""
    span_start: int = 0
    span_end: int = 0
    readable: bool = True

    @property
    def label(self) -> str:
        return f"RE {self.number}{self.letter}"

    @property
    def is_continuation(self) -> bool:
        """``RE 3`` and ``RE 3a`` start RE 3; ``RE 3b`` and later letters continue it."""
        return self.letter not in ("", "a")


@dataclass
class _Episode:
    first: _Marker
    letters: dict[str, int] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)


def parse_transcript(text: str, *, settings: StudySettings, source: str) -> tuple[ReDraft, ...]:
    """The REs marked in ``text``, sorted by number; raise InputError listing every bad marker."""
    problems: _Problems = ProblemList()
    episodes = _group(_find_markers(text, settings, problems), problems)
    if problems:
        ordered = sorted(problems.items, key=lambda p: p[0])
        lines = [f"line {line}: {reason}" for line, reason in ordered]
        raise problems_error(source, lines, problems.total)
    return tuple(
        ReDraft(
            number=ep.first.number,
            other_type=ep.first.other_type,
            spans=tuple(sorted(ep.spans)),
            other_name=ep.first.other_name,
            time_frame=ep.first.time_frame,
        )
        for ep in sorted(episodes.values(), key=lambda ep: ep.first.number)
    )


def is_marker_line(line: str) -> bool:
    """Whether a line would be read as an RE marker (keeps imported table texts unambiguous)."""
    return _MARKER_START.match(line) is not None


def resolve_time_frame(word: str, settings: StudySettings) -> str | None:
    """The study's spelling of a time frame (case-insensitive); '' for none, None if unknown."""
    wanted = word.strip().lower()
    if not wanted:
        return ""
    return next((frame for frame in settings.time_frames if frame.lower() == wanted), None)


def marker_line(number: int, other_type: str, other_name: str = "", time_frame: str = "") -> str:
    """The marker line of an RE in this grammar, e.g. ``RE 1: mother (Helga), current``."""
    name = f" ({other_name})" if other_name else ""
    frame = f", {time_frame}" if time_frame else ""
    return f"RE {number}: {other_type}{name}{frame}"


def _find_markers(text: str, settings: StudySettings, problems: _Problems) -> list[_Marker]:
    markers: list[_Marker] = []
    offset = 0
    for line_no, line in enumerate(text.split("\n"), start=1):
        line_end = offset + len(line)
        match = _MARKER_START.match(line)
        if match:
            if markers:
                markers[-1].span_end = _content_end(text, markers[-1].span_start, offset)
            marker = _read_marker(match, line, line_no, settings, problems)
            marker.span_start = min(line_end + 1, len(text))
            markers.append(marker)
        offset = line_end + 1
    if markers:
        markers[-1].span_end = _content_end(text, markers[-1].span_start, len(text))
    return markers


def _content_end(text: str, start: int, stop: int) -> int:
    """End of the last non-blank character in ``text[start:stop]`` (``start`` if none)."""
    return start + len(text[start:stop].rstrip())


def _read_marker(
    match: re.Match[str], line: str, line_no: int, settings: StudySettings, problems: _Problems
) -> _Marker:
    # sixteen significant digits are past any RE number and past int() cost on a huge line
    number = int((match["number"].lstrip("0") or "0")[:16])
    number_problems = re_number_problems(number)
    if number_problems:
        problems.append((line_no, number_problems[0]))
        return _Marker(line_no, 0, "", readable=False)
    marker = _Marker(line_no, number, match["letter"].lower())
    after = line[match.end() :].lstrip()
    rest = _MARKER_REST.match(after[1:].strip()) if after.startswith(":") else None
    if rest is None:
        expected = "'RE <number>[letter]: <other person>[ (<name>)][, <time frame>]'"
        shown = quoted(line.strip(), 60)
        problems.append((line_no, f"cannot read RE marker {shown}; expected {expected}"))
        marker.readable = False
        return marker
    marker.other_name = (rest["name"] or "").strip()
    marker.other_type = _resolve_type(rest["type"], marker, settings, problems)
    marker.time_frame = _resolve_frame(rest["frame"] or "", marker, settings, problems)
    return marker


def _resolve_type(word: str, marker: _Marker, settings: StudySettings, problems: _Problems) -> str:
    word = word.strip()
    if not word:
        if not marker.is_continuation:
            problems.append((marker.line, f"{marker.label} names no other person"))
        return ""
    resolved = settings.resolve_other_type(word)
    if resolved is None:
        known = ", ".join(settings.other_person_types)
        problems.append(
            (marker.line, f"unknown other person {word!r} in {marker.label}; known: {known}")
        )
        return ""
    return resolved


def _resolve_frame(word: str, marker: _Marker, settings: StudySettings, problems: _Problems) -> str:
    word = word.strip()
    frame = resolve_time_frame(word, settings)
    if frame is None:
        known = ", ".join(settings.time_frames)
        problems.append(
            (marker.line, f"unknown time frame {word!r} in {marker.label}; known: {known}")
        )
        return ""
    return frame


def _group(markers: list[_Marker], problems: _Problems) -> dict[int, _Episode]:
    episodes: dict[int, _Episode] = {}
    for marker in filter(lambda marker: marker.readable, markers):
        episode = episodes.get(marker.number)
        problem = _sequence_problem(marker, episode)
        if problem:
            problems.append((marker.line, problem))
            continue
        if episode is None:
            episode = episodes[marker.number] = _Episode(marker)
        else:
            _check_continuation(marker, episode.first, problems)
        episode.letters[marker.letter or "a"] = marker.line
        if marker.span_end > marker.span_start:
            episode.spans.append(Span(marker.span_start, marker.span_end))
        else:
            problems.append((marker.line, f"{marker.label} has no text after its marker"))
    return episodes


def _sequence_problem(marker: _Marker, episode: _Episode | None) -> str | None:
    """Why a marker cannot start or continue its RE here (None if it can)."""
    if not marker.is_continuation:
        if episode is not None:
            return f"duplicate RE {marker.number} (already started at line {episode.first.line})"
        return None
    if episode is None:
        return (
            f"{marker.label} continues RE {marker.number}, which has not started above "
            f"(mark its first part 'RE {marker.number}' or 'RE {marker.number}a')"
        )
    if marker.letter in episode.letters:
        return f"duplicate {marker.label} (already at line {episode.letters[marker.letter]})"
    return None


def _check_continuation(marker: _Marker, first: _Marker, problems: _Problems) -> None:
    """A continuation may omit what its start says (it inherits), but must not contradict it."""
    for attr, what in _INHERITED:
        given, started = getattr(marker, attr), getattr(first, attr)
        if given and started and given.lower() != started.lower():
            reason = (
                f"{marker.label} names {what} {given!r} but "
                f"RE {marker.number} (line {first.line}) has {started!r}"
            )
            problems.append((marker.line, reason))
        elif given and not started:
            setattr(first, attr, given)
