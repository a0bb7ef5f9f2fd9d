"""The one path from an exception to the user: a plain-language dialog, and a traceback in a local log.

Logging is ``eligibility.logs``: one owner-only rotating file in the user data directory, holding exception
types and stack frames only, never messages or values (those can carry a person's name or ID). The CLI
writes to the same file the same way. Nothing is sent anywhere.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from eligibility import logs
from ui.dialogs import dialogs

_log_file: Path | None = None  # set once logging is configured, so error dialogs can say where to look


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def configure_logging() -> Path:
    """Send the app's log records (the ``secondlook`` logger and its children) to ``eligibility.logs``' file."""
    global _log_file
    logs.get_logger()
    _log_file = logs.log_file()
    return _log_file


def log_file() -> Path | None:
    return _log_file


def log_exception(exc: BaseException) -> None:
    global _log_file
    _log_file = logs.log_exception(exc)


def plain_message(exc: BaseException) -> str:
    """What to tell the user. Our own errors are already worded for people; the rest get a safe sentence."""
    from eligibility.settings import SettingsError
    from eligibility.store import StoreError

    known: tuple[type[BaseException], ...] = (StoreError, SettingsError)
    try:
        from eligibility.intake import IntakeError

        known += (IntakeError,)
    except ImportError:
        pass
    if isinstance(exc, known):
        return str(exc)
    if isinstance(exc, PermissionError):
        return _tr("Second Look is not allowed to use that file or folder. Check its permissions, "
                   "or choose another location.")
    if isinstance(exc, FileNotFoundError):
        return _tr("The file or folder could not be found. It may have been moved or deleted.")
    if isinstance(exc, OSError):
        return _tr("The file could not be read or written ({reason}).").format(reason=exc.strerror or "I/O error")
    if isinstance(exc, sqlite3.Error):
        return _tr("The case store reported a problem. Your last change may not have been saved.")
    if isinstance(exc, MemoryError):
        return _tr("The computer ran out of memory. Close other programs and try again.")
    return _tr("Something went wrong that Second Look did not expect. Your data has not been sent anywhere.")


def is_expected(exc: BaseException) -> bool:
    """A user's mistake or a refused file, not a bug: no traceback is needed."""
    from eligibility.settings import SettingsError
    from eligibility.store import StoreError

    if isinstance(exc, (StoreError, SettingsError, OSError)):
        return True
    try:
        from eligibility.intake import IntakeError
    except ImportError:
        return False
    return isinstance(exc, IntakeError)


def show_error(parent: QWidget | None, exc: BaseException, *, title: str = "") -> None:
    if not is_expected(exc):
        log_exception(exc)
    details = ""
    if not is_expected(exc) and _log_file is not None:
        details = _tr("Technical details (with no personal information) were written to {path}.").format(
            path=str(_log_file))
    dialogs.error(parent, title or _tr("Second Look"), plain_message(exc), details=details)


def install_excepthook() -> Callable[..., None]:
    """Route uncaught exceptions (including those raised in Qt slots) to ``show_error``."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        try:
            show_error(parent, exc)
        except Exception:  # the error path itself must never take the app down
            logs.log_exception(exc, context="showing an error dialog")

    sys.excepthook = hook
    return previous
