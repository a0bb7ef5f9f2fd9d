"""Attached PDFs: each goes in after its cover page ("Exhibit A — title") at the end of the document."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError


class ExhibitError(ValueError):
    """An attached file that cannot be read as a PDF; the message names the exhibit, not its contents."""


def exhibit_problems(exhibits: Sequence[tuple[str, Path]]) -> list[str]:
    problems = []
    for title, path in exhibits:
        if not str(title).strip():
            problems.append(f"An exhibit ({Path(path).name}) has no title")
        if not Path(path).is_file():
            problems.append(f"The exhibit file for '{title}' was not found: {Path(path).name}")
    return problems


def _read(title: str, path: Path) -> PdfReader:
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise ExhibitError(f"The exhibit '{title}' ({path.name}) is password-protected")
        if len(reader.pages) == 0:
            raise ExhibitError(f"The exhibit '{title}' ({path.name}) has no pages")
        return reader
    except (PdfReadError, OSError, ValueError) as exc:
        if isinstance(exc, ExhibitError):
            raise
        raise ExhibitError(f"The exhibit '{title}' ({path.name}) is not a readable PDF") from exc


def merge_exhibits(document: bytes, pages: int, exhibits: Sequence[tuple[str, Path]]) -> tuple[bytes, int]:
    """Insert each exhibit after its cover; the covers are the document's last ``len(exhibits)`` pages.

    The writer starts as a clone of the document so its outline, metadata and file id survive; the file id
    comes from reportlab's invariant output, so the merged bytes are stable too.
    """
    readers = [_read(title, Path(path)) for title, path in exhibits]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    first_cover = pages - len(exhibits)
    # Insert from the last exhibit back, so the earlier covers keep their page indices.
    for index in reversed(range(len(readers))):
        writer.merge(first_cover + index + 1, readers[index], import_outline=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), pages + sum(len(r.pages) for r in readers)
