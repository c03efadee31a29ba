"""Refuse an .xlsx whose sheet rows or shared texts are too large for openpyxl to hold.

openpyxl's read-only mode streams a sheet row by row, but holds each row's cells (and every
shared text) in memory at once: one row of millions of cells would take gigabytes. So each
row and each shared text may take at most ``limits.MAX_ROW_BYTES`` of XML. The sheets and the
shared texts are scanned in chunks (a byte search) before openpyxl opens the file.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits
from ccrt_coder.io.limits import size_text

_PARTS = re.compile(r"xl/(worksheets/[^/]+|sharedStrings)\.xml", re.IGNORECASE)
_STARTS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:row|si)[\s>/]")
_CHUNK = 1024 * 1024
_OVERLAP = 64  # longer than any start tag the pattern matches


def check_xlsx_parts(path: Path) -> None:
    """Refuse a workbook with a sheet row or a shared text over ``limits.MAX_ROW_BYTES``."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if _PARTS.fullmatch(info.filename):
                    _check_part(archive, info.filename, path.name)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise InputError(f"{path.name}: not a valid Excel workbook (.xlsx)") from None


def _check_part(archive: zipfile.ZipFile, member: str, name: str) -> None:
    last_start = offset = 0  # where the latest row (or text) starts; bytes read before `tail`
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            data, base = tail + chunk, offset - len(tail)
            for match in _STARTS.finditer(data):
                start = base + match.start()
                if start > last_start:
                    _check_gap(start - last_start, member, name)
                    last_start = start
            offset += len(chunk)
            _check_gap(offset - last_start, member, name)
            tail = data[-_OVERLAP:]


def _check_gap(size: int, member: str, name: str) -> None:
    if size > limits.MAX_ROW_BYTES:
        what = "a shared text" if "sharedstrings" in member.lower() else "a row of a sheet"
        raise InputError(
            f"{name}: {what} takes more than {size_text(limits.MAX_ROW_BYTES)} "
            "(not a table this program reads)"
        )
