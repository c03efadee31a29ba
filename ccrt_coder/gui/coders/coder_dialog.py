"""CoderDialog: "Who is coding?" — pick a coder of the project or add one, and say if you lead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ccrt_coder.gui.forms.ui_coder_dialog import Ui_CoderDialog
from ccrt_coder.gui.widgets.component_style import muted_text
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.usecases.domain import CoderRecord


@dataclass(frozen=True)
class CoderChoice:
    """An existing coder (``coder_id``) or a new one to add (``new_name``), and the lead role."""

    coder_id: int | None
    new_name: str = ""
    lead: bool = False


class CoderDialog(QDialog):
    """Lists the coders; typing a new name is the other way to answer."""

    def __init__(
        self,
        coders: Sequence[CoderRecord],
        current: int | None = None,
        lead: bool = False,
        study: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CoderDialog()
        self.ui.setupUi(self)
        self._coders = [c for c in coders if not c.retired]  # retired: not offered
        self._style(study)
        for coder in self._coders:
            item = QListWidgetItem(coder.name)
            item.setData(Qt.ItemDataRole.UserRole, coder.id)
            self.ui.coderList.addItem(item)
            if coder.id == current:
                self.ui.coderList.setCurrentItem(item)
        self._fit_list()
        self.ui.leadCheck.setChecked(lead)
        self.ui.coderList.itemSelectionChanged.connect(self._on_list_choice)
        self.ui.coderList.itemDoubleClicked.connect(lambda _item: self._accept_if_ready())
        self.ui.newCoderEdit.textEdited.connect(self._on_name_typed)
        (self.ui.coderList if self._coders else self.ui.newCoderEdit).setFocus()
        self._update_ok()

    def _style(self, study: str) -> None:
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        if study:
            self.ui.introLabel.setText(
                self.tr(
                    "Choose your name to code in <b>{study}</b>. Your units and ratings "
                    "are kept apart from the other coders' work."
                ).format(study=escape(study))
            )
        palette = self.ui.leadHint.palette()
        palette.setColor(self.ui.leadHint.foregroundRole(), muted_text(palette))
        self.ui.leadHint.setPalette(palette)
        if not self._coders:
            self.ui.coderList.hide()
            self.ui.coderListLabel.setText(self.tr("This project has no coders yet."))
            self.ui.newCoderLabel.setText(self.tr("&Add yourself as the first coder"))

    def _fit_list(self) -> None:
        """Tall enough for every coder (up to eight) without a scroll bar."""
        rows = min(max(len(self._coders), 2), 8)
        row = self.ui.coderList.sizeHintForRow(0) if self._coders else 20
        self.ui.coderList.setFixedHeight(rows * (row + 4) + 2 * self.ui.coderList.frameWidth())
        self.ui.coderList.setSpacing(2)

    def lock_to(self, name: str) -> None:
        """A coder copy: shown as its coder's, nothing to choose and no lead role to take."""
        for widget in (self.ui.coderList, self.ui.newCoderLabel, self.ui.newCoderEdit):
            widget.setEnabled(False)
        self.ui.leadCheck.setChecked(False)
        self.ui.leadCheck.setEnabled(False)
        plain(self.ui.leadHint).setText(
            self.tr(
                "This file is {name}'s coder copy: it holds only their own work and is coded "
                "blind. The project lead merges it back into the study."
            ).format(name=name)
        )
        self._update_ok()

    # -- answer -------------------------------------------------------------------------------
    def choice(self) -> CoderChoice | None:
        """What the dialog says now (None: nothing chosen yet)."""
        lead = self.ui.leadCheck.isChecked()
        name = self.ui.newCoderEdit.text().strip()
        if name:
            same = next((c for c in self._coders if c.name.casefold() == name.casefold()), None)
            return CoderChoice(same.id, "", lead) if same else CoderChoice(None, name, lead)
        item = self.ui.coderList.currentItem()
        if item is None or not item.isSelected():
            return None
        return CoderChoice(item.data(Qt.ItemDataRole.UserRole), "", lead)

    def choose(self, coder_id: int) -> None:
        for row in range(self.ui.coderList.count()):
            item = self.ui.coderList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == coder_id:
                self.ui.coderList.setCurrentItem(item)

    def ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _on_list_choice(self) -> None:
        if self.ui.coderList.selectedItems():
            self.ui.newCoderEdit.clear()
        self._update_ok()

    def _on_name_typed(self, text: str) -> None:
        if text.strip():
            self.ui.coderList.clearSelection()
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(self.choice() is not None)

    def _accept_if_ready(self) -> None:
        if self.choice() is not None:
            self.accept()
