"""Stream sheets into an .xlsx workbook: bold frozen header, autofilter, widths, wrap, inert text.

openpyxl's write-only mode writes each row as it comes (memory stays flat however many rows).
Plain values go in as they are (openpyxl gives datetimes a date number format itself); only
cells that need a style (wrapped text, texts a spreadsheet could execute) are ``WriteOnlyCell``s,
built once per column and reused, which is safe because a row is serialised before ``append``
returns.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Sequence
from datetime import datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from ccrt_coder.io.cell_safety import RISKY_FIRST_CHARACTERS, is_risky
from ccrt_coder.io.sheet_source import RowsWritten, SheetSource, Value
from ccrt_coder.io.temp_beside import temp_files_beside

PROGRESS_EVERY = 2000
SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH, MAX_WRAPPED_WIDTH = 6, 40, 70
LINE_HEIGHT, MAX_ROW_HEIGHT = 15, 409  # points: one line of 11 pt Calibri; Excel's maximum
# Control characters XML 1.0 cannot hold (openpyxl refuses them); shown as U+FFFD instead.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_SPECIAL_FIRST = RISKY_FIRST_CHARACTERS | {"#"}


def write_xlsx(
    path: str | Path, sheets: Sequence[SheetSource], rows_written: RowsWritten | None = None
) -> dict[str, int]:
    """Write ``sheets`` to ``path``; returns the number of data rows per sheet name.

    An exception (from a row source or from ``rows_written``, e.g. a cancel) stops the
    writing and removes openpyxl's temporary sheet files; ``path`` may then hold nothing useful.
    """
    from openpyxl import Workbook  # lazy: start-up speed

    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    with temp_files_beside(Path(path)):  # the sheets' text never in the system's temp folder
        try:
            done = 0
            for sheet in sheets:
                counts[sheet.name] = _write_sheet(workbook, sheet, done, rows_written)
                done += counts[sheet.name]
            workbook.save(str(path))
        except BaseException:
            _discard(workbook)
            raise
    return counts


def _write_sheet(
    workbook: Any, sheet: SheetSource, done: int, rows_written: RowsWritten | None
) -> int:
    from openpyxl.utils import get_column_letter

    worksheet = workbook.create_sheet(sheet.name)
    rows = iter(sheet.rows)
    sample = list(islice(rows, SAMPLE_ROWS))
    widths = _widths(sheet, sample)
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    worksheet.freeze_panes = "A2"  # views and widths must be set before the first row
    worksheet.print_title_rows = "1:1"  # printed or PDF pages repeat the header
    worksheet.page_setup.orientation = "landscape"
    cells = _Cells(worksheet, sheet, widths)
    worksheet.append(cells.header())
    n = 0
    for n, row in enumerate(chain(sample, rows), start=1):
        values, lines = cells.row(row)
        if lines == 1:
            worksheet.append(values)
        else:  # LibreOffice does not fit row heights to wrapped text when it opens a file
            worksheet.row_dimensions[n + 1].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
            worksheet.append(values)
            del worksheet.row_dimensions[n + 1]  # written: keep memory flat
        if rows_written is not None and n % PROGRESS_EVERY == 0:
            rows_written(done + n)
    worksheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(sheet.header)))}{n + 1}"
    if rows_written is not None:
        rows_written(done + n)
    return n


class _Cells:
    """Turns a row of plain values into what ``append`` takes: values, or styled cells.

    A long-text column wraps a text only when it is longer than the column is wide or has line
    breaks (a shorter text looks the same either way), which keeps styled cells few.
    """

    def __init__(self, worksheet: Any, sheet: SheetSource, widths: Sequence[float]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment

        self._worksheet = worksheet
        self._names = [str(name) for name in sheet.header]
        self._fit = [
            int(width) if name in sheet.wrap else None
            for name, width in zip(self._names, widths, strict=True)
        ]
        wrap = Alignment(wrap_text=True)
        self._wrapped: list[Any] = []
        self._risky: list[Any] = []
        for fit in self._fit:
            wrapped, risky = WriteOnlyCell(worksheet), WriteOnlyCell(worksheet)
            wrapped.alignment = wrap
            if fit is not None:
                risky.alignment = wrap
            risky.quotePrefix = True
            self._wrapped.append(wrapped)
            self._risky.append(risky)

    def header(self) -> list[Any]:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        bold = Font(bold=True)
        cells = []
        for name in self._names:
            cell = WriteOnlyCell(self._worksheet, value=_clean(name))
            cell.data_type = "s"
            cell.font = bold
            cells.append(cell)
        return cells

    def row(self, values: Sequence[Value]) -> tuple[list[Any], int]:
        """What ``append`` takes for a row, and the text lines its tallest wrapped cell needs."""
        out: list[Any] = list(values)
        fit = self._fit
        lines = 1
        for i, value in enumerate(out):
            if isinstance(value, str):
                if not value:
                    out[i] = None
                    continue
                special = value[0] in _SPECIAL_FIRST or _ILLEGAL.search(value)
                if special:
                    value = _clean(value)
                width = fit[i]
                wrap = width is not None and (len(value) > width or "\n" in value)
                if special and (is_risky(value) or value in _ERROR_CODES):
                    out[i] = _string(self._risky[i], value)
                elif wrap:
                    out[i] = _string(self._wrapped[i], value)
                elif special:
                    out[i] = value
                if wrap and width is not None:
                    lines = max(lines, _lines(value, width))
            elif isinstance(value, float) and not math.isfinite(value):
                out[i] = None
        return out, lines


def _string(cell: Any, value: str) -> Any:
    """``cell`` holding ``value`` as an explicit string: never a formula nor an error code."""
    cell.value = value
    cell.data_type = "s"
    return cell


def _lines(text: str, width: int) -> int:
    """Lines a text wraps to in a column ``width`` characters wide (a generous estimate)."""
    return sum(max(1, -(-len(part) // width)) for part in text.split("\n"))


def _clean(text: str) -> str:
    return _ILLEGAL.sub("\ufffd", text)


def _widths(sheet: SheetSource, sample: list[Sequence[Value]]) -> list[float]:
    """Column widths from the header and a sample of rows, capped (wrapped columns wider)."""
    widths = []
    for index, name in enumerate(sheet.header):
        longest = max(
            (_display_length(row[index]) for row in sample if index < len(row)), default=0
        )
        cap = MAX_WRAPPED_WIDTH if name in sheet.wrap else MAX_WIDTH
        widths.append(float(min(cap, max(MIN_WIDTH, len(str(name)) + 3, longest + 2))))
    return widths


def _display_length(value: Value) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len("2024-01-31 23:59:59")
    if isinstance(value, float):
        return len(f"{value:.6g}")
    text = str(value)
    return max((len(line) for line in text.split("\n")), default=0)


def _discard(workbook: Any) -> None:
    """Close and delete the temporary files of write-only sheets (after a failure or cancel)."""
    for worksheet in workbook.worksheets:
        writer = getattr(worksheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if worksheet._rows is not None:
                worksheet._rows.close()
            writer.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()
