"""run_in_background: the function runs on a pool thread, the callbacks on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool

from ccrt_coder.gui.workers import run_in_background


def test_the_result_arrives_on_the_gui_thread(qtbot) -> None:
    gui = QThread.currentThread()
    ran_on: list[object] = []
    done: list[tuple[object, bool]] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    run_in_background(work, lambda result: done.append((result, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: bool(done))
    assert done == [(42, True)]
    assert ran_on[0] is not threading.main_thread()


def test_an_error_reaches_on_error(qtbot) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("no such layer")

    run_in_background(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "no such layer"


def test_a_result_for_a_deleted_context_is_dropped(qtbot) -> None:
    release = threading.Event()
    delivered: list[object] = []
    context = QObject()
    run_in_background(lambda: release.wait(10), delivered.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: _deleted(context))
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.sendPostedEvents()  # a queued delivery, had one been posted, runs now
    QCoreApplication.processEvents()
    assert delivered == []


def _deleted(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False
