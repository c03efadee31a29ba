"""What an encrypted project must hide: words of the demo transcripts and names; and where a
command writes, to find plaintext copies that are deleted before a test could see them."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSWORD = "correct horse battery staple"
# Words of the demo transcripts and names of its people: none may be readable in the files.
SECRET_WORDS = [b"recorder", b"Renate", b"school concert", b"practised for weeks"]
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT


def readable_secrets(folder: Path) -> list[tuple[str, bytes]]:
    """(file, word) for every secret word readable in a project file of ``folder``: the
    projects, their journals, backups and temporary files (``*.ccrt*``)."""
    return [
        (file.name, word)
        for file in sorted(folder.iterdir())
        if file.is_file() and ".ccrt" in file.name
        for word in SECRET_WORDS
        if word in file.read_bytes() or word.decode().encode("utf-16-le") in file.read_bytes()
    ]


class Writes:
    """Every file opened for writing by Python and every database opened by the plain sqlite3
    module (an unencrypted one: SQLCipher's connections are not sqlite3's), while recording."""

    def __init__(self) -> None:
        self.files: set[Path] = set()
        self.plain_databases: set[str] = set()

    def outside(self, folder: Path) -> list[Path]:
        """Files written elsewhere than in ``folder`` (the system's temp folder, say)."""
        root = folder.resolve()
        return sorted(f for f in self.files if not f.resolve().is_relative_to(root))


_recording: list[Writes] = []


def _hook(event: str, args: tuple) -> None:
    if not _recording:
        return
    if event == "sqlite3.connect":
        _recording[-1].plain_databases.add(str(args[0]))
    elif event == "open" and isinstance(args[0], str | Path):
        path, mode, flags = args
        writes = any(c in mode for c in "wax+") if isinstance(mode, str) else mode is None
        if writes and (isinstance(mode, str) or flags & _WRITE_FLAGS):
            _recording[-1].files.add(Path(path))


sys.addaudithook(_hook)  # for the whole test process: a hook cannot be removed


@contextmanager
def recorded_writes() -> Iterator[Writes]:
    writes = Writes()
    _recording.append(writes)
    try:
        yield writes
    finally:
        _recording.remove(writes)
