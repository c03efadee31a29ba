"""The zip and XML of a REFI-QDA .qdpx as plain data: codes, sources, selections and cases."""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits
from ccrt_coder.io.problems import ProblemList, problems_error, quoted
from ccrt_coder.io.qdpx_format import NS
from ccrt_coder.io.zip_limits import open_archive, read_member

_Q = f"{{{NS}}}"


@dataclass
class QdeCode:
    guid: str
    name: str
    parent: str | None
    fields: dict[str, list[str]]
    kind: str


@dataclass
class QdeCoding:
    code: str
    user: str | None


@dataclass
class QdeSelection:
    guid: str
    start: int
    end: int
    user: str | None
    created: datetime | None
    modified: datetime | None
    kind: str
    fields: dict[str, list[str]]
    memo: str
    codings: list[QdeCoding]


@dataclass
class QdeSource:
    guid: str
    name: str
    text: str
    selections: list[QdeSelection]
    variables: dict[str, str]
    fields: dict[str, list[str]]


@dataclass
class QdeProject:
    name: str
    origin: str
    users: dict[str, str]
    codes: dict[str, QdeCode]
    sources: list[QdeSource]
    cases: list[tuple[str, dict[str, str], list[str]]]  # description, variables, source guids
    study_fields: dict[str, list[str]]
    skipped: list[str] = field(default_factory=list)


def parse_qdpx(path: Path) -> QdeProject:
    archive = open_archive(path, "a REFI-QDA project file", limits.MAX_DOCUMENT_BYTES)
    with archive:
        names = archive.namelist()
        qde = (
            "project.qde"
            if "project.qde" in names
            else next((n for n in names if n.lower().endswith(".qde") and "/" not in n), None)
        )
        if qde is None:
            raise InputError(f"{path.name}: no project.qde inside; not a REFI-QDA project file")
        data = read_member(archive, qde, path.name, limits.MAX_UNPACKED_BYTES)
        root = _xml_root(path.name, data)
        del data
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
        self.problems: ProblemList[str] = ProblemList()
        self.variables: dict[str, str] = {}

    def read(self, root: etree._Element) -> QdeProject:
        self.variables = {
            v.get("guid", ""): v.get("name", "").strip().lower()
            for v in root.iterfind(f"{_Q}Variables/{_Q}Variable")
        }
        parsed = QdeProject(
            name=root.get("name", "") or Path(self.name).stem,
            origin=root.get("origin", ""),
            users={
                hex_uid(u.get("guid")): u.get("name") or ""
                for u in root.iterfind(f"{_Q}Users/{_Q}User")
            },
            codes=self._codes(root),
            sources=[],
            cases=[
                (
                    _child_text(c, "Description"),
                    self._values(c),
                    [hex_uid(s.get("targetGUID")) for s in c.iterfind(f"{_Q}SourceRef")],
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
            raise problems_error(self.name, self.problems.items, self.problems.total)
        return parsed

    def _codes(self, root: etree._Element) -> dict[str, QdeCode]:
        """Every code in the order of the file (a parent before its children)."""
        codes: dict[str, QdeCode] = {}
        top = root.find(f"{_Q}CodeBook/{_Q}Codes")
        # (element, its parent's uid, depth), last one next: no recursion however deep
        stack: list[tuple[etree._Element, str | None, int]] = []
        if top is not None:
            stack += [(code, None, 1) for code in reversed(top.findall(f"{_Q}Code"))]
        while stack:
            code, parent, depth = stack.pop()
            if depth > limits.MAX_NESTING:
                raise InputError(
                    f"{self.name}: codes nested more than {limits.MAX_NESTING} deep in the codebook"
                )
            kind, fields = _fields(_child_text(code, "Description"))
            uid = hex_uid(code.get("guid"))
            if uid in codes:  # a code inside itself would make its path endless
                raise InputError(f"{self.name}: code {quoted(uid)} appears twice in the codebook")
            codes[uid] = QdeCode(uid, (code.get("name") or "").strip(), parent, fields, kind)
            stack += [(child, uid, depth + 1) for child in reversed(code.findall(f"{_Q}Code"))]
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

    def _source(self, element: etree._Element) -> QdeSource | None:
        name = element.get("name") or element.get("guid") or ""
        text = self._text(element, name)
        if text is None:
            return None
        selections = [
            self._selection(s, name, len(text)) for s in element.iterfind(f"{_Q}PlainTextSelection")
        ]
        return QdeSource(
            hex_uid(element.get("guid")),
            name,
            text,
            [s for s in selections if s is not None],
            self._values(element),
            _fields(_child_text(element, "Description"))[1],
        )

    def _text(self, element: etree._Element, name: str) -> str | None:
        inline = element.find(f"{_Q}PlainTextContent")
        if inline is not None:
            return self._checked_length(inline.text or "", name)
        path = element.get("plainTextPath") or ""
        if not path.startswith("internal://"):
            return None
        member = f"sources/{path.removeprefix('internal://')}"
        try:  # UTF-8 takes at most 4 bytes a character
            data = read_member(self.archive, member, self.name, 4 * limits.MAX_TEXT_CHARS)
        except KeyError:
            raise InputError(
                f"{self.name}: source {quoted(name)} refers to {quoted(member)}, which is not "
                "in the file"
            ) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(
                f"{self.name}: {quoted(member)} (source {quoted(name)}) is not UTF-8 text"
            ) from None
        return self._checked_length(text, name)

    def _checked_length(self, text: str, name: str) -> str:
        if len(text) > limits.MAX_TEXT_CHARS:
            raise InputError(
                f"{self.name}: source {quoted(name)} has {len(text):,} characters "
                f"(limit {limits.MAX_TEXT_CHARS:,} per transcript)"
            )
        return text

    def _selection(self, element: etree._Element, source: str, size: int) -> QdeSelection | None:
        guid = element.get("guid", "")
        try:
            start, end = _position(element, "startPosition"), _position(element, "endPosition")
        except ValueError:
            self.problems.append(
                f"source {quoted(source)}: selection {quoted(guid)} has no valid positions"
            )
            return None
        if not 0 <= start < end <= size:
            self.problems.append(
                f"source {quoted(source)}: selection {quoted(guid)} at {start}..{end} is out "
                f"of range (the text has {size} characters)"
            )
            return None
        description = _child_text(element, "Description")
        kind, fields = _fields(description)
        return QdeSelection(
            hex_uid(guid),
            start,
            end,
            _maybe_uid(element.get("creatingUser")),
            _when(element.get("creationDateTime")),
            _when(element.get("modifiedDateTime")),
            kind,
            fields,
            "" if kind else description,
            [
                QdeCoding(hex_uid(ref.get("targetGUID")), _maybe_uid(c.get("creatingUser")))
                for c in element.iterfind(f"{_Q}Coding")
                if (ref := c.find(f"{_Q}CodeRef")) is not None
            ],
        )


def _position(element: etree._Element, attribute: str) -> int:
    """A character offset; ValueError if it is no whole number or past any transcript."""
    value = element.get(attribute, "")
    if len(value) > len(str(limits.MAX_NUMBER)):
        raise ValueError(value)
    return int(value)


def _child_text(element: etree._Element, tag: str) -> str:
    child = element.find(f"{_Q}{tag}")
    return (child.text or "") if child is not None else ""


def hex_uid(value: str | None) -> str:
    try:
        return uuid.UUID(value or "").hex
    except ValueError:
        return uuid.uuid4().hex


def _maybe_uid(value: str | None) -> str | None:
    return hex_uid(value) if value else None


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


def first_value(fields: dict[str, list[str]], key: str, default: str = "") -> str:
    return fields.get(key, [default])[0]
