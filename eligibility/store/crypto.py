"""Encryption at rest: SQLCipher 4 stores, passphrases, and the one way the app and the CLI open a store.

An encrypted store is the same schema in an SQLCipher database: every page of the file and of its WAL is
encrypted (AES-256, with an HMAC-SHA512 per page), and the key is derived from the passphrase with
SQLCipher 4's defaults (PBKDF2-HMAC-SHA512, 256,000 iterations, a random salt per file). Nothing here
lowers those defaults; ``connect_encrypted`` refuses a library that would.

``open_store`` and ``create_store`` are what callers use: they take the instance lock, choose the right
connection from the file's header, check integrity, and release everything if any step fails.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eligibility.store.connection import (
    BUSY_TIMEOUT_MS,
    DATABASE_ERRORS,
    create_private_file,
    friendly_error,
)
from eligibility.store.errors import (
    NotAStore,
    PassphraseRequired,
    StoreCorrupt,
    StoreError,
    WeakPassphrase,
    WrongPassphrase,
)
from eligibility.store.instance_lock import InstanceLock
from eligibility.store.store import Store

MIN_PASSPHRASE_LENGTH = 10
# SQLCipher 4's defaults; a store is never keyed with anything weaker.
MIN_KDF_ITERATIONS = 256_000
PLAIN_HEADER = b"SQLite format 3\x00"
# SQLCipher writes whole pages (4096 bytes by default, never less than 512): a file of any other size
# cannot be an encrypted store, whatever its first bytes are.
_MIN_PAGE = 512

ConnectFn = Callable[[Path], sqlite3.Connection]


def _sqlcipher() -> Any:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - only in an install without the dependency
        raise StoreError("This copy of Second Look was installed without encryption support (the sqlcipher3 "
                         "package). Reinstall it to open encrypted stores.") from None
    return sqlcipher3


def normalize_passphrase(passphrase: str) -> str:
    """The form that is keyed: NFC, so the same words typed on macOS (NFD) and Windows open the same store."""
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str, *, confirmation: str | None = None) -> None:
    """Raise WeakPassphrase unless ``passphrase`` may protect a store.

    The rule is length: at least ten characters. A long phrase of ordinary words beats a short one full of
    symbols, and composition rules only push people to write passphrases down.
    """
    text = normalize_passphrase(passphrase)
    if "\x00" in text:
        raise WeakPassphrase("A passphrase cannot contain a NUL character.")
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters "
                             f"(this one has {len(text)}). A few unrelated words work well.")
    if not text.strip():
        raise WeakPassphrase("A passphrase cannot be only spaces.")
    if confirmation is not None and normalize_passphrase(confirmation) != text:
        raise WeakPassphrase("The two passphrases are not the same. Type them again.")


def _quoted(passphrase: str) -> str:
    # PRAGMA key takes no bound parameters; a doubled quote is SQL's own escape, so no passphrase can
    # end the literal early.
    text = normalize_passphrase(passphrase)
    if "\x00" in text:
        raise WrongPassphrase("That passphrase does not open this store.")
    return "'" + text.replace("'", "''") + "'"


def is_encrypted(path: Path) -> bool:
    """True when ``path`` looks like an SQLCipher file: whole pages, and not a plain SQLite header."""
    try:
        size = os.path.getsize(path)
        if size == 0 or size % _MIN_PAGE:
            return False
        with open(path, "rb") as fh:
            header = fh.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return header != PLAIN_HEADER


def _check_cipher(conn: Any, path: Path) -> None:
    iterations = int(conn.execute("PRAGMA kdf_iter").fetchone()[0])
    if iterations < MIN_KDF_ITERATIONS:
        conn.close()
        raise StoreError(f"The encryption library would derive the key of {path.name} with {iterations} "
                         f"iterations (at least {MIN_KDF_ITERATIONS} are required). Reinstall Second Look.")


def _keyed_connection(path: Path, passphrase: str) -> Any:
    """An SQLCipher connection with the key set and proven, or WrongPassphrase (and nothing left open)."""
    cipher = _sqlcipher()
    try:
        conn = cipher.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    except DATABASE_ERRORS as exc:
        raise friendly_error(exc, path) from exc
    try:
        # SQLCipher logs a failed HMAC check to stderr; a wrong passphrase must show one clear sentence.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
        _check_cipher(conn, path)
        # The first read is where a wrong key shows: the page-1 HMAC does not verify.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        conn.close()
        message = str(exc).lower()
        if "not a database" in message or "encrypted" in message:
            raise WrongPassphrase(f"That passphrase does not open {path.name}. Check it (and Caps Lock) and "
                                  "try again.") from None
        raise friendly_error(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def connect_encrypted(passphrase: str) -> ConnectFn:
    """A ``connect`` hook for ``Store.open`` that opens (or, for an empty file, creates) an SQLCipher store."""
    def connect(path: Path) -> sqlite3.Connection:
        return _keyed_connection(Path(path), passphrase)
    return connect


class AppStore(Store):
    """A store opened for the app or the CLI: it also holds the instance lock, released on close."""

    _instance_lock: InstanceLock | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            lock, self._instance_lock = self._instance_lock, None
            if lock is not None:
                lock.release()


def damage_message(path: Path, detail: str = "") -> str:
    """What to tell the user about a damaged store: what happened and which backup to restore."""
    from eligibility.store.backup import latest_backup

    latest = latest_backup(path)
    offer = (f" The newest backup is {latest.name}; restore it with File > Restore or "
             f"`python main.py restore {latest}`." if latest else " No backup of it was found beside it.")
    return f"The store {path} is damaged{detail}.{offer}"


def _integrity_or_raise(store: Store) -> None:
    try:
        problems = store.integrity_check()
    except DATABASE_ERRORS + (MemoryError,) as exc:
        # A page of an encrypted store whose HMAC fails makes SQLCipher report "SQL logic error" and then
        # SQLITE_NOMEM (MemoryError) on later reads: during the integrity check both mean damage.
        raise StoreCorrupt(damage_message(store.path, " (some pages cannot be read)")) from exc
    if problems:
        raise StoreCorrupt(damage_message(store.path, f" ({len(problems)} problem(s) found by the integrity check)"))


def verify_integrity(path: Path | str, *, connect: ConnectFn | None = None) -> None:
    """Run the integrity check on a connection of its own; raise StoreCorrupt (naming the newest backup).

    For a caller that opened with ``check_integrity=False`` to keep the window responsive: the check reads
    every page (about 0.8 s at 100,000 people), and this function may run on a worker thread, with the
    window's ``connect_factory``, while the window already shows the list.
    """
    path = Path(path)
    try:
        store = Store.open(path, connect=connect, encrypted=connect is not None)
    except StoreCorrupt:
        raise StoreCorrupt(damage_message(path)) from None
    try:
        _integrity_or_raise(store)
    finally:
        store.close()


def open_store(path: Path | str, *, passphrase: str | None, staff: str = "",
               check_integrity: bool = True) -> Store:
    """Open an existing store for the app or the CLI: the ONE way both do it.

    An encrypted store needs ``passphrase`` (PassphraseRequired without one, WrongPassphrase for a wrong
    one); a plain store ignores it, so a passphrase set in the environment does not stop plain stores
    from opening. A second opener of the same store gets StoreLocked. The integrity check runs on every
    open; a damaged store raises StoreCorrupt naming the newest backup.
    """
    path = Path(path)
    if not path.exists():
        raise StoreError(f"There is no store at {path}. Create one with `init`, or check the path.")
    lock = InstanceLock.acquire(path)
    try:
        store = _open_unlocked(path, passphrase=passphrase, staff=staff, check_integrity=check_integrity)
    except BaseException:
        lock.release()
        raise
    store._instance_lock = lock
    return store


def _open_unlocked(path: Path, *, passphrase: str | None, staff: str, check_integrity: bool = True) -> AppStore:
    """Open ``path`` for a caller that already holds (or, for a private temp copy, needs no) instance lock."""
    if path.stat().st_size == 0:
        # Only an interrupted creation leaves an empty file. Opening it would silently make a new PLAIN
        # store where the user asked for an encrypted one, so it is refused instead.
        raise NotAStore(f"{path.name} is empty: its creation was interrupted. Delete it and create the store "
                        "again.")
    encrypted = is_encrypted(path)
    if encrypted and passphrase is None:
        raise PassphraseRequired(f"{path.name} is encrypted. Enter its passphrase to open it.")
    connect = connect_encrypted(passphrase) if encrypted and passphrase is not None else None
    try:
        store = AppStore.open(path, staff=staff, connect=connect, encrypted=encrypted)
    except StoreCorrupt:
        raise StoreCorrupt(damage_message(path)) from None
    try:
        if check_integrity:
            _integrity_or_raise(store)
    except BaseException:
        store.close()
        raise
    assert isinstance(store, AppStore)
    return store


def create_store(path: Path | str, *, passphrase: str | None, staff: str = "") -> Store:
    """Create a new store, encrypted with ``passphrase`` (checked against the rules) or, with None, plain.

    The app asks for a passphrase by default and passes None only after the user has read the warning.
    """
    path = Path(path)
    if passphrase is not None:
        check_new_passphrase(passphrase)
    if path.exists():
        raise StoreError(f"{path} already exists; open it instead, or choose another file name.")
    create_private_file(path)
    try:
        lock = InstanceLock.acquire(path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    try:
        connect = connect_encrypted(passphrase) if passphrase is not None else None
        store = AppStore.open(path, staff=staff, connect=connect, encrypted=passphrase is not None)
    except BaseException:
        lock.release()
        _remove_store_files(path)
        raise
    store._instance_lock = lock
    return store


def _remove_store_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _checkpoint(conn: Any, path: Path) -> None:
    """Fold the WAL into the main file and empty it, so no page written under an old key or in plain stays."""
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except DATABASE_ERRORS as exc:
        raise friendly_error(exc, path) from exc
    if busy:
        raise StoreError(f"The store {path} is in use by another program; close it there and try again.")


def rekey(store: Store, old: str, new: str) -> None:
    """Change the passphrase of an open encrypted store; ``old`` must open it (WrongPassphrase otherwise).

    Backups made before the change keep the passphrase they were made with.
    """
    if not store.encrypted:
        raise StoreError("This store is not encrypted. Encrypt it first (it will then have a passphrase).")
    check_new_passphrase(new)
    probe = _keyed_connection(store.path, old)  # proves `old` without trusting the caller's memory
    probe.close()
    conn = store._conn
    try:
        conn.execute(f"PRAGMA rekey = {_quoted(new)}")
    except DATABASE_ERRORS as exc:
        raise friendly_error(exc, store.path) from exc
    _checkpoint(conn, store.path)
    store.record_event("passphrase_changed")


def encrypt_store(plain_path: Path | str, encrypted_path: Path | str, passphrase: str, *,
                  staff: str = "") -> Path:
    """Write an encrypted copy of a plain store (``sqlcipher_export``); the plain file is left as it was.

    The copy is checked (integrity, same row counts, same schema version) before it is kept, and it records
    "store_encrypted" in its audit trail. Removing the plain original is the caller's choice: see
    ``encrypt_in_place``.
    """
    plain_path, encrypted_path = Path(plain_path), Path(encrypted_path)
    check_new_passphrase(passphrase)
    if is_encrypted(plain_path):
        raise StoreError(f"{plain_path.name} is already encrypted.")
    # Held throughout, so no other window writes to the original between the count and the copy.
    with InstanceLock(plain_path):
        _encrypt_locked(plain_path, encrypted_path, passphrase, staff=staff)
    return encrypted_path


def _encrypt_locked(plain_path: Path, encrypted_path: Path, passphrase: str, *, staff: str) -> None:
    source = _open_unlocked(plain_path, passphrase=None, staff=staff)
    try:
        counts = _table_counts(source._conn)
        version = source.schema_version
        _checkpoint(source._conn, plain_path)
    finally:
        source.close()
    create_private_file(encrypted_path)
    try:
        cipher = _sqlcipher()
        conn = cipher.connect(str(plain_path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            # The path is bound as a parameter; only the key must be spliced in (PRAGMA-style quoting).
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quoted(passphrase)}", (str(encrypted_path),))
            conn.execute("SELECT sqlcipher_export('encrypted')")
            # sqlcipher_export copies tables, indexes and triggers but not the schema version.
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            conn.commit()
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()
        copy = open_store(encrypted_path, passphrase=passphrase, staff=staff)
        try:
            if _table_counts(copy._conn) != counts:
                raise StoreCorrupt("The encrypted copy does not hold the same rows as the original; it was "
                                   "removed and the original is unchanged.")
            copy.record_event("store_encrypted", details={"from": plain_path.name})
        finally:
            copy.close()
    except DATABASE_ERRORS as exc:
        _remove_store_files(encrypted_path)
        raise friendly_error(exc, encrypted_path) from exc
    except BaseException:
        _remove_store_files(encrypted_path)
        raise


def encrypt_in_place(path: Path | str, passphrase: str, *, staff: str = "") -> None:
    """Replace a plain store with an encrypted one of the same name, then delete the plain file.

    The store must be closed. Deleting does not scrub the old blocks from an SSD or a copy-on-write file
    system, and backups made while the store was plain stay plain: docs/security.md says so to the user.
    """
    path = Path(path)
    check_new_passphrase(passphrase)
    if is_encrypted(path):
        raise StoreError(f"{path.name} is already encrypted.")
    temp = path.with_name(f".{path.name}.encrypting")
    _remove_store_files(temp)
    with InstanceLock(path):
        _encrypt_locked(path, temp, passphrase, staff=staff)
        plain_aside = path.with_name(f".{path.name}.plain")
        os.replace(path, plain_aside)
        os.replace(temp, path)
        _fsync_dir(path.parent)
        _remove_store_files(plain_aside)
        _remove_store_files(temp)  # its -wal and -shm, if any survived the close


def _table_counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
