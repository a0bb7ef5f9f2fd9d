"""Writing a file so that nobody ever sees half of it: a private temp file beside it, fsync, rename.

Exports, PDFs, settings and audit CSVs all hold case data or point at it, so every file written this way
is readable by its owner only (mkstemp creates it 0600), and a failure or crash leaves the old file, or
no file, never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")


def write_text_atomically(path: Path | str, write: Callable[[TextIO], T], *, encoding: str = "utf-8",
                          newline: str = "") -> T:
    """Call ``write`` with a text stream that becomes ``path`` only once it has all been written."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return result


def write_bytes_atomically(path: Path | str, data: bytes) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
