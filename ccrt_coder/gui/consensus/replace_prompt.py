"""The question when a unit enters the consensus where it already codes that stretch otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ccrt_coder.gui.units.unit_text import code_of, excerpt
from ccrt_coder.gui.widgets.plain_text import plain_box
from ccrt_coder.usecases.domain import UnitDraft, UnitRecord


class Choice(Enum):
    REPLACE = "replace"
    ADD = "add"
    CANCEL = "cancel"


def ask_replace(
    parent: QWidget, draft: UnitDraft, rivals: Sequence[UnitRecord], text: str
) -> Choice:
    """``Replace W6 with W5`` / ``Add beside it`` / ``Cancel`` (the default: nothing changes)."""
    old = ", ".join(dict.fromkeys(code_of(r.draft) for r in rivals))
    new = code_of(draft)
    box = plain_box(QMessageBox(parent))
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("consensus.replace_prompt", "Already in the consensus")
    )
    box.setText(
        QCoreApplication.translate(
            "consensus.replace_prompt",
            "The consensus already codes this text as {old} ({where}).\n\n"
            "Replace {old} with {new}, or add {new} beside it?",
        ).format(old=old, new=new, where=excerpt(text, rivals[0].draft.spans))
    )
    box.setInformativeText(
        QCoreApplication.translate("consensus.replace_prompt", "Either can be undone with Ctrl+Z.")
    )
    replace = box.addButton(
        QCoreApplication.translate("consensus.replace_prompt", "Replace {old} with {new}").format(
            old=old, new=new
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    add = box.addButton(
        QCoreApplication.translate("consensus.replace_prompt", "Add beside it"),
        QMessageBox.ButtonRole.ActionRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(replace)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is replace:
        return Choice.REPLACE
    return Choice.ADD if clicked is add else Choice.CANCEL
