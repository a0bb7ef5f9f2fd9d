"""Two connections writing to one store (the window and its workers, or the app and the command line)
wait their turn instead of failing with "in use by another program"."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from eligibility.store import Store


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "cases.slstore"
    Store.open(path, create=True).close()
    return path


@pytest.fixture
def first(path):
    store = Store.open(path)
    yield store
    store.close()


def test_a_write_takes_the_lock_when_it_begins(first, path) -> None:
    other = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        with first._transaction(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the transaction has ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_writer_that_read_first_is_not_refused_when_another_commits_meanwhile(first, path) -> None:
    # The daily backup's audit entry used to fail this way while the window's worker saved everyone's
    # results: the first transaction read the audit trail, the second committed, the first could not write.
    errors: list[BaseException] = []

    def other_writer() -> None:  # each thread has its own connection, as the app's workers do
        try:
            with Store.open(path) as second:
                second.record_event("export", details={"file": "list.csv"})
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    with first._transaction():
        first._conn.execute("SELECT count(*) FROM audit_log").fetchone()
        thread = threading.Thread(target=other_writer)
        thread.start()
        time.sleep(0.3)  # the other writer is now waiting for the lock, not writing past us
        first._audit("backup_created", details={"file": "cases-daily.slbackup"})
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert errors == []
    actions = [e.action for e in first.audit_entries()]
    assert actions[-2:] == ["backup_created", "export"]
    assert first.verify_audit() == []


def test_many_concurrent_writers_all_land_with_an_intact_audit_chain(first, path) -> None:
    errors: list[BaseException] = []

    def write(name: str, n: int) -> None:
        try:
            with Store.open(path) as store:
                for i in range(n):
                    store.set_meta(f"key-{name}-{i}", "x")
                    store.record_event("export", details={"n": i})
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(name, 60)) for name in ("a", "b", "c")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert sum(1 for e in first.audit_entries() if e.action == "export") == 180
    assert first.verify_audit() == []
