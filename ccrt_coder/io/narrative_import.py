"""Import RAP interviews from .txt/.docx transcripts and .csv/.xlsx tables as InterviewDrafts."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ccrt_coder.core.domain import NarratorRole, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.io import limits
from ccrt_coder.io.name_pattern import DEFAULT_PATTERN, NamePattern, compile_name_pattern
from ccrt_coder.io.narrative_fields import (
    narrator_problem,
    parse_narrator,
    parse_phase,
    phase_problem,
)
from ccrt_coder.io.narrative_tables import TABLE_SUFFIXES, read_table_file
from ccrt_coder.io.text_decoding import read_text_and_encoding
from ccrt_coder.io.transcript_parser import parse_transcript
from ccrt_coder.io.zip_limits import check_zip_file

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "NarrativeFile",
    "parse_narrator",
    "parse_phase",
    "read_narrative_file",
    "read_narratives",
]

TRANSCRIPT_SUFFIXES = (".txt", ".docx")
SUPPORTED_EXTENSIONS = (*TRANSCRIPT_SUFFIXES, *TABLE_SUFFIXES)


@dataclass(frozen=True)
class _Options:
    """Metadata given by the caller (CLI ``--dyad`` etc.) for transcripts."""

    dyad: str | None
    narrator: str | NarratorRole | None
    phase: int | str | None
    patient: str | None
    therapist: str | None
    pattern: NamePattern


@dataclass(frozen=True)
class NarrativeFile:
    """A file as read and checked: a transcript's text and REs (its dyad, narrator and phase
    are told separately) or a table's interviews. ``encoding`` is '' for .docx and .xlsx."""

    path: Path
    encoding: str
    text: str = ""
    res: tuple[ReDraft, ...] = ()
    drafts: tuple[InterviewDraft, ...] = ()

    @property
    def is_table(self) -> bool:
        return self.path.suffix.lower() in TABLE_SUFFIXES


def read_narratives(
    paths: Iterable[str | os.PathLike[str]],
    *,
    settings: StudySettings,
    dyad: str | None = None,
    narrator: str | NarratorRole | None = None,
    phase: int | str | None = None,
    patient: str | None = None,
    therapist: str | None = None,
    name_pattern: str | None = None,
) -> list[InterviewDraft]:
    """All interviews in ``paths``, or InputError: an import is all-or-nothing.

    Keyword options apply to .txt/.docx files only; tables carry their metadata in columns.
    ``name_pattern`` (default ``{dyad}_{narrator}_{phase}``) reads what the options leave open
    from the file name.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    pattern = compile_name_pattern(name_pattern) if name_pattern else DEFAULT_PATTERN
    options = _Options(dyad, narrator, phase, patient, therapist, pattern)
    drafts: list[InterviewDraft] = []
    seen: dict[tuple[str, NarratorRole, int], str] = {}
    for path in map(Path, paths):
        for draft in _read_file(path, settings, options):
            if draft.key in seen:
                raise InputError(
                    f"{path.name}: interview {draft.describe()} is also in {seen[draft.key]}"
                )
            seen[draft.key] = path.name
            drafts.append(draft)
    return drafts


def read_narrative_file(path: Path, settings: StudySettings) -> NarrativeFile:
    """Read and check one file's contents (encoding, RE markers, table rows), or InputError."""
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        drafts, encoding = read_table_file(path, settings)
        return NarrativeFile(path, encoding, drafts=tuple(drafts))
    check_supported(path)
    text, encoding = read_text_and_encoding(path) if suffix == ".txt" else (_docx_text(path), "")
    if len(text) > limits.MAX_TEXT_CHARS or text.count("\n") >= limits.MAX_LINES:
        raise InputError(
            f"{path.name}: the transcript has {len(text):,} characters in "
            f"{text.count(chr(10)) + 1:,} lines (limits {limits.MAX_TEXT_CHARS:,} and "
            f"{limits.MAX_LINES:,})"
        )
    res = parse_transcript(text, settings=settings, source=path.name)
    return NarrativeFile(path, encoding, text, res)


def check_supported(path: Path) -> None:
    """Refuse a file type no reader knows, naming the ones it could be."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        hint = " (save it as .docx)" if suffix == ".doc" else ""
        raise InputError(
            f"{path.name}: unsupported file type '{suffix or '(none)'}'{hint}; "
            f"supported: {supported}"
        )


def _read_file(path: Path, settings: StudySettings, options: _Options) -> list[InterviewDraft]:
    if path.suffix.lower() in TABLE_SUFFIXES:
        return list(read_narrative_file(path, settings).drafts)
    check_supported(path)
    dyad, narrator, phase = _transcript_metadata(path, settings, options)
    read = read_narrative_file(path, settings)
    draft = InterviewDraft(
        dyad, narrator, phase, read.text, read.res, path.name, options.patient, options.therapist
    )
    return [draft]


def _docx_text(path: Path) -> str:
    """Paragraph texts joined with newlines (tables, headers and notes are not read)."""
    from ccrt_coder.io.docx_text import docx_text  # lazy: lxml is not needed to start the app

    check_zip_file(path, "a Word document (.docx)", limits.MAX_DOCUMENT_BYTES)
    text = docx_text(path).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path.name}: the document has no text")
    return text


def _transcript_metadata(
    path: Path, settings: StudySettings, options: _Options
) -> tuple[str, NarratorRole, int]:
    """Dyad, narrator and phase from the options, else from the file name's pattern."""
    from_name = options.pattern.read(path.stem)
    dyad = str(options.dyad or "").strip() or from_name.get("dyad", "")
    narrator_value = str(options.narrator or "").strip() or from_name.get("narrator", "")
    phase_value = str(options.phase if options.phase is not None else "").strip()
    phase_value = phase_value or from_name.get("phase", "")
    given = {"dyad": dyad, "narrator": narrator_value, "phase": phase_value}
    missing = [what for what, value in given.items() if not value]
    if missing:
        flags = " ".join(f"--{what}" for what in missing)
        raise InputError(
            f"{path.name}: cannot tell the {_and(missing)} from the file name; give {flags} "
            f"(or name the file like D01_patient_5{path.suffix})"
        )
    narrator = parse_narrator(narrator_value)
    if narrator is None:
        raise InputError(f"{path.name}: {narrator_problem(narrator_value)}")
    phase = parse_phase(phase_value, settings)
    if phase is None:
        raise InputError(f"{path.name}: {phase_problem(phase_value, settings)}")
    return dyad, narrator, phase


def _and(words: list[str]) -> str:
    return " and ".join(filter(None, [", ".join(words[:-1]), words[-1]]))
