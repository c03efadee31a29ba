"""Project ▸ Category systems: the active system as a tree; the lead imports, exports, switches.

The rule for a switch, said before it happens: units already coded keep their categories; the
category picker and new coding use the active system.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.categories.tree_model import CategoryTreeModel
from ccrt_coder.gui.widgets import dialogs, file_dialogs
from ccrt_coder.gui.widgets.file_dialogs import FileKind
from ccrt_coder.gui.widgets.padded_delegate import PaddedDelegate
from ccrt_coder.gui.widgets.plain_text import html, plain_box
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.usecases.categories import CategoryOverview
from ccrt_coder.usecases.domain import CategorySystemSummary, CcrtError
from ccrt_coder.usecases.project import Project

EXPAND_UP_TO = 80  # categories; larger systems open with their components collapsed
SUFFIXES = (".json", ".csv", ".xlsx")
CODE_GAP = 16  # pixels


def rule_text() -> str:
    return QCoreApplication.translate(
        "categories.systems_dialog",
        "Units already coded keep their categories; the category picker and new coding use "
        "the active system.",
    )


class CategorySystemsDialog(QDialog):
    """Shows the active system; the project lead may import a system, switch, and export."""

    system_changed = Signal()  # the active system is another one now

    def __init__(self, project: Project, lead: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project, self._lead = project, lead
        self.setWindowTitle(self.tr("Category systems"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.model = CategoryTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.systems = QComboBox()
        self.switch_button = QPushButton(self.tr("&Use this system…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.outside = QLabel()
        self.outside.setWordWrap(True)
        self.note = QLabel(self.tr("Only the project lead imports or switches systems."))
        self.note.setWordWrap(True)
        self._lay_out()
        self.switch_button.clicked.connect(self.switch)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.systems.currentIndexChanged.connect(self._update_buttons)
        self.resize(900, 640)
        self.reload()

    def _lay_out(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setItemDelegate(PaddedDelegate(4, self.tree))
        stored = QGroupBox(self.tr("Stored systems"))
        row = QHBoxLayout()
        row.addWidget(self.systems, 1)
        row.addWidget(self.switch_button)
        box = QVBoxLayout(stored)
        box.addLayout(row)
        rule = QLabel(rule_text())
        rule.setWordWrap(True)
        box.addWidget(rule)
        box.addWidget(self.outside)
        box.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(stored)
        layout.addWidget(buttons)

    # -- what it shows ------------------------------------------------------------------------
    def recount(self) -> None:
        """Units were coded or removed: update the counts, leave the tree as the user left it."""
        if not self.isVisible():
            return
        try:
            overview = self._project.category_overview()
        except CcrtError:
            return  # the next reload says what is wrong
        self.model.set_counts(overview.unit_counts)
        self._show_systems(overview, keep_choice=True)

    def reload(self) -> None:
        """Read the active system, its unit counts and the stored systems again."""
        overview = self._project.category_overview()
        system = overview.system
        self.model.set_system(system, overview.unit_counts)
        for heading in self.model.headings():
            self.tree.setFirstColumnSpanned(heading.row(), heading.parent(), True)
        if len(system.categories) <= EXPAND_UP_TO:
            self.tree.expandAll()
        self.tree.resizeColumnToContents(0)  # codes, with air before the labels
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + CODE_GAP)
        details = [self.tr("categories: {n}").format(n=len(system.categories))]
        if system.uses_lu_direction:
            details.append(self.tr("CCRT-LU: each unit also codes its direction (WOO … RSS)"))
        self.title.setText(
            self.tr("<b>Active: {name}</b> (version {version}) · {details}").format(
                name=html(system.name), version=html(system.version), details=" · ".join(details)
            )
            + (f"<br>{html(system.description)}" if system.description else "")
        )
        self._show_systems(overview, keep_choice=False)

    def _show_systems(self, overview: CategoryOverview, keep_choice: bool) -> None:
        """The stored systems in the combo; the active one chosen unless ``keep_choice``."""
        chosen = self.chosen() if keep_choice else None
        self.systems.blockSignals(True)
        self.systems.clear()
        for summary in overview.systems:
            self.systems.addItem(self._system_text(summary), summary)
            if summary.id == (chosen.id if chosen else overview.active.id):
                self.systems.setCurrentIndex(self.systems.count() - 1)
        self.systems.blockSignals(False)
        self.outside.setText(
            self.tr("Units coded with other systems than the active one: {n}").format(
                n=overview.units_outside(overview.active.id)
            )
        )
        self.set_lead(self._lead)

    def _system_text(self, summary: CategorySystemSummary) -> str:
        text = self.tr(
            "{name} — version {version} · categories: {n} · {units} coded with it"
        ).format(
            name=summary.name,
            version=summary.version,
            n=summary.n_categories,
            units=count(summary.n_units, "unit"),
        )
        return text + (self.tr("  (active)") if summary.active else "")

    def set_lead(self, lead: bool) -> None:
        """Who is coding changed: only the project lead imports or switches."""
        self._lead = lead
        self.note.setVisible(not lead)
        self._update_buttons()

    def chosen(self) -> CategorySystemSummary | None:
        summary = self.systems.currentData()
        return summary if isinstance(summary, CategorySystemSummary) else None

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        self.switch_button.setEnabled(self._lead and chosen is not None and not chosen.active)
        self.import_button.setEnabled(self._lead)

    # -- the lead's actions -------------------------------------------------------------------
    def switch(self) -> bool:
        """Make the chosen stored system the active one, after saying what that means."""
        chosen = self.chosen()
        if not self._lead or chosen is None or chosen.active:
            return False
        question = self.tr("Code with {name} (version {version}) from now on?").format(
            name=chosen.name, version=chosen.version
        )
        if not self._confirmed(question, self._units_outside(chosen.id)):
            return False
        return self._change(lambda: self._project.activate_category_system(chosen.spec))

    def import_file(self) -> bool:
        """Read a lab's system from a file and, once confirmed, code with it from now on."""
        if not self._lead:
            return False
        name = file_dialogs.ask_open(
            self, FileKind.CATEGORY_SYSTEM, self.tr("Import a category system"), self._filter()
        )
        if name is None:
            return False
        try:
            system = self._project.read_category_file(name)
        except CcrtError as exc:
            dialogs.show_error(self, self.tr("Cannot import this category system"), str(exc))
            return False
        question = self.tr(
            "Import {name} (version {version}, categories: {n}) and code with it from now on?"
        ).format(name=system.name, version=system.version, n=len(system.categories))
        if not self._confirmed(question, self._units_outside(None)):
            return False
        return self._change(lambda: self._project.import_category_system(system))

    def export_file(self) -> Path | None:
        """Write the active system to a file the import reads back."""
        path, chosen_filter = file_dialogs.ask_save(
            self,
            FileKind.CATEGORY_SYSTEM,
            self.tr("Export the active category system"),
            f"{self._project.category_system().name}.json",
            self._filter(),
        )
        if path is None:
            return None
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_name(path.name + _suffix_of(chosen_filter))
        try:
            written = self._project.export_category_system(path)
        except (CcrtError, OSError) as exc:
            dialogs.show_error(self, self.tr("Cannot export the category system"), str(exc))
            return None
        self.title.setToolTip(self.tr("Exported to {path}").format(path=written))
        return written

    def _units_outside(self, system_id: int | None) -> int:
        """Units coded with other systems once ``system_id`` (None: an imported one) is active."""
        return self._project.category_overview().units_outside(system_id)

    def _confirmed(self, question: str, units_outside: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Switch category system?"), question)
        box.setParent(self, box.windowFlags())
        plain_box(box)
        box.setInformativeText(
            rule_text()
            + "\n\n"
            + self.tr("Afterwards, units coded with other systems: {n}.").format(n=units_outside)
        )
        switch = box.addButton(self.tr("Switch"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is switch

    def _change(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except CcrtError as exc:
            dialogs.show_error(self, self.tr("Cannot switch the category system"), str(exc))
            return False
        self.reload()
        self.system_changed.emit()
        return True

    def _filter(self) -> str:
        return self.tr(
            "Category systems (*.json *.csv *.xlsx);;JSON (*.json);;CSV (*.csv);;Excel (*.xlsx)"
        )


def _suffix_of(name_filter: str) -> str:
    """The suffix a chosen file-dialog filter stands for (JSON keeps everything: the default)."""
    return next((s for s in SUFFIXES[1:] if f"*{s})" in name_filter), ".json")
