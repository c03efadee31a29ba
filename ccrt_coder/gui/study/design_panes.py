"""Parts of the Study design dialog: a dyad's notes, and asking before deleting an interview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ccrt_coder.gui.widgets.plain_text import plain, plain_box
from ccrt_coder.gui.widgets.terms import count, narrator_word
from ccrt_coder.usecases.domain import DyadRecord, InterviewContents


class DyadNotes(QWidget):
    """The selected dyad's patient and therapist notes side by side, saved together."""

    save_requested = Signal(str, str)  # patient note, therapist note

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient_label, self.therapist_label = plain(QLabel()), plain(QLabel())
        self.patient_note, self.therapist_note = QPlainTextEdit(), QPlainTextEdit()
        self.save_button = QPushButton(self.tr("&Save notes"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.patient_label, 0, 0)
        layout.addWidget(self.therapist_label, 0, 1)
        layout.addWidget(self.patient_note, 1, 0)
        layout.addWidget(self.therapist_note, 1, 1)
        layout.addWidget(self.save_button, 2, 1)
        for edit, label in (
            (self.patient_note, self.patient_label),
            (self.therapist_note, self.therapist_label),
        ):
            edit.setReadOnly(not editable)
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
        self.save_button.setVisible(editable)
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(
                self.patient_note.toPlainText(), self.therapist_note.toPlainText()
            )
        )
        self.show_dyad(None)

    def show_dyad(self, dyad: DyadRecord | None) -> None:
        self.patient_label.setText(
            self.tr("Note on patient {code}").format(code=dyad.patient) if dyad else ""
        )
        self.therapist_label.setText(
            self.tr("Note on therapist {code}").format(code=dyad.therapist) if dyad else ""
        )
        self.patient_note.setPlainText(dyad.patient_note if dyad else "")
        self.therapist_note.setPlainText(dyad.therapist_note if dyad else "")
        self.setEnabled(dyad is not None)


def contents_words(contents: InterviewContents) -> str:
    """``D01 · patient · phase 5: 4 REs, 37 units by 2 coders, 3 ratings`` in the GUI language."""
    key = contents.key
    where = QCoreApplication.translate(
        "study.design_panes", "{dyad} · {narrator} · phase {phase}"
    ).format(dyad=key.dyad, narrator=narrator_word(key.narrator), phase=key.phase)
    units = count(contents.units, "unit")
    if contents.units:
        units = QCoreApplication.translate("study.design_panes", "{units} by {coders}").format(
            units=units, coders=count(contents.coders, "coder")
        )
    return QCoreApplication.translate(
        "study.design_panes", "{where}: {res}, {units}, {ratings}"
    ).format(
        where=where,
        res=count(contents.res, "RE"),
        units=units,
        ratings=count(contents.ratings, "rating"),
    )


def confirm_delete(parent: QWidget, what: str) -> bool:
    """Ask before deleting an interview, naming everything that goes with it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("study.design_panes", "Delete interview?"),
        QCoreApplication.translate("study.design_panes", "Delete {what}?").format(what=what),
        parent=parent,
    )
    plain_box(box)
    box.setInformativeText(
        QCoreApplication.translate(
            "study.design_panes",
            "Its transcript, REs, units and ratings are deleted for every coder. A copy of the "
            "project is saved beside it first.",
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("study.design_panes", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete
