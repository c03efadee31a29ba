"""Import transcripts into an open project: read and check files, preview, store all or none.

The CLI reads and stores in one go (:meth:`Project.import_files`); the app first reads every
file (:func:`read_import_files`, on a worker), lets the user tell or correct each transcript's
dyad, narrator and phase (:func:`plan_import`, cheap enough to run after every edit), then
stores the lot (:func:`store_narratives`). Both read with the same readers, so a file's
problems read the same in both; both store through the same function and rule for replacing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ccrt_coder.core.domain import NarratorRole, StudySettings
from ccrt_coder.core.errors import CcrtError, InputError
from ccrt_coder.core.narratives import (
    CodingCount,
    InterviewDraft,
    re_labels,
    replace_refusal,
)
from ccrt_coder.core.progress import Cancelled, Progress
from ccrt_coder.io.name_pattern import (
    DEFAULT_NAME_PATTERN,
    NamePattern,
    compile_name_pattern,
)
from ccrt_coder.io.narrative_fields import parse_narrator, parse_phase
from ccrt_coder.io.narrative_import import (
    SUPPORTED_EXTENSIONS,
    NarrativeFile,
    read_narrative_file,
)
from ccrt_coder.io.problems import ProblemsError
from ccrt_coder.io.text_decoding import read_text_and_encoding
from ccrt_coder.storage import narrative_store, study_store
from ccrt_coder.storage.database import Database
from ccrt_coder.storage.transcript_replace import coding_counts, dyad_people, existing_interviews

__all__ = [
    "DEFAULT_NAME_PATTERN",
    "SUPPORTED_EXTENSIONS",
    "ImportCancelled",
    "ImportReport",
    "ImportState",
    "InterviewDraft",
    "Meta",
    "NamePattern",
    "PlannedFile",
    "ReadFile",
    "compile_name_pattern",
    "expand_paths",
    "guess_meta",
    "import_state",
    "plan_import",
    "re_labels",
    "read_import_files",
    "store_narratives",
]

STORE_CHUNK = 25  # interviews stored between two looks at the Cancel button


class ImportCancelled(CcrtError):
    """The user cancelled an import; the project is as it was."""


@dataclass(frozen=True)
class ImportReport:
    """What an import added to the project (``replaced``: interviews given a new transcript)."""

    interviews: tuple[str, ...]
    res: int
    replaced: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadFile:
    """One file as read for the preview: its contents, or the reader's message."""

    path: Path
    contents: NarrativeFile | None
    problem: str = ""
    problems: tuple[str, ...] = ()  # every ``line N: ...`` of the problem, for a details box
    encoding: str = ""  # a text file's encoding, also when its contents have a problem


@dataclass(frozen=True)
class Meta:
    """A transcript's dyad, narrator and phase as the file name or the user tells them."""

    dyad: str = ""
    narrator: NarratorRole | None = None
    phase: int | None = None


@dataclass(frozen=True)
class ImportState:
    """What the project holds that an import must respect, read once for a preview."""

    settings: StudySettings
    interviews: dict[tuple[str, str, int], int] = field(default_factory=dict)
    coding: dict[int, CodingCount] = field(default_factory=dict)
    dyads: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedFile:
    """What importing one file would do, or why it cannot be imported.

    ``problem`` blocks the import (a reading problem, a clash with another file or with the
    project, coding that forbids replacing); ``missing`` names what the user still has to tell
    (dyad, narrator, phase); ``existing`` are interviews the project has already, which may be
    replaced because nobody has coded them.
    """

    drafts: tuple[InterviewDraft, ...] = ()
    problem: str = ""
    missing: tuple[str, ...] = ()
    existing: tuple[str, ...] = ()
    new_dyads: tuple[str, ...] = ()

    @property
    def res(self) -> int:
        return sum(len(d.res) for d in self.drafts)


# -- reading ------------------------------------------------------------------------------------
def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, and a folder's supported files (not its subfolders), each once."""
    found: dict[Path, None] = {}
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(path.iterdir())
            found.update((p, None) for p in inside if p.is_file() and _supported(p))
        else:
            found[path] = None
    return list(found)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_EXTENSIONS


def read_import_files(
    paths: Sequence[Path],
    settings: StudySettings,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ReadFile]:
    """Read and check every file; a file's problem is kept with it, not raised."""
    read: list[ReadFile] = []
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            raise ImportCancelled("reading cancelled; nothing was imported")
        if progress is not None:
            progress(done, len(paths))
        try:
            contents = read_narrative_file(path, settings)
            read.append(ReadFile(path, contents, encoding=contents.encoding))
        except InputError as exc:
            lines = exc.problems if isinstance(exc, ProblemsError) else (str(exc),)
            read.append(ReadFile(path, None, str(exc), tuple(lines), _encoding(path)))
    if progress is not None:
        progress(len(paths), len(paths))
    return read


def _encoding(path: Path) -> str:
    """The encoding of a text file whose contents were refused ('' when it has none)."""
    if path.suffix.lower() not in (".txt", ".csv"):
        return ""
    try:
        return read_text_and_encoding(path)[1]
    except InputError:
        return ""


def guess_meta(path: Path, pattern: NamePattern, settings: StudySettings) -> Meta:
    """What the file name tells through ``pattern``; a value that is not valid is left out."""
    found = pattern.read(path.stem)
    return Meta(
        found.get("dyad", "").strip(),
        parse_narrator(found.get("narrator", "")),
        parse_phase(found.get("phase", ""), settings),
    )


# -- the preview --------------------------------------------------------------------------------
def import_state(db: Database) -> ImportState:
    with db.reading() as session:
        return ImportState(
            study_store.load_settings(session),
            existing_interviews(session),
            coding_counts(session),
            dyad_people(session),
        )


def plan_import(
    files: Sequence[ReadFile], metas: Sequence[Meta], state: ImportState
) -> list[PlannedFile]:
    """What each file would add (``metas[i]`` for a transcript ``files[i]``), all checked."""
    seen: dict[tuple[str, NarratorRole, int], str] = {}
    return [_plan(file, meta, state, seen) for file, meta in zip(files, metas, strict=True)]


def _plan(
    file: ReadFile, meta: Meta, state: ImportState, seen: dict[tuple[str, NarratorRole, int], str]
) -> PlannedFile:
    name, contents = file.path.name, file.contents
    if contents is None:
        return PlannedFile(problem=file.problem)
    if contents.is_table:
        drafts = contents.drafts
    else:
        told = {"dyad": meta.dyad, "narrator": meta.narrator, "phase": meta.phase}
        missing = tuple(what for what, value in told.items() if not value)
        if missing or meta.narrator is None or meta.phase is None:
            return PlannedFile(missing=missing)
        drafts = (
            InterviewDraft(meta.dyad, meta.narrator, meta.phase, contents.text, contents.res, name),
        )
    existing: list[str] = []
    for draft in drafts:
        if draft.key in seen:
            problem = f"{name}: interview {draft.describe()} is also in {seen[draft.key]}"
            return PlannedFile(drafts, problem)
        seen[draft.key] = name
        if problem := _people_problem(draft, state):
            return PlannedFile(drafts, f"{name}: {problem}")
        interview_id = state.interviews.get((draft.dyad, draft.narrator.value, draft.phase))
        if interview_id is not None:
            coding = state.coding.get(interview_id, CodingCount())
            if refusal := replace_refusal(draft.describe(), coding):
                return PlannedFile(drafts, f"{name}: {refusal}")
            existing.append(draft.describe())
    new_dyads = tuple(dict.fromkeys(d.dyad for d in drafts if d.dyad not in state.dyads))
    return PlannedFile(drafts, existing=tuple(existing), new_dyads=new_dyads)


def _people_problem(draft: InterviewDraft, state: ImportState) -> str:
    """A table naming other people for a dyad than the project has (as storing would say)."""
    people = state.dyads.get(draft.dyad)
    if people is None:
        return ""
    wanted_people = (draft.patient, draft.therapist)
    for role, wanted, have in zip(NarratorRole, wanted_people, people, strict=True):
        if wanted is not None and wanted != have:
            return f"dyad {draft.dyad} has {role.value} {have}, but {draft.source} says {wanted}"
    return ""


# -- storing ------------------------------------------------------------------------------------
def store_narratives(
    db: Database,
    drafts: Sequence[InterviewDraft],
    replace: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Store interviews in one transaction: all of them, or none if anything is wrong or the
    user cancels. ``replace`` lets a file replace the transcript of an interview nobody coded."""
    keys = [d.key for d in drafts]
    if len(set(keys)) != len(keys):
        twice = sorted({d.describe() for d in drafts if keys.count(d.key) > 1})
        raise InputError("these interviews are imported twice: " + ", ".join(twice))
    with db.transaction() as session:
        existing = existing_interviews(session)
        replaced = tuple(
            d.describe() for d in drafts if (d.dyad, d.narrator.value, d.phase) in existing
        )
        n_res = 0
        for start in range(0, len(drafts), STORE_CHUNK):
            if cancelled is not None and cancelled():
                raise ImportCancelled("import cancelled; nothing was imported")
            chunk = drafts[start : start + STORE_CHUNK]
            n_res += narrative_store.store_interviews(session, chunk, replace)
            if progress is not None:
                progress(start + len(chunk), len(drafts))
        if cancelled is not None and cancelled():
            raise ImportCancelled("import cancelled; nothing was imported")
    return ImportReport(tuple(d.describe() for d in drafts), n_res, replaced)
