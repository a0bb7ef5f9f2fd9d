"""Start the desktop app: QApplication, the one error path, the store, the main window."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from eligibility import APP_NAME, APP_SLUG, __version__
from eligibility.paths import default_store_path, resource_path
from eligibility.settings import Settings, SettingsError
from ui.dialogs import dialogs
from ui.errors import configure_logging, install_excepthook, show_error
from ui.icons import icon

log = logging.getLogger("secondlook.ui")


def _install_translations(app: QApplication, language: str) -> None:
    locale = QLocale(language) if language else QLocale.system()
    for name, folder in (("secondlook", str(resource_path("translations"))),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def make_engine(settings: Settings) -> tuple[object | None, str]:
    """The rules engine, or None and a sentence saying why the packs did not load."""
    from eligibility.dates import LeapDayRule
    from eligibility.workspace import RulesEngine

    try:
        leap = LeapDayRule(settings.get("dates.leap_day"))
        engine = RulesEngine(leap=leap)
    except Exception as exc:  # the list and the records must still open without the engine
        log.error("rule packs failed to load: %s", type(exc).__name__)
        return None, str(exc)
    problem = "; ".join(str(p) for p in engine.problems)
    return engine, problem


def open_initial_store(path: Path | None, *, settings: Settings, today: date, default_path: Path,
                       opener: object) -> object:
    """The store to show at start: ``path``, else the settings' store, else the default store.

    The default store is created on first run with the bundled demo roster and marked as demo.
    """
    from eligibility.workspace import create_demo_store

    staff = str(settings.get("staff.name"))
    chosen = path or (Path(str(settings.get("store.path"))) if settings.get("store.path") else None)
    if chosen is None:
        chosen = default_path
        if not chosen.exists():
            return create_demo_store(chosen, today=today, staff=staff)
    return opener(chosen)  # type: ignore[operator]


def run_app(argv: list[str], *, store_path: Path | None = None) -> int:
    QCoreApplication.setOrganizationName(APP_SLUG)
    QCoreApplication.setOrganizationDomain("secondlook.invalid")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(icon("app"))
    configure_logging()
    install_excepthook()
    try:
        settings = Settings()
    except SettingsError as exc:
        show_error(None, exc)
        return 1
    _install_translations(app, str(settings.get("ui.language")))

    from ui.main_window import MainWindow

    today = date.today()  # the one place the app reads the clock; everything below takes it as a parameter
    engine, problem = make_engine(settings)
    window = MainWindow(engine=engine, settings=settings, today=today, engine_problem=problem)  # type: ignore[arg-type]
    staff = str(settings.get("staff.name"))
    try:
        from ui.security.idle_lock import IdleLockController
        from ui.security.unlock_dialog import passphrase_store_opener
    except ImportError:  # a build without the security widgets still opens plain stores
        log.warning("security widgets unavailable")
    else:
        window.store_opener = passphrase_store_opener(window, staff=staff)
        # The window's own Lock action (Ctrl+L) locks at once; the controller adds the idle timeout.
        idle = IdleLockController(window, int(settings.get("security.lock_minutes")), shortcut=None)
        window.unlocked.connect(idle.unlocked)
    window.show()
    try:
        store = open_initial_store(store_path, settings=settings, today=today, default_path=default_store_path(),
                                   opener=lambda p: window.store_opener(p, window))
    except Exception as exc:
        show_error(window, exc, title=QCoreApplication.translate("app", "Open store"))
        store = None
    window.set_store(store)  # type: ignore[arg-type]
    code = app.exec()
    dialogs.reset()
    return int(code)


if __name__ == "__main__":  # pragma: no cover - main.py is the entry point
    sys.exit(run_app(sys.argv))
