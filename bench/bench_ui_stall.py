"""Does the window keep breathing while big jobs run? The longest UI event-loop stall per job.

Target (scale issue): the UI event loop is never blocked more than 100 ms during import, evaluation or a
PDF batch. In a fresh offscreen subprocess, a 10 ms ``QTimer`` ticks on the UI thread while the app's own
worker helper, ``ui.background.run_in_background``, runs each job exactly as the window runs it (the worker
opens its own Store); the figure is the longest gap between two ticks from the job's start until its
result has been handled on the UI thread (so the handler's own work, such as filling the case list model,
counts too). A gap is what a person feels as a frozen window: nothing repaints, no click is answered.

Jobs: first a control (a worker that only sleeps: the machine's own noise, each job's baseline); then
import the generated roster into a new store (as the import wizard does: ``import_files`` on a worker); then
the real ``ui.main_window.MainWindow`` opens that store and loads its list (until its ``rows_loaded``) and
evaluates everyone (``evaluate_all``, until ``evaluation_finished``), with its own jobs and handlers; last,
a batch of PDF motions for Californians of the list, gathered and generated as the batch dialog does.
`python bench/bench_ui_stall.py [--people N]`.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import DEFAULT_PEOPLE, Result, app_environment, roster_files

TARGET_MS = 100.0
TICK_MS = 10
PDF_BATCH = 40
AS_OF_ISO = "2026-12-01"


def child(*, roster: Path, conduct: Path, work: Path, pdfs: int,
          only: list[str] | None = None) -> dict[str, dict[str, float]]:
    """Runs in the subprocess: every job under the ticking timer; returns per job its stall and duration."""
    from datetime import date

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.bench_pdf import OFFICE, REFERRAL
    from eligibility.operations import import_files
    from eligibility.store import Store
    from eligibility.workspace import RulesEngine
    from ui.background import TaskContext, run_in_background

    app = QApplication([sys.argv[0]])
    window = QWidget()  # the parent the callbacks are tied to, as the main window is in the app
    window.resize(400, 300)
    window.show()
    as_of = date.fromisoformat(AS_OF_ISO)
    engine = RulesEngine(include_user_dir=False)
    store_path = work / "stall.slstore"
    Store.create(store_path).close()

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    worst: dict[str, object] = {"gap": 0.0, "where": ""}

    def tick() -> None:
        now = time.perf_counter()
        if ticks and now - ticks[-1] > worst["gap"]:  # type: ignore[operator]
            # Where the workers are right after the longest gap: a clue to what held the GIL.
            worst["gap"] = now - ticks[-1]
            worst["where"] = _worker_frames()
        ticks.append(now)

    timer.timeout.connect(tick)
    timer.start()

    def measure(name: str, fn, on_result=None) -> dict[str, float]:
        outcome: dict[str, object] = {}

        def done(result: object) -> None:
            if on_result is not None:
                on_result(result)
            outcome["ok"] = True
            QTimer.singleShot(0, app.quit)  # after the handler: its own work is inside the window measured

        def failed(exc: BaseException) -> None:
            outcome["error"] = f"{type(exc).__name__}: {exc}"
            QTimer.singleShot(0, app.quit)

        def start() -> None:  # a slot returns None: PySide6 has mishandled refcounts of returned values
            ticks.clear()
            worst.update(gap=0.0, where="")
            outcome["start"] = time.perf_counter()
            ticks.append(outcome["start"])
            outcome["handle"] = run_in_background(fn, parent=window, on_done=done, on_error=failed)

        QTimer.singleShot(50, start)  # let the timer settle, then measure from the job's start
        app.exec()
        end = time.perf_counter()
        if "error" in outcome:
            raise RuntimeError(f"{name} failed: {outcome['error']}")
        stamps = [*ticks, end]
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        return {"stall_ms": max(gaps) * 1e3, "seconds": end - float(outcome["start"]),  # type: ignore[arg-type]
                "ticks": float(len(ticks)), "where": worst["where"]}

    def measure_window(name: str, trigger, finished) -> dict[str, float]:
        """The real main window's own job: ``trigger()`` starts it, the window's ``finished`` signal ends it."""
        outcome: dict[str, object] = {}

        def ended() -> None:
            if "end" not in outcome:
                outcome["end"] = time.perf_counter()
                QTimer.singleShot(0, app.quit)

        finished.connect(ended)

        def start() -> None:
            ticks.clear()
            worst.update(gap=0.0, where="")
            outcome["start"] = time.perf_counter()
            ticks.append(outcome["start"])
            trigger()

        QTimer.singleShot(50, start)
        app.exec()
        finished.disconnect(ended)
        end = time.perf_counter()
        if "end" not in outcome:
            raise RuntimeError(f"{name} did not finish")
        gaps = [b - a for a, b in itertools.pairwise([*ticks, end])]
        return {"stall_ms": max(gaps) * 1e3, "seconds": end - float(outcome["start"]),  # type: ignore[arg-type]
                "ticks": float(len(ticks)), "where": worst["where"]}

    def do_import(ctx: TaskContext) -> int:
        with Store.open(store_path) as store:
            result = import_files(store, roster, conduct, today=as_of, progress=ctx.report,
                                  cancelled=ctx.cancelled)
            return result.outcome.created if result.outcome else 0

    # The main window itself loads the list and evaluates everyone: its own worker jobs and handlers.
    from PySide6.QtCore import QSettings

    from eligibility.settings import Settings
    from eligibility.store.crypto import open_store
    from ui.main_window import MainWindow

    main = MainWindow(engine=engine, settings=Settings(), today=as_of,
                      qsettings=QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
    main.show()

    def open_in_window() -> None:
        main.set_store(open_store(store_path, passphrase=None, check_integrity=False))  # as the window's opener

    listed: list[str] = []  # the Californians of the filled list, as the user would select them

    def remember_listed() -> None:
        listed[:] = [r.person_id for r in main.model.all_rows if r.jurisdiction.value == "CA"]

    def do_pdfs(ctx: TaskContext) -> int:
        ids = list(listed)  # a plain list the UI thread filled with the list; the worker never reads the model
        from eligibility.petitions import batch_generate
        from eligibility.petitions.model import BatchItem
        from eligibility.records import Jurisdiction, SentenceType

        # As the batch dialog gathers its items: one person at a time from the selected list's ids.
        with Store.open(store_path) as store:
            items = []
            for pid in ids:
                person = store.get_person(pid)
                if (person.jurisdiction is Jurisdiction.CA and person.sentence_type is not SentenceType.DEATH
                        and person.case_number and person.county and person.controlling_offense):
                    items.append(BatchItem(person=person, determinations=tuple(engine.evaluate(person, as_of)),
                                           narrative={"referral": REFERRAL}))
                    if len(items) == pdfs:
                        break
        result = batch_generate(items, kind="ca-1172.1", out_dir=work / "pdfs", office=OFFICE, as_of=as_of,
                                progress=ctx.report, cancelled=ctx.cancelled)
        return len(result.written)

    def do_nothing(ctx: TaskContext) -> int:
        # The control: a worker that only sleeps. Its longest gap is what the machine itself costs the UI
        # thread (other processes on the same cores, timer coarseness), the floor under every other figure.
        for _ in range(60):
            if ctx.cancelled():
                break
            time.sleep(0.05)
        return 0

    def wanted(name: str) -> bool:
        return only is None or name in only

    results: dict[str, dict[str, float]] = {}
    for name, fn in (("idle worker (control)", do_nothing), ("import", do_import)):
        if wanted(name):
            results[name] = measure(name, fn)
    if wanted("load case list") or wanted("evaluate") or wanted("pdf batch"):
        results["load case list"] = measure_window("load case list", open_in_window, main.rows_loaded)
        remember_listed()
    if wanted("evaluate"):
        results["evaluate"] = measure_window("evaluate", main.evaluate_all, main.evaluation_finished)
    if wanted("pdf batch"):
        results["pdf batch"] = measure("pdf batch", do_pdfs)
    timer.stop()
    return results


def _worker_frames() -> str:
    """The four innermost frames of every other thread. Read straight from the frames: traceback's
    extract_stack reads the source files to quote lines, tens of milliseconds on the UI thread on a busy
    machine, which the next tick then counted as part of the stall being diagnosed."""
    import threading

    main = threading.main_thread().ident
    out = []
    for ident, frame in sys._current_frames().items():
        if ident != main:
            names = []
            f = frame
            while f is not None and len(names) < 4:
                names.append(f"{Path(f.f_code.co_filename).name}:{f.f_lineno} {f.f_code.co_name}")
                f = f.f_back
            out.append(" < ".join(names))
    return " | ".join(out)


def run(people: int = DEFAULT_PEOPLE, workdir: Path | None = None, *, only: list[str] | None = None) -> list[Result]:
    """Every job, or ``only`` those named (the control always runs: it is each row's baseline)."""
    workdir = workdir or Path(tempfile.mkdtemp())
    roster, conduct = roster_files(people, workdir=workdir)
    jobs = [] if only is None else ["--only", "idle worker (control)", *only]
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        scratch = Path(tmp)
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", "--roster", str(roster),
                               "--conduct", str(conduct), "--work", str(scratch), "--pdfs", str(PDF_BATCH), *jobs],
                              env=app_environment(scratch), capture_output=True, text=True, timeout=1800,
                              check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the stall benchmark failed (exit {proc.returncode}): {proc.stderr[-1500:]}")
    figures = json.loads(lines[-1])
    control = figures.pop("idle worker (control)")["stall_ms"]
    out = []
    for job, f in figures.items():
        what = f"{PDF_BATCH} motions" if job == "pdf batch" else f"{people:,} people"
        out.append(Result(f"UI stall during {job} ({what})", f["stall_ms"], "ms", TARGET_MS, baseline=control,
                          note=f"longest gap between {TICK_MS} ms timer ticks over the {f['seconds']:.1f} s job; "
                               "baseline = the same with a worker that only sleeps"
                               + (f"; workers after it: {f['where']}" if f["stall_ms"] > TARGET_MS and f["where"]
                                  else "")))
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "secondlook-bench")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--roster", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--conduct", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--pdfs", type=int, default=PDF_BATCH, help=argparse.SUPPRESS)
    ap.add_argument("--only", nargs="*", help="run only these jobs (import must come first)")
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(roster=args.roster, conduct=args.conduct, work=args.work, pdfs=args.pdfs,
                               only=args.only)),
              flush=True)
        # The figures are out. Skip interpreter finalisation: PySide6 has been seen to abort there
        # ("bool_dealloc" during the final collection), which would lose a finished measurement.
        os._exit(0)
    args.workdir.mkdir(parents=True, exist_ok=True)
    for r in run(args.people, args.workdir, only=args.only):
        print(r.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
