"""The background helper on real threads: results, errors and progress come back on the main thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool

from ui.background import run_in_background, set_pool


def test_work_runs_off_the_main_thread_and_reports_back_on_it(qtbot, store_path):
    from eligibility.store import Store

    set_pool(None)  # the real QThreadPool for this test
    main = threading.get_ident()
    parent = QObject()
    seen: dict = {"progress": []}

    def work(ctx):
        seen["worker"] = threading.get_ident()
        with Store.open(store_path) as store:  # the worker opens its own connection
            ctx.report(1, 2)
            ctx.report(2, 2)
            return store.count_people()

    def done(n):
        seen["done_thread"] = threading.get_ident()
        seen["n"] = n

    run_in_background(work, parent=parent, on_done=done,
                      on_progress=lambda d, t: seen["progress"].append((d, t)))
    qtbot.waitUntil(lambda: "n" in seen, timeout=5000)
    assert seen["n"] == 5
    assert seen["worker"] != main and seen["done_thread"] == main
    assert seen["progress"] == [(1, 2), (2, 2)]


def test_an_exception_in_the_work_reaches_on_error(qtbot):
    set_pool(None)
    parent = QObject()
    errors: list[BaseException] = []
    run_in_background(lambda ctx: 1 / 0, parent=parent, on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_a_result_for_a_closed_window_is_dropped(qtbot):
    set_pool(None)
    parent = QObject()
    release = threading.Event()
    delivered: list[object] = []

    def work(ctx):
        release.wait(5)
        return "late"

    handle = run_in_background(work, parent=parent, on_done=delivered.append)
    parent.deleteLater()
    qtbot.wait(20)
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert delivered == []
    assert not handle.cancelled


def test_wait_for_workers_returns_once_cancelled_work_has_left(qtbot):
    import time

    from ui.background import wait_for_workers

    pool = QThreadPool()
    set_pool(pool)
    parent = QObject()
    left = threading.Event()
    started = threading.Event()

    def work(ctx):
        started.set()
        while not ctx.cancelled():  # a long job that stops when asked, as evaluation does
            time.sleep(0.005)
        left.set()

    handle = run_in_background(work, parent=parent, on_done=lambda _r: None, on_error=lambda _e: None)
    assert started.wait(5)
    assert not wait_for_workers(50)  # still running: the caller is told, not blocked for good
    handle.cancel()
    assert wait_for_workers(5000) and left.is_set()
    qtbot.wait(20)  # let the result reach the main thread before the pool goes
