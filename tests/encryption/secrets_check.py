"""What an encrypted project must hide: words of the demo transcripts and names."""

from __future__ import annotations

from pathlib import Path

PASSWORD = "correct horse battery staple"
# Words of the demo transcripts and names of its people: none may be readable in the files.
SECRET_WORDS = [b"recorder", b"Renate", b"school concert", b"practised for weeks"]


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
