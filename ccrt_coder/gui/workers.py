"""run_in_background: a plain function on the QThreadPool, its result back on the GUI thread."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Emitter(QObject):
    """The worker's end of the report. Made on the GUI thread and deleted there (deleteLater
    once the report is delivered): the worker only emits on it, so no thread ever deletes an
    object the other is using."""

    finished = Signal(object)
    failed = Signal(object)


class _Relay(QObject):
    """Lives on the GUI thread and receives the worker's report queued, so the callbacks run
    on the GUI thread. Parented to ``context``, it dies with the widget that asked: Qt then
    drops a late report instead of delivering it to a deleted widget."""

    def __init__(self, on_done: Done, on_error: Failed | None, context: QObject | None) -> None:
        super().__init__(context)
        self._on_done = on_done
        self._on_error = on_error
        self.emitter = _Emitter()
        queued = Qt.ConnectionType.QueuedConnection
        self.emitter.finished.connect(self.deliver_result, queued)
        self.emitter.failed.connect(self.deliver_error, queued)

    @Slot(object)
    def deliver_result(self, result: object) -> None:
        self._release()
        self._on_done(result)

    @Slot(object)
    def deliver_error(self, error: BaseException) -> None:
        self._release()
        if self._on_error is None:
            raise error
        self._on_error(error)

    def _release(self) -> None:
        _RUNNING.discard(self)
        self.emitter.deleteLater()
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._emitter = relay.emitter

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # handed to on_error: a worker must never die silently
            self._emitter.failed.emit(error)
        else:
            self._emitter.finished.emit(result)


# Relays without a context are kept alive here until their job reports back.
_RUNNING: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], object],
    on_done: Done,
    on_error: Failed | None = None,
    *,
    context: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn()`` on ``pool`` (the global pool by default), then ``on_done(result)`` or
    ``on_error(exception)`` on the GUI thread.

    ``fn`` must not touch widgets nor objects bound to the GUI thread, such as the window's
    open Project (SQLite connections must not cross threads): it opens its own.
    """
    relay = _Relay(on_done, on_error, context)
    if context is None:
        _RUNNING.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))


def wait_for_workers(shown: Callable[[], bool], timeout: float, what: str) -> None:
    """Let the workers finish until ``shown()`` is true, then deliver what is still queued
    (for scripts such as screenshots, never on the GUI's own path); TimeoutError names ``what``."""
    deadline = time.monotonic() + timeout
    app = cast(QApplication, QApplication.instance())  # only called with the app running
    while not shown():
        if time.monotonic() > deadline:
            raise TimeoutError(
                QCoreApplication.translate("workers", "{what} took too long").format(what=what)
            )
        QThreadPool.globalInstance().waitForDone(20)
        app.processEvents()
    app.processEvents()
