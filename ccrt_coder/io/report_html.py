"""The manuscript report as one self-contained HTML page: images as data URIs, no scripts,
every text escaped (a coder called "<b>" shows as typed)."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from ccrt_coder.io.report_model import Figure, Paragraph, ReportDocument, Table, Text

STYLE = """
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; max-width: 52em;
       margin: 2em auto; line-height: 1.5; color: #000; }
h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; }
table { border-collapse: collapse; font-size: 10pt; margin: 0.5em 0; }
th, td { padding: 2px 8px; text-align: left; vertical-align: top; }
thead th { border-top: 1px solid #000; border-bottom: 1px solid #000; font-weight: normal; }
tbody tr:last-child td { border-bottom: 1px solid #000; }
.label { font-weight: bold; margin-bottom: 0; }
.title { font-style: italic; margin-top: 0; }
.note { font-size: 10pt; }
img { max-width: 100%; }
"""


def write_html(path: Path, report: ReportDocument) -> None:
    """Write ``report`` to ``path`` as UTF-8 (the caller makes the write atomic)."""
    path.write_text(render_html(report), encoding="utf-8")


def render_html(report: ReportDocument) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(report.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(report.title)}</h1>",
    ]
    for section in report.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                parts.append(f"<p>{_runs(block.text)}</p>")
            elif isinstance(block, Table):
                parts.append(_table(block))
            elif isinstance(block, Figure):
                parts.append(_figure(block))
    if report.footer:
        parts.append(f"<p><i>{escape(report.footer)}</i></p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _runs(value: Text) -> str:
    return "".join(f"<i>{escape(r.text)}</i>" if r.italic else escape(r.text) for r in value)


def _caption(label: str, title: str) -> str:
    return f'<p class="label">{escape(label)}</p><p class="title">{escape(title)}</p>'


def _note(note: Text) -> str:
    return f'<p class="note"><i>Note.</i> {_runs(note)}</p>' if note else ""


def _table(table: Table) -> str:
    head = "".join(f"<th>{_runs(cell)}</th>" for cell in table.header)
    span = len(table.header)
    body = "".join(
        f'<tr><td colspan="{span}"><i>{_runs(row[0])}</i></td></tr>'
        if len(row) == 1  # a group heading across the table
        else "<tr>" + "".join(f"<td>{_runs(cell)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return (
        f'<div class="table" id="table-{table.number}">'
        f"{_caption(f'Table {table.number}', table.title)}"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"{_note(table.note)}</div>"
    )


def _figure(figure: Figure) -> str:
    data = base64.b64encode(figure.png).decode("ascii")
    return (
        f'<div class="figure" id="figure-{figure.number}">'
        f"{_caption(f'Figure {figure.number}', figure.title)}"
        f'<img alt="{escape(figure.title)}" width="{round(96 * figure.width_inches)}"'
        f' src="data:image/png;base64,{data}">'
        f"{_note(figure.note)}</div>"
    )
