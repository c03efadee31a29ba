"""A MergePlan as the merge dialog shows it: rich text per source, and a one-line verdict."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from ccrt_coder.gui.widgets.component_style import blend, is_dark, muted_text
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.merge import LayerPlan, MergePlan, MergeResult, SourcePlan

MAX_LISTED_RES = 8
LAYER_NAMES = {
    "coder": QT_TRANSLATE_NOOP("exchange.merge_preview", "own coding"),
    "consensus": "consensus",
}
_LIST = "margin-top:2px; margin-bottom:2px; margin-left:-12px"


@dataclass(frozen=True)
class Colours:
    added: str
    conflict: str
    refused: str
    muted: str

    @classmethod
    def of(cls, palette: QPalette) -> Colours:
        if is_dark(palette):
            return cls("#5FD3A8", "#F0B44C", "#FF8A65", muted_css(palette))
        return cls("#00795A", "#9A5600", "#C0392B", muted_css(palette))


def muted_css(palette: QPalette) -> str:
    """The muted text colour as an opaque ``#rrggbb`` (it is often half-transparent text)."""
    muted = muted_text(palette)
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, muted, muted.alphaF()).name()


@dataclass(frozen=True)
class Verdict:
    """What the dialog says under the preview, and whether Merge may be pressed."""

    text: str
    can_merge: bool


def verdict(plan: MergePlan, target: str) -> Verdict:
    refused = [Path(s.source).name for s in plan.sources if s.refused]
    if refused:
        return Verdict(
            (
                QCoreApplication.translate(
                    "exchange.merge_preview",
                    "Cannot merge: {names} is refused (see above). Remove it from the "
                    "list to merge the others.",
                )
                if len(refused) == 1
                else QCoreApplication.translate(
                    "exchange.merge_preview",
                    "Cannot merge: {names} are refused (see above). Remove them from the "
                    "list to merge the others.",
                )
            ).format(names=", ".join(refused)),
            False,
        )
    if not plan.changes_anything:
        return Verdict(
            QCoreApplication.translate(
                "exchange.merge_preview", "Nothing to add: {target} has all of this work already."
            ).format(target=target),
            False,
        )
    parts = [count(plan.units, "unit"), count(plan.ratings, "rating")]
    text = QCoreApplication.translate(
        "exchange.merge_preview", "Merge will add {parts} to {target}, after backing it up."
    ).format(parts=_and(parts), target=target)
    conflicts = sum(len(s.problems) for s in plan.sources)
    if conflicts:
        text += QCoreApplication.translate(
            "exchange.merge_preview", " {count} left out: this project keeps its own work there."
        ).format(count=count(conflicts, "conflict"))
    return Verdict(text, True)


def preview_html(plan: MergePlan, palette: QPalette) -> str:
    colours = Colours.of(palette)
    return "".join(_source_html(source, colours) for source in plan.sources)


def message_html(text: str, colour: str | None = None) -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p{style}>{escape(text)}</p>"


def _source_html(source: SourcePlan, c: Colours) -> str:
    name = escape(Path(source.source).name)
    if source.refused:
        head = _badge(
            QCoreApplication.translate(
                "exchange.merge_preview", "REFUSED: nothing is merged from it"
            ),
            c.refused,
        )
        reasons = "".join(f"<li>{escape(reason)}</li>" for reason in source.refused)
        return f"{_heading(name, head)}<ul style='{_LIST}; color:{c.refused}'>{reasons}</ul>"
    badges = [_badge(_adds(source), c.added if _adds_anything(source) else c.muted)]
    if source.problems:
        badges.append(_badge(count(len(source.problems), "conflict"), c.conflict))
    html = _heading(name, " &nbsp;·&nbsp; ".join(badges))
    html += _layers_table(source.layers, c)
    items = [
        QCoreApplication.translate("exchange.merge_preview", "<li>New coder: {name}</li>").format(
            name=escape(name)
        )
        for name in source.new_coders
    ]
    if source.new_res:
        items.append(f"<li>{escape(_new_res(source.new_res))}</li>")
    items += [
        QCoreApplication.translate(
            "exchange.merge_preview", "<li style='color:{conflict}'><b>Conflict:</b> {text}</li>"
        ).format(conflict=c.conflict, text=escape(text))
        for text in source.conflicts
    ]
    items += [
        QCoreApplication.translate(
            "exchange.merge_preview", "<li style='color:{muted}'>Note: {text}</li>"
        ).format(muted=c.muted, text=escape(text))
        for text in source.notes
    ]
    return html + (f"<ul style='{_LIST}'>{''.join(items)}</ul>" if items else "")


def _heading(name: str, badges: str) -> str:
    return f"<p style='margin-top:8px; margin-bottom:4px'><b>{name}</b> &nbsp; {badges}</p>"


def _badge(text: str, colour: str) -> str:
    return f"<span style='color:{colour}'><b>{escape(text)}</b></span>"


def _layers_table(layers: tuple[LayerPlan, ...], c: Colours) -> str:
    if not layers:
        return ""
    rows = "".join(
        f"<tr><td>{escape(layer.coder)}</td>"
        f"<td style='color:{c.muted}'>{_layer_name(layer.layer)}</td>"
        f"<td{_colour(layer, c)}>{escape(_what(layer))}</td></tr>"
        for layer in layers
    )
    return f"<table cellspacing='0' cellpadding='3' style='margin-left:14px'>{rows}</table>"


def _colour(layer: LayerPlan, c: Colours) -> str:
    colour = {"new": c.added, "continued": c.added, "conflict": c.conflict}.get(
        layer.status, c.muted
    )
    return f" style='color:{colour}'"


def _what(layer: LayerPlan) -> str:
    added = QCoreApplication.translate("exchange.merge_preview", "add {count}, {count2}").format(
        count=count(layer.units, "unit"), count2=count(layer.ratings, "rating")
    )
    text = {
        "new": added,
        "continued": QCoreApplication.translate(
            "exchange.merge_preview", "{added} (they went on coding)"
        ).format(added=added),
        "unchanged": QCoreApplication.translate("exchange.merge_preview", "already merged"),
        "kept": QCoreApplication.translate("exchange.merge_preview", "nothing new"),
        "conflict": QCoreApplication.translate(
            "exchange.merge_preview", "CONFLICT: nothing of it is written"
        ),
    }.get(layer.status, layer.status)
    return f"{text} ({layer.detail})" if layer.detail else text


def _adds(source: SourcePlan) -> str:
    if not _adds_anything(source):
        return QCoreApplication.translate("exchange.merge_preview", "nothing to add")
    parts = [count(source.units, "unit"), count(source.ratings, "rating")]
    if source.new_res:
        parts.append(count(len(source.new_res), "RE"))
    if source.new_coders:
        parts.append(count(len(source.new_coders), "coder"))
    if source.memos:
        parts.append(count(source.memos, "memo"))
    return QCoreApplication.translate("exchange.merge_preview", "adds ") + ", ".join(parts)


def _adds_anything(source: SourcePlan) -> bool:
    return bool(
        source.units or source.ratings or source.new_res or source.new_coders or source.memos
    )


def _new_res(res: tuple[str, ...]) -> str:
    shown = ", ".join(res[:MAX_LISTED_RES])
    more = (
        QCoreApplication.translate("exchange.merge_preview", " and {n} more").format(
            n=len(res) - MAX_LISTED_RES
        )
        if len(res) > MAX_LISTED_RES
        else ""
    )
    return QCoreApplication.translate("exchange.merge_preview", "New REs: {shown}{more}").format(
        shown=shown, more=more
    )


def _layer_name(layer: str) -> str:
    name = LAYER_NAMES.get(layer)
    return QCoreApplication.translate("exchange.merge_preview", name) if name else escape(layer)


def _and(parts: list[str]) -> str:
    """``a and b`` (merge messages name at most two counts)."""
    return QCoreApplication.translate("exchange.merge_preview", "{first} and {second}").format(
        first=parts[0], second=parts[1]
    )


def describe_result(result: MergeResult) -> tuple[str, str, str]:
    """After a merge: the message, a short note (the backup, conflicts), and the conflicts."""
    plan = result.plan
    problems = [f"{Path(s.source).name}: {p}" for s in plan.sources for p in s.problems]
    left_out = (
        QCoreApplication.translate(
            "exchange.merge_preview", "{count} left out: see the details."
        ).format(count=count(len(problems), "problem"))
        if problems
        else ""
    )
    if result.backup is None:
        return (
            QCoreApplication.translate(
                "exchange.merge_preview", "Nothing was merged; the project is unchanged."
            ),
            left_out,
            "\n".join(problems),
        )
    names = ", ".join(Path(s.source).name for s in plan.sources if _adds_anything(s))
    parts = [count(plan.units, "unit"), count(plan.ratings, "rating")]
    note = QCoreApplication.translate(
        "exchange.merge_preview", "The project as it was before the merge is kept in {name}."
    ).format(name=result.backup.name)
    return (
        QCoreApplication.translate("exchange.merge_preview", "Merged {parts} from {names}.").format(
            parts=_and(parts), names=names
        ),
        f"{note}\n{left_out}".strip(),
        "\n".join(problems),
    )
