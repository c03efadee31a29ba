"""Every limit the readers of users' files enforce, in one place (documented in the README).

A file from a colleague may be damaged or hostile (a decompression bomb, millions of rows, a
number with thousands of digits). Each reader refuses it with one clear message before it
costs much memory or time. The limits are far beyond real studies: a transcript of a long
interview has some 100,000 characters; a study's Units sheet some 100,000 rows.

Readers look the values up here at call time (``limits.MAX_ROWS``), so tests can lower them.
"""

from __future__ import annotations

MB = 1024 * 1024

MAX_TEXT_CHARS = 10 * MB
"""Characters of one transcript's text, however it arrives (.txt, .docx, table, .qdpx)."""

MAX_LINES = 1_000_000
"""Lines of one transcript (paragraphs of a .docx)."""

MAX_TEXT_FILE_BYTES = 10 * MB
"""Size of a .txt transcript or a category .json file."""

MAX_DOCUMENT_BYTES = 50 * MB
"""Size of a .docx or .qdpx file as stored (compressed)."""

MAX_TABLE_BYTES = 50 * MB
"""Size of a .csv or .xlsx table file as stored."""

MAX_UNPACKED_BYTES = 200 * MB
"""All members of a zip archive (.docx, .xlsx, .qdpx) together, unpacked: as the archive
declares them and as actually read (Python's zipfile never returns more than a member
declares, and our own reads count the bytes and stop)."""

MAX_RATIO = 100
"""How much larger a member of a zip archive may unpack than it is stored (100:1)."""

RATIO_FLOOR_BYTES = 1 * MB
"""Members unpacking to less than this are not held to MAX_RATIO (small XML parts of an
empty workbook compress very well)."""

MAX_ENTRIES = 10_000
"""Members of a zip archive."""

MAX_ROWS = 250_000
"""Rows of a .csv or .xlsx table (blank rows count; the header too)."""

MAX_ROW_BYTES = 4 * MB
"""XML of one row of an .xlsx sheet, or of one of its shared texts (openpyxl holds each whole;
30 cells of Excel's longest text take less)."""

MAX_COLUMNS = 200
"""Columns read from a table; cells further right are ignored like any unknown column (a
Units sheet has 30)."""

MAX_NESTING = 32
"""Nesting of lists and objects in a category .json file (the format needs 3) and of codes in
a .qdpx codebook (ours nest 3 deep)."""

MAX_NUMBER = 999_999_999
"""Largest whole number a reader takes from a file (RE numbers, phases, offsets); the
study's own rules then decide what is allowed."""

MAX_PROBLEMS = 100
"""Problems a reader collects from one file; the rest are only counted ("... and M more")."""


def size_text(n_bytes: int) -> str:
    """A byte count as people read it: 12 bytes, 3.4 KB, 200.0 MB."""
    if n_bytes >= MB:
        return f"{n_bytes / MB:.1f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} KB"
    return f"{n_bytes} bytes"
