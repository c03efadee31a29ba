"""Write a study as a REFI-QDA project exchange file (.qdpx: project.qde + sources/*.txt).

GUIDs come from our uids (``uuid.UUID(hex=uid)``) or, for things without a uid (codes, codings,
variables, cases, further pieces of a multi-span unit), deterministically from them with
``uuid5``: exporting the same project twice gives the same GUIDs. Positions are Unicode code
points, start inclusive and end exclusive (as QualCoder and MAXQDA count). What other programs
have no field for (label, valence, layer, RE number, ratings, settings) is written into the
Descriptions: a first line naming what it is (``CCRT unit``), then one ``key: value`` line per
field, values with backslash and newline escaped (:func:`describe`); the importer reads them back.
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Component, StudySettings
from ccrt_coder.core.progress import Progress
from ccrt_coder.core.records import InterviewRecord, ReRecord, UnitDraft, UnitRecord

NS = "urn:QDA-XML:project:1.0"
GUID_NAMESPACE = uuid.UUID("6f6c0a4e-4d0b-5c3e-9a52-63637274636f")  # for derived GUIDs
RE_ROOT_NAME = "RE Relationship episodes"
RE_SEPARATOR = "›"
_COLOURS = {Component.W: "#0072B2", Component.RO: "#D55E00", Component.RS: "#009E73"}


@dataclass(frozen=True)
class ExportInterview:
    record: InterviewRecord
    transcript_uid: str
    text: str
    imported_at: datetime
    source: str


@dataclass(frozen=True)
class ExportStudy:
    """Everything written to a .qdpx, as plain records plus the uids that become GUIDs."""

    settings: StudySettings
    system: CategorySystem
    system_uid: str
    study_uid: str
    created_at: datetime
    coders: dict[int, tuple[str, str]]  # coder id -> (uid, name)
    interviews: tuple[ExportInterview, ...]
    res: tuple[ReRecord, ...]
    re_uids: dict[int, str]
    ratings: dict[int, tuple[tuple[int, str, float], ...]]  # re id -> (coder id, layer, value)
    units: tuple[UnitRecord, ...]
    person_notes: dict[str, str]
    app_version: str


def guid(uid: str) -> str:
    """Our 32-hex uid in GUID form (what ``str(uuid.UUID(hex=uid))`` gives, faster)."""
    if len(uid) != 32:
        return str(uuid.UUID(hex=uid))
    return f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}"


def derived_guid(*parts: object) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, "/".join(map(str, parts))))


def write_qdpx(study: ExportStudy, out: Path, progress: Progress | None = None) -> None:
    """Write ``out`` (a zip); the caller picks a temporary name and renames it when done."""
    root = _project(study, progress)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for interview in study.interviews:
            name = f"sources/{guid(interview.transcript_uid)}.txt"
            archive.writestr(name, interview.text.encode("utf-8"))


def _el(parent: etree._Element, tag: str, **attrs: str | None) -> etree._Element:
    return etree.SubElement(
        parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None}
    )


def _text(parent: etree._Element, tag: str, text: str) -> None:
    if text:
        _el(parent, tag).text = text


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
        users = _el(root, "Users")
        for uid, name in study.coders.values():
            _el(users, "User", guid=guid(uid), name=name)
    codes = _Codebook(study)
    codes.write(_el(_el(root, "CodeBook"), "Codes"))
    variables = _Variables(study.study_uid)
    variables.write(root)
    _cases(root, study, variables)
    if study.interviews:  # the schema wants at least one source in <Sources>
        sources, contents = _el(root, "Sources"), _Contents(study)
        for done, interview in enumerate(study.interviews, start=1):
            _source(sources, study, interview, contents, codes, variables)
            if progress:
                progress(done, len(study.interviews))
    _text(root, "Description", describe_study(study.settings, study.system))
    return root


class _Codebook:
    """Components -> clusters -> categories, and RE -> other-person types."""

    def __init__(self, study: ExportStudy) -> None:
        self.study = study
        self.system = study.system
        self.component_guid = {c: derived_guid(study.system_uid, "component", c) for c in Component}
        self.category_guid = {
            c.code: derived_guid(study.system_uid, "category", c.code)
            for c in self.system.categories
        }
        used = {re.other_type for re in study.res}
        self.other_types = [
            *study.settings.other_person_types,
            *sorted(used - set(study.settings.other_person_types)),
        ]
        self.re_guid = {t: derived_guid(study.study_uid, "re", t) for t in self.other_types}

    def write(self, codes: etree._Element) -> None:
        for component in Component:
            node = _el(
                codes,
                "Code",
                guid=self.component_guid[component],
                name=f"{component.value} {component.title}",
                isCodable="true",
                color=_COLOURS[component],
            )
            _text(node, "Description", describe_component(component))
            self._clusters(node, self.system.for_component(component), component)
        free = [c for c in self.system.categories if c.component is None]
        if free:
            node = _el(
                codes,
                "Code",
                guid=derived_guid(self.study.system_uid, "any"),
                name=f"{self.system.name} (any component)",
                isCodable="false",
            )
            self._clusters(node, free, None)
        episodes = _el(
            codes,
            "Code",
            guid=derived_guid(self.study.study_uid, "re"),
            name=RE_ROOT_NAME,
            isCodable="false",
        )
        for other in self.other_types:
            node = _el(
                episodes,
                "Code",
                guid=self.re_guid[other],
                name=f"RE {RE_SEPARATOR} {other}",
                isCodable="true",
            )
            _text(node, "Description", describe_re_code(other))

    def _clusters(
        self, parent: etree._Element, categories: Iterable[Category], component: Component | None
    ) -> None:
        categories = [c for c in categories if c.component is component]
        for cluster in dict.fromkeys(c.cluster for c in categories):
            members = [c for c in categories if c.cluster == cluster]
            head = next((c for c in members if c.code == cluster), None)
            if head is not None:
                node = self._category(parent, head)
            else:
                node = _el(
                    parent,
                    "Code",
                    guid=derived_guid(self.study.system_uid, "cluster", cluster),
                    name=cluster,
                    isCodable="false",
                )
            for category in members:
                if category is not head:
                    self._category(node, category)

    def _category(self, parent: etree._Element, category: Category) -> etree._Element:
        node = _el(
            parent,
            "Code",
            guid=self.category_guid[category.code],
            name=f"{category.code} {category.label}",
            isCodable="true",
        )
        _text(node, "Description", describe_category(category))
        return node

    def codes_of(self, unit: UnitRecord) -> list[str]:
        """The unit's categories (in order), else its component node."""
        known = [self.category_guid[c] for c in unit.draft.categories if c in self.category_guid]
        return known or [self.component_guid[unit.draft.component]]


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
        variables = _el(root, "Variables")
        for name, kind in self.NAMES:
            _el(variables, "Variable", guid=self.guids[name], name=name, typeOfVariable=kind)

    def value(self, parent: etree._Element, name: str, value: str | int) -> None:
        node = _el(parent, "VariableValue")
        _el(node, "VariableRef", targetGUID=self.guids[name])
        kind = "IntegerValue" if isinstance(value, int) else "TextValue"
        _el(node, kind).text = str(value)


def _cases(root: etree._Element, study: ExportStudy, variables: _Variables) -> None:
    """One case per dyad x narrator (the narrator as a person of that dyad)."""
    groups: dict[tuple[str, str], list[ExportInterview]] = {}
    for interview in study.interviews:
        record = interview.record
        groups.setdefault((record.dyad, record.narrator.value), []).append(interview)
    if not groups:
        return
    cases = _el(root, "Cases")
    for (dyad, narrator), interviews in groups.items():
        record = interviews[0].record
        person = record.patient if narrator == "patient" else record.therapist
        case = _el(
            cases,
            "Case",
            guid=derived_guid(study.study_uid, "case", dyad, narrator),
            name=f"{dyad} {narrator}",
        )
        _text(case, "Description", study.person_notes.get(person, ""))
        for name, value in (
            ("dyad", dyad),
            ("narrator", narrator),
            ("person", person),
            ("patient", record.patient),
            ("therapist", record.therapist),
        ):
            variables.value(case, name, value)
        for interview in interviews:
            _el(case, "SourceRef", targetGUID=guid(interview.transcript_uid))


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
    codes: _Codebook,
    variables: _Variables,
) -> None:
    record = interview.record
    source_guid = guid(interview.transcript_uid)
    node = _el(
        sources,
        "TextSource",
        guid=source_guid,
        name=f"{record.dyad} {record.narrator.value} phase {record.phase}",
        plainTextPath=f"internal://{source_guid}.txt",
        creationDateTime=_time(interview.imported_at),
    )
    _text(node, "Description", describe_source(interview.source))
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


def _re_selections(
    node: etree._Element, study: ExportStudy, re: ReRecord, codes: _Codebook
) -> None:
    uid = study.re_uids[re.id]
    ratings = [
        (study.coders[coder_id][0], study.coders[coder_id][1], layer, value)
        for coder_id, layer, value in study.ratings.get(re.id, ())
    ]
    description = describe_re(re, ratings, part_of=None)
    for n, span in enumerate(re.spans):
        piece = guid(uid) if n == 0 else derived_guid(uid, "piece", n)
        selection = _el(
            node,
            "PlainTextSelection",
            guid=piece,
            name=re.label(),
            startPosition=str(span.start),
            endPosition=str(span.end),
        )
        _text(selection, "Description", description if n == 0 else describe_re(re, [], part_of=uid))
        _el(
            _el(selection, "Coding", guid=derived_guid(piece, "coding")),
            "CodeRef",
            targetGUID=codes.re_guid[re.other_type],
        )


def _unit_selections(
    node: etree._Element, study: ExportStudy, unit: UnitRecord, re_number: int, codes: _Codebook
) -> None:
    coder_guid = guid(study.coders[unit.draft.coder_id][0])
    for n, span in enumerate(unit.draft.spans):
        piece = guid(unit.uid) if n == 0 else derived_guid(unit.uid, "piece", n)
        part_of = unit.uid if len(unit.draft.spans) > 1 else None
        selection = _el(
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
        _text(selection, "Description", describe_unit(unit.draft, re_number, part_of))
        for code in codes.codes_of(unit):
            coding = _el(
                selection,
                "Coding",
                guid=derived_guid(piece, code),
                creatingUser=coder_guid,
                creationDateTime=_time(unit.created_at),
            )
            _el(coding, "CodeRef", targetGUID=code)


# -- descriptions: what other programs have no field for, readable and read back ---------------
def describe(kind: str, fields: Iterable[tuple[str, object]]) -> str:
    """``CCRT <kind>`` and one ``key: value`` line per non-empty field (escaped to one line)."""
    lines = [f"CCRT {kind}"]
    lines += [f"{key}: {escape(str(value))}" for key, value in fields if value not in (None, "")]
    return "\n".join(lines)


def escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def describe_study(settings: StudySettings, system: CategorySystem) -> str:
    return describe(
        "study",
        [
            ("phases", ", ".join(map(str, settings.phases))),
            ("other person types", "; ".join(settings.other_person_types)),
            ("time frames", "; ".join(settings.time_frames)),
            ("completeness threshold", settings.completeness_threshold),
            ("minimum REs for a CCRT", settings.min_res_for_ccrt),
            ("blind coding", "yes" if settings.blind_mode else "no"),
            ("category system", system.name),
            ("category system version", system.version),
            ("category system uses LU direction", "yes" if system.uses_lu_direction else "no"),
            ("category system description", system.description),
        ],
    )


def describe_component(component: Component) -> str:
    return describe("component", [("component", component.value)])


def describe_category(category: Category) -> str:
    return describe(
        "category",
        [
            ("code", category.code),
            ("label", category.label),
            ("component", category.component.value if category.component else None),
            ("cluster", category.cluster),
            (
                "default valence",
                category.default_valence.value if category.default_valence else None,
            ),
            ("description", category.description),
        ],
    )


def describe_re_code(other_type: str) -> str:
    return describe("episode type", [("other", other_type)])


def describe_source(source: str) -> str:
    return describe("source", [("file", source)])


def describe_re(
    re: ReRecord, ratings: list[tuple[str, str, str, float]], part_of: str | None
) -> str:
    """``ratings``: (coder uid, coder name, layer, completeness)."""
    fields: list[tuple[str, object]] = [
        ("RE", re.number),
        ("other", re.other_type),
        ("other name", re.other_name),
        ("time frame", re.time_frame),
        ("part of", guid(part_of) if part_of else None),
    ]
    fields += [
        ("completeness", f"{value:g} | {layer} | {guid(uid)} | {name}")
        for uid, name, layer, value in ratings
    ]
    return describe("episode", fields)


def describe_unit(draft: UnitDraft, re_number: int, part_of: str | None) -> str:
    return describe(
        "unit",
        [
            ("RE", re_number),
            ("component", draft.component.value),
            ("layer", draft.layer.value),
            ("label", draft.tailor_label),
            ("valence", draft.valence.value if draft.valence else None),
            ("actuality", draft.actuality.value if draft.actuality else None),
            ("explicitness", draft.explicitness.value if draft.explicitness else None),
            ("direction", draft.lu_direction),
            ("part of", guid(part_of) if part_of else None),
            ("memo", draft.memo),
        ],
    )
