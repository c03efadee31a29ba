"""The span-level and formulation tables of a report (figures as the report gives them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.agreement.cells import Cell, dot, share, stat_cell
from ccrt_coder.gui.agreement.tables import Header, Row, Table, pair_key
from ccrt_coder.gui.widgets.terms import count, level_word
from ccrt_coder.usecases.agreement import COMPONENTS, AgreementReport, MatchCounts, SpanPair

PARTS = (*COMPONENTS, "all")


def span_table(report: AgreementReport) -> Table:
    """Unitizing α per component, then per coder pair: units, matched, unmatched, share."""
    spans = report.spans
    alpha = (
        *(
            stat_cell(
                r,
                "unitizing_alpha",
                f"{c}",
                ("spans", "unitizing_alpha", c),
                None,
                "unit",
                spans.interval(c),
            )
            for c, r in spans.unitizing_alpha.items()
        ),
        Cell(
            "",
            QCoreApplication.translate(
                "agreement.span_tables", "Unitizing α is given per component"
            ),
            muted=True,
        ),
    )
    rows = [
        Row(
            Header(
                QCoreApplication.translate("agreement.span_tables", "Unitizing α"),
                QCoreApplication.translate(
                    "agreement.span_tables",
                    "Krippendorff's α for unitized data (2004), all coders: "
                    "where the units lie, with the component as category",
                ),
            ),
            alpha,
        ),
    ]
    for pair in spans.pairs:
        rows += _pair_rows(pair, len(spans.pairs) > 1)
    order = (
        QCoreApplication.translate(
            "agreement.span_tables", "Cells read {coders0} / {coders1}."
        ).format(coders0=spans.pairs[0].coders[0], coders1=spans.pairs[0].coders[1])
        if len(spans.pairs) == 1
        else QCoreApplication.translate(
            "agreement.span_tables", "Cells read first / second coder of the pair."
        )
    )
    detail = QCoreApplication.translate(
        "agreement.span_tables",
        "Units match when their overlap is at least {dot} of the shorter unit "
        "(one-to-one). {order}",
    ).format(dot=dot(spans.threshold), order=order)
    return Table(
        QCoreApplication.translate("agreement.span_tables", "Span level"),
        detail,
        _part_headers(),
        tuple(rows),
    )


def _part_headers() -> tuple[Header, ...]:
    return (
        *(
            Header(c, QCoreApplication.translate("agreement.span_tables", "{c} units").format(c=c))
            for c in COMPONENTS
        ),
        Header(
            QCoreApplication.translate("agreement.span_tables", "All"),
            QCoreApplication.translate("agreement.span_tables", "W, RO and RS units together"),
        ),
    )


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
        rows.append(
            Row(
                Header(
                    QCoreApplication.translate(
                        "agreement.span_tables", "{first} × {second}"
                    ).format(first=first, second=second),
                    QCoreApplication.translate(
                        "agreement.span_tables", "first / second: {who}"
                    ).format(who=who),
                ),
                blank,
            )
        )
    indent = "   " if headed else ""
    for name, label, text, value in (
        ("units", QCoreApplication.translate("agreement.span_tables", "Units"), _units, None),
        (
            "matched",
            QCoreApplication.translate("agreement.span_tables", "Matched"),
            _matched,
            _matched_value,
        ),
        (
            "unmatched",
            QCoreApplication.translate("agreement.span_tables", "Unmatched"),
            _unmatched,
            None,
        ),
        (
            "share_matched",
            QCoreApplication.translate("agreement.span_tables", "Share matched"),
            _shares,
            None,
        ),
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
        rows.append(
            Row(
                Header(
                    indent + label,
                    QCoreApplication.translate(
                        "agreement.span_tables", "first / second: {who}"
                    ).format(who=who),
                ),
                cells,
            )
        )
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
    what = (
        QCoreApplication.translate("agreement.span_tables", "all units")
        if part == "all"
        else QCoreApplication.translate("agreement.span_tables", "{part} units").format(part=part)
    )
    return QCoreApplication.translate(
        "agreement.span_tables",
        "{what}: {first} {plural}, {second} {plural2}; {matched} matched "
        "one-to-one; unmatched {first} {value}, {second} {value2}",
    ).format(
        what=what,
        first=first,
        plural=count(m.n_units[0], "unit"),
        second=second,
        plural2=count(m.n_units[1], "unit"),
        matched=m.matched,
        value=m.n_units[0] - m.matched,
        value2=m.n_units[1] - m.matched,
    )


def formulation_table(report: AgreementReport) -> Table:
    """Per component (and all three at once): scopes whose top categories are equal / meet."""
    formulation = report.formulation
    rows = []
    for part in PARTS:
        s = formulation.summary(part)
        label = (
            QCoreApplication.translate("agreement.span_tables", "All three")
            if part == "all"
            else part
        )
        cells = (
            Cell(
                QCoreApplication.translate(
                    "agreement.span_tables", "{n_comparable} of {n_scopes}"
                ).format(n_comparable=s.n_comparable, n_scopes=s.n_scopes),
                QCoreApplication.translate(
                    "agreement.span_tables", "scopes where every coder has a top category"
                ),
                s.n_comparable,
                ("formulation", part, "n_comparable"),
            ),
            _share_cell(s.n_equal, s.n_comparable, ("formulation", part, "share_equal")),
            _share_cell(s.n_intersect, s.n_comparable, ("formulation", part, "share_intersect")),
            *_formulation_stats(report, part),
        )
        rows.append(Row(Header(label, _part_tip(part)), cells))
    detail = QCoreApplication.translate(
        "agreement.span_tables",
        "Top {level} (CCRT) per dyad × narrator × phase over the shared REs: {plural}.",
    ).format(level=level_word(formulation.level), plural=count(len(formulation.scopes), "scope"))
    headers = (
        Header(
            QCoreApplication.translate("agreement.span_tables", "Comparable"),
            QCoreApplication.translate(
                "agreement.span_tables", "Scopes where every coder has a top category"
            ),
        ),
        Header(
            QCoreApplication.translate("agreement.span_tables", "Equal tops"),
            QCoreApplication.translate(
                "agreement.span_tables", "Share of comparable scopes where the top sets are equal"
            ),
        ),
        Header(
            QCoreApplication.translate("agreement.span_tables", "Intersecting tops"),
            QCoreApplication.translate(
                "agreement.span_tables", "Share of comparable scopes where the top sets meet"
            ),
        ),
        Header(
            QCoreApplication.translate("agreement.span_tables", "Fleiss' κ"),
            QCoreApplication.translate(
                "agreement.span_tables",
                "Fleiss' κ across all coders on the whole top set per scope (a coder without "
                "a top has 'none'); chance corrected",
            ),
        ),
        Header(
            QCoreApplication.translate("agreement.span_tables", "α (MASI)"),
            QCoreApplication.translate(
                "agreement.span_tables",
                "Krippendorff's α with the MASI distance: partial credit for overlapping tops",
            ),
        ),
    )
    return Table(
        QCoreApplication.translate("agreement.span_tables", "Formulation"),
        detail,
        headers,
        tuple(rows),
    )


def _formulation_stats(report: AgreementReport, part: str) -> tuple[Cell, ...]:
    """Fleiss' κ and MASI α of the component's CCRTs over the scopes (none for all three)."""
    if part not in report.formulation_statistics:
        return (Cell(muted=True), Cell(muted=True))
    block = report.formulation_statistics[part]
    every = QCoreApplication.translate("agreement.span_tables", "all coders")
    return tuple(
        stat_cell(
            block.overall[name], name, every, ("formulation", part, name), None, "scope",
            block.interval(name),
        )
        for name in ("fleiss_kappa", "masi_alpha")
    )  # fmt: skip


def _share_cell(n: int, of: int, key: tuple[str, ...]) -> Cell:
    if not of:
        return Cell(
            QCoreApplication.translate("agreement.span_tables", "undefined: no comparable scope"),
            QCoreApplication.translate("agreement.span_tables", "no scope to compare"),
            None,
            key,
            muted=True,
        )
    return Cell(
        QCoreApplication.translate("agreement.span_tables", "{value:.0%}  ({n} of {of})").format(
            value=n / of, n=n, of=of
        ),
        QCoreApplication.translate("agreement.span_tables", "{n} of {of} comparable scopes").format(
            n=n, of=of
        ),
        n / of,
        key,
    )


def _part_tip(part: str) -> str:
    if part == "all":
        return QCoreApplication.translate(
            "agreement.span_tables", "W, RO and RS all equal (or all meeting) in the same scope"
        )
    return QCoreApplication.translate("agreement.span_tables", "The coders' top {part}").format(
        part=part
    )
