"""CodersDialog (Project ▸ Coders…): the coders with their work; the lead adds, renames,
retires and merges them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.coders.coders_model import NAME, CodersModel
from ccrt_coder.gui.widgets.message_line import MessageLine
from ccrt_coder.gui.widgets.plain_text import plain_box
from ccrt_coder.gui.widgets.record_table import fit_columns
from ccrt_coder.gui.widgets.terms import count
from ccrt_coder.usecases.domain import CcrtError, CoderSummary
from ccrt_coder.usecases.project import Project


class CodersDialog(QDialog):
    """Every change is stored at once (one transaction) and announced by ``changed``."""

    changed = Signal()

    def __init__(self, project: Project, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coders"))
        self._project = project
        self.model = CodersModel(project.rename_coder, self)
        self.model.editable = editable
        self.table = self._make_table()
        self.message = MessageLine()
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.retire_button = QPushButton(self.tr("R&etire"))
        self.merge_target = QComboBox()
        self.merge_button = QPushButton(self.tr("&Merge into"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name of the new coder"))
        self.add_button = QPushButton(self.tr("&Add coder"))
        self._lay_out(editable)
        self._connect()
        self.reload()
        self.resize(640, 420)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.verticalHeader().hide()
        return table

    def _lay_out(self, editable: bool) -> None:
        intro = QLabel(
            self.tr(
                "Retired coders keep their units and ratings in every analysis and export; "
                "they are no longer offered in “Who is coding?”. Merge two names of the same "
                "person to give all units and ratings of one to the other."
            )
        )
        if not editable:
            intro.setText(self.tr("{text} Only the project lead changes the coders.").format(
                text=intro.text()))  # fmt: skip
        intro.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.rename_button, self.retire_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.merge_button)
        row.addWidget(self.merge_target, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for part in (self.new_name, self.add_button, self.merge_target):
            part.setEnabled(editable)

    def _connect(self) -> None:
        self.model.refused.connect(self.message.show_error)
        # Queued: the model is reset after the editor has finished committing the name.
        self.model.stored.connect(self._on_renamed, Qt.ConnectionType.QueuedConnection)
        self.rename_button.clicked.connect(self.start_rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.merge_button.clicked.connect(self.merge)
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.model.dataChanged.connect(lambda *_: self._update())

    # -- what is shown ----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the coders anew, keeping (or moving to) the selected one."""
        current = self.selected()
        chosen = select or (current.name if current else None)
        self.model.set_rows(self._project.coder_summaries())
        row = self.model.row_of(chosen) if chosen else -1
        fit_columns(self.table, stretch=NAME)
        self.table.selectRow(row if row >= 0 else 0)
        self._update()

    def selected(self) -> CoderSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.coder_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        self.table.selectRow(self.model.row_of(name))

    def _update(self) -> None:
        coder, editable = self.selected(), self.model.editable
        self.retire_button.setText(
            self.tr("R&einstate") if coder and coder.retired else self.tr("R&etire")
        )
        self.merge_target.clear()
        others = [c.name for c in self.model_coders() if coder and c.name != coder.name]
        self.merge_target.addItems(others)
        for button in (self.rename_button, self.retire_button):
            button.setEnabled(editable and coder is not None)
        self.merge_button.setEnabled(editable and coder is not None and bool(others))

    def model_coders(self) -> list[CoderSummary]:
        return [c for r in range(self.model.rowCount()) if (c := self.model.coder_at(r))]

    # -- actions ------------------------------------------------------------------------------
    def start_rename(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.edit(self.model.index(rows[0].row(), NAME))

    def _on_renamed(self, name: str) -> None:
        self.message.clear_message()
        self.reload(name)
        self.changed.emit()

    def add(self) -> None:
        name = self.new_name.text().strip()
        if self._apply(lambda: self._project.add_coder(name), name):
            self.new_name.clear()
            self.message.show_info(self.tr("Added {name}.").format(name=name))

    def toggle_retired(self) -> None:
        coder = self.selected()
        if coder is not None:
            retire = not coder.retired
            self._apply(lambda: self._project.retire_coder(coder.name, retire), coder.name)

    def merge(self) -> None:
        coder, target = self.selected(), self.merge_target.currentText()
        if coder is None or not target or not self._confirm_merge(coder, target):
            return
        if self._apply(lambda: self._project.merge_coders(coder.name, target), target):
            self.message.show_info(
                self.tr("Merged {source} into {target}.").format(source=coder.name, target=target)
            )

    def _apply(self, change: Callable[[], object], select: str) -> bool:
        self.message.clear_message()
        try:
            change()
        except CcrtError as exc:
            self.message.show_error(str(exc))
            return False
        self.reload(select)
        self.changed.emit()
        return True

    def _confirm_merge(self, coder: CoderSummary, target: str) -> bool:
        work = ", ".join((count(coder.units, "unit"), count(coder.ratings, "rating")))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge coders?"),
            self.tr(
                "{source} and {target} are the same person: {work} of {source} become "
                "{target}'s, and {source} is removed."
            ).format(source=coder.name, target=target, work=work),
            parent=self,
        )
        plain_box(box)
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is merge
