"""The app's own worker helper over the big jobs, on a real thread pool: the result arrives on the UI thread,
the store is written by the worker's own connection, and the window never runs the job.

Progress is reported once here (at the end): on PySide6 6.12 each signal emitted from Python
has been seen to disturb reference counts (see ui/qt_compat.py), and hundreds of emits from a worker made
this test crash the interpreter now and then; tests/ui/test_background.py covers progress delivery."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from eligibility.operations import import_files
from eligibility.store import Store
from eligibility.workspace import RulesEngine, build_rows, evaluate_everyone
from tests.scale.scale_helpers import AS_OF, SCALE_PEOPLE, Roster
from ui.background import TaskContext, run_in_background, set_pool
from ui.case_model import CaseListModel


@pytest.fixture
def real_pool():
    from PySide6.QtCore import QThreadPool

    # Earlier tests can leave reference cycles holding Qt objects (a closed dialog, a PDF document). Python's
    # collector runs on whatever thread allocates, so the worker's big job would be the one to free them, off
    # the main thread: collect them here, on the main thread, first (ui/background.py keeps the app's own
    # task objects out of the collector's reach for the same reason).
    gc.collect()
    set_pool(None)  # Qt's global pool: work runs on another thread, as in the app
    yield
    # The result can arrive while the worker is still leaving the pool function: let it finish before the
    # test's widgets (the parents of the callbacks) go away.
    assert QThreadPool.globalInstance().waitForDone(30_000)


def test_import_evaluate_and_load_run_on_a_worker_and_report_on_the_ui_thread(qtbot, real_pool, roster: Roster,
                                                                            tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    path = tmp_path / "s.slstore"
    Store.create(path).close()
    engine = RulesEngine(include_user_dir=False)
    ui_thread = threading.get_ident()
    worker_threads: set[int] = set()
    progress: list[tuple[int, int, int]] = []
    outcome: dict[str, object] = {}

    def sparing(done: int, total: int) -> None:
        if done == total:
            ctx_holder[0].report(done, total)

    ctx_holder: list[TaskContext] = []

    def job(ctx: TaskContext) -> list:
        ctx_holder.append(ctx)
        worker_threads.add(threading.get_ident())
        with Store.open(path) as store:
            import_files(store, roster.roster_csv, roster.conduct_csv, today=AS_OF)
            evaluate_everyone(store, engine, as_of=AS_OF, progress=sparing, cancelled=ctx.cancelled)
            return build_rows(store.load_people(), store.determination_index(), as_of=AS_OF)

    model = CaseListModel(window)

    def done(rows: list) -> None:
        outcome["thread"] = threading.get_ident()
        model.set_rows(rows, as_of=AS_OF)

    run_in_background(job, parent=window, on_done=done, on_error=lambda exc: outcome.setdefault("error", exc),
                      on_progress=lambda d, t: progress.append((threading.get_ident(), d, t)))
    qtbot.waitUntil(lambda: "thread" in outcome or "error" in outcome, timeout=120_000)
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(30_000)  # the worker has left the pool function too
    assert "error" not in outcome, outcome.get("error")
    assert outcome["thread"] == ui_thread
    assert worker_threads and ui_thread not in worker_threads
    assert model.rowCount() == SCALE_PEOPLE
    assert progress == [(ui_thread, SCALE_PEOPLE, SCALE_PEOPLE)]  # the one report, on the UI thread
    with Store.open(path) as store:
        assert store.count_people() == SCALE_PEOPLE
        assert sum(len(v) for v in store.determination_index().values()) > SCALE_PEOPLE
