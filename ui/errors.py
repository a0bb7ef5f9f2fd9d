"""The one path from an exception to the user: a plain-language dialog, and a traceback in a local log.

The log holds exception types and stack frames (file, line, function) only, never exception messages or
local values: those can carry a person's name or ID. Nothing is sent anywhere.
"""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.dialogs import dialogs

log = logging.getLogger("secondlook.ui")

_LOG_NAME = "secondlook.log"
_log_file: Path | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def configure_logging(directory: Path | None = None) -> Path:
    """Send the app's log to a rotating file in ``log_dir()`` (owner-only, like every user data file)."""
    global _log_file
    if directory is None:
        from eligibility.paths import log_dir

        directory = log_dir()
    path = directory / _LOG_NAME
    root = logging.getLogger("secondlook")
    if _log_file != path:
        for handler in list(root.handlers):
            if getattr(handler, "_secondlook", False):
                root.removeHandler(handler)
                handler.close()
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        handler._secondlook = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _log_file = path
        try:
            path.chmod(0o600)
        except OSError:
            pass
    return path


def log_file() -> Path | None:
    return _log_file


def scrubbed_traceback(exc: BaseException) -> str:
    """Exception types and frames, for every exception in the chain, with no messages and no values."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / during handling of:")
    return "\n".join(lines)


def log_exception(exc: BaseException) -> None:
    log.error("unhandled exception\n%s", scrubbed_traceback(exc))


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
            log.error("could not show an error dialog\n%s", scrubbed_traceback(exc))

    sys.excepthook = hook
    return previous
