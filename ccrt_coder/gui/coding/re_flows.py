"""Marking REs: a new one from the selection, another piece, its header, rating, deleting."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect

from ccrt_coder.gui.coding import confirmations as coding_dialogs
from ccrt_coder.gui.coding.flow_host import FlowHost
from ccrt_coder.gui.coding.re_editor import ReEditor
from ccrt_coder.gui.coding.undo_commands import (
    CreateReCommand,
    DeleteReCommand,
    EditReCommand,
    RateCommand,
    SetReSpansCommand,
)
from ccrt_coder.gui.transcript.line_index import LineIndex
from ccrt_coder.usecases.domain import InterviewRecord, ReHeader, ReRecord, Span, re_span_problems


class ReFlows(QObject):
    """The RE editor popup and the RE actions of the Code menu and the RE panel."""

    def __init__(self, host: FlowHost, parent: QObject) -> None:
        super().__init__(parent)
        self._c = host
        self._ws = host.workspace
        self.editor = ReEditor(host.window)
        self.editor.accepted.connect(self._on_header)
        self.editor.cancelled.connect(self._on_cancelled)
        self._pending: tuple[InterviewRecord, Span] | ReRecord | None = None

    def new(self) -> None:
        """Make the selection a new RE: the editor asks for the other person and time frame."""
        interview, span = self._ws.current_interview(), self._c.selection()
        if interview is None or span is None:
            return
        others = {re.number: re.spans for re in self._ws.episodes()}
        problems = re_span_problems([span], len(self._c.text()), others)
        if problems:
            self._c.say(
                self.tr("Cannot make this an RE: {problems0}.").format(problems0=problems[0])
            )
            return
        settings = self._c.project.settings()
        self._pending = (interview, span)
        self.editor.open_for(
            self.tr("New RE {number}").format(number=max(others, default=0) + 1),
            LineIndex(self._c.text()).describe([span]).capitalize(),
            settings.other_person_types,
            settings.time_frames,
            self._c.anchor(),
            partner_type=interview.narrator.partner_type,
        )

    def edit(self) -> None:
        """The current RE's other person and time frame, in the editor beside its header."""
        re = self._ws.panel.current_re()
        if re is None:
            self._c.say(self.tr("Choose an RE first."))
            return
        settings = self._c.project.settings()
        self._pending = re
        header = self._ws.panel.header
        anchor = QRect(header.mapTo(self._c.window, QPoint(0, 0)), header.size())
        self.editor.open_for(
            self.tr("RE {number}").format(number=re.number),
            self.tr("Other person and time frame"),
            settings.other_person_types,
            settings.time_frames,
            anchor.adjusted(0, 0, 0, 24 - anchor.height()),
            ReHeader.of(re),
            partner_type=self._partner_type(),
        )

    def _partner_type(self) -> str:
        interview = self._ws.current_interview()
        return interview.narrator.partner_type if interview is not None else ""

    def _on_header(self, header: ReHeader) -> None:
        pending, self._pending = self._pending, None
        self._ws.view.setFocus()
        if isinstance(pending, ReRecord):
            if header != ReHeader.of(pending):
                text = self.tr("Change RE {number} to {other_type}").format(
                    number=pending.number, other_type=header.other_type
                )
                command = EditReCommand(self._c, text, pending.interview_id, pending.id, header)
                self._c.push(command)
        elif pending is not None:
            interview, span = pending
            lines = LineIndex(self._c.text()).describe([span])
            text = self.tr("New RE ({other_type}) on {lines}").format(
                other_type=header.other_type, lines=lines
            )
            self._c.push(CreateReCommand(self._c, text, interview.id, (span,), header))

    def _on_cancelled(self) -> None:
        self._pending = None
        self._ws.view.setFocus()

    def extend(self) -> None:
        """Add the selection to the current RE as another piece (3a, 3b)."""
        re = self._ws.panel.current_re()
        if re is None:
            self._c.say(self.tr("Choose the RE to extend first."))
            return
        span = self._c.selection()
        if span is not None:
            text = self.tr("Add {describe} to RE {number}").format(
                describe=LineIndex(self._c.text()).describe([span]), number=re.number
            )
            self._c.push(SetReSpansCommand(self._c, text, re.interview_id, re.id, span))

    def delete(self) -> None:
        """Delete the current RE, after saying how many units of which coders go with it."""
        re = self._ws.panel.current_re()
        if re is None:
            self._c.say(self.tr("Choose an RE first."))
            return
        counts = self._c.project.unit_counts_by_coder(re.id)
        confirmed = coding_dialogs.confirm_delete_re(self._c.window, re, counts)
        self._c.window.activateWindow()  # the question box had it
        self._ws.view.setFocus()
        if confirmed:
            text = self.tr("Delete RE {number}").format(number=re.number)
            self._c.push(DeleteReCommand(self._c, text, re.interview_id, re.id))

    def rate(self, value: float | None) -> None:
        """The current coder's completeness rating of the current RE."""
        re, coder = self._ws.panel.current_re(), self._ws.coder_id()
        if re is None or coder is None:
            self._c.say(self.tr("Choose an RE (and say who is coding) to rate it."))
            return
        words = self.tr("not rated") if value is None else f"{value:g}"
        text = self.tr("Rate RE {number} completeness {words}").format(
            number=re.number, words=words
        )
        self._c.push(
            RateCommand(self._c, text, re.interview_id, re.id, coder, value, self._c.layer)
        )
