"""Names to redact (Project > Names to redact..., ``ccrt-coder redact``) and the Pseudonymizer
every pseudonymised export uses.

The list in force is derived each time from the project (so a new RE's other person is never
missed) and the entries users stored: RE other persons by role and number, the dyad partner by
their patient or therapist code, coders as ``Coder 1..n``, plus the names users add or relabel.

To pseudonymise another export (e.g. the report)::

    from ccrt_coder.usecases.redaction import pseudonymizer
    p = pseudonymizer(db)            # or with an open session: pseudonymizer_in(session)
    p.text("Renate's call")          # -> "[MOTHER]'s call"
    p.row(("Renate", 3, None))       # every string cell of a table row
    r = p.mapped(transcript_text)    # r.text, r.offset(start), r.offset(end, end=True)
    ABOUT_ROW                        # the sentence the About sheet says about it
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ccrt_coder.core.domain import Span
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.redaction import (
    Pseudonymizer,
    Redacted,
    RedactionEntry,
    check_entry,
    coder_entries,
    merged,
    name_key,
    other_person_entries,
    titled_entries,
)
from ccrt_coder.core.unit_filter import UnitRow
from ccrt_coder.io.qdpx_export_study import ExportStudy
from ccrt_coder.storage import export_store, redaction_store
from ccrt_coder.storage.database import Database

if TYPE_CHECKING:
    from ccrt_coder.storage.database import Session  # what db.transaction() yields

__all__ = ["ABOUT_ROW", "NameList", "PreviewRow", "Pseudonymizer", "RedactionEntry"]

ABOUT_ROW = (
    "pseudonymised",
    "yes: people's names are replaced by labels (the dyad partner by their patient or "
    "therapist code, other persons by role and number such as [MOTHER] or [FRIEND-2], coders "
    "by Coder 1..n, other names by the project's list of names to redact), whole words in any "
    "case, in every sheet, transcript, unit text, label and memo; start, end and spans are "
    "offsets into the redacted transcript text, so they differ from the project's own",
)
"""The About sheet's row for a pseudonymised export: (item, value)."""


@dataclass(frozen=True)
class PreviewRow:
    """One replacement an export would make: name -> label, and how often it occurs."""

    name: str
    label: str
    source: str
    occurrences: int
    stored: bool  # the user added or relabelled it (it can be removed)


def entries_in(session: Session) -> list[RedactionEntry]:
    """The list in force: suggestions from the project (coders, dyad partners and other
    persons of the REs, titled surnames in the transcripts), with the stored names over them."""
    others: list[tuple[str, str]] = []
    partners: list[RedactionEntry] = []
    for kind, name, about_partner, narrator, partner_code in redaction_store.other_persons(session):
        if about_partner:
            role = "therapist" if narrator == "patient" else "patient"
            partners.append(RedactionEntry(" ".join(name.split()), partner_code, role))
        else:
            others.append((kind, name))
    suggested = merged(
        [
            *coder_entries(redaction_store.coder_names(session)),
            *partners,
            *other_person_entries(others),
        ],
        [],
    )
    known = {name_key(e.name) for e in suggested}
    suggested += titled_entries(redaction_store.transcripts(session), known)
    stored = [RedactionEntry(n, label) for n, label in redaction_store.stored_names(session)]
    return merged(suggested, stored)


def pseudonymizer_in(session: Session) -> Pseudonymizer:
    return Pseudonymizer(entries_in(session))


def pseudonymizer(db: Database) -> Pseudonymizer:
    """The Pseudonymizer of the project's list in force (read once; it holds no connection)."""
    with db.reading() as session:
        return pseudonymizer_in(session)


class NameList:
    """The names to redact of one project: list, add or relabel, remove, preview."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(self) -> list[RedactionEntry]:
        with self._db.reading() as session:
            return entries_in(session)

    def add(self, name: str, label: str | None = None) -> RedactionEntry:
        """Store ``name`` (or relabel a suggested one); no ``label``: a new ``[NAME-n]``."""
        with self._db.transaction() as session:
            entries = entries_in(session)
            name, label = check_entry(name, label if label is not None else _next_label(entries))
            redaction_store.set_name(session, name, label)
            return next(e for e in entries_in(session) if name_key(e.name) == name_key(name))

    def remove(self, name: str) -> None:
        """Forget a stored name; a suggested name's own label comes back."""
        with self._db.transaction() as session:
            if redaction_store.remove_name(session, name):
                return
            if any(name_key(e.name) == name_key(name) for e in entries_in(session)):
                raise InputError(
                    f"{name!r} is suggested from the project (a person, an RE's other person "
                    "or a coder) and is always redacted; give it another label with --add "
                    f"{name!r} --as LABEL instead"
                )
            raise NotFoundError(f"{name!r} is not on the list of names to redact")

    def preview(self) -> list[PreviewRow]:
        """Every replacement with its occurrences in the project's texts (transcripts, RE
        other names, unit labels and memos, memos, person notes, coder names)."""
        with self._db.reading() as session:
            entries = entries_in(session)
            stored = {name_key(n) for n, _ in redaction_store.stored_names(session)}
            counts = Pseudonymizer(entries).count(redaction_store.free_texts(session))
        return [
            PreviewRow(e.name, e.label, e.source, counts[e.name], name_key(e.name) in stored)
            for e in entries
        ]


def _next_label(entries: list[RedactionEntry]) -> str:
    """``[NAME-n]``, n one more than the highest such label so far."""
    taken = [e.label for e in entries if e.label.startswith("[NAME-")]
    numbers = [int(label[6:-1]) for label in taken if label[6:-1].isdigit()]
    return f"[NAME-{max(numbers, default=0) + 1}]"


def pseudonymized_study(study: ExportStudy, pseudonymizer: Pseudonymizer) -> ExportStudy:
    """A REFI-QDA export's study with redacted transcripts and every span moved into them
    (the names in the XML are redacted as it is written: ``write_qdpx(..., redact=...)``)."""
    moved: dict[int, Redacted] = {}
    interviews = []
    for interview in study.interviews:
        moved[interview.record.id] = pseudonymizer.mapped(interview.text)
        interviews.append(replace(interview, text=moved[interview.record.id].text))
    interview_of = {re.id: re.interview_id for re in study.res}

    def spans(interview_id: int, original: tuple[Span, ...]) -> tuple[Span, ...]:
        text = moved[interview_id]
        return tuple(Span(text.offset(s.start), text.offset(s.end, end=True)) for s in original)

    res = tuple(replace(re, spans=spans(re.interview_id, re.spans)) for re in study.res)
    units = tuple(
        replace(
            unit,
            draft=replace(
                unit.draft, spans=spans(interview_of[unit.draft.re_id], unit.draft.spans)
            ),
        )
        for unit in study.units
    )
    return replace(study, interviews=tuple(interviews), res=res, units=units)


def pseudonymized_units(
    session: Session, pseudonymizer: Pseudonymizer, rows: Iterable[UnitRow]
) -> Iterator[UnitRow]:
    """Units as the Units view lists them with their texts redacted and start and end moved
    into the redacted transcript (each transcript redacted once per run)."""
    moved: dict[int, Redacted] = {}
    for row in rows:
        if row.interview_id not in moved:
            if len(moved) > 64:
                moved.clear()
            original = export_store.transcript_text(session, row.interview_id)
            moved[row.interview_id] = pseudonymizer.mapped(original)
        into = moved[row.interview_id]
        start, end = into.offset(row.start), into.offset(row.end, end=True)
        redacted = UnitRow(*pseudonymizer.row(row))  # type: ignore[arg-type]
        yield redacted._replace(start=start, end=end)
