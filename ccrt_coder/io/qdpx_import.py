"""Read a REFI-QDA .qdpx (ours or another program's) into a study: drafts, units and a report.

Our own files round-trip through the ``CCRT ...`` descriptions. For other programs' files, codes
are mapped to components by their name or an ancestor's (W / Wish, RO / Response of other, RS /
Response of self), to categories by a category code ("RO5") or the start of a category label
("Wish: to be loved" -> W6), and to REs by "RE" / "Relationship episode" names; selections with
no code we can map are counted per code in the report. A source's dyad, narrator and phase come
from variables (on the source or its case) or its name ("D01 patient phase 5"), else
placeholders that the report lists. Positions are code points, end exclusive.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import (
    Actuality,
    Component,
    Explicitness,
    Layer,
    NarratorRole,
    Span,
    StudySettings,
    Valence,
)
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.core.rules import default_valence
from ccrt_coder.errors import InputError
from ccrt_coder.io.problems import problems_error
from ccrt_coder.io.qdpx_export import NS, derived_guid

InterviewKey = tuple[str, NarratorRole, int]
_Q = f"{{{NS}}}"
_B = r"(?=$|[\s\d:;,./\\|()\[\]_›>»\-–—])"  # where a name's first word ends
_COMPONENT_NAMES = (
    (
        Component.RO,
        re.compile(
            rf"^\s*(?:RO|responses?\s+(?:of|from)\s+(?:the\s+)?others?|others?'?s?\s+responses?){_B}",
            re.I,
        ),
    ),
    (
        Component.RS,
        re.compile(
            rf"^\s*(?:RS|responses?\s+of\s+(?:the\s+)?self|self[\s-]+responses?|own\s+responses?)"
            rf"{_B}",
            re.I,
        ),
    ),
    (Component.W, re.compile(rf"^\s*(?:W|wish(?:es)?){_B}", re.I)),
)
_RE_NAME = re.compile(rf"^\s*(?:RE|relationship\s+episodes?|episodes?){_B}", re.I)
_CODE_LIKE = re.compile(r"^\s*(W|RO|RS)\s*[-_.]?\s*(\d+[a-z]?)\b", re.I)
_SOURCE_NAME = re.compile(
    r"^(?P<dyad>.+?)[\s_\-]+(?P<narrator>patient|therapist|p|t)[\s_\-]+"
    r"(?:phase|session)?[\s_\-]*(?P<phase>\d+)(?:\.\w+)?$",
    re.I,
)
_SEPARATORS = " \t:;,./\\|()[]_›>»-–—"
PLACEHOLDER_CODER = "Imported coder"


@dataclass(frozen=True)
class ImportedUnit:
    """A unit to store: ``draft.re_id`` and ``draft.coder_id`` are filled in when stored."""

    uid: str
    interview: InterviewKey
    re_number: int
    coder_uid: str
    draft: UnitDraft
    created_at: datetime | None = None
    modified_at: datetime | None = None


@dataclass(frozen=True)
class QdpxImportReport:
    source: str
    ours: bool
    interviews: tuple[str, ...] = ()
    res: int = 0
    units: int = 0
    coders: tuple[str, ...] = ()
    unmapped_codes: tuple[tuple[str, int], ...] = ()  # (code, codings not imported)
    placeholders: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        made_by = "CCRT Coder" if self.ours else "another program"
        lines = [
            f"{self.source} (written by {made_by}): {len(self.interviews)} interviews, "
            f"{self.res} REs, {self.units} units, coders: {', '.join(self.coders) or 'none'}"
        ]
        lines += [
            f"  code not mapped: {name!r} ({n} codings not imported)"
            for name, n in self.unmapped_codes
        ]
        lines += [f"  placeholder: {p}" for p in self.placeholders]
        lines += [f"  skipped: {s}" for s in self.skipped]
        lines += [f"  note: {n}" for n in self.notes]
        return lines


@dataclass(frozen=True)
class QdpxStudy:
    settings: StudySettings
    system: CategorySystem
    coders: tuple[tuple[str, str], ...]  # (uid, name)
    interviews: tuple[InterviewDraft, ...]
    transcript_uids: dict[InterviewKey, str]
    re_uids: dict[tuple[InterviewKey, int], str]
    units: tuple[ImportedUnit, ...]
    ratings: tuple[tuple[InterviewKey, int, str, Layer, float], ...]  # key, RE, coder uid, ...
    person_notes: dict[str, str]
    report: QdpxImportReport


# -- the XML, as plain data -------------------------------------------------------------------
@dataclass
class _Code:
    guid: str
    name: str
    parent: str | None
    fields: dict[str, list[str]]
    kind: str


@dataclass
class _Coding:
    code: str
    user: str | None


@dataclass
class _Selection:
    guid: str
    start: int
    end: int
    user: str | None
    created: datetime | None
    modified: datetime | None
    kind: str
    fields: dict[str, list[str]]
    memo: str
    codings: list[_Coding]


@dataclass
class _Source:
    guid: str
    name: str
    text: str
    selections: list[_Selection]
    variables: dict[str, str]
    fields: dict[str, list[str]]


@dataclass
class _Parsed:
    name: str
    origin: str
    users: dict[str, str]
    codes: dict[str, _Code]
    sources: list[_Source]
    cases: list[tuple[str, dict[str, str], list[str]]]  # description, variables, source guids
    study_fields: dict[str, list[str]]
    skipped: list[str] = field(default_factory=list)


def read_qdpx(path: Path, default_system: CategorySystem) -> QdpxStudy:
    """The study in ``path``, or an InputError saying why the file cannot be used."""
    parsed = _parse(path)
    ours = parsed.origin.startswith("CCRT Coder")
    settings = _settings(parsed)
    system = _system(parsed, default_system)
    return _Builder(path.name, parsed, settings, system, ours).build()


def _parse(path: Path) -> _Parsed:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        reason = "not a zip archive" if isinstance(exc, zipfile.BadZipFile) else exc
        raise InputError(f"{path.name}: not a REFI-QDA project file ({reason})") from None
    with archive:
        names = archive.namelist()
        qde = (
            "project.qde"
            if "project.qde" in names
            else next((n for n in names if n.lower().endswith(".qde") and "/" not in n), None)
        )
        if qde is None:
            raise InputError(f"{path.name}: no project.qde inside; not a REFI-QDA project file")
        root = _xml_root(path.name, archive.read(qde))
        return _Reader(path.name, archive).read(root)


def _xml_root(name: str, data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: project.qde is not well-formed XML ({exc.msg})") from None
    if root.tag != f"{_Q}Project":
        raise InputError(
            f"{name}: project.qde is not a REFI-QDA project (its root is "
            f"{etree.QName(root).localname!r} in namespace "
            f"{etree.QName(root).namespace or 'none'!r}; expected Project in {NS!r})"
        )
    return root


class _Reader:
    def __init__(self, name: str, archive: zipfile.ZipFile) -> None:
        self.name, self.archive = name, archive
        self.problems: list[str] = []
        self.variables: dict[str, str] = {}

    def read(self, root: etree._Element) -> _Parsed:
        self.variables = {
            v.get("guid", ""): v.get("name", "").strip().lower()
            for v in root.iterfind(f"{_Q}Variables/{_Q}Variable")
        }
        parsed = _Parsed(
            name=root.get("name", "") or Path(self.name).stem,
            origin=root.get("origin", ""),
            users={
                _uid(u.get("guid")): u.get("name") or ""
                for u in root.iterfind(f"{_Q}Users/{_Q}User")
            },
            codes=self._codes(root),
            sources=[],
            cases=[
                (
                    _child_text(c, "Description"),
                    self._values(c),
                    [_uid(s.get("targetGUID")) for s in c.iterfind(f"{_Q}SourceRef")],
                )
                for c in root.iterfind(f"{_Q}Cases/{_Q}Case")
            ],
            study_fields=_fields(_child_text(root, "Description"))[1],
        )
        for element in root.iterfind(f"{_Q}Sources/*"):
            kind = etree.QName(element).localname
            if kind != "TextSource":
                parsed.skipped.append(f"{kind} {element.get('name', '')!r} (only text sources)")
                continue
            source = self._source(element)
            if source is None or not source.text.strip():
                parsed.skipped.append(f"text source {element.get('name', '')!r} (no text)")
                continue
            parsed.sources.append(source)
        if self.problems:
            raise problems_error(self.name, self.problems)
        return parsed

    def _codes(self, root: etree._Element) -> dict[str, _Code]:
        codes: dict[str, _Code] = {}

        def walk(element: etree._Element, parent: str | None) -> None:
            for code in element.iterfind(f"{_Q}Code"):
                kind, fields = _fields(_child_text(code, "Description"))
                uid = _uid(code.get("guid"))
                codes[uid] = _Code(uid, (code.get("name") or "").strip(), parent, fields, kind)
                walk(code, uid)

        top = root.find(f"{_Q}CodeBook/{_Q}Codes")
        if top is not None:
            walk(top, None)
        return codes

    def _values(self, element: etree._Element) -> dict[str, str]:
        values = {}
        for value in element.iterfind(f"{_Q}VariableValue"):
            ref = value.find(f"{_Q}VariableRef")
            name = self.variables.get(ref.get("targetGUID", "") if ref is not None else "", "")
            content = next((child.text for child in value if child is not ref), None)
            if name and content is not None:
                values[name] = content.strip()
        return values

    def _source(self, element: etree._Element) -> _Source | None:
        name = element.get("name") or element.get("guid", "")
        text = self._text(element, name)
        if text is None:
            return None
        selections = [
            self._selection(s, name, len(text)) for s in element.iterfind(f"{_Q}PlainTextSelection")
        ]
        return _Source(
            _uid(element.get("guid")),
            name,
            text,
            [s for s in selections if s is not None],
            self._values(element),
            _fields(_child_text(element, "Description"))[1],
        )

    def _text(self, element: etree._Element, name: str) -> str | None:
        inline = element.find(f"{_Q}PlainTextContent")
        if inline is not None:
            return inline.text or ""
        path = element.get("plainTextPath") or ""
        if not path.startswith("internal://"):
            return None
        member = f"sources/{path.removeprefix('internal://')}"
        try:
            data = self.archive.read(member)
        except KeyError:
            raise InputError(
                f"{self.name}: source {name!r} refers to {member}, which is not in the file"
            ) from None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{self.name}: {member} (source {name!r}) is not UTF-8 text") from None

    def _selection(self, element: etree._Element, source: str, size: int) -> _Selection | None:
        guid = element.get("guid", "")
        try:
            start, end = int(element.get("startPosition", "")), int(element.get("endPosition", ""))
        except ValueError:
            self.problems.append(f"source {source!r}: selection {guid} has no valid positions")
            return None
        if not 0 <= start < end <= size:
            self.problems.append(
                f"source {source!r}: selection {guid} at {start}..{end} is out "
                f"of range (the text has {size} characters)"
            )
            return None
        description = _child_text(element, "Description")
        kind, fields = _fields(description)
        return _Selection(
            _uid(guid),
            start,
            end,
            _maybe_uid(element.get("creatingUser")),
            _when(element.get("creationDateTime")),
            _when(element.get("modifiedDateTime")),
            kind,
            fields,
            "" if kind else description,
            [
                _Coding(_uid(ref.get("targetGUID")), _maybe_uid(c.get("creatingUser")))
                for c in element.iterfind(f"{_Q}Coding")
                if (ref := c.find(f"{_Q}CodeRef")) is not None
            ],
        )


def _child_text(element: etree._Element, tag: str) -> str:
    child = element.find(f"{_Q}{tag}")
    return (child.text or "") if child is not None else ""


def _uid(value: str | None) -> str:
    try:
        return uuid.UUID(value or "").hex
    except ValueError:
        return uuid.uuid4().hex


def _maybe_uid(value: str | None) -> str | None:
    return _uid(value) if value else None


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _fields(description: str) -> tuple[str, dict[str, list[str]]]:
    """(kind, fields) of a ``CCRT <kind>`` description; ("", {}) for anyone else's text."""
    lines = description.strip().splitlines()
    if not lines or not lines[0].startswith("CCRT "):
        return "", {}
    fields: dict[str, list[str]] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(": ")
        if sep:
            fields.setdefault(key.strip(), []).append(_unescape(value))
    return lines[0].removeprefix("CCRT ").strip(), fields


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r"}.get(m[1], m[1]), value)


def _one(fields: dict[str, list[str]], key: str, default: str = "") -> str:
    return fields.get(key, [default])[0]


# -- settings and the category system -----------------------------------------------------------
def _settings(parsed: _Parsed) -> StudySettings:
    f, base = parsed.study_fields, StudySettings()
    if not f:
        return StudySettings(name=parsed.name)
    try:
        return StudySettings(
            name=parsed.name,
            phases=tuple(int(p) for p in _one(f, "phases").split(",") if p.strip()) or base.phases,
            other_person_types=tuple(_split(_one(f, "other person types")))
            or base.other_person_types,
            time_frames=tuple(_split(_one(f, "time frames"))) or base.time_frames,
            completeness_threshold=float(
                _one(f, "completeness threshold", str(base.completeness_threshold))
            ),
            min_res_for_ccrt=int(_one(f, "minimum REs for a CCRT", str(base.min_res_for_ccrt))),
            blind_mode=_one(f, "blind coding", "yes") == "yes",
        )
    except ValueError as exc:
        raise InputError(f"project description: unreadable study settings ({exc})") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _system(parsed: _Parsed, default: CategorySystem) -> CategorySystem:
    categories = [_category(code) for code in parsed.codes.values() if code.kind == "category"]
    f = parsed.study_fields
    if not categories or not f.get("category system"):
        return default
    return CategorySystem(
        name=_one(f, "category system"),
        version=_one(f, "category system version", "imported"),
        categories=tuple(categories),
        uses_lu_direction=_one(f, "category system uses LU direction") == "yes",
        description=_one(f, "category system description"),
    )


def _category(code: _Code) -> Category:
    f = code.fields
    component, valence = _one(f, "component"), _one(f, "default valence")
    try:
        return Category(
            code=_one(f, "code"),
            label=_one(f, "label"),
            component=Component(component) if component else None,
            cluster=_one(f, "cluster"),
            default_valence=Valence(valence) if valence else None,
            description=_one(f, "description"),
        )
    except ValueError as exc:
        raise InputError(f"code {code.name!r}: unreadable category ({exc})") from None


# -- codes -> RE types, components and categories ------------------------------------------------
@dataclass(frozen=True)
class _Meaning:
    kind: str  # "re" or "unit"
    component: Component | None = None
    category: str | None = None
    other: str = ""


class _CodeMap:
    def __init__(self, codes: dict[str, _Code], system: CategorySystem) -> None:
        self.codes, self.system = codes, system
        self.by_code = {c.code.lower(): c for c in system.categories}
        self.meanings = {uid: self._meaning(code) for uid, code in codes.items()}

    def path(self, uid: str) -> str:
        names, code = [], self.codes.get(uid)
        while code is not None:
            names.append(code.name)
            code = self.codes.get(code.parent or "")
        return " / ".join(reversed(names)) or uid

    def _ancestors(self, code: _Code) -> list[_Code]:
        found, parent = [], self.codes.get(code.parent or "")
        while parent is not None:
            found.append(parent)
            parent = self.codes.get(parent.parent or "")
        return found

    def _meaning(self, code: _Code) -> _Meaning | None:
        ours = self._ours(code)
        if ours is not None:
            return ours
        ancestors = self._ancestors(code)
        if match := _RE_NAME.match(code.name):
            return _Meaning("re", other=code.name[match.end() :].strip(_SEPARATORS))
        if any(_RE_NAME.match(a.name) for a in ancestors):
            return _Meaning("re", other=code.name)
        category = self._by_code(code.name)
        component, rest = _component_of(code.name)
        for ancestor in ancestors:
            if component is not None:
                break
            component, _ = _component_of(ancestor.name)
            rest = code.name
        if category is not None and category.component is not None:
            return _Meaning("unit", category.component, category.code)
        if component is None:
            return None
        category = category or self._by_label(rest, component)
        return _Meaning("unit", component, category.code if category else None)

    def _ours(self, code: _Code) -> _Meaning | None:
        f = code.fields
        if code.kind == "component":
            return _Meaning("unit", Component(_one(f, "component")))
        if code.kind == "episode type":
            return _Meaning("re", other=_one(f, "other"))
        if code.kind == "category" and (category := self.system.get(_one(f, "code"))):
            if category.component is not None:
                return _Meaning("unit", category.component, category.code)
            return _Meaning("unit", None, category.code)
        return None

    def _by_code(self, name: str) -> Category | None:
        first = re.split(r"[\s:;,/|]+", name.strip(), maxsplit=1)[0].lower()
        if first in self.by_code:
            return self.by_code[first]
        match = _CODE_LIKE.match(name)
        return self.by_code.get(f"{match[1]}{match[2]}".lower()) if match else None

    def _by_label(self, text: str, component: Component) -> Category | None:
        wanted = " ".join(text.strip(_SEPARATORS).lower().split())
        if len(wanted) < 4:
            return None
        found = [
            c
            for c in self.system.for_component(component)
            if (label := c.label.lower()) == wanted
            or label.startswith(wanted + " ")
            or wanted.startswith(label)
        ]
        return found[0] if len(found) == 1 else None


def _component_of(name: str) -> tuple[Component | None, str]:
    for component, pattern in _COMPONENT_NAMES:
        if match := pattern.match(name):
            return component, name[match.end() :]
    return None, name


# -- sources -> interviews, REs and units -------------------------------------------------------
@dataclass
class _Episode:
    uid: str
    number: int
    other_type: str
    other_name: str = ""
    time_frame: str = ""
    spans: list[Span] = field(default_factory=list)


class _Builder:
    def __init__(
        self,
        file: str,
        parsed: _Parsed,
        settings: StudySettings,
        system: CategorySystem,
        ours: bool,
    ) -> None:
        self.file, self.parsed, self.settings, self.system = file, parsed, settings, system
        self.ours = ours
        self.codes = _CodeMap(parsed.codes, system)
        self.coders: dict[str, str] = {}  # uid -> name
        self.unmapped: Counter[str] = Counter()
        self.placeholders: list[str] = []
        self.notes: list[str] = []
        self.unit_uids: set[str] = set()

    def build(self) -> QdpxStudy:
        cases = self._cases()
        keys = self._keys(cases)
        drafts, transcript_uids, re_uids, units, ratings = [], {}, {}, [], []
        for source in self.parsed.sources:
            key = keys[source.guid]
            episodes, source_units, source_ratings = self._contents(source, key)
            drafts.append(
                InterviewDraft(
                    dyad=key[0],
                    narrator=key[1],
                    phase=key[2],
                    text=source.text,
                    res=tuple(
                        ReDraft(e.number, e.other_type, tuple(e.spans), e.other_name, e.time_frame)
                        for e in episodes
                    ),
                    source=_one(source.fields, "file") or f"{self.file}: {source.name}",
                    patient=cases.get(source.guid, {}).get("patient"),
                    therapist=cases.get(source.guid, {}).get("therapist"),
                )
            )
            transcript_uids[key] = source.guid
            re_uids.update({(key, e.number): e.uid for e in episodes})
            units += source_units
            ratings += source_ratings
        phases = tuple(sorted({*self.settings.phases, *(k[2] for k in keys.values())}))
        if phases != self.settings.phases:
            self.notes.append(f"study phases set to {', '.join(map(str, phases))}")
        report = QdpxImportReport(
            self.file,
            self.ours,
            tuple(d.describe() for d in drafts),
            sum(len(d.res) for d in drafts),
            len(units),
            tuple(self.coders.values()),
            tuple(sorted(self.unmapped.items())),
            tuple(self.placeholders),
            tuple(self.parsed.skipped),
            tuple(self.notes),
        )
        return QdpxStudy(
            replace(self.settings, phases=phases),
            self.system,
            tuple(self.coders.items()),
            tuple(drafts),
            transcript_uids,
            re_uids,
            tuple(units),
            tuple(ratings),
            self._person_notes(),
            report,
        )

    def _cases(self) -> dict[str, dict[str, str]]:
        """Source guid -> the variables of the case(s) it belongs to."""
        found: dict[str, dict[str, str]] = {}
        for _, values, sources in self.parsed.cases:
            for source in sources:
                found.setdefault(source, {}).update(values)
        return found

    def _person_notes(self) -> dict[str, str]:
        return {
            values["person"]: note.strip()
            for note, values, _ in self.parsed.cases
            if note.strip() and values.get("person")
        }

    def _keys(self, cases: dict[str, dict[str, str]]) -> dict[str, InterviewKey]:
        keys: dict[str, InterviewKey] = {}
        used: set[InterviewKey] = set()
        for n, source in enumerate(self.parsed.sources, start=1):
            values = {**cases.get(source.guid, {}), **source.variables}
            named = _SOURCE_NAME.match(source.name.strip())
            dyad = values.get("dyad") or (named["dyad"] if named else "")
            narrator = _narrator(
                values.get("narrator") or values.get("role") or (named["narrator"] if named else "")
            )
            phase = _int(
                values.get("phase") or values.get("session") or (named["phase"] if named else "")
            )
            missing = [
                what
                for what, value in (("dyad", dyad), ("narrator", narrator), ("phase", phase))
                if not value
            ]
            key = (
                dyad or f"X{n:02d}",
                narrator or NarratorRole.PATIENT,
                phase if phase is not None else self.settings.phases[0],
            )
            while key in used:
                missing.append("a unique dyad")
                key = (f"{key[0]}-{n}", key[1], key[2])
            if missing:
                self.placeholders.append(
                    f"source {source.name!r}: no {', '.join(dict.fromkeys(missing))}; stored as "
                    f"{key[0]} / {key[1].value} / phase {key[2]}"
                )
            used.add(key)
            keys[source.guid] = key
        return keys

    def _contents(
        self, source: _Source, key: InterviewKey
    ) -> tuple[
        list[_Episode], list[ImportedUnit], list[tuple[InterviewKey, int, str, Layer, float]]
    ]:
        episodes: dict[str, _Episode] = {}
        ratings: list[tuple[InterviewKey, int, str, Layer, float]] = []
        pieces: dict[str, list[tuple[_Selection, list[tuple[_Coding, _Meaning]]]]] = {}
        for selection in sorted(source.selections, key=lambda s: (s.start, s.end)):
            meanings = self._meanings(selection)
            if selection.kind == "episode":
                self._our_episode(selection, episodes, ratings, key)
            elif any(m.kind == "re" for _, m in meanings) and selection.kind != "unit":
                other = next(m.other for _, m in meanings if m.kind == "re")
                episodes[selection.guid] = self._episode(
                    selection.guid, 0, other, [Span(selection.start, selection.end)]
                )
            unit_meanings = [(c, m) for c, m in meanings if m.kind == "unit"]
            if selection.kind == "unit" or unit_meanings:
                uid = _part_of(selection) or selection.guid
                pieces.setdefault(uid, []).append((selection, unit_meanings))
        numbered = self._number(
            list(episodes.values()), f"{key[0]} / {key[1].value} / phase {key[2]}"
        )
        units = self._units(pieces, numbered, key, source)
        return numbered, units, ratings

    def _meanings(self, selection: _Selection) -> list[tuple[_Coding, _Meaning]]:
        found = []
        for coding in selection.codings:
            meaning = self.codes.meanings.get(coding.code)
            if meaning is None:
                self.unmapped[self.codes.path(coding.code)] += 1
            else:
                found.append((coding, meaning))
        return found

    def _episode(self, uid: str, number: int, other: str, spans: list[Span]) -> _Episode:
        other_type = self.settings.resolve_other_type(other) if other else "other"
        name = "" if other_type else other
        return _Episode(uid, number, other_type or "other", name, "", spans)

    def _our_episode(
        self, selection: _Selection, episodes: dict[str, _Episode], ratings: list, key: InterviewKey
    ) -> None:
        f, span = selection.fields, Span(selection.start, selection.end)
        uid = _part_of(selection) or selection.guid
        if uid in episodes:
            episodes[uid].spans.append(span)
            return
        number = _int(_one(f, "RE")) or 0
        episodes[uid] = _Episode(
            uid,
            number,
            _one(f, "other", "other"),
            _one(f, "other name"),
            _one(f, "time frame"),
            [span],
        )
        for rating in f.get("completeness", []):
            parts = [p.strip() for p in rating.split("|", 3)]
            try:
                value, layer = float(parts[0]), Layer(parts[1])
                coder = self._coder(_uid(parts[2]), parts[3])
            except (ValueError, IndexError):
                raise InputError(
                    f"{self.file}: RE selection {selection.guid}: unreadable "
                    f"completeness {rating!r}"
                ) from None
            ratings.append((key, number, coder, layer, value))

    def _number(self, episodes: list[_Episode], where: str) -> list[_Episode]:
        """Foreign REs get the numbers after ours, in text order; one overlapping an earlier RE
        is dropped (REs never overlap)."""
        kept = [e for e in episodes if e.number]
        next_number = max((e.number for e in kept), default=0) + 1
        for episode in sorted((e for e in episodes if not e.number), key=lambda e: e.spans[0]):
            if any(s.overlap(t) for e in kept for s in e.spans for t in episode.spans):
                self.parsed.skipped.append(
                    f"{where}: an RE selection at {_spans(episode)} that overlaps another RE"
                )
                continue
            episode.number, next_number = next_number, next_number + 1
            kept.append(episode)
        return sorted(kept, key=lambda e: e.number)

    def _coder(self, uid: str | None, name: str = "") -> str:
        if uid is None:
            uid = derived_guid("placeholder coder", self.file).replace("-", "")
            name = PLACEHOLDER_CODER
        if uid not in self.coders:
            name = name or self.parsed.users.get(uid) or f"User {uid[:8]}"
            taken, n = set(self.coders.values()), 2
            unique = name
            while unique in taken:
                unique, n = f"{name} ({n})", n + 1
            self.coders[uid] = unique
        return uid

    def _units(
        self, pieces: dict, episodes: list[_Episode], key: InterviewKey, source: _Source
    ) -> list[ImportedUnit]:
        """Units in their RE; a unit outside every marked RE goes to one more RE made of the
        text between the marked ones (REs never overlap); one across an RE's edge is skipped."""
        units: list[ImportedUnit] = []
        rest = _Episode(
            derived_guid(source.guid, "rest").replace("-", ""),
            max((e.number for e in episodes), default=0) + 1,
            "other",
            "text outside marked REs (imported)",
            "",
            _gaps([s for e in episodes for s in e.spans], len(source.text)),
        )
        straddling = 0
        for uid, parts in pieces.items():
            for draft, coder, first in self._drafts(uid, parts):
                episode = self._episode_for(draft, first, episodes)
                if episode is None and _inside(draft.spans, rest.spans):
                    episode = rest
                if episode is None:
                    straddling += 1
                    continue
                unit_uid = (
                    uid
                    if uid not in self.unit_uids
                    else derived_guid(uid, coder, draft.component).replace("-", "")
                )
                self.unit_uids.add(unit_uid)
                units.append(
                    ImportedUnit(
                        unit_uid, key, episode.number, coder, draft, first.created, first.modified
                    )
                )
        where = f"{key[0]} / {key[1].value} / phase {key[2]}"
        if n := sum(u.re_number == rest.number for u in units):
            episodes.append(rest)
            self.notes.append(
                f"{where}: {n} units lie outside the marked REs; they are in RE "
                f"{rest.number}, made of the text between the marked REs"
            )
        if straddling:
            self.parsed.skipped.append(
                f"{where}: {straddling} coded selections that cross the edge of an RE"
            )
        return units

    def _drafts(self, uid: str, parts: list) -> list[tuple[UnitDraft, str, _Selection]]:
        first: _Selection = parts[0][0]
        spans = tuple(sorted(Span(s.start, s.end) for s, _ in parts))
        if first.kind == "unit":
            return [(self._our_draft(first, spans, parts[0][1]), self._coder(first.user), first)]
        groups: dict[tuple[str, Component], dict[str, list[str]]] = {}
        for coding, meaning in parts[0][1]:
            coder = self._coder(coding.user or first.user)
            group = groups.setdefault((coder, meaning.component), {"codes": [], "names": []})
            group["names"].append(self.codes.codes[coding.code].name)
            if meaning.category and meaning.category not in group["codes"]:
                group["codes"].append(meaning.category)
        return [
            (self._foreign_draft(component, group, spans, first), coder, first)
            for (coder, component), group in groups.items()
        ]

    def _our_draft(
        self,
        selection: _Selection,
        spans: tuple[Span, ...],
        meanings: list[tuple[_Coding, _Meaning]],
    ) -> UnitDraft:
        f = selection.fields
        try:
            component = Component(_one(f, "component"))
            return UnitDraft(
                re_id=_int(_one(f, "RE")) or 0,
                coder_id=0,
                component=component,
                spans=spans,
                categories=tuple(
                    dict.fromkeys(
                        m.category
                        for _, m in meanings
                        if m.category and m.component in (component, None)
                    )
                ),
                layer=Layer(_one(f, "layer", "coder")),
                tailor_label=_one(f, "label"),
                valence=Valence(v) if (v := _one(f, "valence")) else None,
                actuality=Actuality(a) if (a := _one(f, "actuality")) else None,
                explicitness=Explicitness(e) if (e := _one(f, "explicitness")) else None,
                lu_direction=_one(f, "direction") or None,
                memo=_one(f, "memo"),
            )
        except ValueError as exc:
            raise InputError(f"{self.file}: selection {selection.guid}: {exc}") from None

    def _foreign_draft(
        self,
        component: Component,
        group: dict[str, list[str]],
        spans: tuple[Span, ...],
        selection: _Selection,
    ) -> UnitDraft:
        """The code names become the tailor-made label (they are the coder's words)."""
        codes = tuple(group["codes"])
        return UnitDraft(
            re_id=0,
            coder_id=0,
            component=component,
            spans=spans,
            categories=codes,
            tailor_label="; ".join(dict.fromkeys(group["names"])),
            valence=None if component is Component.W else default_valence(codes, self.system),
            memo=selection.memo,
        )

    def _episode_for(
        self, draft: UnitDraft, first: _Selection, episodes: list[_Episode]
    ) -> _Episode | None:
        if first.kind == "unit":  # ours name their RE (kept in re_id until stored)
            return next((e for e in episodes if e.number == draft.re_id), None)
        return next((e for e in episodes if _inside(draft.spans, e.spans)), None)


def _gaps(spans: list[Span], size: int) -> list[Span]:
    """The stretches of a text of ``size`` code points that no span covers."""
    gaps, position = [], 0
    for span in sorted(spans):
        if span.start > position:
            gaps.append(Span(position, span.start))
        position = max(position, span.end)
    if position < size:
        gaps.append(Span(position, size))
    return gaps


def _inside(spans: tuple[Span, ...], pieces: list[Span]) -> bool:
    return all(any(piece.contains(span) for piece in pieces) for span in spans)


def _spans(episode: _Episode) -> str:
    return " + ".join(f"{s.start}..{s.end}" for s in episode.spans)


def _part_of(selection: _Selection) -> str | None:
    value = _one(selection.fields, "part of")
    return _uid(value) if value else None


def _narrator(value: str) -> NarratorRole | None:
    return {
        "patient": NarratorRole.PATIENT,
        "p": NarratorRole.PATIENT,
        "therapist": NarratorRole.THERAPIST,
        "t": NarratorRole.THERAPIST,
    }.get(value.strip().lower())


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None
