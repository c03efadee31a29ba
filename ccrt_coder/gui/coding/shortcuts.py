"""The coding keys in one place: defaults, a per-user QSettings override, and a readable table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Binding:
    name: str
    description: str
    default: str


# Single keys act in the transcript only (they never reach a text field there); the rest are
# window-wide. The help dialog lists this table.
BINDINGS: tuple[Binding, ...] = (
    Binding("code_w", "Code the selection as a Wish (W)", "W"),
    Binding("code_ro", "Code the selection as a Response of Other (RO)", "O"),
    Binding("code_rs", "Code the selection as a Response of Self (RS)", "S"),
    Binding("new_re", "Make the selection a new RE", "R"),
    Binding("extend_re", "Add the selection to the current RE (3a, 3b)", "Shift+R"),
    Binding("set_unit_span", "Set the chosen unit's text to the selection", "Shift+U"),
    Binding("edit_unit", "Edit the chosen unit", "Return"),
    Binding("delete_unit", "Delete the chosen unit", "Del"),
    Binding("edit_re", "Edit the current RE's other person and time frame", "F2"),
    Binding("delete_re", "Delete the current RE", "Ctrl+Shift+Del"),
    Binding("rate_1", "Rate the current RE's completeness 1", "Alt+1"),
    Binding("rate_2", "Rate completeness 2", "Alt+2"),
    Binding("rate_3", "Rate completeness 3", "Alt+3"),
    Binding("rate_4", "Rate completeness 4", "Alt+4"),
    Binding("rate_5", "Rate completeness 5", "Alt+5"),
)
_BY_NAME = {b.name: b for b in BINDINGS}

# Keys inside the category picker (fixed; while it has the focus they win over the window's).
PICKER_KEYS: tuple[tuple[str, str], ...] = (
    ("type", "filter the categories by code or by words of their label"),
    ("↑ ↓", "move through the categories"),
    ("Space (Ctrl+Space while typing)", "add the category to the unit (units with several)"),
    ("Alt+V, or + / − in the list", "switch the valence (RO and RS)"),
    ("Alt+A", "anticipated, not actual"),
    ("Alt+I", "inferred, not explicit"),
    ("Alt+L / Alt+M", "to the tailor-made label / the memo"),
    ("Alt+W / Alt+O / Alt+S", "code as W / RO / RS instead"),
    ("Enter", "store the unit"),
    ("Esc", "cancel"),
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
        (key_for(b.name, settings).toString(QKeySequence.SequenceFormat.NativeText), b.description)
        for b in BINDINGS
    ]
