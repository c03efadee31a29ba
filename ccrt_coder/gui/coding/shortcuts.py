"""The coding keys in one place: defaults, a per-user QSettings override, and a readable table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence

from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Binding:
    name: str
    description: str
    default: str


# Single keys act in the transcript only (they never reach a text field there); the rest are
# window-wide. The help dialog lists this table.
BINDINGS: tuple[Binding, ...] = (
    Binding(
        "code_w", QT_TRANSLATE_NOOP("coding.shortcuts", "Code the selection as a Wish (W)"), "W"
    ),
    Binding(
        "code_ro",
        QT_TRANSLATE_NOOP("coding.shortcuts", "Code the selection as a Response of Other (RO)"),
        "O",
    ),
    Binding(
        "code_rs",
        QT_TRANSLATE_NOOP("coding.shortcuts", "Code the selection as a Response of Self (RS)"),
        "S",
    ),
    Binding("new_re", QT_TRANSLATE_NOOP("coding.shortcuts", "Make the selection a new RE"), "R"),
    Binding(
        "extend_re",
        QT_TRANSLATE_NOOP("coding.shortcuts", "Add the selection to the current RE (3a, 3b)"),
        "Shift+R",
    ),
    Binding(
        "set_unit_span",
        QT_TRANSLATE_NOOP("coding.shortcuts", "Set the chosen unit's text to the selection"),
        "Shift+U",
    ),
    Binding(
        "edit_unit",
        QT_TRANSLATE_NOOP(
            "coding.shortcuts", "Edit the chosen unit (in the transcript: the one at the cursor)"
        ),
        "Return",
    ),
    Binding(
        "delete_unit",
        QT_TRANSLATE_NOOP(
            "coding.shortcuts", "Delete the chosen unit (in the transcript: the one at the cursor)"
        ),
        "Del",
    ),
    Binding(
        "edit_re",
        QT_TRANSLATE_NOOP("coding.shortcuts", "Edit the current RE's other person and time frame"),
        "F2",
    ),
    Binding(
        "delete_re",
        QT_TRANSLATE_NOOP("coding.shortcuts", "Delete the current RE"),
        "Ctrl+Shift+Del",
    ),
    Binding(
        "rate_1",
        QT_TRANSLATE_NOOP("coding.shortcuts", "Rate the current RE's completeness 1"),
        "Alt+1",
    ),
    Binding("rate_2", QT_TRANSLATE_NOOP("coding.shortcuts", "Rate completeness 2"), "Alt+2"),
    Binding("rate_3", QT_TRANSLATE_NOOP("coding.shortcuts", "Rate completeness 3"), "Alt+3"),
    Binding("rate_4", QT_TRANSLATE_NOOP("coding.shortcuts", "Rate completeness 4"), "Alt+4"),
    Binding("rate_5", QT_TRANSLATE_NOOP("coding.shortcuts", "Rate completeness 5"), "Alt+5"),
    Binding(
        "nothing_codable",
        QT_TRANSLATE_NOOP(
            "coding.shortcuts", "Mark the current RE: nothing codable in it (again: unmark)"
        ),
        "Alt+0",
    ),
)
_BY_NAME = {b.name: b for b in BINDINGS}

# Keys inside the category picker (fixed; while it has the focus they win over the window's).
PICKER_KEYS: tuple[tuple[str, str], ...] = (
    (
        "type",
        QT_TRANSLATE_NOOP(
            "coding.shortcuts", "filter the categories by code or by words of their label"
        ),
    ),
    ("↑ ↓", QT_TRANSLATE_NOOP("coding.shortcuts", "move through the categories")),
    (
        QT_TRANSLATE_NOOP("coding.shortcuts", "Space (Ctrl+Space while typing words)"),
        QT_TRANSLATE_NOOP(
            "coding.shortcuts", "tick the category: one more for the unit (or untick it)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("coding.shortcuts", "Alt+V, or + / − in the list"),
        QT_TRANSLATE_NOOP("coding.shortcuts", "switch the valence (RO and RS)"),
    ),
    ("Alt+A", QT_TRANSLATE_NOOP("coding.shortcuts", "anticipated, not actual")),
    ("Alt+I", QT_TRANSLATE_NOOP("coding.shortcuts", "inferred, not explicit")),
    ("Alt+L / Alt+M", QT_TRANSLATE_NOOP("coding.shortcuts", "to the tailor-made label / the memo")),
    ("Alt+W / Alt+O / Alt+S", QT_TRANSLATE_NOOP("coding.shortcuts", "code as W / RO / RS instead")),
    ("Tab", QT_TRANSLATE_NOOP("coding.shortcuts", "from the filter to the label and on")),
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "coding.shortcuts", "store the unit: the ticked categories, then the current one"
        ),
    ),
    ("Esc", QT_TRANSLATE_NOOP("coding.shortcuts", "cancel")),
)


def _settings_key(name: str) -> str:
    return f"shortcuts/{name}"


def key_for(name: str, settings: QSettings | None = None) -> QKeySequence:
    """The user's key for an action (QSettings ``shortcuts/<name>``), else the default."""
    binding = _BY_NAME[name]
    stored = (settings or QSettings()).value(_settings_key(name))
    if isinstance(stored, str) and stored.strip():
        sequence = QKeySequence(stored)
        if not sequence.isEmpty():
            return sequence
    return QKeySequence(binding.default)


def set_key(name: str, key: str | None, settings: QSettings | None = None) -> None:
    """Remember another key for an action (None: back to the default)."""
    settings = settings or QSettings()
    if key is None:
        settings.remove(_settings_key(name))
    else:
        settings.setValue(_settings_key(name), key)


def table(settings: QSettings | None = None) -> list[tuple[str, str]]:
    """(key, what it does) for every coding action, as the user has them."""
    return [
        (
            key_for(b.name, settings).toString(QKeySequence.SequenceFormat.NativeText),
            QCoreApplication.translate("coding.shortcuts", b.description),
        )
        for b in BINDINGS
    ]
