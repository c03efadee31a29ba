"""Spreadsheet formula injection: which text cells could execute, and how each format defuses them.

A text starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return may be read as a formula
by Excel or LibreOffice (OWASP "CSV injection"); a leading line feed is treated alike. A
one-character text (a valence ``-``) cannot form a formula and is left alone. Only text is
affected: numbers, negative ones included, stay numbers. The xlsx writer stores risky texts
unchanged as explicit string cells marked "quote prefix" (Excel's own flag for a text typed with
a leading apostrophe, so editing the cell keeps it text); CSV has no cell types, so there the
text gets a leading ``'``, which :func:`restore_text` removes again on import.
"""

from __future__ import annotations

# Line feed too: readers turn a CR into LF, and a guarded CR text must still read as guarded.
RISKY_FIRST_CHARACTERS = frozenset("=+-@\t\r\n")
CSV_GUARD = "'"


def is_risky(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula."""
    return len(text) > 1 and text[0] in RISKY_FIRST_CHARACTERS


def neutralise_csv(text: str) -> str:
    """``text`` as a CSV field no spreadsheet executes: risky texts get a leading ``'``.

    A text that already starts with ``'`` before a risky text gets one more, so that
    :func:`restore_text` gives back exactly what was written.
    """
    return CSV_GUARD + text if is_risky(text.lstrip(CSV_GUARD)) else text


def restore_text(text: str) -> str:
    """Undo :func:`neutralise_csv`: a ``'`` before a (guarded) risky text is dropped."""
    if text.startswith(CSV_GUARD) and is_risky(text[1:].lstrip(CSV_GUARD)):
        return text[1:]
    return text
