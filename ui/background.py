"""The one helper for work that must not block the window: ``run_in_background``.

In the spirit of Anki's ``QueryOp`` and Picard's ``run_task``. ``fn`` runs on a pool thread and receives a
``TaskContext`` for progress and cancellation; its result or exception comes back on the main thread.

``fn`` must never touch widgets, models or the main window's Store: a Store's connection belongs to the
thread that opened it, so work that reads or writes the store opens its own ``Store.open(...)`` inside
``fn`` and closes it before returning.

Callbacks are tied to ``parent``: when the parent widget is destroyed, the relay dies with it and a late
result is dropped rather than delivered to a dead window (KeePassXC's ``runThenCallback``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from ui.errors import show_error
from ui.qt_compat import emit


class Pool(Protocol):
    def start(self, fn: Callable[[], None]) -> None: ...


class TaskContext:
    """Handed to ``fn``: report progress, and check whether the user asked to stop."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        try:
            emit(self._signals.progressed, int(done), int(total))
        except RuntimeError:
            pass  # shutting down

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    # No Python objects travel through these signals: a queued Signal(object) across threads has been seen
    # to corrupt reference counts in PySide6, so the outcome waits in a _Box the main thread reads.
    finished = Signal()
    failed = Signal()
    progressed = Signal(int, int)


class _Box:
    __slots__ = ("error", "result")

    def __init__(self) -> None:
        self.result: Any = None
        self.error: BaseException | None = None


class _Relay(QObject):
    """Lives in the main thread as a child of the caller's widget; queued signals land here."""

    def __init__(self, parent: QObject, box: _Box, *, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None], on_progress: Callable[[int, int], None] | None) -> None:
        super().__init__(parent)
        self._box = box
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress

    @Slot()
    def deliver(self) -> None:
        result, self._box.result = self._box.result, None
        try:
            self._on_done(result)
        finally:
            self._finish()

    @Slot()
    def fail(self) -> None:
        exc, self._box.error = self._box.error, None
        try:
            self._on_error(exc)  # type: ignore[arg-type]
        finally:
            self._finish()

    def _finish(self) -> None:
        self.deleteLater()
        QTimer.singleShot(50, _sweep)  # the worker leaves emit() within microseconds of posting the result

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class _Task:
    """The callable a pool runs. Plain Python, not a QRunnable subclass: PySide wraps a callable in a runnable
    it owns itself, which avoids the double ownership of a Python-subclassed QRunnable."""

    def __init__(self, fn: Callable[[TaskContext], Any], signals: _Signals, context: TaskContext,
                 box: _Box) -> None:
        self._fn = fn
        self._signals = signals
        self._context = context
        self._box = box
        self.exited = threading.Event()

    def __call__(self) -> None:
        try:
            try:
                self._box.result = self._fn(self._context)
            except BaseException as exc:  # delivered to on_error on the main thread
                self._box.error = exc
                emit(self._signals.failed)
            else:
                emit(self._signals.finished)
        except RuntimeError:
            pass  # the app is shutting down and the signals are gone: there is no one left to tell
        finally:
            # Set only once the worker has left emit(): until then the main thread must keep the signals alive.
            self.exited.set()

    def run(self) -> None:
        self()


class TaskHandle:
    def __init__(self, context: TaskContext, signals: _Signals) -> None:
        self._context = context
        self._signals = signals  # kept alive until the handle goes, so late emits have a sender
        self._task: _Task | None = None
        self.done = False

    def cancel(self) -> None:
        self._context.cancel()

    @property
    def cancelled(self) -> bool:
        return self._context.cancelled()


class InlinePool:
    """Runs tasks at once on the calling thread: the test suite's FakeThreadPool."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, fn: Callable[[], None]) -> None:
        self.started += 1
        fn()


_pool: Pool | None = None
# Every task whose worker may still be running. A handle leaves only once its worker has left the pool
# function (``exited``), never merely because the result arrived: the main thread can deliver a queued
# result while the worker is still returning from emit(), and freeing the signals then would crash.
_running: set[TaskHandle] = set()


_signal_holder: QObject | None = None


def _holder() -> QObject:
    """The main-thread parent of every task's signals.

    Owned by C++ through this parent, a task's signals are never destroyed by Python's garbage collector,
    which may run on the worker thread that drops the last reference; they are deleted with deleteLater()
    on the main thread, and only after the worker has finished with them.
    """
    global _signal_holder
    if _signal_holder is None:
        _signal_holder = QObject()
    return _signal_holder


def _sweep() -> None:
    for handle in [h for h in _running if h._task is not None and h._task.exited.is_set()]:
        _running.discard(handle)
        handle._signals.deleteLater()

def set_pool(pool: Pool | None) -> None:
    """Replace the pool (tests install ``InlinePool``); None restores Qt's global pool."""
    global _pool
    _pool = pool


def current_pool() -> Pool:
    return _pool if _pool is not None else QThreadPool.globalInstance()


def wait_for_workers(timeout_ms: int = 15_000) -> bool:
    """Block until every worker has returned (after they were cancelled); False if some still run.

    For the few operations that replace or rekey the store file under the workers' feet (restore,
    encryption, a new passphrase): a worker still holding a connection would write to the old file or
    with the old key. Cancelled work stops within moments, so the wait is short.
    """
    pool = current_pool()
    wait = getattr(pool, "waitForDone", None)
    return bool(wait(timeout_ms)) if wait is not None else True  # the inline pool has nothing running


def run_in_background(fn: Callable[[TaskContext], Any], *, parent: QObject,
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int], None] | None = None) -> TaskHandle:
    _sweep()
    signals = _Signals(_holder())
    context = TaskContext(signals)
    handle = TaskHandle(context, signals)

    def done(result: object) -> None:
        handle.done = True
        on_done(result)

    def failed(exc: BaseException) -> None:
        handle.done = True
        if on_error is not None:
            on_error(exc)
        else:
            show_error(parent if hasattr(parent, "window") else None, exc)  # type: ignore[arg-type]

    box = _Box()
    relay = _Relay(parent, box, on_done=done, on_error=failed, on_progress=on_progress)
    signals.finished.connect(relay.deliver)
    signals.failed.connect(relay.fail)
    signals.progressed.connect(relay.progress)
    task = _Task(fn, signals, context, box)
    handle._task = task
    _running.add(handle)
    current_pool().start(task)
    return handle
