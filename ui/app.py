"""Start the desktop app: QApplication, the one error path, the store, the main window."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from eligibility import APP_NAME, APP_SLUG, __version__
from eligibility.paths import default_store_path, resource_path, user_config_dir
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


def initial_store_path(path: Path | None, *, settings: Settings, default_path: Path) -> Path:
    """The store to show at start: ``path``, else the settings' store, else the default store."""
    if path is not None:
        return path
    remembered = str(settings.get("store.path"))
    return Path(remembered) if remembered else default_path


def open_initial_store(path: Path | None, *, settings: Settings, today: date, default_path: Path,
                       opener: object) -> object:
    """Open the store ``initial_store_path`` names.

    The default store is created on first run with the bundled demo roster and marked as demo.
    """
    from eligibility.workspace import create_demo_store

    chosen = initial_store_path(path, settings=settings, default_path=default_path)
    if chosen == default_path and path is None and not chosen.exists():
        return create_demo_store(chosen, today=today, staff=str(settings.get("staff.name")))
    return opener(chosen)  # type: ignore[operator]


def use_config_dir_for_window_layout() -> None:
    """Keep the window's remembered layout (geometry, columns; never anything about a person) as an INI
    file in Second Look's own configuration folder, beside settings.toml, instead of Qt's per-platform
    place (the registry on Windows). ``SECONDLOOK_CONFIG_DIR`` then moves it too, so a test run, a
    benchmark or a smoke check never writes into the user's own window layout."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user_config_dir()))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def run_app(argv: list[str], *, store_path: Path | None = None) -> int:
    QCoreApplication.setOrganizationName(APP_SLUG)
    QCoreApplication.setOrganizationDomain("secondlook.invalid")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    use_config_dir_for_window_layout()
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(icon("app"))
    # Matches packaging/'s desktop entry, so Wayland and the task bar show the app's own name and icon.
    QGuiApplication.setDesktopFileName("org.secondlook.SecondLook")
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
    default_path = default_store_path()
    try:
        store = open_initial_store(store_path, settings=settings, today=today, default_path=default_path,
                                   opener=lambda p: window.store_opener(p, window))
    except Exception as exc:
        store = None
        # A second instance gets StoreLocked in words; a damaged store is offered a restore.
        window.show_open_failure(initial_store_path(store_path, settings=settings, default_path=default_path),
                                 exc)
    if store is not None:
        window.set_store(store)  # type: ignore[arg-type]
    code = app.exec()
    dialogs.reset()
    return int(code)


if __name__ == "__main__":  # pragma: no cover - main.py is the entry point
    sys.exit(run_app(sys.argv))
