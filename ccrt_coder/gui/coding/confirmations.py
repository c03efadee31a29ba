"""Questions the coding flows ask before something hard to see is removed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ccrt_coder.gui.episodes.re_list_model import re_title
from ccrt_coder.gui.widgets.plain_text import plain_box
from ccrt_coder.usecases.domain import ReRecord


def delete_re_message(re: ReRecord, counts: Mapping[str, int]) -> str:
    """What deleting an RE takes with it, per coder."""
    total = sum(counts.values())
    if not total:
        units = QCoreApplication.translate(
            "coding.confirmations", "No coder has coded units in it yet."
        )
    else:
        per_coder = ", ".join(f"{name} {n}" for name, n in counts.items())
        noun = "unit" if total == 1 else "units"
        units = QCoreApplication.translate(
            "coding.confirmations",
            "Its {total} coded {noun} ({per_coder}) and all completeness ratings go with it.",
        ).format(total=total, noun=noun, per_coder=per_coder)
    return QCoreApplication.translate(
        "coding.confirmations", "Delete {re_title}?\n\n{units}\n\nYou can undo this with Ctrl+Z."
    ).format(re_title=re_title(re), units=units)


def confirm_delete_re(parent: QWidget, re: ReRecord, counts: Mapping[str, int]) -> bool:
    box = plain_box(QMessageBox(parent))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("coding.confirmations", "Delete RE {number}").format(
            number=re.number
        )
    )
    box.setText(delete_re_message(re, counts))
    delete = box.addButton(
        QCoreApplication.translate("coding.confirmations", "Delete RE"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete
