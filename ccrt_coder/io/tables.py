"""Rows of a user's .csv or .xlsx table, with row numbers as the spreadsheet shows them."""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from ccrt_coder.core.errors import InputError
from ccrt_coder.io.text_decoding import check_file, read_text_and_encoding

TABLE_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class TableRow:
    """A data row: its number as the spreadsheet shows it, stripped cell texts by column name."""

    number: int
    values: dict[str, str]


def read_table(
    path: str | os.PathLike[str],
    *,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
    max_bytes: int = TABLE_MAX_BYTES,
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
    max_bytes: int = TABLE_MAX_BYTES,
) -> tuple[list[TableRow], str]:
    """:func:`read_table` and the text encoding of a .csv ('' for an .xlsx workbook)."""
    path = Path(path)
    suffix = path.suffix.lower()
    encoding = ""
    if suffix == ".csv":
        records, encoding = _csv_records(path, max_bytes)
    elif suffix == ".xlsx":
        records = _xlsx_records(path, max_bytes)
    else:
        raise InputError(f"{path.name}: not a table file (.csv or .xlsx)")
    numbered = [(n, cells) for n, cells in enumerate(records, start=1) if any(cells)]
    if not numbered:
        raise InputError(f"{path.name}: the table is empty")
    (header_row, header), data = numbered[0], numbered[1:]
    columns = _columns(header, f"{path.name}: row {header_row}", required, optional)
    if not data:
        raise InputError(f"{path.name}: the table has no rows below its header (row {header_row})")
    rows = [
        TableRow(n, {name: cells[i] if i < len(cells) else "" for name, i in columns.items()})
        for n, cells in data
    ]
    return rows, encoding


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


def _csv_records(path: Path, max_bytes: int) -> tuple[list[list[str]], str]:
    text, encoding = read_text_and_encoding(path, max_bytes=max_bytes)
    first_line = next(line for line in text.split("\n") if line.strip())
    delimiter = max(",;\t", key=first_line.count)  # ties keep ','; Excel in many locales uses ';'
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            records.append([cell.strip() for cell in record])
    except csv.Error as exc:
        raise InputError(
            f"{path.name}: row {len(records) + 1}: cannot read the CSV ({exc})"
        ) from None
    return records, encoding


def _xlsx_records(path: Path, max_bytes: int) -> list[list[str]]:
    check_file(path, max_bytes=max_bytes)
    import openpyxl  # lazy: start-up speed

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some writers store wrong dimensions; read every row
            return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except Exception:  # openpyxl raises zip, XML, key and value errors alike
        raise InputError(f"{path.name}: not a valid Excel workbook (.xlsx)") from None


def _cell_text(value: object) -> str:
    """Cell text as typed: 5.0 -> '5', dates in ISO format, newlines normalised."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
