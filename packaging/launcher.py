"""The frozen app's entry point: ``main.main()``, plus a self-quitting mode for the bundle's smoke check.

With ``SECONDLOOK_SMOKE_QUIT_MS=N`` the desktop app quits by itself N milliseconds after its event loop starts,
first writing one line that says which top-level windows were visible (their Qt class and size, never their
titles: a title can hold a person's name). The line goes to the file named by ``SECONDLOOK_SMOKE_REPORT``, or to
standard output; a file is needed on Windows, where the windowed executable has no standard output at all.

This lives here rather than in ui/ so the app's code carries no test hook: the only change is that
``PySide6.QtWidgets.QApplication`` is swapped for a subclass before ui/ imports it, and only in smoke mode.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

SMOKE_QUIT_ENV = "SECONDLOOK_SMOKE_QUIT_MS"
SMOKE_REPORT_ENV = "SECONDLOOK_SMOKE_REPORT"
SMOKE_REPORT_PREFIX = "SECONDLOOK-SMOKE "
# After asking the app to quit, how long to wait before concluding it hangs (a modal dialog in closeEvent,
# a worker that never finishes) and ending the process, so a smoke run fails rather than waits for ever.
SMOKE_GRACE_SECONDS = 20.0
SMOKE_HUNG_EXIT_STATUS = 3


def smoke_quit_ms(environ: Mapping[str, str]) -> int | None:
    """The delay asked for, or None when smoke mode is off; a value that is not a whole number is an error."""
    raw = environ.get(SMOKE_QUIT_ENV, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{SMOKE_QUIT_ENV} must be a whole number of milliseconds, got {raw!r}") from None
    if value < 0:
        raise ValueError(f"{SMOKE_QUIT_ENV} must not be negative, got {value}")
    return value


def wants_gui(argv: list[str]) -> bool:
    """Mirror main.py: no arguments, or only ``--store PATH``, means the desktop app."""
    if not argv:
        return True
    if len(argv) == 2 and argv[0] == "--store":
        return True
    return len(argv) == 1 and argv[0].startswith("--store=")


def parse_smoke_report(text: str) -> dict:
    """The report line the smoke check reads back; raises ValueError when there is none."""
    for line in text.splitlines():
        if line.startswith(SMOKE_REPORT_PREFIX):
            return json.loads(line[len(SMOKE_REPORT_PREFIX):])
    raise ValueError("the app wrote no smoke report line")


def _write_report(payload: dict, environ: Mapping[str, str]) -> None:
    line = SMOKE_REPORT_PREFIX + json.dumps(payload, sort_keys=True) + "\n"
    target = environ.get(SMOKE_REPORT_ENV)
    if target:
        with Path(target).open("a", encoding="utf-8") as fh:
            fh.write(line)
    elif sys.stdout is not None:
        sys.stdout.write(line)
        sys.stdout.flush()


def _start_watchdog(seconds: float, *, on_hang: Callable[[], None]) -> threading.Timer:
    timer = threading.Timer(seconds, on_hang)
    timer.daemon = True
    timer.start()
    return timer


def _hung(grace_seconds: float) -> None:
    if sys.stderr is not None:
        print(f"smoke: the app did not quit within {grace_seconds:g} s of being asked", file=sys.stderr,
              flush=True)
    os._exit(SMOKE_HUNG_EXIT_STATUS)


def install_smoke_quit(quit_ms: int, *, environ: Mapping[str, str] = os.environ,
                       grace_seconds: float = SMOKE_GRACE_SECONDS) -> None:
    """Make every QApplication created from now on report its windows and quit after ``quit_ms``."""
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer

    base = QtWidgets.QApplication

    class SmokeApplication(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            # The timer only runs once exec() starts, so the window has been shown and laid out by then.
            QTimer.singleShot(quit_ms, self._smoke_finish)

        def _smoke_finish(self) -> None:
            windows = [
                {"class": type(w).__name__, "main_window": isinstance(w, QtWidgets.QMainWindow),
                 "width": w.width(), "height": w.height()}
                for w in self.topLevelWidgets() if w.isVisible()
            ]
            _write_report({"platform": self.platformName(), "windows": windows}, environ)
            _start_watchdog(grace_seconds, on_hang=lambda: _hung(grace_seconds))
            self.closeAllWindows()
            self.quit()

    QtWidgets.QApplication = SmokeApplication  # type: ignore[misc]


def main() -> int:
    try:
        quit_ms = smoke_quit_ms(os.environ)
    except ValueError as exc:
        if sys.stderr is not None:
            print(f"error: {exc}", file=sys.stderr)
        return 2
    if quit_ms is not None and wants_gui(sys.argv[1:]):
        install_smoke_quit(quit_ms)
    import main as app_main  # the repository's main.py, bundled as a top-level module

    return app_main.main()


if __name__ == "__main__":
    sys.exit(main())
