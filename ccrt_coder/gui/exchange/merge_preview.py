"""A MergePlan as the merge dialog shows it: rich text per source, and a one-line verdict."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtGui import QPalette

from ccrt_coder.gui.widgets.component_style import blend, is_dark, muted_text
from ccrt_coder.usecases.merge import LayerPlan, MergePlan, MergeResult, SourcePlan

MAX_LISTED_RES = 8
LAYER_NAMES = {"coder": "own coding", "consensus": "consensus"}
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
            f"Cannot merge: {', '.join(refused)} {'is' if len(refused) == 1 else 'are'} "
            "refused (see above). Remove it from the list to merge the others.",
            False,
        )
    if not plan.changes_anything:
        return Verdict(f"Nothing to add: {target} has all of this work already.", False)
    parts = [_count(plan.units, "unit"), _count(plan.ratings, "rating")]
    text = f"Merge will add {' and '.join(parts)} to {target}, after backing it up."
    conflicts = sum(len(s.problems) for s in plan.sources)
    if conflicts:
        text += f" {_count(conflicts, 'conflict')} left out: this project keeps its own work there."
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
        head = _badge("REFUSED: nothing is merged from it", c.refused)
        reasons = "".join(f"<li>{escape(reason)}</li>" for reason in source.refused)
        return f"{_heading(name, head)}<ul style='{_LIST}; color:{c.refused}'>{reasons}</ul>"
    badges = [_badge(_adds(source), c.added if _adds_anything(source) else c.muted)]
    if source.problems:
        badges.append(_badge(_count(len(source.problems), "conflict"), c.conflict))
    html = _heading(name, " &nbsp;·&nbsp; ".join(badges))
    html += _layers_table(source.layers, c)
    items = [f"<li>New coder: {escape(name)}</li>" for name in source.new_coders]
    if source.new_res:
        items.append(f"<li>{escape(_new_res(source.new_res))}</li>")
    items += [
        f"<li style='color:{c.conflict}'><b>Conflict:</b> {escape(text)}</li>"
        for text in source.conflicts
    ]
    items += [f"<li style='color:{c.muted}'>Note: {escape(text)}</li>" for text in source.notes]
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
        f"<td style='color:{c.muted}'>{LAYER_NAMES.get(layer.layer, escape(layer.layer))}</td>"
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
    added = f"add {_count(layer.units, 'unit')}, {_count(layer.ratings, 'rating')}"
    text = {
        "new": added,
        "continued": f"{added} (they went on coding)",
        "unchanged": "already merged",
        "kept": "nothing new",
        "conflict": "CONFLICT: nothing of it is written",
    }.get(layer.status, layer.status)
    return f"{text} ({layer.detail})" if layer.detail else text


def _adds(source: SourcePlan) -> str:
    if not _adds_anything(source):
        return "nothing to add"
    parts = [_count(source.units, "unit"), _count(source.ratings, "rating")]
    if source.new_res:
        parts.append(_count(len(source.new_res), "RE"))
    if source.new_coders:
        parts.append(_count(len(source.new_coders), "coder"))
    return "adds " + ", ".join(parts)


def _adds_anything(source: SourcePlan) -> bool:
    return bool(source.units or source.ratings or source.new_res or source.new_coders)


def _new_res(res: tuple[str, ...]) -> str:
    shown = ", ".join(res[:MAX_LISTED_RES])
    more = f" and {len(res) - MAX_LISTED_RES} more" if len(res) > MAX_LISTED_RES else ""
    return f"New REs: {shown}{more}"


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def describe_result(result: MergeResult) -> tuple[str, str, str]:
    """After a merge: the message, a short note (the backup, conflicts), and the conflicts."""
    plan = result.plan
    problems = [f"{Path(s.source).name}: {p}" for s in plan.sources for p in s.problems]
    left_out = f"{_count(len(problems), 'problem')} left out: see the details." if problems else ""
    if result.backup is None:
        return "Nothing was merged; the project is unchanged.", left_out, "\n".join(problems)
    names = ", ".join(Path(s.source).name for s in plan.sources if _adds_anything(s))
    parts = [_count(plan.units, "unit"), _count(plan.ratings, "rating")]
    note = f"The project as it was before the merge is kept in {result.backup.name}."
    return (
        f"Merged {' and '.join(parts)} from {names}.",
        f"{note}\n{left_out}".strip(),
        "\n".join(problems),
    )
