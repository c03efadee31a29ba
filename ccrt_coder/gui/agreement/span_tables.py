"""The span-level and formulation tables of a report (figures as the report gives them)."""

from __future__ import annotations

from ccrt_coder.gui.agreement.cells import Cell, dot, share, stat_cell
from ccrt_coder.gui.agreement.tables import Header, Row, Table, pair_key, plural
from ccrt_coder.usecases.agreement import COMPONENTS, AgreementReport, MatchCounts, SpanPair

PARTS = (*COMPONENTS, "all")
PART_HEADERS = (
    *(Header(c, f"{c} units") for c in COMPONENTS),
    Header("All", "W, RO and RS units together"),
)


def span_table(report: AgreementReport) -> Table:
    """Unitizing α per component, then per coder pair: units, matched, unmatched, share."""
    spans = report.spans
    alpha = (
        *(
            stat_cell(r, "unitizing_alpha", f"{c}", ("spans", "unitizing_alpha", c), None, "unit")
            for c, r in spans.unitizing_alpha.items()
        ),
        Cell("", "Unitizing α is given per component", muted=True),
    )
    rows = [
        Row(Header("Unitizing α", "Krippendorff's α for unitized data (2004), all coders: "
                   "where the units lie, with the component as category"), alpha),
    ]  # fmt: skip
    for pair in spans.pairs:
        rows += _pair_rows(pair, len(spans.pairs) > 1)
    order = (
        f"Cells read {spans.pairs[0].coders[0]} / {spans.pairs[0].coders[1]}."
        if len(spans.pairs) == 1
        else "Cells read first / second coder of the pair."
    )
    detail = (
        f"Units match when their overlap is at least {dot(spans.threshold)} of the shorter unit "
        f"(one-to-one). {order}"
    )
    return Table("Span level", detail, PART_HEADERS, tuple(rows))


def _pair_rows(pair: SpanPair, headed: bool) -> list[Row]:
    """Four rows of one coder pair (first / second coder in each cell), under the pair's name
    when there are several pairs."""
    counts = {**pair.components, "all": pair.total()}
    first, second = pair.coders
    who = f"{first} / {second}"
    key = pair_key(pair.coders)
    rows = []
    if headed:
        blank = tuple(Cell("", who, muted=True) for _ in PARTS)
        rows.append(Row(Header(f"{first} × {second}", f"first / second: {who}"), blank))
    indent = "   " if headed else ""
    for name, label, text, value in (
        ("units", "Units", _units, None),
        ("matched", "Matched", _matched, _matched_value),
        ("unmatched", "Unmatched", _unmatched, None),
        ("share_matched", "Share matched", _shares, None),
    ):
        cells = tuple(
            Cell(
                text(counts[part]),
                _tooltip(first, second, part, counts[part]),
                value(counts[part]) if value else None,
                ("spans", key, part, name),
            )
            for part in PARTS
        )
        rows.append(Row(Header(indent + label, f"first / second: {who}"), cells))
    return rows


def _matched_value(m: MatchCounts) -> int:
    return m.matched


def _units(m: MatchCounts) -> str:
    return " / ".join(map(str, m.n_units))


def _matched(m: MatchCounts) -> str:
    return str(m.matched)


def _unmatched(m: MatchCounts) -> str:
    return " / ".join(str(n - m.matched) for n in m.n_units)


def _shares(m: MatchCounts) -> str:
    return " / ".join(share(m.matched / n if n else None) for n in m.n_units)


def _tooltip(first: str, second: str, part: str, m: MatchCounts) -> str:
    what = "all units" if part == "all" else f"{part} units"
    return (
        f"{what}: {first} {plural(m.n_units[0], 'unit')}, {second} "
        f"{plural(m.n_units[1], 'unit')}; {m.matched} matched one-to-one; unmatched "
        f"{first} {m.n_units[0] - m.matched}, {second} {m.n_units[1] - m.matched}"
    )


def formulation_table(report: AgreementReport) -> Table:
    """Per component (and all three at once): scopes whose top categories are equal / meet."""
    formulation = report.formulation
    rows = []
    for part in PARTS:
        s = formulation.summary(part)
        label = "All three" if part == "all" else part
        cells = (
            Cell(f"{s.n_comparable} of {s.n_scopes}", "scopes where every coder has a top "
                 "category", s.n_comparable, ("formulation", part, "n_comparable")),
            _share_cell(s.n_equal, s.n_comparable, ("formulation", part, "share_equal")),
            _share_cell(s.n_intersect, s.n_comparable, ("formulation", part, "share_intersect")),
        )  # fmt: skip
        rows.append(Row(Header(label, _part_tip(part)), cells))
    detail = (
        f"Top {formulation.level} (CCRT) per dyad × narrator × phase over the shared REs: "
        f"{plural(len(formulation.scopes), 'scope')}."
    )
    headers = (
        Header("Comparable", "Scopes where every coder has a top category"),
        Header("Equal tops", "Share of comparable scopes where the top sets are equal"),
        Header("Intersecting tops", "Share of comparable scopes where the top sets meet"),
    )
    return Table("Formulation", detail, headers, tuple(rows))


def _share_cell(n: int, of: int, key: tuple[str, ...]) -> Cell:
    if not of:
        return Cell("undefined: no comparable scope", "no scope to compare", None, key, muted=True)
    return Cell(f"{n / of:.0%}  ({n} of {of})", f"{n} of {of} comparable scopes", n / of, key)


def _part_tip(part: str) -> str:
    if part == "all":
        return "W, RO and RS all equal (or all meeting) in the same scope"
    return f"The coders' top {part}"
