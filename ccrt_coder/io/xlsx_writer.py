"""Stream sheets into an .xlsx workbook: bold frozen header, autofilter, widths, wrap, inert text.

xlsxwriter's constant-memory mode writes each row out as the next one starts, so memory stays
flat however many rows; its row files go to a scratch folder beside the workbook (removed when
the writing ends or fails), so no study data lands in the system's temporary folder. Every cell is
written by its type (``write_string`` for every text), never by xlsxwriter's guessing
``write``: a text is never taken for a formula, a number or a link. Texts a spreadsheet could
execute get Excel's "quote prefix" flag too, so editing the cell keeps them text. Excel holds at
most 32,767 characters in a cell: xlsxwriter cuts a longer text there.
"""

from __future__ import annotations

import math
import re
import shutil
import tempfile
from collections.abc import Sequence
from datetime import datetime
from itertools import chain, islice
from numbers import Real
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccrt_coder.io.cell_safety import RISKY_FIRST_CHARACTERS, is_risky
from ccrt_coder.io.sheet_source import RowsWritten, SheetSource, Value

if TYPE_CHECKING:
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

PROGRESS_EVERY = 2000
SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH, MAX_WRAPPED_WIDTH = 6, 40, 70
LINE_HEIGHT, MAX_ROW_HEIGHT = 15, 409  # points: one line of 11 pt Calibri; Excel's maximum
PIXELS_PER_CHARACTER = 7  # Calibri 11's digit: widths in pixels keep the file's width values
DATETIME_FORMAT = "yyyy-mm-dd h:mm:ss"
OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
# Characters XML 1.0 cannot hold; shown as U+FFFD instead.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_SPECIAL_FIRST = RISKY_FIRST_CHARACTERS | {"#"}
_XML_SPECIAL = re.compile("[&<>\r]")


class _Pieces(list[str]):
    """Collects what xlsxwriter writes for one row, so the row file gets it in one write."""

    write = list.append


def write_xlsx(
    path: str | Path, sheets: Sequence[SheetSource], rows_written: RowsWritten | None = None
) -> dict[str, int]:
    """Write ``sheets`` to ``path``; returns the number of data rows per sheet name.

    An exception (from a row source or from ``rows_written``, e.g. a cancel) stops the
    writing and removes the temporary row files; ``path`` may then hold nothing useful.
    Those files are made in ``path``'s folder (for an export, its scratch folder beside the
    target), never in the system's temporary folder: they hold study data.
    """
    import xlsxwriter  # lazy: start-up speed

    path = Path(path)
    scratch = tempfile.mkdtemp(prefix=".xlsx-rows-", dir=path.parent)
    workbook = xlsxwriter.Workbook(str(path), {**OPTIONS, "tmpdir": scratch})
    sheet_class = _streamed_sheet_class()
    written: list[Any] = []
    try:
        styles = _Styles(workbook)
        counts: dict[str, int] = {}
        done = 0
        for sheet in sheets:
            written.append(workbook.add_worksheet(sheet.name, sheet_class))
            counts[sheet.name] = _write_sheet(written[-1], sheet, styles, done, rows_written)
            done += counts[sheet.name]
        workbook.close()
    finally:
        for worksheet in written:
            worksheet.close_rows()
        shutil.rmtree(scratch, ignore_errors=True)
    return counts


def _streamed_sheet_class() -> type:
    from xlsxwriter.worksheet import Worksheet

    class StreamedSheet(Worksheet):
        """A constant-memory worksheet that writes each row out in one piece and then forgets
        its height, and keeps values as they are: a number with all its digits (``repr``, as
        the CSV has it; xlsxwriter writes 16), a carriage return as ``&#13;`` (openpyxl and
        LibreOffice read it back), no ``_xHHHH_`` escapes (openpyxl does not undo them in
        in-line texts; the characters they stand for never reach the sheet, see ``_clean``).
        A cell's attributes are its reference and a style number: nothing to escape."""

        fh: Any  # where xlsxwriter writes: the row file, then the sheet's XML

        def _write_single_row(self, current_row_num: int = 0) -> None:
            written, pieces = self.previous_row, _Pieces()
            rows_file = self.fh
            self.fh = pieces
            try:
                super()._write_single_row(current_row_num)
            finally:
                self.fh = rows_file
            rows_file.write("".join(pieces))
            self.row_info.pop(written, None)
            self.row_sizes.pop(written, None)

        def _xml_number_element(self, number: Any, attributes: Any = ()) -> None:
            cell = ""
            for key, value in attributes:
                cell += f' {key}="{value}"'
            self.fh.write(f"<c{cell}><v>{number!r}</v></c>")

        def _xml_inline_string(self, text: str, preserve: Any, attributes: Any = ()) -> None:
            cell = ""
            for key, value in attributes:
                cell += f' {key}="{value}"'
            if _XML_SPECIAL.search(text):
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                text = text.replace("\r", "&#13;")
            space = ' xml:space="preserve"' if preserve else ""
            self.fh.write(f'<c{cell} t="inlineStr"><is><t{space}>{text}</t></is></c>')

        @staticmethod
        def _escape_control_characters(data: Any) -> Any:
            return data

        def close_rows(self) -> None:
            """Close the row file (after a failure or cancel; a no-op once closed)."""
            self._opt_close()

    return StreamedSheet


class _Styles:
    """The workbook's few cell formats, made once."""

    def __init__(self, workbook: Workbook) -> None:
        self.bold = workbook.add_format({"bold": True})
        self.wrap = workbook.add_format({"text_wrap": True})
        self.risky = workbook.add_format({"quote_prefix": True})
        self.risky_wrap = workbook.add_format({"quote_prefix": True, "text_wrap": True})
        self.datetime = workbook.add_format({"num_format": DATETIME_FORMAT})


def _write_sheet(
    worksheet: Worksheet,
    sheet: SheetSource,
    styles: _Styles,
    done: int,
    rows_written: RowsWritten | None,
) -> int:
    rows = iter(sheet.rows)
    sample = list(islice(rows, SAMPLE_ROWS))
    widths = _widths(sheet, sample)
    for index, width in enumerate(widths):
        worksheet.set_column_pixels(index, index, round(width * PIXELS_PER_CHARACTER))
    worksheet.freeze_panes(1, 0)
    worksheet.repeat_rows(0)  # printed or PDF pages repeat the header
    worksheet.set_landscape()
    for index, name in enumerate(sheet.header):
        worksheet.write_string(0, index, _clean(str(name)), styles.bold)
    cells = _Cells(worksheet, sheet, widths, styles)
    n = 0
    for n, row in enumerate(chain(sample, rows), start=1):
        lines = cells.write(n, row)
        if lines > 1:  # LibreOffice does not fit row heights to wrapped text when it opens a file
            worksheet.set_row(n, min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines))
        if rows_written is not None and n % PROGRESS_EVERY == 0:
            rows_written(done + n)
    worksheet.autofilter(0, 0, n, max(1, len(sheet.header)) - 1)
    if rows_written is not None:
        rows_written(done + n)
    return n


class _Cells:
    """Writes a row of plain values cell by cell, each by its type, with the format it needs.

    A long-text column wraps a text only when it is longer than the column is wide or has line
    breaks (a shorter text looks the same either way).
    """

    def __init__(
        self, worksheet: Worksheet, sheet: SheetSource, widths: Sequence[float], styles: _Styles
    ) -> None:
        # xlsxwriter's typed writers without the decorator that reads "A1" references
        self._string = worksheet._write_string
        self._number = worksheet._write_number
        self._boolean = worksheet._write_boolean
        self._datetime = worksheet._write_datetime
        self._date_format = styles.datetime
        self._wrapped = styles.wrap
        self._fit = [
            int(width) if str(name) in sheet.wrap else None
            for name, width in zip(sheet.header, widths, strict=True)
        ]
        self._risky = [styles.risky if fit is None else styles.risky_wrap for fit in self._fit]

    def write(self, row: int, values: Sequence[Value]) -> int:
        """Write ``values`` on ``row``; returns the text lines its tallest wrapped cell needs."""
        fit = self._fit
        lines = 1
        for col, value in enumerate(values):
            kind = type(value)
            if kind is str:
                text: str = value  # type: ignore[assignment]
                if not text:
                    continue
                special = text[0] in _SPECIAL_FIRST or _ILLEGAL.search(text)
                if special:
                    text = _clean(text)
                width = fit[col]
                wrap = width is not None and (len(text) > width or "\n" in text)
                if special and (is_risky(text) or text in _ERROR_CODES):
                    self._string(row, col, text, self._risky[col])
                else:
                    self._string(row, col, text, self._wrapped if wrap else None)
                if wrap and width is not None:
                    lines = max(lines, _lines(text, width))
            elif kind is int or kind is float:
                if math.isfinite(value):  # type: ignore[arg-type]
                    self._number(row, col, value)
            elif value is not None:
                self._other(row, col, value)
        return lines

    def _other(self, row: int, col: int, value: object) -> None:
        """Booleans, datetimes and numbers of other types (numpy's)."""
        if isinstance(value, bool):
            self._boolean(row, col, value)
        elif isinstance(value, datetime):
            self._datetime(row, col, value, self._date_format)
        elif isinstance(value, Real):
            if math.isfinite(value):
                self._number(row, col, float(value))
        else:
            raise TypeError(f"cannot write a {type(value).__name__} to a spreadsheet cell")


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
