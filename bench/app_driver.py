"""Start the real desktop app (``ui.app.run_app``, as ``main.py`` does) and report when it became usable.

    QT_QPA_PLATFORM=offscreen python bench/app_driver.py [--store PATH]

Run by bench_startup and bench_case_list in a fresh subprocess, with the data and config directories
pointed at a scratch folder. It changes nothing in the app: an application-wide event filter notes the
first paint of the main window, and the window's own ``rows_loaded`` signal says the case list is filled.
It then quits the event loop and prints one JSON line of ``time.monotonic()`` stamps (system-wide on the
platforms we measure on, so the parent can subtract its own stamp taken just before it started us).

With ``--exercise`` it first uses the filled case list the way a person does, through the window's own
widgets (typing in the search box, clicking column headers, scrolling), and adds those timings.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import current_rss_mb, peak_rss_mb

TIMEOUT_MS = 120_000  # a run that never loads its rows is reported, not left hanging


SEARCHES = ("g", "ga", "gar", "garc", "garci", "garcia", "garci", "garc", "gar", "ga", "g", "")


def exercise(window: object) -> dict[str, float]:
    """Seconds for what a person does with a full list, each measured on the UI thread, worst case kept.

    A keystroke is the search box's own ``textChanged`` handling plus the repaint it causes; the filter
    panel's counts follow 120 ms later on the same thread, so they are timed separately. A sort is a
    header click on each column, both directions, the first click on a column included (it builds that
    column's keys). A scroll step is a jump to a random place and the synchronous repaint of the rows shown.
    """
    import random
    import time as _time

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from eligibility.workspace import facet_counts, store_counts

    w: object = window
    table = w.table  # type: ignore[attr-defined]
    model = w.model  # type: ignore[attr-defined]
    search = w.search  # type: ignore[attr-defined]
    viewport = table.viewport()
    app = QApplication.instance()

    def worst(actions: list) -> float:
        longest = 0.0
        for act in actions:
            app.processEvents()
            start = _time.perf_counter()
            act()
            viewport.repaint()
            longest = max(longest, _time.perf_counter() - start)
        return longest

    out: dict[str, float] = {}
    out["keystroke_s"] = worst([lambda t=t: search.setText(t) for t in SEARCHES])
    counts = []
    for text in SEARCHES[:6]:
        search.setText(text)
        start = _time.perf_counter()
        facet_counts(model.all_rows, model.current_filter)
        store_counts(model.all_rows, as_of=w.as_of)  # type: ignore[attr-defined]
        counts.append(_time.perf_counter() - start)
    out["counts_s"] = max(counts)
    search.setText("")
    sorts = []
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorts.append(lambda c=column, o=order: table.sortByColumn(c, o))
    out["sort_s"] = worst(sorts)
    rng = random.Random(7)
    bar = table.verticalScrollBar()
    places = [rng.randint(0, bar.maximum()) for _ in range(60)]
    out["scroll_s"] = worst([lambda v=v: bar.setValue(v) for v in places])
    out["visible_rows"] = float(model.rowCount())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, help="open this store instead of the default (demo) store")
    parser.add_argument("--exercise", action="store_true", help="filter, sort and scroll once the list is filled")
    args = parser.parse_args(argv)
    entered = time.monotonic()

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])  # run_app reuses the instance, exactly as it would its own
    stamps: dict[str, float] = {"entered": entered}
    state: dict[str, object] = {"window": None}

    def finish() -> None:
        stamps.setdefault("rows_loaded", float("nan"))
        QTimer.singleShot(0, app.quit)

    def rows_loaded() -> None:
        if "rows_loaded" not in stamps:
            stamps["rows_loaded"] = time.monotonic()
            window = state["window"]
            stamps["rows"] = float(window.model.rowCount()) if window is not None else 0.0  # type: ignore[attr-defined]
            if args.exercise and window is not None:
                def use_the_list() -> None:
                    stamps.update(exercise(window))
                    finish()

                QTimer.singleShot(0, use_the_list)
            else:
                finish()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow) and state["window"] is None:
                state["window"] = watched
                stamps["shown"] = time.monotonic()
                watched.rows_loaded.connect(rows_loaded)  # type: ignore[attr-defined]
            elif (event.type() == QEvent.Type.Paint and watched is state["window"]
                  and "first_paint" not in stamps):
                stamps["first_paint"] = time.monotonic()
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, finish)

    from ui.app import run_app

    code = run_app([sys.argv[0]], store_path=args.store)
    stamps["current_rss_mb"] = current_rss_mb()
    stamps["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps({"code": code, **stamps}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
