"""Backups (daily, manual, before migrations), rotation, restore, and the integrity check on open."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility.store import Store, StoreCorrupt, StoreError, StoreLocked, WrongPassphrase
from eligibility.store.backup import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    PRE_MIGRATION,
    backup_store,
    backup_to,
    list_backups,
    maybe_backup_on_open,
    restore,
)
from eligibility.store.crypto import create_store, is_encrypted, open_store
from eligibility.store.errors import PassphraseRequired
from tests.security.factory import MARKER_ID, OTHER_PASSPHRASE, PASSPHRASE, people

T0 = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_backup_is_encrypted_like_the_store_owner_only_and_complete(enc_store):
    enc_store.import_people(people(50))
    backup = backup_store(enc_store, keep=5, now=T0)
    assert backup.name == "cases-20261102T093000Z-daily.slbackup"
    assert is_encrypted(backup) and _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
    assert not list(backup.parent.glob("*.partial"))
    assert enc_store.audit_entries()[-1].action == "backup_created"
    with pytest.raises(WrongPassphrase):
        open_store(backup, passphrase=OTHER_PASSPHRASE)
    with open_store(backup, passphrase=PASSPHRASE) as copy:
        assert copy.count_people() == 51
        assert copy.integrity_check() == []


def test_a_plain_store_has_plain_backups(plain_store, tmp_path):
    (tmp_path / "out").mkdir()
    backup = backup_to(plain_store, tmp_path / "out" / "manual.slbackup")
    assert not is_encrypted(backup) and _mode(backup) == 0o600
    with Store.open(backup) as copy:
        assert copy.count_people() == 1
    with pytest.raises(StoreError, match="already exists"):
        backup_to(plain_store, backup)


def test_daily_backups_rotate_and_other_kinds_are_kept(enc_store):
    backup_store(enc_store, keep=3, reason=MANUAL, now=T0 - timedelta(days=30))
    made = [backup_store(enc_store, keep=3, now=T0 + timedelta(days=i)) for i in range(5)]
    kept = list_backups(enc_store.path)
    assert [b.path for b in kept if b.reason == DAILY] == made[:1:-1]  # the three newest, newest first
    assert not made[0].exists() and not made[1].exists()
    assert [b.reason for b in kept if b.reason != DAILY] == [MANUAL]


def test_two_backups_in_the_same_second_get_distinct_names(enc_store):
    first = backup_store(enc_store, keep=5, now=T0)
    second = backup_store(enc_store, keep=5, now=T0)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in list_backups(enc_store.path)] == [second, first]


def test_the_on_open_backup_happens_at_most_once_a_day(enc_store):
    pacific = timezone(timedelta(hours=-8))
    morning = datetime(2026, 11, 2, 8, 0, tzinfo=pacific)
    first = maybe_backup_on_open(enc_store, now=morning, keep=3)
    assert first is not None and first.exists()
    assert maybe_backup_on_open(enc_store, now=morning + timedelta(hours=10), keep=3) is None
    # 16:00 UTC the next day is 08:00 in the user's zone: a new working day, a new backup
    assert maybe_backup_on_open(enc_store, now=morning + timedelta(days=1), keep=3) is not None
    assert len(list_backups(enc_store.path)) == 2


def test_the_on_open_backup_needs_a_time_zone(enc_store):
    with pytest.raises(ValueError):
        maybe_backup_on_open(enc_store, now=datetime(2026, 11, 2, 8, 0), keep=3)


def test_a_migration_is_preceded_by_a_backup(tmp_path):
    from sqlite_utils import Database

    from eligibility.store.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "old.slstore"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="0002_case_list_indexes")
    db.execute("PRAGMA user_version = 1")
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    [backup] = list_backups(path)
    assert backup.reason == PRE_MIGRATION and _mode(backup.path) == 0o600
    raw = sqlite3.connect(backup.path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    raw.close()
    # an up-to-date store opens with no backup at all
    Store.open(path).close()
    assert len(list_backups(path)) == 1


def test_a_new_store_needs_no_pre_migration_backup(tmp_path):
    create_store(tmp_path / "new.slstore", passphrase=PASSPHRASE).close()
    assert list_backups(tmp_path / "new.slstore") == []


def test_restore_brings_back_the_backup_and_keeps_the_replaced_store(enc_store):
    path = enc_store.path
    backup = backup_store(enc_store, keep=3, now=T0)
    enc_store.delete_person(MARKER_ID)
    enc_store.import_people(people(5))
    enc_store.close()
    aside = restore(backup, path, passphrase=PASSPHRASE, staff="J. Doe")
    assert aside is not None and aside.exists()
    with open_store(path, passphrase=PASSPHRASE) as store:
        assert store.person_ids() == {MARKER_ID}
        last = store.audit_entries()[-1]
        assert (last.action, last.staff, last.details) == ("restore", "J. Doe", {"backup": backup.name})
        assert store.verify_audit() == []
    assert [b.reason for b in list_backups(path)][:1] == [BEFORE_RESTORE]
    with open_store(aside, passphrase=PASSPHRASE) as replaced:
        assert MARKER_ID not in replaced.person_ids() and replaced.count_people() == 5
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "cases.slstore", "cases.slstore.lock"]


def test_restore_refuses_an_open_store(enc_store):
    backup = backup_store(enc_store, keep=3, now=T0)
    with pytest.raises(StoreLocked):
        restore(backup, enc_store.path, passphrase=PASSPHRASE)


def test_a_wrong_or_missing_backup_passphrase_leaves_the_store_untouched(enc_store):
    path = enc_store.path
    backup = backup_store(enc_store, keep=3, now=T0)
    enc_store.import_people(people(3))
    enc_store.close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase, match="does not open the backup"):
        restore(backup, path, passphrase=OTHER_PASSPHRASE)
    with pytest.raises(PassphraseRequired):
        restore(backup, path, passphrase=None)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "cases.slstore", "cases.slstore.lock"]


def _damage_index_pages(path: Path, index: str) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (index,))]
    conn.close()
    assert pages, "the index must have pages of its own"
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(b"\xa5" * page_size)


def test_a_damaged_backup_is_refused_and_the_store_kept(plain_store):
    plain_store.import_people(people(3000))
    path = plain_store.path
    backup = backup_store(plain_store, keep=3, now=T0)
    plain_store.close()
    _damage_index_pages(backup, "people_name")
    with pytest.raises(StoreCorrupt, match="is damaged; choose another backup"):
        restore(backup, path, passphrase=None)
    with open_store(path, passphrase=None) as store:
        assert store.count_people() == 3001


def test_a_damaged_store_is_reported_on_open_with_the_newest_backup(plain_store):
    plain_store.import_people(people(3000))
    path = plain_store.path
    backup = backup_store(plain_store, keep=3, now=T0)
    plain_store.close()
    _damage_index_pages(path, "people_name")
    with pytest.raises(StoreCorrupt) as info:
        open_store(path, passphrase=None)
    assert "is damaged" in str(info.value) and backup.name in str(info.value)
    # the lock was released with the failed open, so the offered restore can run
    restore(backup, path, passphrase=None)
    with open_store(path, passphrase=None) as store:
        assert store.count_people() == 3001


def test_a_damaged_encrypted_page_is_reported_as_damage(enc_store):
    enc_store.import_people(people(3000))
    path = enc_store.path
    enc_store.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # flip bytes in a page well past the schema: its HMAC no longer holds
        fh.seek(size // 2)
        fh.write(os.urandom(64))
    with pytest.raises(StoreCorrupt, match="damaged"):
        open_store(path, passphrase=PASSPHRASE)


def test_an_encrypted_store_is_backed_up_encrypted_before_a_migration(tmp_path):
    from sqlite_utils import Database

    from eligibility.store.connection import create_private_file
    from eligibility.store.crypto import connect_encrypted
    from eligibility.store.schema import SCHEMA_VERSION, migrations
    from tests.security.factory import MARKER_SURNAME, marker_person

    path = tmp_path / "old.slstore"
    create_private_file(path)
    conn = connect_encrypted(PASSPHRASE)(path)
    db = Database(conn)
    migrations.apply(db, stop_before="0002_case_list_indexes")
    db.execute("PRAGMA user_version = 1")
    db.close()
    with open_store(path, passphrase=PASSPHRASE) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.import_people([marker_person()])
    [backup] = list_backups(path)
    assert backup.reason == PRE_MIGRATION and is_encrypted(backup.path) and _mode(backup.path) == 0o600
    assert MARKER_SURNAME.encode() not in backup.path.read_bytes()
    from eligibility.store.crypto import _keyed_connection

    raw = _keyed_connection(backup.path, PASSPHRASE)  # the backup holds the store as it was before
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    assert raw.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    raw.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset_hours=st.integers(-12, 14), keep=st.integers(1, 3),
       gaps=st.lists(st.integers(0, 3 * 24 * 3600), min_size=1, max_size=7))
def test_the_daily_backup_falls_on_the_first_open_of_each_local_day(tmp_path_factory, offset_hours, keep, gaps):
    """Property: over any run of opens, a backup is made exactly when the local day has none yet."""
    zone = timezone(timedelta(hours=offset_hours))
    path = tmp_path_factory.mktemp("daily") / "cases.slstore"
    store = create_store(path, passphrase=None)
    try:
        now = datetime(2026, 3, 7, 23, 30, tzinfo=zone)
        days_backed_up: set = set()
        for gap in gaps:
            now += timedelta(seconds=gap)
            made = maybe_backup_on_open(store, now=now, keep=keep)
            assert (made is not None) == (now.date() not in days_backed_up)
            days_backed_up.add(now.date())
            daily = [b for b in list_backups(path) if b.reason == DAILY]
            assert len(daily) == min(keep, len(days_backed_up))
            assert daily[0].made_at.astimezone(zone).date() == now.date()
    finally:
        store.close()


def test_the_integrity_check_can_run_later_on_its_own_connection(plain_store, enc_path):
    import threading

    from eligibility.store.crypto import connect_encrypted, verify_integrity

    plain_store.import_people(people(3000))
    path = plain_store.path
    backup_store(plain_store, keep=3, now=T0)
    plain_store.close()
    verify_integrity(path)  # healthy: no error
    _damage_index_pages(path, "people_name")
    window_store = open_store(path, passphrase=None, check_integrity=False)  # opens fast, unchecked
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            verify_integrity(path)
        except StoreCorrupt as exc:
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    window_store.close()
    assert len(errors) == 1 and "plain-20261102T093000Z-daily.slbackup" in str(errors[0])
    verify_integrity(enc_path, connect=connect_encrypted(PASSPHRASE))


def test_the_daily_backup_keeps_as_many_as_the_setting_says(enc_store):
    from eligibility.settings import Settings

    Settings().set("backup.keep", "2")  # the per-test config folder (tests/conftest.py)
    for day in range(4):
        maybe_backup_on_open(enc_store, now=T0 + timedelta(days=day))
    assert [b.made_at.date() for b in list_backups(enc_store.path)] == [date(2026, 11, 5), date(2026, 11, 4)]


def test_restore_onto_a_new_computer_needs_no_existing_store(enc_store, tmp_path):
    backup = backup_store(enc_store, keep=3, now=T0)
    target = tmp_path / "new-laptop" / "cases.slstore"
    target.parent.mkdir()
    assert restore(backup, target, passphrase=PASSPHRASE) is None
    assert target.stat().st_mode & 0o777 == 0o600
    with open_store(target, passphrase=PASSPHRASE) as store:
        assert store.person_ids() == {MARKER_ID}
        assert store.audit_entries()[-1].action == "restore"


def test_a_missing_backup_is_named(enc_path, tmp_path):
    with pytest.raises(StoreError, match="There is no backup at"):
        restore(tmp_path / "nope.slbackup", enc_path, passphrase=PASSPHRASE)
