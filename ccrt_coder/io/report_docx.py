"""The manuscript report as a Word document (python-docx), laid out as APA 7 asks.

Tables: "Table n" in bold, the title in italics on the next line, horizontal rules only (top,
below the header, bottom), a note below starting with "Note." in italics. Figures likewise,
the image inline. Text in Times New Roman 12 pt; tables in 10 pt.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Inches, Length, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from ccrt_coder.io.report_model import Figure, Paragraph, ReportDocument, Run, Table, Text, plain

FONT = "Times New Roman"
TABLE_PT = 10
TEXT_WIDTH = Inches(6.5)  # US Letter / A4 less 1-inch margins
MAX_COLUMN_CHARS = 30  # longer texts wrap rather than take the whole width
CELL_PADDING_CHARS = 3  # a cell's left and right margins, in characters of 10 pt
UNBROKEN_CHARS = 10  # cells up to this long (numbers, "C1 – C2") keep to one line
LINE_CHARS = 80  # characters of 10 pt on a line of the text width (with a wider stand-in font)


def write_docx(path: Path, report: ReportDocument) -> None:
    """Write ``report`` to ``path`` (the caller makes the write atomic)."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    for name, size in (("Title", 14), ("Heading 1", 12)):  # APA: bold, centred, black
        heading = document.styles[name]
        heading.font.name, heading.font.size, heading.font.bold = FONT, Pt(size), True
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _no_theme_font(heading)
    _plain_title(document.styles["Title"])
    document.add_heading(report.title, level=0)
    for section in report.sections:
        document.add_heading(section.heading, level=1)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                _runs(document.add_paragraph(), block.text)
            elif isinstance(block, Table):
                _table(document, block)
            elif isinstance(block, Figure):
                _figure(document, block)
    if report.footer:
        document.add_paragraph().add_run(report.footer).italic = True
    document.save(str(path))


def _no_theme_font(style: object) -> None:
    """Drop the template's theme fonts, which would win over the font named in the style."""
    fonts = style.element.rPr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is not None:
        for key in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{key}"), None)


def _plain_title(style: object) -> None:
    """The template's Title has a coloured rule below it; an APA title page has none."""
    properties = style.element.pPr  # type: ignore[attr-defined]
    if properties is not None:
        for border in properties.findall(qn("w:pBdr")):
            properties.remove(border)


def _runs(paragraph: DocxParagraph, value: Text, size: int | None = None) -> None:
    for run in value:
        added = paragraph.add_run(run.text)
        added.italic = run.italic or None
        if size:
            added.font.size = Pt(size)


def _caption(document: DocxDocument, label: str, title: str) -> None:
    number = document.add_paragraph()
    number.add_run(label).bold = True
    number.paragraph_format.space_after = Pt(0)
    number.paragraph_format.keep_with_next = True
    heading = document.add_paragraph()
    heading.add_run(title).italic = True
    heading.paragraph_format.keep_with_next = True


def _note(document: DocxDocument, note: Text) -> None:
    if note:
        paragraph = document.add_paragraph()
        paragraph.add_run("Note. ").italic = True
        _runs(paragraph, note, TABLE_PT)
        paragraph.runs[0].font.size = Pt(TABLE_PT)


def _table(document: DocxDocument, table: Table) -> None:
    _caption(document, f"Table {table.number}", table.title)
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    widths = column_widths(table)
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width  # w:gridCol, which LibreOffice lays out by
    for row_index, row in enumerate((table.header, *table.rows)):
        if len(row) == 1 and len(widths) > 1:  # a group heading across the table, in italics
            merged = grid.cell(row_index, 0).merge(grid.cell(row_index, len(widths) - 1))
            for extra in merged.paragraphs[1:]:  # the merged cells' own empty paragraphs
                extra._p.getparent().remove(extra._p)
            paragraph = merged.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0
            _runs(paragraph, tuple(Run(r.text, True) for r in row[0]), TABLE_PT)
            _rules(merged, top=False, bottom=row_index == len(table.rows))
            continue
        for col, value in enumerate(row):
            cell = grid.cell(row_index, col)
            cell.width = widths[col]
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0
            _runs(paragraph, value, TABLE_PT)
            # Rules above and below the header and below the last row, in the schema's order.
            _rules(cell, top=row_index == 0, bottom=row_index in (0, len(table.rows)))
    _repeat_header(grid.rows[0])
    _note(document, table.note)


def column_widths(table: Table) -> list[Length]:
    """Each column at least as wide as its longest word (cells wrap between words, never
    inside one; an interval's no-break space keeps "[.31, .69]" whole) and its short cells;
    the rest of the text width goes to the columns whose cells are longer, in proportion to
    how much longer."""
    least: list[float] = []
    wanted: list[float] = []
    for col in range(len(table.header)):
        rows = [row for row in table.rows if len(row) > 1]  # group headings span the table
        cells = [plain(table.header[col]), *(plain(row[col]) for row in rows)]
        word = max((len(w) for c in cells for w in c.split(" ")), default=0)
        body = max((len(c) for c in cells[1:]), default=0)
        short = body if body <= UNBROKEN_CHARS else 0  # numbers and codes never wrap
        least.append(max(word, short) + CELL_PADDING_CHARS)
        wanted.append(max(min(body, MAX_COLUMN_CHARS) + CELL_PADDING_CHARS, least[-1]))
    spare = LINE_CHARS - sum(least)
    extra = [w - n for w, n in zip(wanted, least, strict=True)]
    if spare > 0 and sum(extra) > 0:
        share = min(1.0, spare / sum(extra))
        least = [n + e * share for n, e in zip(least, extra, strict=True)]
    total = sum(least)
    return [Emu(int(TEXT_WIDTH * n / total)) for n in least]


def _figure(document: DocxDocument, figure: Figure) -> None:
    _caption(document, f"Figure {figure.number}", figure.title)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run().add_picture(io.BytesIO(figure.png), width=Inches(figure.width_inches))
    _note(document, figure.note)


def _rules(cell: _Cell, top: bool, bottom: bool) -> None:
    """Single horizontal lines on a cell (APA tables have no vertical lines)."""
    sides = [side for side, wanted in (("top", top), ("bottom", bottom)) if wanted]
    if not sides:
        return
    borders = OxmlElement("w:tcBorders")
    for side in sides:
        line = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", "6"), ("space", "0"), ("color", "000000")):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)
    cell._tc.get_or_add_tcPr().append(borders)  # after w:tcW, as the schema orders them


def _repeat_header(row: object) -> None:
    """The header row repeats on each page a long table runs over."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
