"""The text of a Word document, streamed: paragraphs are read one by one and then dropped.

python-docx builds the whole document tree and an object per paragraph (an 80 KB file of
empty paragraphs took 1.7 GB). This reads the main document part with lxml's iterparse and
gives the same text as python-docx's ``paragraph.text`` for the body's paragraphs (runs and
hyperlinks; tabs, breaks and non-breaking hyphens), stopping at ``limits.MAX_TEXT_CHARS``
characters or ``limits.MAX_LINES`` paragraphs.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
_BODY, _P, _R, _HYPERLINK = f"{_W}body", f"{_W}p", f"{_W}r", f"{_W}hyperlink"
_FIXED = {f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-", f"{_W}ptab": "\t", f"{_W}tab": "\t"}


def docx_text(path: Path) -> str:
    """Paragraph texts joined with newlines (tables, headers and notes are not read)."""
    not_word = InputError(f"{path.name}: not a Word document (.docx)")
    try:
        with zipfile.ZipFile(path) as archive, archive.open(_main_part(archive)) as stream:
            return "\n".join(_paragraphs(stream, path.name))
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise not_word from None


def _main_part(archive: zipfile.ZipFile) -> str:
    """The member the package's relationships name as the document (KeyError if none)."""
    root = etree.fromstring(archive.read("_rels/.rels"), etree.XMLParser(resolve_entities=False))
    for relationship in root.iter(_RELS):
        if relationship.get("Type", "").endswith(_OFFICE_DOCUMENT):
            return posixpath.normpath(relationship.get("Target", "").lstrip("/"))
    raise KeyError("officeDocument")


def _paragraphs(stream: object, name: str) -> Iterator[str]:
    chars = lines = 0
    events = etree.iterparse(
        stream, events=("end",), tag=_P, resolve_entities=False, no_network=True
    )
    for _, paragraph in events:
        parent = paragraph.getparent()
        if parent is None or parent.tag != _BODY:
            continue  # a paragraph in a table or text box: its body-level ancestor ends later
        text = "".join(_run_text(child) for child in paragraph if child.tag in (_R, _HYPERLINK))
        chars, lines = chars + len(text) + 1, lines + 1
        if chars > limits.MAX_TEXT_CHARS:
            raise InputError(
                f"{name}: the transcript has more than {limits.MAX_TEXT_CHARS:,} characters"
            )
        if lines > limits.MAX_LINES:
            raise InputError(
                f"{name}: the transcript has more than {limits.MAX_LINES:,} paragraphs"
            )
        yield text
        paragraph.clear()
        while paragraph.getprevious() is not None:  # drop what was read: memory stays flat
            del parent[0]


def _run_text(element: etree._Element) -> str:
    if element.tag == _HYPERLINK:
        return "".join(_run_text(run) for run in element if run.tag == _R)
    return "".join(_piece(child) for child in element)


def _piece(element: etree._Element) -> str:
    if element.tag == f"{_W}t":
        return element.text or ""
    if element.tag == f"{_W}br":
        return "\n" if element.get(f"{_W}type", "textWrapping") == "textWrapping" else ""
    return _FIXED.get(element.tag, "")
