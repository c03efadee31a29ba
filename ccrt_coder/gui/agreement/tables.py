"""A report table as plain data: column headers and rows of cells (what a model shows)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.agreement.cells import Cell, Key


@dataclass(frozen=True)
class Header:
    text: str
    tooltip: str = ""


@dataclass(frozen=True)
class Row:
    header: Header
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """A titled table; ``detail`` is the counts line shown under the title."""

    title: str
    detail: str
    columns: tuple[Header, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = field(default=())

    def cell(self, key: Key) -> Cell | None:
        """The cell that shows the report's figure ``key`` (tests, copy)."""
        for row in self.rows:
            for cell in row.cells:
                if cell.key == key:
                    return cell
        return None


def pair_label(pair: tuple[str, str]) -> str:
    return QCoreApplication.translate("agreement.tables", "{pair0} ×\n{pair1}").format(
        pair0=pair[0], pair1=pair[1]
    )


def pair_key(pair: tuple[str, str]) -> str:
    return f"{pair[0]}|{pair[1]}"
