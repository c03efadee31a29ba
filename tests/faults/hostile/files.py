"""Hostile files like those of the campaign of issue 14, built at any size.

Nothing big is committed: each generator writes its file on demand. The tests build small
versions that still trip each reader limit; ``benchmarks/bench_hostile_files.py`` builds the
campaign's full sizes. Zip members are written streaming, so a 4 GB bomb needs little memory.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
_CHUNK = 4 * MB
UNITS_HEADER = "dyad,narrator,phase,re,component,start,end,coder"
VALID_UNIT_ROW = "D01,patient,5,1,W,230,260,Ann"
BAD_UNIT_ROW = "D01,nobody,x,y,Q,a,b,"


@dataclass(frozen=True)
class Filler:
    """A member of ``size`` bytes: ``head``, ``piece`` repeated, ``tail`` (written in chunks)."""

    head: bytes
    piece: bytes
    size: int
    tail: bytes = b""

    def chunks(self) -> Iterator[bytes]:
        yield self.head
        body = self.size - len(self.head) - len(self.tail)
        count = max(body // len(self.piece), 0)
        block = self.piece * max(_CHUNK // len(self.piece), 1)
        per_block = len(block) // len(self.piece)
        while count >= per_block:
            yield block
            count -= per_block
        yield self.piece * count
        yield self.tail


Member = bytes | Filler


def write_zip(path: Path, members: dict[str, Member]) -> Path:
    """A zip archive of ``members`` (deflated at the best ratio deflate reaches, ~1000:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, member in members.items():
            with archive.open(name, "w", force_zip64=True) as stream:
                for chunk in member.chunks() if isinstance(member, Filler) else [member]:
                    stream.write(chunk)
    return path


def understate_size(path: Path, member: str, declared: int) -> Path:
    """Make the archive claim ``member`` unpacks to ``declared`` bytes (it unpacks to more)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, size_at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        name_at = 46 if signature == b"PK\x01\x02" else 30
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(name)] == name:
                data[start + size_at : start + size_at + 4] = declared.to_bytes(4, "little")
            start += 4
    path.write_bytes(bytes(data))
    return path


# -- xlsx --------------------------------------------------------------------------------------
def _xlsx_parts(rows: Iterable[Iterable[object]]) -> dict[str, bytes]:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


_SHEET = "xl/worksheets/sheet1.xml"
_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = b"</sheetData></worksheet>"


def xlsx_bomb(path: Path, unpacked: int) -> Path:
    """A units workbook whose sheet unpacks to ``unpacked`` bytes of identical rows (the
    campaign's 4.2 MB file unpacked to some 4 GB)."""
    parts: dict[str, Member] = dict(_xlsx_parts([UNITS_HEADER.split(",")]))
    row = (
        b"<row>"
        + b"".join(
            f'<c t="inlineStr"><is><t>{value}</t></is></c>'.encode()
            for value in VALID_UNIT_ROW.split(",")
        )
        + b"</row>"
    )
    parts[_SHEET] = Filler(_SHEET_HEAD, row, unpacked, _SHEET_TAIL)
    return write_zip(path, parts)


def xlsx_bad_rows(path: Path, rows: int, *, wide: bool = False) -> Path:
    """``rows`` bad unit rows (``wide``: each with a last cell in column XFD, 16,384 wide)."""
    parts: dict[str, Member] = dict(_xlsx_parts([UNITS_HEADER.split(",")]))
    cells = "".join(
        f'<c r="{chr(65 + n)}{{n}}" t="inlineStr"><is><t>{value}</t></is></c>'
        for n, value in enumerate(BAD_UNIT_ROW.split(","))
    )
    far = '<c r="XFD{n}"><v>1</v></c>' if wide else ""
    body = "".join(
        f'<row r="{n}">{cells.format(n=n)}{far.format(n=n)}</row>' for n in range(2, rows + 2)
    )
    header = "".join(
        f'<c r="{chr(65 + n)}1" t="inlineStr"><is><t>{name}</t></is></c>'
        for n, name in enumerate(UNITS_HEADER.split(","))
    )
    sheet = f'<row r="1">{header}</row>{body}'.encode()
    parts[_SHEET] = _SHEET_HEAD + sheet + _SHEET_TAIL
    return write_zip(path, parts)


def xlsx_one_row(path: Path, cells: int) -> Path:
    """A units header and one row of ``cells`` numbered cells (openpyxl holds a row whole)."""
    parts: dict[str, Member] = dict(_xlsx_parts([UNITS_HEADER.split(",")]))
    row = "".join(f"<c><v>{n}</v></c>" for n in range(cells))
    parts[_SHEET] = _SHEET_HEAD + f"<row>{row}</row>".encode() + _SHEET_TAIL
    return write_zip(path, parts)


def xlsx_shared_text(path: Path, chars: int) -> Path:
    """A units header and a shared-strings part of one text of ``chars`` characters."""
    parts: dict[str, Member] = dict(_xlsx_parts([UNITS_HEADER.split(",")]))
    parts["xl/sharedStrings.xml"] = Filler(b"<sst><si><t>", b"x", chars + 12, b"</t></si></sst>")
    return write_zip(path, parts)


def xlsx_rows(path: Path, rows: int) -> Path:
    """A valid units workbook of ``rows`` data rows."""
    values = VALID_UNIT_ROW.split(",")
    return xlsx_table(path, [UNITS_HEADER.split(","), *([values] * rows)])


def xlsx_table(path: Path, rows: list[list[object]]) -> Path:
    """A workbook of these rows, as openpyxl writes it (texts as shared strings)."""
    return write_zip(path, dict(_xlsx_parts(rows)))


# -- docx --------------------------------------------------------------------------------------
_DOCUMENT = "word/document.xml"
_BODY_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://'
    b'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_BODY_TAIL = b"</w:body></w:document>"


def _docx_parts() -> dict[str, bytes]:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_parts(path: Path) -> dict[str, bytes]:
    """The members of an existing archive (to build a variant of it)."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_text_bomb(path: Path, unpacked: int) -> Path:
    """A transcript whose one paragraph holds ``unpacked`` bytes of text (the campaign's
    2.7 MB file: 5 GB and a 'string or blob too big' crash; 563 KB: a 200 MB transcript)."""
    parts: dict[str, Member] = dict(_docx_parts())
    head = _BODY_HEAD + b"<w:p><w:r><w:t>RE 1: mother\n"
    parts[_DOCUMENT] = Filler(head, b"I said no. ", unpacked, b"</w:t></w:r></w:p>" + _BODY_TAIL)
    return write_zip(path, parts)


def docx_paragraph_bomb(path: Path, unpacked: int) -> Path:
    """``unpacked`` bytes of empty paragraphs (the campaign's 80 KB file took 1.74 GB)."""
    parts: dict[str, Member] = dict(_docx_parts())
    parts[_DOCUMENT] = Filler(_BODY_HEAD, b"<w:p/>", unpacked, _BODY_TAIL)
    return write_zip(path, parts)


def docx_many_paragraphs(path: Path, count: int) -> Path:
    """``count`` numbered paragraphs of one word (they compress far less than a bomb)."""
    parts: dict[str, Member] = dict(_docx_parts())
    body = b"".join(
        b'<w:p w:rsidR="%08X"><w:r><w:t>%d</w:t></w:r></w:p>' % (n, n) for n in range(count)
    )
    parts[_DOCUMENT] = (
        _BODY_HEAD + b"<w:p><w:r><w:t>RE 1: mother</w:t></w:r></w:p>" + body + _BODY_TAIL
    )
    return write_zip(path, parts)


def docx_text(path: Path, text: str) -> Path:
    """A valid transcript of ``text``, one paragraph per line."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def many_entries(path: Path, entries: int) -> Path:
    """A valid transcript plus ``entries`` empty members."""
    parts: dict[str, Member] = dict(_docx_parts())
    parts.update({f"customXml/item{n}.xml": b"" for n in range(entries)})
    return write_zip(path, parts)


# -- qdpx --------------------------------------------------------------------------------------
_GUID = "0f0e0d0c-0b0a-4908-8706-050403020100"


def _qde(source: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="hostile" origin="campaign">'
        f"<Sources>{source}</Sources></Project>"
    ).encode()


def qdpx_bomb(path: Path, unpacked: int) -> Path:
    """A project whose one source text unpacks to ``unpacked`` bytes (the campaign's 1.6 MB
    file took 3.2 GB; a 286 KB one stored a 200 MB transcript)."""
    source = f'<TextSource guid="{_GUID}" name="bomb" plainTextPath="internal://{_GUID}.txt"/>'
    return write_zip(
        path,
        {
            "project.qde": _qde(source),
            f"sources/{_GUID}.txt": Filler(b"RE 1: mother\n", b"I said no. ", unpacked),
        },
    )


def qdpx_nested_codes(path: Path, depth: int, *, same_guid: bool = False) -> Path:
    """A codebook of codes nested ``depth`` deep (``same_guid``: each with the same guid)."""
    guids = [_GUID if same_guid else f"00000000-0000-4000-8000-{n:012d}" for n in range(depth)]
    codes = "".join(f'<Code guid="{guid}" name="c" isCodable="true">' for guid in guids)
    source = f'<TextSource guid="{_GUID}" name="s"><PlainTextContent>hi</PlainTextContent>'
    book = f"<CodeBook><Codes>{codes}{'</Code>' * depth}</Codes></CodeBook><Sources>"
    qde = _qde(source + "</TextSource>").replace(b"<Sources>", book.encode())
    return write_zip(path, {"project.qde": qde})


def qdpx_text(path: Path, text: str, *, inline: bool = False) -> Path:
    """A project with one source of ``text``, stored as a member or inline in project.qde."""
    if inline:
        source = f'<TextSource guid="{_GUID}" name="long"><PlainTextContent>{text}'
        source += "</PlainTextContent></TextSource>"
        return write_zip(path, {"project.qde": _qde(source)})
    source = f'<TextSource guid="{_GUID}" name="long" plainTextPath="internal://{_GUID}.txt"/>'
    return write_zip(
        path, {"project.qde": _qde(source), f"sources/{_GUID}.txt": text.encode("utf-8")}
    )


# -- csv ---------------------------------------------------------------------------------------
def units_csv(path: Path, rows: int, row: str = VALID_UNIT_ROW) -> Path:
    """A units CSV of ``rows`` copies of ``row`` (valid by default; the campaign used 1M)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(UNITS_HEADER + "\n")
        block = (row + "\n") * 10_000
        for _ in range(rows // 10_000):
            out.write(block)
        out.write((row + "\n") * (rows % 10_000))
    return path


def bad_rows_csv(path: Path, size: int) -> Path:
    """About ``size`` bytes of rows with a problem in every field (the campaign's 20 MB file
    collected 6M problem texts)."""
    return units_csv(path, size // (len(BAD_UNIT_ROW) + 1), BAD_UNIT_ROW)
