"""Rows of a user's .csv or .xlsx table, with row numbers as the spreadsheet shows them.

Rows are read one by one (a .csv after decoding its text, an .xlsx in openpyxl's read-only
mode) and at most ``limits.MAX_ROWS`` of them; see :mod:`ccrt_coder.io.limits`.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from ccrt_coder.core.errors import InputError
from ccrt_coder.io import limits
from ccrt_coder.io.text_decoding import read_text_and_encoding
from ccrt_coder.io.xlsx_limits import check_xlsx_parts
from ccrt_coder.io.zip_limits import check_zip_file

_Records = Iterator[tuple[int, list[str]]]


@dataclass(frozen=True)
class TableRow:
    """A data row: its number as the spreadsheet shows it, stripped cell texts by column name."""

    number: int
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    """A table being read: the columns found in its header, its data rows (consumed once)
    and the text encoding of a .csv ('' for an .xlsx workbook)."""

    columns: frozenset[str]
    rows: Iterator[TableRow]
    encoding: str


def read_table(
    path: str | os.PathLike[str],
    *,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
    max_bytes: int | None = None,
) -> list[TableRow]:
    """Data rows of a .csv (any text encoding) or the first sheet of an .xlsx file.

    The header is the first non-blank row; its names match ``required``/``optional`` ignoring
    case, spaces, ``_`` and ``-``; other columns are ignored; blank rows are skipped.
    """
    rows, _encoding = read_table_and_encoding(
        path, required=required, optional=optional, max_bytes=max_bytes
    )
    return rows


def read_table_and_encoding(
    path: str | os.PathLike[str],
    *,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
    max_bytes: int | None = None,
) -> tuple[list[TableRow], str]:
    """:func:`read_table` and the text encoding of a .csv ('' for an .xlsx workbook)."""
    table = open_table(path, required=required, optional=optional, max_bytes=max_bytes)
    return list(table.rows), table.encoding


def open_table(
    path: str | os.PathLike[str],
    *,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
    max_bytes: int | None = None,
) -> Table:
    """:func:`read_table` as a stream: the header is read now, the data rows as consumed."""
    path = Path(path)
    suffix = path.suffix.lower()
    max_bytes = limits.MAX_TABLE_BYTES if max_bytes is None else max_bytes
    encoding = ""
    if suffix == ".csv":
        records, encoding = _csv_records(path, max_bytes)
    elif suffix == ".xlsx":
        records = _xlsx_records(path, max_bytes)
    else:
        raise InputError(f"{path.name}: not a table file (.csv or .xlsx)")
    numbered = (item for item in _limited(records, path.name) if any(item[1]))
    first = next(numbered, None)
    if first is None:
        raise InputError(f"{path.name}: the table is empty")
    header_row, header = first
    columns = _columns(header, f"{path.name}: row {header_row}", required, optional)
    data = next(numbered, None)
    if data is None:
        raise InputError(f"{path.name}: the table has no rows below its header (row {header_row})")
    rows = (
        TableRow(n, {name: cells[i] if i < len(cells) else "" for name, i in columns.items()})
        for n, cells in _chain(data, numbered)
    )
    return Table(frozenset(columns), rows, encoding)


def _chain(first: tuple[int, list[str]], rest: _Records) -> _Records:
    yield first
    yield from rest


def _limited(records: Iterator[tuple[int, list[str]]], name: str) -> _Records:
    """The records, refusing the table once a row number passes ``limits.MAX_ROWS``."""
    for number, cells in records:
        if number > limits.MAX_ROWS:
            raise InputError(
                f"{name}: the table has more than {limits.MAX_ROWS:,} rows; split it into "
                "smaller files"
            )
        yield number, cells


def _columns(
    header: list[str], where: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, int]:
    wanted = {_header_key(name): name for name in (*required, *optional)}
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = wanted.get(_header_key(cell))
        if name is None:
            continue
        if name in columns:
            raise InputError(f"{where}: column {name!r} appears twice")
        columns[name] = index
    missing = [name for name in required if name not in columns]
    if missing:
        found = ", ".join(cell for cell in header if cell) or "nothing"
        raise InputError(
            f"{where}: missing column(s) {', '.join(map(repr, missing))} in the header "
            f"(found: {found})"
        )
    return columns


def _header_key(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name.lower())


def _csv_records(path: Path, max_bytes: int) -> tuple[_Records, str]:
    text, encoding = read_text_and_encoding(path, max_bytes=max_bytes)
    first_line = next(line for line in _lines(text) if line.strip())
    delimiter = max(",;\t", key=first_line.count)  # ties keep ','; Excel in many locales uses ';'
    if text.count("\n") >= limits.MAX_ROWS:  # maybe too many: count before any row is used
        for _record in _limited(_csv_rows(text, delimiter, path.name), path.name):
            pass
    return _csv_rows(text, delimiter, path.name), encoding


def _csv_rows(text: str, delimiter: str, name: str) -> _Records:
    """Records one by one, numbered as a spreadsheet numbers rows (no copy of the text)."""
    reader = csv.reader(_lines(text), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):  # read in the except
            yield number, [cell.strip() for cell in record[: limits.MAX_COLUMNS]]
    except csv.Error as exc:
        raise InputError(f"{name}: row {number + 1}: cannot read the CSV ({exc})") from None


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ``\\n``, without splitting the whole text at once."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _xlsx_records(path: Path, max_bytes: int) -> _Records:
    check_zip_file(path, "a valid Excel workbook (.xlsx)", max_bytes)
    check_xlsx_parts(path)
    import openpyxl  # lazy: start-up speed

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises zip, XML, key and value errors alike
        raise InputError(f"{path.name}: not a valid Excel workbook (.xlsx)") from None
    return _sheet_rows(workbook, path.name)


def _sheet_rows(workbook: object, name: str) -> _Records:
    try:
        sheet = workbook.worksheets[0]  # type: ignore[attr-defined]
        sheet.reset_dimensions()  # some writers store wrong dimensions; read every row
        rows = sheet.iter_rows(values_only=True, max_col=limits.MAX_COLUMNS)
        for number, row in enumerate(rows, start=1):
            yield number, ["" if v is None else _cell_text(v) for v in row]
    except InputError:
        raise
    except Exception:  # openpyxl raises zip, XML, key and value errors alike
        raise InputError(f"{name}: not a valid Excel workbook (.xlsx)") from None
    finally:
        workbook.close()  # type: ignore[attr-defined]


def _cell_text(value: object) -> str:
    """Cell text as typed: 5.0 -> '5', dates in ISO format, newlines normalised."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
