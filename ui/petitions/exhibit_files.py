"""Exhibit files on disk: checked, copied into the owner-only exhibits folder, hashed. No Qt here.

An exhibit is copied rather than linked so a petition generated next month still finds it after the user
tidies their Downloads folder, and so the hash recorded in the store describes the bytes the petition
appends. The copy gets a random name: the folder listing shows no one's name or ID.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

MAX_EXHIBIT_BYTES = 200 * 1024 * 1024  # a scanned certificate is a few MB; 200 MB is a mistake, not an exhibit


class ExhibitFileError(ValueError):
    """A file that cannot be attached; the message says why in plain words and names only the file."""


def exhibits_dir(base: Path | None = None) -> Path:
    """``<user data dir>/exhibits``, readable by its owner only."""
    if base is None:
        from eligibility.paths import user_data_dir

        base = user_data_dir()
    path = Path(base) / "exhibits"
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def check_pdf(path: Path) -> int:
    """The page count of the PDF at ``path``, or ExhibitFileError saying why it cannot be an exhibit."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ExhibitFileError(f"“{name}” was not found or is not a file.")
    size = path.stat().st_size
    if size == 0:
        raise ExhibitFileError(f"“{name}” is empty.")
    if size > MAX_EXHIBIT_BYTES:
        raise ExhibitFileError(f"“{name}” is larger than {MAX_EXHIBIT_BYTES // (1024 * 1024)} MB. "
                               "Scan it at a lower resolution or split it.")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise ExhibitFileError(f"“{name}” is not a PDF file. Exhibits must be PDFs: print or scan other "
                               "documents to PDF first.")
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise ExhibitFileError(f"“{name}” is password-protected. Save an unprotected copy first.")
        pages = len(reader.pages)
    except ExhibitFileError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ExhibitFileError(f"“{name}” is damaged or not a readable PDF.") from exc
    if pages == 0:
        raise ExhibitFileError(f"“{name}” has no pages.")
    return pages


def copy_exhibit(source: Path, *, dest_dir: Path) -> tuple[Path, str, int]:
    """Copy ``source`` into ``dest_dir`` under a random name; returns (copy, sha256, pages).

    The copy is checked, not the original, so what was checked is what the petition will append; a copy
    that fails the check is removed.
    """
    source = Path(source)
    check_pdf(source)  # a clear message before copying 200 MB of something else
    target = dest_dir / f"{uuid.uuid4().hex}.pdf"
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=dest_dir, prefix=".exhibit-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    try:
        pages = check_pdf(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target, digest.hexdigest(), pages


def discard_copy(path: Path, *, dest_dir: Path) -> bool:
    """Delete an exhibit copy we made; never touches a file outside ``dest_dir`` (an older record may point
    at the user's own file). True when a file was removed."""
    path = Path(path)
    try:
        inside = path.resolve().parent == Path(dest_dir).resolve()
    except OSError:
        return False
    if not inside or not path.is_file():
        return False
    path.unlink()
    return True


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
