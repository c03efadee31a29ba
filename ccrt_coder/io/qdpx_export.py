"""Write a study as a REFI-QDA project exchange file (.qdpx: project.qde + sources/*.txt).

GUIDs and Descriptions follow :mod:`ccrt_coder.io.qdpx_format`; the codebook is
:mod:`ccrt_coder.io.qdpx_codebook`. Positions are Unicode code points, start inclusive and end
exclusive (as QualCoder and MAXQDA count).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from lxml import etree

from ccrt_coder.core.progress import Progress
from ccrt_coder.core.records import ReRecord, UnitRecord
from ccrt_coder.io.qdpx_codebook import Codebook
from ccrt_coder.io.qdpx_export_study import ExportInterview, ExportStudy
from ccrt_coder.io.qdpx_format import (
    NS,
    derived_guid,
    describe_re,
    describe_source,
    describe_study,
    describe_unit,
    element,
    guid,
    text_element,
)


def write_qdpx(
    study: ExportStudy,
    out: Path,
    progress: Progress | None = None,
    redact: Callable[[str], str] | None = None,
) -> None:
    """Write ``out`` (a zip); the caller picks a temporary name and renames it when done.

    ``redact`` (a pseudonymised export) rewrites every element text and ``name`` attribute;
    the transcripts and positions must already be redacted in ``study``."""
    root = _project(study, progress)
    if redact is not None:
        _redact_tree(root, redact)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for interview in study.interviews:
            name = f"sources/{guid(interview.transcript_uid)}.txt"
            archive.writestr(name, interview.text.encode("utf-8"))


def _redact_tree(root: etree._Element, redact: Callable[[str], str]) -> None:
    """Names out of every text and ``name`` attribute (GUIDs and positions stay as they are)."""
    for node in root.iter():
        if node.text:
            node.text = redact(node.text)
        if node.get("name"):
            node.set("name", redact(node.get("name") or ""))


def _time(value: datetime | None) -> str | None:
    """xsd:dateTime in UTC, to the second (naive values are UTC, as stored)."""
    return f"{value.isoformat(timespec='seconds')}Z" if value else None


def _project(study: ExportStudy, progress: Progress | None) -> etree._Element:
    # None keys the default namespace in lxml; lxml-stubs type nsmap keys as str only.
    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})  # type: ignore[dict-item]
    root.set("name", study.settings.name)
    root.set("origin", f"CCRT Coder {study.app_version}")
    root.set("creationDateTime", _time(study.created_at) or "")
    if study.coders:
        users = element(root, "Users")
        for uid, name in study.coders.values():
            element(users, "User", guid=guid(uid), name=name)
    codes = Codebook(study)
    codes.write(element(element(root, "CodeBook"), "Codes"))
    variables = _Variables(study.study_uid)
    variables.write(root)
    _cases(root, study, variables)
    if study.interviews:  # the schema wants at least one source in <Sources>
        sources, contents = element(root, "Sources"), _Contents(study)
        for done, interview in enumerate(study.interviews, start=1):
            _source(sources, study, interview, contents, codes, variables)
            if progress:
                progress(done, len(study.interviews))
    text_element(root, "Description", describe_study(study.settings, study.system))
    return root


class _Variables:
    NAMES = (
        ("dyad", "Text"),
        ("narrator", "Text"),
        ("phase", "Integer"),
        ("person", "Text"),
        ("patient", "Text"),
        ("therapist", "Text"),
    )

    def __init__(self, study_uid: str) -> None:
        self.guids = {name: derived_guid(study_uid, "variable", name) for name, _ in self.NAMES}

    def write(self, root: etree._Element) -> None:
        variables = element(root, "Variables")
        for name, kind in self.NAMES:
            element(variables, "Variable", guid=self.guids[name], name=name, typeOfVariable=kind)

    def value(self, parent: etree._Element, name: str, value: str | int) -> None:
        node = element(parent, "VariableValue")
        element(node, "VariableRef", targetGUID=self.guids[name])
        kind = "IntegerValue" if isinstance(value, int) else "TextValue"
        element(node, kind).text = str(value)


def _cases(root: etree._Element, study: ExportStudy, variables: _Variables) -> None:
    """One case per dyad x narrator (the narrator as a person of that dyad)."""
    groups: dict[tuple[str, str], list[ExportInterview]] = {}
    for interview in study.interviews:
        record = interview.record
        groups.setdefault((record.dyad, record.narrator.value), []).append(interview)
    if not groups:
        return
    cases = element(root, "Cases")
    for (dyad, narrator), interviews in groups.items():
        record = interviews[0].record
        person = record.patient if narrator == "patient" else record.therapist
        case = element(
            cases,
            "Case",
            guid=derived_guid(study.study_uid, "case", dyad, narrator),
            name=f"{dyad} {narrator}",
        )
        text_element(case, "Description", study.person_notes.get(person, ""))
        for name, value in (
            ("dyad", dyad),
            ("narrator", narrator),
            ("person", person),
            ("patient", record.patient),
            ("therapist", record.therapist),
        ):
            variables.value(case, name, value)
        for interview in interviews:
            element(case, "SourceRef", targetGUID=guid(interview.transcript_uid))


class _Contents:
    """REs and units per interview, and RE numbers by id (looked up once, not per unit)."""

    def __init__(self, study: ExportStudy) -> None:
        self.res: dict[int, list[ReRecord]] = {}
        for re in study.res:
            self.res.setdefault(re.interview_id, []).append(re)
        interview_of = {re.id: re.interview_id for re in study.res}
        self.re_number = {re.id: re.number for re in study.res}
        self.units: dict[int, list[UnitRecord]] = {}
        for unit in study.units:
            self.units.setdefault(interview_of[unit.draft.re_id], []).append(unit)


def _source(
    sources: etree._Element,
    study: ExportStudy,
    interview: ExportInterview,
    contents: _Contents,
    codes: Codebook,
    variables: _Variables,
) -> None:
    record = interview.record
    source_guid = guid(interview.transcript_uid)
    node = element(
        sources,
        "TextSource",
        guid=source_guid,
        name=f"{record.dyad} {record.narrator.value} phase {record.phase}",
        plainTextPath=f"internal://{source_guid}.txt",
        creationDateTime=_time(interview.imported_at),
    )
    text_element(node, "Description", describe_source(interview.source))
    for re in contents.res.get(record.id, []):
        _re_selections(node, study, re, codes)
    for unit in contents.units.get(record.id, []):
        _unit_selections(node, study, unit, contents.re_number[unit.draft.re_id], codes)
    for name, value in (
        ("dyad", record.dyad),
        ("narrator", record.narrator.value),
        ("phase", record.phase),
    ):
        variables.value(node, name, value)


def _re_selections(node: etree._Element, study: ExportStudy, re: ReRecord, codes: Codebook) -> None:
    uid = study.re_uids[re.id]
    ratings = [
        (study.coders[coder_id][0], study.coders[coder_id][1], layer, value)
        for coder_id, layer, value in study.ratings.get(re.id, ())
    ]
    description = describe_re(re, ratings, part_of=None)
    for n, span in enumerate(re.spans):
        piece = guid(uid) if n == 0 else derived_guid(uid, "piece", n)
        selection = element(
            node,
            "PlainTextSelection",
            guid=piece,
            name=re.label(),
            startPosition=str(span.start),
            endPosition=str(span.end),
        )
        text_element(
            selection, "Description", description if n == 0 else describe_re(re, [], part_of=uid)
        )
        element(
            element(selection, "Coding", guid=derived_guid(piece, "coding")),
            "CodeRef",
            targetGUID=codes.re_guid[re.other_type],
        )


def _unit_selections(
    node: etree._Element, study: ExportStudy, unit: UnitRecord, re_number: int, codes: Codebook
) -> None:
    coder_guid = guid(study.coders[unit.draft.coder_id][0])
    for n, span in enumerate(unit.draft.spans):
        piece = guid(unit.uid) if n == 0 else derived_guid(unit.uid, "piece", n)
        part_of = unit.uid if len(unit.draft.spans) > 1 else None
        selection = element(
            node,
            "PlainTextSelection",
            guid=piece,
            name=unit.draft.tailor_label or unit.draft.component.title,
            startPosition=str(span.start),
            endPosition=str(span.end),
            creatingUser=coder_guid,
            creationDateTime=_time(unit.created_at),
            modifiedDateTime=_time(unit.modified_at),
        )
        text_element(selection, "Description", describe_unit(unit.draft, re_number, part_of))
        for code in codes.codes_of(unit):
            coding = element(
                selection,
                "Coding",
                guid=derived_guid(piece, code),
                creatingUser=coder_guid,
                creationDateTime=_time(unit.created_at),
            )
            element(coding, "CodeRef", targetGUID=code)
