"""Write one sheet as a CSV file Excel, R, SPSS and pandas all read the same way.

UTF-8 with a byte-order mark (so Excel detects UTF-8), comma-separated, ``\\r\\n`` line ends,
fields quoted only when needed (the csv module's "excel" dialect), ``.`` as decimal point, dates
as ``YYYY-MM-DD HH:MM:SS``, booleans as ``TRUE``/``FALSE``, empty for missing values. Texts a
spreadsheet could execute get a leading ``'`` (see ``cell_safety``).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from ccrt_coder.io.cell_safety import neutralise_csv
from ccrt_coder.io.sheet_source import RowsWritten, SheetSource, Value

ENCODING = "utf-8-sig"
LINE_END = "\r\n"
PROGRESS_EVERY = 2000


def write_csv(
    path: str | Path, sheet: SheetSource, rows_written: RowsWritten | None = None, done: int = 0
) -> int:
    """Write ``sheet`` to ``path``; returns its number of data rows.

    ``rows_written`` gets ``done`` plus the rows written so far (to add up several sheets).
    """
    n = 0
    with open(path, "w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(handle, lineterminator=LINE_END)
        writer.writerow([neutralise_csv(str(name)) for name in sheet.header])
        for n, row in enumerate(sheet.rows, start=1):
            writer.writerow(csv_fields(row))
            if rows_written is not None and n % PROGRESS_EVERY == 0:
                rows_written(done + n)
    if rows_written is not None:
        rows_written(done + n)
    return n


def csv_fields(row: Sequence[Value]) -> list[object]:
    """A row's values as CSV fields (see the module docstring for the conventions)."""
    out: list[object] = list(row)
    for i, value in enumerate(out):
        if type(value) is int or value is None:
            continue
        if type(value) is str:
            out[i] = neutralise_csv(value)
        elif type(value) is bool:
            out[i] = "TRUE" if value else "FALSE"
        elif isinstance(value, float):
            out[i] = repr(float(value)) if math.isfinite(value) else None
        elif isinstance(value, datetime):
            out[i] = value.isoformat(sep=" ", timespec="seconds")
        elif isinstance(value, date):
            out[i] = value.isoformat()
    return out
