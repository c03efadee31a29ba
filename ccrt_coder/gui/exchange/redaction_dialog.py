"""Project ▸ Names to redact…: the names pseudonymised exports replace, and how often each
occurs (counted on a worker: it reads every transcript)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.report_boxes import report_error
from ccrt_coder.gui.widgets.tr_marks import QT_TRANSLATE_NOOP
from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.redaction import PreviewRow

NAME, LABEL, SOURCE, COUNT = range(4)
SOURCE_NAMES = {
    "added": QT_TRANSLATE_NOOP("exchange.redaction_dialog", "added"),
    "patient": QT_TRANSLATE_NOOP("exchange.redaction_dialog", "patient"),
    "therapist": QT_TRANSLATE_NOOP("exchange.redaction_dialog", "therapist"),
    "other person": QT_TRANSLATE_NOOP("exchange.redaction_dialog", "RE other person"),
    "coder": QT_TRANSLATE_NOOP("exchange.redaction_dialog", "coder"),
    "titled": QT_TRANSLATE_NOOP("exchange.redaction_dialog", "title in a transcript"),
}


def preview_in_worker(project_path: Path) -> list[PreviewRow]:
    """On a worker thread, with its own connection: every replacement and its count."""
    with Project.open(project_path) as project:
        return project.names_to_redact().preview()


class RedactionDialog(QDialog):
    """A table name → label (source, occurrences); add a name, relabel one (edit its label),
    remove one a user added. Suggested names are always redacted."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Names to redact"))
        self._project = project
        self._names = project.names_to_redact()
        self._stored: set[str] = set()
        self._filling = False
        intro = QLabel(
            self.tr(
                "Pseudonymised exports replace these names, as whole words in any case "
                "(possessives too), in every sheet, transcript, unit text and memo. The names "
                "of coders, dyad partners, the REs' other persons and surnames given with a title "
                "(Mr., Dr., Frau …) are suggested from the project and always replaced; you can "
                "give them another label."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Label"), self.tr("From"), self.tr("Occurrences")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (LABEL, SOURCE, COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = plain(QLabel())
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Mrs. Schmidt"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("empty: [NAME-n]"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Label:"), self.label_edit)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_name)
        self.remove_button.clicked.connect(self.remove_selected)
        self.name_edit.textChanged.connect(lambda _text: self._update())
        self.name_edit.returnPressed.connect(self.add_name)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemChanged.connect(self._relabel)
        self.resize(720, 560)
        self.refresh()

    # -- what it shows --------------------------------------------------------------------------
    def refresh(self) -> None:
        """The list now (counts follow from a worker)."""
        rows = [PreviewRow(e.name, e.label, e.source, -1, False) for e in self._names.entries()]
        self._fill(rows)
        self.summary.setText(self.tr("Counting occurrences…"))
        run_in_background(
            lambda: preview_in_worker(self._project.path),
            self._fill_counts,
            self._failed,
            context=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.summary.clear()
        report_error(self, self.tr("Names to redact"), error)

    def rows(self) -> list[tuple[str, str, str]]:
        """(name, label, occurrences) as the table shows them."""
        return [
            tuple(self._text(row, column) for column in (NAME, LABEL, COUNT))  # type: ignore[misc]
            for row in range(self.table.rowCount())
        ]

    def _fill(self, rows: list[PreviewRow]) -> None:
        self._filling = True
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            source = QCoreApplication.translate(
                "exchange.redaction_dialog", SOURCE_NAMES.get(row.source, row.source)
            )
            count = "" if row.occurrences < 0 else str(row.occurrences)
            for column, text in enumerate((row.name, row.label, source, count)):
                item = QTableWidgetItem(text)
                editable = column == LABEL
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
                if column == COUNT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, column, item)
        self._filling = False
        self._update()

    def _fill_counts(self, rows: list[PreviewRow]) -> None:
        self._stored = {row.name.lower() for row in rows if row.stored}
        self._fill(rows)
        total = sum(row.occurrences for row in rows)
        self.summary.setText(
            self.tr(
                "{names} names; an export makes {total} replacements in the project's texts."
            ).format(names=len(rows), total=total)
        )

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        row = self.table.currentRow()
        selected = row >= 0 and bool(self.table.selectedItems())
        self.remove_button.setEnabled(selected and self._text(row, NAME).lower() in self._stored)

    # -- actions ----------------------------------------------------------------------------
    def add_name(self) -> None:
        name, label = self.name_edit.text(), self.label_edit.text().strip()
        if not name.strip():
            return
        try:
            self._names.add(name, label or None)
        except Exception as error:  # a user's error is a box; a bug goes on to the crash dialog
            report_error(self, self.tr("Cannot add the name"), error)
            return
        self.name_edit.clear()
        self.label_edit.clear()
        self.refresh()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        try:
            self._names.remove(self._text(row, NAME))
        except Exception as error:
            report_error(self, self.tr("Cannot remove the name"), error)
            return
        self.refresh()

    def _relabel(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != LABEL:
            return
        try:
            self._names.add(self._text(item.row(), NAME), item.text())
        except Exception as error:
            report_error(self, self.tr("Cannot change the label"), error)
        self.refresh()
