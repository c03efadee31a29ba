"""Open users' zip archives (.docx, .xlsx, .qdpx) only within the limits of :mod:`limits`.

The central directory is checked before any member is unpacked (entries, declared sizes,
compression ratio); members we read ourselves are read in chunks and counted, so a member
that unpacks to more than it declares is stopped too.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits
from ccrt_coder.io.limits import size_text
from ccrt_coder.io.text_decoding import check_file

_CHUNK = 1024 * 1024


def open_archive(
    path: str | os.PathLike[str], what: str, max_bytes: int, *, say_why: bool = True
) -> zipfile.ZipFile:
    """The checked archive at ``path`` (``what``: the expected kind, "a Word document";
    ``say_why`` adds whether it is no zip archive at all or a damaged one)."""
    path = Path(path)
    check_file(path, max_bytes=max_bytes)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        reason = "not a zip archive" if isinstance(exc, zipfile.BadZipFile) else "damaged"
        raise InputError(f"{path.name}: not {what}" + (f" ({reason})" if say_why else "")) from None
    try:
        check_archive(archive, path.name)
    except InputError:
        archive.close()
        raise
    return archive


def check_zip_file(path: str | os.PathLike[str], what: str, max_bytes: int) -> None:
    """Refuse an archive over the limits before a library (openpyxl, python-docx) opens it."""
    open_archive(path, what, max_bytes, say_why=False).close()


def check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse too many members, too much unpacked data, or the archive or one member
    compressed too well (many small members together are held to the ratio too)."""
    infos = archive.infolist()
    if len(infos) > limits.MAX_ENTRIES:
        raise InputError(
            f"{name}: the archive holds {len(infos):,} files (limit {limits.MAX_ENTRIES:,})"
        )
    total = sum(info.file_size for info in infos)
    if total > limits.MAX_UNPACKED_BYTES:
        raise InputError(
            f"{name}: the archive unpacks to {size_text(total)} "
            f"(limit {size_text(limits.MAX_UNPACKED_BYTES)})"
        )
    for info in infos:
        stored = max(info.compress_size, 1)
        if info.file_size > limits.RATIO_FLOOR_BYTES and info.file_size > limits.MAX_RATIO * stored:
            raise InputError(
                f"{name}: {_member(info.filename)} unpacks {info.file_size // stored:,} times "
                f"larger than stored (limit {limits.MAX_RATIO}); refused as a decompression bomb"
            )
    stored_total = max(sum(info.compress_size for info in infos), 1)
    if total > limits.RATIO_FLOOR_BYTES and total > limits.MAX_RATIO * stored_total:
        raise InputError(
            f"{name}: the archive unpacks {total // stored_total:,} times larger than stored "
            f"(limit {limits.MAX_RATIO}); refused as a decompression bomb"
        )


def read_member(archive: zipfile.ZipFile, member: str, name: str, max_bytes: int) -> bytes:
    """A member's bytes, read in chunks; refuse it as soon as it passes ``max_bytes``.

    KeyError if there is no such member (the caller says what was expected)."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(
                        f"{name}: {_member(member)} unpacks to more than {size_text(max_bytes)}"
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise InputError(f"{name}: {_member(member)} is damaged ({_reason(exc)})") from None
    return b"".join(chunks)


def _member(filename: str) -> str:
    """A member's name for a message: quoted, on one line, never long."""
    return f"member {filename[:80]!r}"


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]
