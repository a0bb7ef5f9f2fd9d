"""Save a screenshot of the app on the demo store, for reviewing the look (never shipped data: fictional people).

    xvfb-run -a -s "-screen 0 1366x768x24" python -m ui.screenshot /tmp/secondlook.png [--tab 2] [--row 12]

Runs the real start-up (``run_app``) against throw-away data and config directories, so the first-run demo
store is made fresh and no setting of the person running it is read or changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="PNG file to write (keep it out of the repository)")
    parser.add_argument("--tab", type=int, default=2, help="person tab: 0 Facts, 1 Conduct, 2 Eligibility, ...")
    parser.add_argument("--row", type=int, default=12, help="which row of the case list to open")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="secondlook-shot-"))
    for name in ("SECONDLOOK_DATA_DIR", "SECONDLOOK_CONFIG_DIR", "XDG_CONFIG_HOME"):
        os.environ[name] = str(scratch / name.lower())

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from ui.app import run_app
    from ui.main_window import MainWindow

    def window() -> MainWindow:
        return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

    def snap() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(args.out))
        window().close()

    def open_person() -> None:
        w = window()
        if not w.model.rowCount():
            QTimer.singleShot(200, open_person)  # the list is still loading
            return
        pid = w.model.person_id_at(min(args.row, w.model.rowCount() - 1))
        if pid:
            w.select_person(pid)
        w.show_tab(args.tab)
        QTimer.singleShot(700, snap)

    QTimer.singleShot(1000, open_person)
    code = run_app([sys.argv[0]])
    print(f"saved {args.out}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
