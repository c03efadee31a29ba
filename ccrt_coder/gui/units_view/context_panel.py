"""ContextPanel: the selected unit inside its RE's text, highlighted as in the Coding view."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ccrt_coder.gui.widgets.component_style import unit_format
from ccrt_coder.gui.widgets.plain_text import plain
from ccrt_coder.gui.widgets.terms import narrator_word
from ccrt_coder.usecases.domain import CcrtError, Component, UnitRow
from ccrt_coder.usecases.project import Project

PIECE_GAP = "\n…\n"  # between the pieces of an RE told in several spans


class ContextPanel(QWidget):
    """A title naming the interview and RE, and the RE's text with the unit marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain(QLabel())
        self.title.setObjectName("unitsContextTitle")
        self.title.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("unitsContextText")
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.memo = plain(QLabel())
        self.memo.setObjectName("unitsContextMemo")
        self.memo.setWordWrap(True)
        layout.addWidget(self.memo)
        self.show_unit(None, None)

    def show_unit(self, project: Project | None, row: UnitRow | None) -> None:
        """Show ``row``'s RE with the unit highlighted (nothing chosen: a hint)."""
        self.text.clear()
        self.memo.clear()
        self.memo.setVisible(bool(row and row.memo))
        if row and row.memo:
            self.memo.setText(self.tr("Memo: {memo}").format(memo=row.memo))
        if project is None or row is None:
            self.title.setText(self.tr("Choose a unit to read it in its RE."))
            return
        try:
            transcript = project.transcript(row.interview_id).text
            re = next(r for r in project.episodes(row.interview_id) if r.id == row.re_id)
            unit = next(u for u in project.units([row.re_id]) if u.id == row.unit_id)
        except (CcrtError, StopIteration):
            self.title.setText(self.tr("This unit is no longer in the project."))
            return
        self.title.setText(
            self.tr("{dyad} · {narrator} · phase {phase} · {re} · {coder}").format(
                dyad=row.dyad,
                narrator=narrator_word(row.narrator),
                phase=row.phase,
                re=re.label(),
                coder=row.coder,
            )
        )
        marked = unit_format(Component(row.component), self.text.palette())
        cursor = self.text.textCursor()
        first_mark: int | None = None
        for n, piece in enumerate(re.spans):
            if n:
                cursor.insertText(PIECE_GAP, QTextCharFormat())
            at = piece.start
            for span in sorted(unit.draft.spans, key=lambda s: s.start):
                start, end = max(span.start, piece.start), min(span.end, piece.end)
                if start >= end:
                    continue
                cursor.insertText(transcript[at:start], QTextCharFormat())
                first_mark = cursor.position() if first_mark is None else first_mark
                cursor.insertText(transcript[start:end], marked)
                at = end
            cursor.insertText(transcript[at : piece.end], QTextCharFormat())
        mark = QTextCursor(self.text.document())
        mark.setPosition(first_mark or 0)
        self.text.setTextCursor(mark)
        self.text.ensureCursorVisible()
