"""StudyDesignDialog (Project ▸ Study design…): phases, dyads with their people and notes, and
the interviews' places; the lead edits them, every change stored at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccrt_coder.gui.study.design_models import NOTES, DyadsModel, InterviewsModel, interview_key
from ccrt_coder.gui.study.design_panes import DyadNotes, confirm_delete, contents_words
from ccrt_coder.gui.widgets.choice_delegate import ChoiceDelegate
from ccrt_coder.gui.widgets.message_line import MessageLine
from ccrt_coder.gui.widgets.phases import parse_phases
from ccrt_coder.gui.widgets.record_table import RecordTableModel, fit_columns
from ccrt_coder.usecases.domain import CcrtError, DyadRecord, InterviewRecord
from ccrt_coder.usecases.project import Project


class StudyDesignDialog(QDialog):
    """Announces every stored change through ``changed`` (the study tree shows it at once)."""

    changed = Signal()

    def __init__(self, project: Project, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study design"))
        self._project, self._editable = project, editable
        self.message = MessageLine()
        self.dyads = DyadsModel(project, self)
        self.interviews = InterviewsModel(project, self)
        self.dyad_table = self._table(self.dyads)
        self.interview_table = self._table(self.interviews)
        self.notes = DyadNotes(editable)
        self.phases_edit = QLineEdit()
        self.phases_button = QPushButton(self.tr("Save &phases"))
        self.new_dyad, self.new_patient, self.new_therapist = QLineEdit(), QLineEdit(), QLineEdit()
        self.add_button = QPushButton(self.tr("&Add dyad"))
        self.delete_button = QPushButton(self.tr("&Delete interview…"))
        self.tabs = QTabWidget()
        self._lay_out()
        self._connect()
        self.reload()
        self.resize(900, 600)

    def _table(self, model: RecordTableModel) -> QTableView:
        model.editable = self._editable
        table = QTableView()
        table.setModel(model)
        table.setItemDelegate(ChoiceDelegate(6, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        return table

    def _lay_out(self) -> None:
        intro = QLabel(self.tr("Changes are saved at once. Double-click a cell to change it."))
        if not self._editable:
            intro.setText(self.tr("Only the project lead changes the study design."))
        phases = QHBoxLayout()
        label = QLabel(self.tr("P&hases (sessions):"))
        label.setBuddy(self.phases_edit)
        phases.addWidget(label)
        phases.addWidget(self.phases_edit)
        phases.addWidget(self.phases_button)
        phases.addStretch(1)
        self.phases_edit.setMinimumWidth(220)
        self.tabs.addTab(self._dyads_tab(), self.tr("D&yads"))
        self.tabs.addTab(self._interviews_tab(), self.tr("&Interviews"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(phases)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for widget in (self.phases_edit, self.phases_button, self.add_button, self.delete_button):
            widget.setEnabled(self._editable)

    def _dyads_tab(self) -> QWidget:
        add = QFormLayout()
        self.new_dyad.setPlaceholderText(self.tr("e.g. D03"))
        self.new_patient.setPlaceholderText(self.tr("default: DYAD-P"))
        self.new_therapist.setPlaceholderText(self.tr("default: DYAD-T"))
        row = QHBoxLayout()
        for label, edit in (
            (self.tr("New dyad"), self.new_dyad),
            (self.tr("patient"), self.new_patient),
            (self.tr("therapist"), self.new_therapist),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(edit, 1)
            edit.setEnabled(self._editable)
        row.addWidget(self.add_button)
        add.addRow(row)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.dyad_table, 3)
        layout.addWidget(self.notes, 2)
        layout.addLayout(add)
        return tab

    def _interviews_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.interview_table, 1)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(self.tr("Change dyad, narrator or phase to move an interview with its coding."))
        )
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        return tab

    def _connect(self) -> None:
        for model, select in ((self.dyads, self.select_dyad), (self.interviews, self._select_iv)):
            model.refused.connect(self.message.show_error)
            # Queued: the tables are read anew once the editor has finished committing.
            model.stored.connect(lambda key, s=select: self._stored(s, key),
                                 Qt.ConnectionType.QueuedConnection)  # fmt: skip
        self.dyad_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_notes())
        self.notes.save_requested.connect(self.save_notes)
        self.phases_button.clicked.connect(self.save_phases)
        self.phases_edit.returnPressed.connect(self.save_phases)
        self.add_button.clicked.connect(self.add_dyad)
        self.delete_button.clicked.connect(self.delete_interview)

    # -- what is shown ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the design anew, keeping the selected dyad and interview."""
        dyad, interview = self.selected_dyad(), self.selected_interview()
        dyads = self._project.dyads()
        phases = self._project.settings().phases
        self.phases_edit.setText(", ".join(str(p) for p in phases))
        self.dyads.set_rows(dyads)
        self.interviews.set_design([d.code for d in dyads], phases)
        self.interviews.set_rows(self._project.interviews())
        self.select_dyad(dyad.code if dyad else None)
        self._select_iv(interview.id if interview else None)
        fit_columns(self.dyad_table, stretch=NOTES)
        fit_columns(self.interview_table)

    def selected_dyad(self) -> DyadRecord | None:
        rows = self.dyad_table.selectionModel().selectedRows()
        return self.dyads.record_at(rows[0].row()) if rows else None

    def selected_interview(self) -> InterviewRecord | None:
        rows = self.interview_table.selectionModel().selectedRows()
        return self.interviews.record_at(rows[0].row()) if rows else None

    def select_dyad(self, code: str | None) -> None:
        row = self.dyads.row_of(code) if code else -1
        self.dyad_table.selectRow(max(row, 0))
        self._show_notes()

    def _select_iv(self, interview_id: int | None) -> None:
        row = self.interviews.row_of(interview_id) if interview_id is not None else -1
        self.interview_table.selectRow(max(row, 0))

    def select_interview(self, interview_id: int) -> None:
        self.tabs.setCurrentIndex(1)
        self._select_iv(interview_id)

    def _show_notes(self) -> None:
        self.notes.show_dyad(self.selected_dyad())

    # -- changes ------------------------------------------------------------------------------
    def _stored(self, select: Callable[[object], None], key: object) -> None:
        self.message.clear_message()
        self.reload()
        select(key)
        self.changed.emit()

    def _apply(self, change: Callable[[], object]) -> bool:
        """Store one change; say why when the project refuses it."""
        self.message.clear_message()
        try:
            change()
        except (CcrtError, ValueError) as exc:
            self.message.show_error(str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def save_phases(self) -> None:
        text = self.phases_edit.text()
        if self._apply(lambda: self._project.update_settings(phases=parse_phases(text))):
            self.message.show_info(self.tr("Phases saved."))

    def add_dyad(self) -> None:
        code = self.new_dyad.text().strip()
        patient, therapist = self.new_patient.text().strip(), self.new_therapist.text().strip()
        if self._apply(lambda: self._project.add_dyad(code, patient, therapist)):
            for edit in (self.new_dyad, self.new_patient, self.new_therapist):
                edit.clear()
            self.select_dyad(code)
            self.message.show_info(self.tr("Added dyad {code}.").format(code=code))

    def save_notes(self, patient_note: str, therapist_note: str) -> None:
        dyad = self.selected_dyad()
        if dyad is None:
            return
        notes = {dyad.patient: patient_note, dyad.therapist: therapist_note}
        if self._apply(lambda: self._project.set_person_notes(notes)):
            self.select_dyad(dyad.code)
            self.message.show_info(self.tr("Notes saved."))

    def delete_interview(self) -> None:
        record = self.selected_interview()
        if record is None:
            return
        key = interview_key(record)
        try:
            what = contents_words(self._project.interview_contents(key))
        except CcrtError as exc:
            self.message.show_error(str(exc))
            return
        if not confirm_delete(self, what):
            return
        done: list = []
        if self._apply(lambda: done.append(self._project.delete_interview(key))):
            self.message.show_info(
                self.tr("Deleted {what}. The project as it was before is kept in {backup}.").format(
                    what=what, backup=done[0].backup
                )
            )
