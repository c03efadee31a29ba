"""DisagreementModel: the report's disagreement list (RE, component, what each coder gave)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from ccrt_coder.gui.widgets import plain_text
from ccrt_coder.gui.widgets.component_style import component_icon, muted_text
from ccrt_coder.gui.widgets.terms import level_word, narrator_word
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.agreement import Disagreement
from ccrt_coder.usecases.domain import Component

RE_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the RE's id, to open it in the consensus meeting
FIXED = (
    (
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "Dyad"),
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "The dyad"),
    ),
    (
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "Narrator"),
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "Who tells the narrative"),
    ),
    (
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "Phase"),
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "The phase (session) of the interview"),
    ),
    (
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "RE"),
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "The RE's number in its interview"),
    ),
    (
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "Comp."),
        QT_TRANSLATE_NOOP("agreement.disagreement_model", "The component: W, RO or RS"),
    ),
)
NONE_TEXT = "—"

Index = QModelIndex | QPersistentModelIndex


class DisagreementModel(QAbstractTableModel):
    """One row per RE and component coded apart, in study order; filterable by component.
    Each coder's column shows their main category there and the others they used."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[Disagreement, ...] = ()
        self._rows: list[Disagreement] = []
        self._coders: tuple[str, ...] = ()
        self._component: str | None = None
        self._counts: dict[str, int] = {}

    def set_disagreements(self, items: Sequence[Disagreement], coders: Sequence[str]) -> None:
        self.beginResetModel()
        self._all, self._coders = tuple(items), tuple(coders)
        self._counts = {}
        for item in self._all:
            self._counts[item.component] = self._counts.get(item.component, 0) + 1
        self._rows = self._filtered()
        self.endResetModel()

    def set_component(self, component: str | None) -> None:
        """Show only ``component``'s disagreements (None: all)."""
        if component == self._component:
            return
        self.beginResetModel()
        self._component = component
        self._rows = self._filtered()
        self.endResetModel()

    def component(self) -> str | None:
        return self._component

    def total(self, component: str | None = None) -> int:
        """Disagreements in the report (of ``component``), whatever the filter."""
        return len(self._all) if component is None else self._counts.get(component, 0)

    def coders(self) -> tuple[str, ...]:
        return self._coders

    def disagreement(self, row: int) -> Disagreement:
        return self._rows[row]

    def _filtered(self) -> list[Disagreement]:
        return [d for d in self._all if self._component in (None, d.component)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self._coders)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < len(FIXED):
            text, tip = (
                QCoreApplication.translate("agreement.disagreement_model", t)
                for t in FIXED[section]
            )
        else:
            text = self._coders[section - len(FIXED)]
            tip = self.tr("{text}'s main category in the RE (and the others used there)").format(
                text=text
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.as_text(tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == RE_ID_ROLE:
            return item.re_id
        if column >= len(FIXED):
            found = self._coder_data(item, self._coders[column - len(FIXED)], role)
            return plain_text.as_text(found) if role == Qt.ItemDataRole.ToolTipRole else found
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.dyad, item.narrator, str(item.phase), str(item.re_number),
                    item.component)[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.as_text(
                _where(item) + self.tr("\nDouble-click or Enter: open it in the consensus meeting")
            )
        if role == Qt.ItemDataRole.DecorationRole and column == len(FIXED) - 1:
            return component_icon(Component(item.component))
        return None

    def _coder_data(self, item: Disagreement, coder: str, role: int) -> Any:
        given = item.given.get(coder)
        others = [label for label in item.used.get(coder, ()) if label != given]
        if role == Qt.ItemDataRole.DisplayRole:
            if given is None:
                return NONE_TEXT
            return given + (f"  (+ {', '.join(others)})" if others else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if given is None:
                return self.tr(
                    "{coder} coded no {component} unit with a category in this RE"
                ).format(coder=coder, component=item.component)
            used = ", ".join(item.used.get(coder, ()))
            return self.tr("{coder}: main {level} {given}; used here: {used}").format(
                coder=coder, level=level_word(item.level), given=given, used=used
            )
        if role == Qt.ItemDataRole.ForegroundRole and given is None:
            return muted_text(QGuiApplication.palette())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _where(item: Disagreement) -> str:
    return QCoreApplication.translate(
        "agreement.disagreement_model",
        "Dyad {dyad}, {narrator}, phase {phase}, RE {re_number}: {component} at the {level} level",
    ).format(
        dyad=item.dyad,
        narrator=narrator_word(item.narrator),
        phase=item.phase,
        re_number=item.re_number,
        component=item.component,
        level=level_word(item.level),
    )
