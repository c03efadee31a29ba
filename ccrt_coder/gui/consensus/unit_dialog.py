"""ConsensusUnitDialog: a consensus unit's code — component, categories, label, valence, memo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.widgets.component_style import component_icon, muted_text
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.terms import component_title
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.usecases.domain import (
    Actuality,
    CategorySystem,
    Component,
    UnitDraft,
    Valence,
    default_valence,
)

_VALENCES = (
    (QT_TRANSLATE_NOOP("consensus.unit_dialog", "not given"), None),
    (QT_TRANSLATE_NOOP("consensus.unit_dialog", "positive (+)"), Valence.POSITIVE),
    (QT_TRANSLATE_NOOP("consensus.unit_dialog", "negative (−)"), Valence.NEGATIVE),
)
_ACTUALITIES = (
    (QT_TRANSLATE_NOOP("consensus.unit_dialog", "not given"), None),
    ("actual", Actuality.ACTUAL),
    ("anticipated", Actuality.ANTICIPATED),
)


class ConsensusUnitDialog(QDialog):
    """Starts from a unit's code (a coder's or the consensus's) and returns the edited draft.

    The text stays the unit's own; only its code is edited here.
    """

    def __init__(
        self,
        draft: UnitDraft,
        system: CategorySystem,
        quote: str,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Edit, then accept into the consensus"))
        self._draft, self._system = draft, system
        self._components = QButtonGroup(self)
        self._buttons: dict[Component, QRadioButton] = {}
        self.categories = QListWidget()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code or label"))
        self.filter.setClearButtonEnabled(True)
        self.label = QLineEdit(draft.tailor_label)
        self.valence = _combo(_VALENCES, draft.valence)
        self.actuality = _combo(_ACTUALITIES, draft.actuality)
        self.memo = QPlainTextEdit(draft.memo)
        self.memo.setFixedHeight(self.memo.fontMetrics().lineSpacing() * 3 + 12)
        self._build(quote)
        self._fill_categories(draft.component, set(draft.categories))
        self.filter.textChanged.connect(self._apply_filter)
        self.resize(520, 600)

    def _build(self, quote: str) -> None:
        words = plain(QLabel(f"“{quote}”"))
        words.setWordWrap(True)
        palette = words.palette()
        palette.setColor(words.foregroundRole(), muted_text(palette))
        words.setPalette(palette)
        row = QHBoxLayout()
        for component in Component:
            button = QRadioButton(f"{component.value}  {component_title(component)}")
            button.setIcon(component_icon(component))
            button.setChecked(component is self._draft.component)
            self._components.addButton(button)
            self._buttons[component] = button
            button.toggled.connect(lambda on, c=component: self._on_component(c) if on else None)
            row.addWidget(button)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Component:"), row)
        form.addRow(self.tr("Categories:"), self.filter)
        form.addRow("", self.categories)
        form.addRow(self.tr("Tailor-made label:"), self.label)
        form.addRow(self.tr("Valence:"), self.valence)
        form.addRow(self.tr("Actual or anticipated:"), self.actuality)
        form.addRow(self.tr("Memo:"), self.memo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(words)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_enabled()

    def _fill_categories(self, component: Component, checked: set[str]) -> None:
        self.categories.clear()
        for category in self._system.categories:
            if category.component not in (None, component):
                continue
            item = QListWidgetItem(f"{category.code}  {category.label}")
            item.setData(Qt.ItemDataRole.UserRole, category.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if category.code in checked else Qt.CheckState.Unchecked
            )
            self.categories.addItem(item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().lower())

    def component(self) -> Component:
        return next(c for c, b in self._buttons.items() if b.isChecked())

    def _on_component(self, component: Component) -> None:
        self._fill_categories(component, set())
        self._update_enabled()

    def _update_enabled(self) -> None:
        responds = self.component() is not Component.W
        self.valence.setEnabled(responds)
        self.actuality.setEnabled(responds)

    def chosen_codes(self) -> tuple[str, ...]:
        return tuple(
            self.categories.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.categories.count())
            if self.categories.item(r).checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> UnitDraft:
        """The edited code on the unit's text (the caller sets coder and layer)."""
        component, codes = self.component(), self.chosen_codes()
        responds = component is not Component.W
        valence = self.valence.currentData() if responds else None
        if responds and valence is None:
            valence = default_valence(codes, self._system)
        return replace(
            self._draft,
            component=component,
            categories=codes,
            tailor_label=self.label.text().strip(),
            valence=valence,
            actuality=self.actuality.currentData() if responds else None,
            memo=self.memo.toPlainText().strip(),
        )


def _combo(choices: tuple[tuple[str, object], ...], current: object) -> QComboBox:
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(QCoreApplication.translate("consensus.unit_dialog", text), value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
