"""Words for a coded unit: its code in one line, an excerpt of its text, its tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ccrt_coder.gui.widgets.plain_text import html
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.usecases.domain import CategorySystem, Span, UnitDraft, UnitRecord, Valence

VALENCE_SIGN = {Valence.POSITIVE: "+", Valence.NEGATIVE: "−"}  # a real minus sign
VALENCE_WORD = {Valence.POSITIVE: "positive", Valence.NEGATIVE: "negative"}
EXCERPT_LENGTH = 28


def categories_text(
    draft: UnitDraft, system: CategorySystem | None, with_codes: bool = True
) -> str:
    names = []
    for code in draft.categories:
        category = system.get(code) if system else None
        label = category.label if category else "?"
        names.append(f"{code} {label}" if with_codes else label)
    return "; ".join(names)


def code_of(draft: UnitDraft) -> str:
    """``W6``, ``RO5+RO2``, or the component when no category was chosen."""
    return "+".join(draft.categories) or draft.component.value


def excerpt(text: str, spans: Sequence[Span], length: int = EXCERPT_LENGTH) -> str:
    """The unit's first words in quotes, shortened with an ellipsis: ``'I wanted my…'``."""
    if not spans:
        return ""
    first = min(spans)
    words = " ".join(text[first.start : first.end].split())
    if len(words) > length:  # cut at a word boundary where there is one
        cut = words[: length + 1]
        words = (cut.rsplit(" ", 1)[0] if " " in cut else cut[:length]).rstrip(" ,;:") + "…"
    return f"'{words}'"


def tooltip(unit: UnitRecord, system: CategorySystem | None, where: str = "") -> str:
    """Rich text: component, categories with labels, valence, actuality, label, memo."""
    draft = unit.draft
    rows = [f"<b>{draft.component.value}</b> — {html(component_title(draft.component))}"]
    if where:
        rows.append(html(where))
    for code in draft.categories:
        category = system.get(code) if system else None
        rows.append(f"<b>{html(code)}</b> {html(category.label if category else '?')}")
    details = []
    if draft.valence:
        details.append(
            QCoreApplication.translate("units.unit_text", "valence {VALENCE_WORD}").format(
                VALENCE_WORD=VALENCE_WORD[draft.valence]
            )
        )
    if draft.actuality:
        details.append(draft.actuality.value)
    if draft.explicitness:
        details.append(draft.explicitness.value)
    if details:
        rows.append(html(", ".join(details)))
    if draft.tailor_label:
        rows.append(f"<i>{html(draft.tailor_label)}</i>")
    if draft.memo:
        rows.append(
            QCoreApplication.translate("units.unit_text", "Memo: {memo}").format(
                memo=html(draft.memo)
            )
        )
    return "<br>".join(rows)


def tooltips(units: Sequence[UnitRecord], system: CategorySystem | None) -> str:
    """Several units at one place (they overlap), separated by a rule."""
    return "<hr>".join(tooltip(unit, system) for unit in units)
