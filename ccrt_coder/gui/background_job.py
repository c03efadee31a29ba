"""BackgroundJob: a long use case on a worker, its progress and result back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal

from ccrt_coder.gui.workers import run_in_background
from ccrt_coder.usecases.domain import Cancelled, Progress

Work = Callable[[Progress, Cancelled], object]

STEPS = 1000  # progress is reported in these steps at most: a queued signal per row would flood


class BackgroundJob(QObject):
    """Runs ``work(progress, cancelled)`` on the thread pool, one run at a time.

    ``progress(done, total)`` may be called from the worker as often as it likes: it is passed
    on (queued to the GUI thread as ``progressed``) only when the shown step changes.
    ``cancel()`` sets the flag that ``cancelled()`` reads; the work decides when to stop.
    """

    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._running = False
        self._last_step: tuple[int, int] | None = None
        self._emitter: _ProgressEmitter | None = None

    def start(self, work: Work) -> None:
        if self._running:
            raise RuntimeError(self.tr("this job is running already"))
        self._running, self._last_step = True, None
        self._cancel.clear()
        emitter = self._emitter = _ProgressEmitter()  # the run's own, deleted on this thread
        emitter.reported.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        report = partial(self._report, emitter)
        run_in_background(
            lambda: work(report, self._cancel.is_set),
            self._done,
            self._error,
            context=self,
        )

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._running

    def was_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, emitter: _ProgressEmitter, done: int, total: int) -> None:
        """On the worker thread: emit only when the visible step changes."""
        step = (done * STEPS // total if total > 0 else 0, total)
        if step != self._last_step or done >= total:
            self._last_step = step
            emitter.reported.emit(done, total)

    def _done(self, result: object) -> None:
        self._end_run()
        self.finished.emit(result)

    def _error(self, error: BaseException) -> None:
        self._end_run()
        self.failed.emit(error)

    def _end_run(self) -> None:
        """The worker has returned, its progress reports all delivered (they came first)."""
        self._running = False
        if self._emitter is not None:
            self._emitter.deleteLater()
            self._emitter = None


class _ProgressEmitter(QObject):
    """Emitted on the worker, received queued by the job on the GUI thread. Made and deleted on
    the GUI thread; the worker holds it too, so a job deleted meanwhile is never emitted on."""

    reported = Signal(int, int)
