"""The local log file: tracebacks for the developers, never anything about a person.

A traceback's exception message can carry a value (a name in a KeyError, a path with a client's name), so
only the exception type and the frames (file, line, function) are written. Nothing is sent anywhere.
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from eligibility.paths import log_dir

_LOGGER_NAME = "secondlook"
_configured_path: Path | None = None


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file, rotated ones included, is created readable only by its owner."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode if "a" in self.mode else "a", encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return log_dir() / "secondlook.log"


def get_logger() -> logging.Logger:
    """The app's logger, writing to an owner-only rotating file in the user data directory."""
    global _configured_path
    logger = logging.getLogger(_LOGGER_NAME)
    path = log_file()
    if _configured_path != path:
        for h in list(logger.handlers):
            logger.removeHandler(h)
            h.close()
        handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        _configured_path = path
    return logger


def scrubbed_traceback(exc: BaseException) -> str:
    """Exception types and stack frames only: no messages, no local values."""
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
            lines.append("caused by:")
    return "\n".join(lines)


def log_exception(exc: BaseException, *, context: str = "") -> Path:
    """Record an unexpected error; returns the log file's path to show the user."""
    get_logger().error("unexpected error%s\n%s", f" during {context}" if context else "", scrubbed_traceback(exc))
    return log_file()
