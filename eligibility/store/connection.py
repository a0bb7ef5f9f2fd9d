"""Opening a store file: the pragmas every connection gets, and file permissions.

The connection is made here (not by sqlite-utils) so the same code can hand sqlite-utils an SQLCipher
connection when the store is encrypted.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from eligibility.store.errors import NotAStore, StoreError, StoreLocked

# A writer waits this long for another connection's lock before telling the user the store is busy.
BUSY_TIMEOUT_MS = 5000


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable only by its owner.

    SQLite would create it world-readable (0644 under the usual umask); its WAL and journal files take
    the main file's permissions, so creating the main file 0600 first protects all three.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def connect_plain(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"Cannot open the store {path}: {exc}.") from exc
    return conn


def configure(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the durability pragmas; raise NotAStore if the file is not an SQLite database we can read."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise StoreLocked(f"The store {path} is in use by another program. Close it there and try again.") from exc
        raise NotAStore(
            f"{path} is not a Second Look store, or it is encrypted and needs its passphrase."
        ) from exc
    if mode.lower() != "wal" and str(path) != ":memory:":
        raise StoreError(f"The store {path} could not be switched to write-ahead logging (got {mode}).")
