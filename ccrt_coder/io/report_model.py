"""The manuscript report as plain values (paragraphs, numbered tables, figures), and APA numbers.

The .docx and .html writers render this model; the use case fills it. Text is a sequence of
runs so a writer can set a statistic's symbol in italics (APA) without parsing markup.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Run:
    """A piece of text; ``italic`` for Latin statistical symbols (n, M, SD, p; APA 7 sets
    Greek ones such as κ and α upright)."""

    text: str
    italic: bool = False


Text = tuple[Run, ...]


def text(*parts: str | Run) -> Text:
    """Runs from plain strings and :func:`it` pieces."""
    return tuple(p if isinstance(p, Run) else Run(p) for p in parts)


def it(symbol: str) -> Run:
    return Run(symbol, italic=True)


def plain(value: Text) -> str:
    """The text of runs without formatting (tests and fallbacks)."""
    return "".join(r.text for r in value)


@dataclass(frozen=True)
class Paragraph:
    text: Text


@dataclass(frozen=True)
class Table:
    """An APA table: "Table n" above, its title in italics, a header row, a note below. A row
    of one cell is a group heading across the table (e.g. the component of the rows below)."""

    number: int
    title: str
    header: tuple[Text, ...]
    rows: tuple[tuple[Text, ...], ...]
    note: Text = ()


@dataclass(frozen=True)
class Figure:
    """An APA figure: "Figure n", its title, a PNG image, a note below."""

    number: int
    title: str
    png: bytes
    note: Text = ()
    width_inches: float = 6.0


Block = Paragraph | Table | Figure


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ReportDocument:
    title: str
    sections: tuple[Section, ...]
    footer: str = ""

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]

    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]


def redacted(document: ReportDocument, redact: Callable[[str], str]) -> ReportDocument:
    """``document`` with ``redact`` applied to every text it shows (headings, titles, cells,
    notes, paragraphs): a pseudonymised report hides names wherever the content put them."""

    def runs(value: Text) -> Text:
        return tuple(replace(r, text=redact(r.text)) for r in value)

    def block(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return Paragraph(runs(b.text))
        if isinstance(b, Table):
            rows = tuple(tuple(runs(cell) for cell in row) for row in b.rows)
            header = tuple(runs(cell) for cell in b.header)
            return replace(b, title=redact(b.title), header=header, rows=rows, note=runs(b.note))
        return replace(b, title=redact(b.title), note=runs(b.note))

    sections = tuple(
        Section(redact(s.heading), tuple(block(b) for b in s.blocks)) for s in document.sections
    )
    return ReportDocument(redact(document.title), sections, redact(document.footer))


@dataclass
class Numbering:
    """Hands out table and figure numbers in the order they appear."""

    tables: int = 0
    figures: int = 0
    blocks: list[Block] = field(default_factory=list)

    def table(
        self,
        title: str,
        header: Sequence[Text],
        rows: Sequence[Sequence[Text]],
        note: Text = (),
    ) -> Table:
        self.tables += 1
        return Table(self.tables, title, tuple(header), tuple(tuple(r) for r in rows), note)

    def figure(self, title: str, png: bytes, note: Text = ()) -> Figure:
        self.figures += 1
        return Figure(self.figures, title, png, note)


MINUS = "\u2212"
DASH = "\u2014"  # an empty or undefined cell, as APA tables show it


def stat(value: float | None, digits: int = 2, bounded: bool = True) -> str:
    """APA: ``.52`` for statistics that cannot exceed 1 (no leading zero), ``−.10`` with a true
    minus sign, ``1.00`` kept whole; an em dash for an undefined value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return DASH
    formatted = f"{abs(value):.{digits}f}"
    if bounded and formatted.startswith("0."):
        formatted = formatted[1:]
    sign = MINUS if value < 0 and float(formatted) != 0 else ""
    return sign + formatted


def percent(value: float | None) -> str:
    """A share as a whole percentage (``62%``); an em dash when undefined."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return DASH
    return f"{round(value * 100):d}%"


def interval(low: float | None, high: float | None) -> str:
    """A 95% CI as APA writes it: ``[.35, .70]``."""
    if low is None or high is None:
        return DASH
    return f"[{stat(low)}, {stat(high)}]"
