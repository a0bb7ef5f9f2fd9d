"""Database and file-system failures reach the user as sentences that say what to do."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from eligibility.store import NotAStore, StoreCorrupt, StoreError, StoreLocked
from eligibility.store.connection import friendly_error
from eligibility.store.instance_lock import InstanceLock, lock_path_for

PATH = Path("/data/cases.slstore")


@pytest.mark.parametrize(("exc", "kind", "words"), [
    (sqlite3.OperationalError("database or disk is full"), StoreError, "is full"),
    (sqlcipher3.OperationalError("database or disk is full"), StoreError, "is full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), StoreError, "read-only"),
    (sqlite3.OperationalError("unable to open database file"), StoreError, "read-only"),
    (sqlite3.OperationalError("database is locked"), StoreLocked, "in use by another program"),
    (sqlite3.DatabaseError("database disk image is malformed"), StoreCorrupt, "is damaged"),
    (sqlcipher3.DatabaseError("file is not a database"), NotAStore, "not a Second Look store"),
    (sqlite3.OperationalError("disk I/O error"), StoreError, "disk reported an error"),
    (OSError(errno.ENOSPC, "No space left on device"), StoreError, "is full"),
    (OSError(errno.EROFS, "Read-only file system"), StoreError, "read-only"),
    (PermissionError(errno.EACCES, "Permission denied"), StoreError, "read-only or not yours"),
])
def test_each_failure_gets_its_own_sentence(exc, kind, words):
    result = friendly_error(exc, PATH)
    assert type(result) is kind and words in str(result)


def test_an_unknown_database_error_names_only_its_type():
    """Messages of unknown errors are not repeated: they may quote a value from a row."""
    result = friendly_error(sqlite3.IntegrityError("UNIQUE constraint failed: people.person_id=Qwerty"), PATH)
    assert "Qwerty" not in str(result) and "IntegrityError" in str(result)


def test_our_own_errors_pass_through_unchanged():
    original = StoreLocked("already open")
    assert friendly_error(original, PATH) is original


def test_the_lock_file_holds_only_the_process_id(tmp_path):
    import os

    store = tmp_path / "cases.slstore"
    lock = InstanceLock.acquire(store)
    assert lock.held and lock_path_for(store).read_text() == f"{os.getpid()}\n"
    assert lock_path_for(store).stat().st_mode & 0o777 == 0o600
    with pytest.raises(StoreLocked):
        InstanceLock.acquire(store)
    lock.release()
    assert not lock.held
    lock.release()  # releasing twice is harmless
    with InstanceLock(store) as again:
        assert again.held


def test_the_security_core_imports_no_qt():
    import subprocess
    import sys

    code = ("import sys; import eligibility.store.crypto, eligibility.store.backup, "
            "eligibility.store.instance_lock, eligibility.passphrase; print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "False"
