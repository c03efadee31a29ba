"""Read users' text and table files safely: size/binary checks, deterministic encoding detection."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits
from ccrt_coder.io.limits import size_text

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters that never occur in a transcript (tab, newlines, VT and FF are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
_UTF16_SAMPLE = 4096
_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1252": "Windows-1252",
}


def check_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> int:
    """Refuse a missing, unreadable, empty or too large file before reading it; return its size."""
    path = Path(path)
    max_bytes = limits.MAX_TEXT_FILE_BYTES if max_bytes is None else max_bytes
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if info.st_size == 0:
        raise InputError(f"{path.name}: the file is empty")
    if info.st_size > max_bytes:
        raise InputError(
            f"{path.name}: the file is too large ({size_text(info.st_size)}; "
            f"limit {size_text(max_bytes)})"
        )
    return info.st_size


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """The file's bytes after :func:`check_file`; OS errors become InputError."""
    check_file(path, max_bytes=max_bytes)
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def read_text_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> str:
    """The text of a user's file with newlines normalised to ``\\n``."""
    return read_text_and_encoding(path, max_bytes=max_bytes)[0]


def read_text_and_encoding(
    path: str | os.PathLike[str], *, max_bytes: int | None = None
) -> tuple[str, str]:
    """The text of a user's file and the encoding it was read in (``UTF-8``, ``Windows-1252``)."""
    return decode_with_encoding(read_bytes(path, max_bytes=max_bytes), Path(path).name)


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a text file's bytes (BOM, UTF-8, UTF-16 without BOM, cp1252); refuse binary data."""
    return decode_with_encoding(data, name)[0]


def decode_with_encoding(data: bytes, name: str) -> tuple[str, str]:
    """:func:`decode_bytes` and the name of the encoding that was recognised."""
    text, encoding = _decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: the file is empty (only whitespace)")
    controls = len(text) - len(_CONTROL.sub("", text))  # no list of matches: bounded memory
    if controls and controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{name}: this is not a text file (it contains binary data)")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding, name, offset=len(bom))
            return text, f"{_LABELS[encoding]} (BOM)"
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(f"{name}: this is not a text file (it contains NUL bytes)")
        return _strict(data, utf16, name), _LABELS[utf16]
    try:
        return data.decode("utf-8"), _LABELS["utf-8"]
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp1252"), _LABELS["cp1252"]
        except UnicodeDecodeError as cp1252_error:
            raise _undecodable(data, name, utf8_error, cp1252_error) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has NUL in every other byte: LE odd, BE even."""
    if len(data) % 2:
        return None
    sample = data[:_UTF16_SAMPLE]
    even, odd = sample[0::2], sample[1::2]
    even_share, odd_share = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_share >= 0.3 and even_share < 0.02:
        return "utf-16-le"
    if even_share >= 0.3 and odd_share < 0.02:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, name: str, *, offset: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = encoding.removesuffix("-sig").upper()
        position = offset + exc.start
        raise InputError(
            f"{name}: invalid {label} text at byte offset {position} (line "
            f"{_line_of(data, exc.start, encoding)}): byte 0x{data[exc.start]:02x}"
        ) from None


def _undecodable(
    data: bytes, name: str, utf8: UnicodeDecodeError, cp1252: UnicodeDecodeError
) -> InputError:
    where = f"byte offset {utf8.start} (line {_line_of(data, utf8.start)})"
    if cp1252.start != utf8.start:
        where += f" and byte offset {cp1252.start} (line {_line_of(data, cp1252.start)})"
    return InputError(
        f"{name}: cannot decode the text as UTF-8 or Windows-1252 (cp1252): invalid bytes at "
        f"{where}; save the file as UTF-8 text"
    )


def _line_of(data: bytes, offset: int, encoding: str = "utf-8") -> int:
    newline = "\n".encode(encoding.removesuffix("-sig"))
    return data.count(newline, 0, offset) + 1
