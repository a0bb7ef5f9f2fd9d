"""Save a screenshot of the app on the demo store, for reviewing the look (never shipped data: fictional people).

    xvfb-run -a -s "-screen 0 1366x768x24" python -m ui.screenshot /tmp/secondlook.png [--tab 2] [--row 12]
    ... python -m ui.screenshot /tmp/generate.png --generate            the generate dialog with its preview
    ... python -m ui.screenshot /tmp/documents.png --generate --save    the Documents tab after saving one

Runs the real start-up (``run_app``) against throw-away data and config directories, so the first-run demo
store is made fresh and no setting of the person running it is read or changed. ``--generate`` fills in a
fictional office so a document can be made, and ``--save`` writes the PDF into the throw-away folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

FICTIONAL_OFFICE = {
    "office.organisation": "Example Post-Conviction Clinic",
    "office.attorney_name": "Jordan Q. Sample",
    "office.bar_number": "100001",
    "office.address": "1 Example Plaza, Suite 2\nSpringfield, CA 90000",
    "office.phone": "(555) 555-0100",
    "office.email": "clinic@example.org",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="PNG file to write (keep it out of the repository)")
    parser.add_argument("--tab", type=int, default=2, help="person tab: 0 Facts, 1 Conduct, 2 Eligibility, ...")
    parser.add_argument("--row", type=int, default=12, help="which row of the case list to open")
    parser.add_argument("--generate", action="store_true",
                        help="open Documents ▸ Prepare a document… and shoot it with its preview")
    parser.add_argument("--kind", default="", help="document kind for --generate (default: the first ready one)")
    parser.add_argument("--save", action="store_true",
                        help="with --generate: save the document, then shoot the Documents tab")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="secondlook-shot-"))
    for name in ("SECONDLOOK_DATA_DIR", "SECONDLOOK_CONFIG_DIR", "XDG_CONFIG_HOME"):
        os.environ[name] = str(scratch / name.lower())

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from ui.app import run_app
    from ui.dialogs import dialogs
    from ui.main_window import MainWindow
    from ui.petitions import GenerateDialog

    if args.generate:
        from eligibility.settings import Settings

        settings = Settings()
        for key, value in FICTIONAL_OFFICE.items():
            settings.set(key, value)

    def window() -> MainWindow:
        return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

    def snap() -> None:
        app.primaryScreen().grabWindow(0).save(str(args.out))
        window().close()

    def when(ready: Callable[[], bool], then: Callable[[], None], *, tries: int = 100) -> None:
        """Run ``then`` once ``ready()`` holds (checked every 200 ms), so slow machines still get the shot."""
        if ready() or tries <= 0:
            then()
        else:
            QTimer.singleShot(200, lambda: when(ready, then, tries=tries - 1))

    def drive_dialog() -> None:
        dialog = next((w for w in app.topLevelWidgets() if isinstance(w, GenerateDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(200, drive_dialog)
            return
        kinds = [args.kind] if args.kind in dialog.kinds else dialog.kinds
        for kind in kinds:
            dialog.kind_combo.setCurrentIndex(dialog.kinds.index(kind))
            if dialog.generate_button.isEnabled():
                break
        dialog.generate()

        def previewed() -> None:
            if args.save:
                dialogs.set_next_answer(scratch / "documents" / dialog.suggested_path().name)
                (scratch / "documents").mkdir(exist_ok=True)
                dialog.save_as()
                when(lambda: bool(dialog.saved), lambda: dialog.done(0))
            else:
                QTimer.singleShot(400, lambda: (app.primaryScreen().grabWindow(0).save(str(args.out)),
                                                dialog.done(0)))

        when(lambda: dialog.preview.has_document, previewed)

    def open_person() -> None:
        w = window()
        if not w.model.rowCount():
            QTimer.singleShot(200, open_person)  # the list is still loading
            return
        pid = w.model.person_id_at(min(args.row, w.model.rowCount() - 1))
        if pid:
            w.select_person(pid)
        w.show_tab(args.tab)
        if not args.generate:
            QTimer.singleShot(700, snap)
            return
        QTimer.singleShot(300, drive_dialog)
        w.prepare_document()  # modal: returns when drive_dialog closes the dialog
        if args.save:
            w.show_tab(3)
            QTimer.singleShot(700, snap)
        else:
            w.close()

    QTimer.singleShot(1000, open_person)
    code = run_app([sys.argv[0]])
    print(f"saved {args.out}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
