"""Opening a store file: the pragmas every connection gets, file permissions, and error wording.

The connection is made here (not by sqlite-utils) so the same code can hand sqlite-utils an SQLCipher
connection when the store is encrypted. SQLCipher's driver (``sqlcipher3``) has exception classes of its
own, unrelated to ``sqlite3``'s, so code that catches database errors catches ``DATABASE_ERRORS``.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from eligibility.store.errors import NotAStore, StoreCorrupt, StoreError, StoreLocked

try:  # the plain store works without SQLCipher installed; only encrypted stores need it
    import sqlcipher3 as _sqlcipher3
except ImportError:  # pragma: no cover - exercised only in an install without sqlcipher3
    _sqlcipher3 = None

# A writer waits this long for another connection's lock before telling the user the store is busy.
BUSY_TIMEOUT_MS = 5000

DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
if _sqlcipher3 is not None:
    DATABASE_ERRORS += (_sqlcipher3.DatabaseError,)
    INTEGRITY_ERRORS += (_sqlcipher3.IntegrityError,)
    OPERATIONAL_ERRORS += (_sqlcipher3.OperationalError,)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def friendly_error(exc: BaseException, path: Path) -> StoreError:
    """Word a database or file-system failure for the person using the app.

    SQLite reports a full disk, a read-only folder or a damaged file only through its message text, so
    that is what is matched. Messages never include row values, so nothing personal is repeated.
    """
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, DATABASE_ERRORS):
        if exc.errno in _FULL_ERRNOS:
            return StoreError(f"The disk holding {path.parent} is full. Free some space and try again; "
                              "nothing was changed.")
        if exc.errno in _READ_ONLY_ERRNOS:
            return StoreError(f"Second Look cannot write to {path.parent}: the folder is read-only or not "
                              "yours. Choose another folder, or ask for write access.")
        return StoreError(f"{path} could not be read or written ({exc.strerror or exc}).")
    message = str(exc).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return StoreError(f"The disk holding {path} is full. Free some space and try again; the store is as it "
                          "was before the change.")
    if "readonly" in message or "read-only" in message or "unable to open database file" in message:
        return StoreError(f"Second Look cannot write to {path}: the file or its folder is read-only. The store "
                          "needs to write beside itself (its -wal and -shm files); move it to a folder you can "
                          "write to, or ask for write access.")
    if "locked" in message or "busy" in message:
        return StoreLocked(f"The store {path} is in use by another program. Close it there and try again.")
    if "malformed" in message or "corrupt" in message:
        return StoreCorrupt(f"The store {path} is damaged. Restore it from a backup (File > Restore, or "
                            "`python main.py restore FILE`).")
    if "not a database" in message or "encrypted" in message:
        return NotAStore(f"{path} is not a Second Look store, or it is encrypted and needs its passphrase.")
    if "disk i/o error" in message:
        return StoreError(f"The disk reported an error while using {path}. Check the drive (is it removed or "
                          "full?) and try again.")
    return StoreError(f"The store {path} reported a problem ({type(exc).__name__}).")


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable only by its owner.

    SQLite would create it world-readable (0644 under the usual umask); its WAL and journal files take
    the main file's permissions, so creating the main file 0600 first protects all three.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise StoreError(f"{path} already exists; open it instead, or choose another file name.") from None
    except OSError as exc:
        raise friendly_error(exc, path) from exc
    os.close(fd)


def connect_plain(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    except sqlite3.OperationalError as exc:
        raise friendly_error(exc, path) from exc
    return conn


def configure(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the durability pragmas; raise NotAStore if the file is not an SQLite database we can read."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Sorts and temporary indexes stay in memory, so no plaintext scratch file is ever written.
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except DATABASE_ERRORS as exc:
        raise friendly_error(exc, path) from exc
    if mode.lower() != "wal" and str(path) != ":memory:":
        raise StoreError(f"The store {path} could not be switched to write-ahead logging (got {mode}).")
