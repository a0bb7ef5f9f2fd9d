"""Encryption at rest: no plaintext on disk, passphrases, rekey, encrypting a plain store, the instance lock."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility.store import NotAStore, StoreError, StoreLocked, WrongPassphrase
from eligibility.store.backup import backup_store
from eligibility.store.crypto import (
    MIN_KDF_ITERATIONS,
    create_store,
    encrypt_in_place,
    encrypt_store,
    is_encrypted,
    open_store,
    rekey,
)
from eligibility.store.errors import PassphraseRequired, WeakPassphrase
from tests.security.factory import (
    MARKER_FIRST,
    MARKER_ID,
    MARKER_SURNAME,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    marker_person,
    people,
)

MARKERS = [MARKER_SURNAME.encode("utf-8"), MARKER_FIRST.encode("utf-8"), MARKER_ID.encode("utf-8"),
           MARKER_SURNAME.encode("utf-16-le")]


def _files_mentioning_marker(directory: Path) -> list[str]:
    hits = []
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {m!r}" for m in MARKERS if m in data]
    return hits


def test_plaintext_search_finds_the_marker_in_a_plain_store(tmp_path):
    """The control for the test below: the search does find a name that is stored in the clear."""
    store = create_store(tmp_path / "plain.slstore", passphrase=None)
    store.import_people([marker_person()])
    assert _files_mentioning_marker(tmp_path), "the search cannot see plaintext; the next test proves nothing"
    store.close()


def test_no_personal_text_in_the_encrypted_store_its_wal_or_its_backups(tmp_path):
    path = tmp_path / "cases.slstore"
    store = create_store(path, passphrase=PASSPHRASE)
    store.import_people([marker_person(), *people(300)])
    store.add_note(MARKER_ID, f"Spoke with {MARKER_FIRST} {MARKER_SURNAME} about the hearing.")
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the WAL must be checked while it holds the changes"
    assert _files_mentioning_marker(tmp_path) == []
    backup = backup_store(store, keep=3)
    assert backup.parent == tmp_path / "backups"
    assert is_encrypted(backup)
    store.close()
    assert _files_mentioning_marker(tmp_path) == []
    # and the data really is there, behind the key
    with open_store(path, passphrase=PASSPHRASE) as again:
        assert again.get_person(MARKER_ID).last_name == MARKER_SURNAME


def test_encryption_uses_sqlcipher4_defaults_or_stronger(enc_store):
    settings_ = dict(r[0].removeprefix("PRAGMA ").rstrip(";").split(" = ")
                     for r in enc_store._conn.execute("PRAGMA cipher_settings"))
    assert int(settings_["kdf_iter"]) >= MIN_KDF_ITERATIONS
    assert settings_["cipher_kdf_algorithm"] == "PBKDF2_HMAC_SHA512"
    assert settings_["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert settings_["cipher_use_hmac"] == "1"
    assert settings_["cipher_plaintext_header_size"] == "0"
    assert enc_store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert enc_store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert enc_store.encrypted


def test_wrong_passphrase_gives_one_clear_error_and_nothing_else(enc_path, capfd):
    with pytest.raises(WrongPassphrase) as info:
        open_store(enc_path, passphrase="not the right phrase")
    message = str(info.value)
    assert message.startswith("That passphrase does not open cases.slstore.")
    assert info.value.__cause__ is None and info.value.__suppress_context__
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == "", "SQLCipher must not print its HMAC failure"
    # nothing is left open: the lock is free, and the right passphrase opens it at once
    with open_store(enc_path, passphrase=PASSPHRASE) as store:
        assert store.count_people() == 1


def test_an_encrypted_store_without_a_passphrase_asks_for_one(enc_path):
    with pytest.raises(PassphraseRequired, match="is encrypted. Enter its passphrase"):
        open_store(enc_path, passphrase=None)


def test_a_plain_store_opens_whatever_passphrase_is_given(plain_store):
    path = plain_store.path
    plain_store.close()
    with open_store(path, passphrase="set in the environment for another store") as store:
        assert not store.encrypted and store.count_people() == 1


def test_a_file_that_is_not_a_store_is_named_so(tmp_path):
    path = tmp_path / "notes.slstore"
    path.write_text("Dear court,\n" * 50, encoding="utf-8")
    assert not is_encrypted(path)
    with pytest.raises(NotAStore):
        open_store(path, passphrase=PASSPHRASE)


def test_is_encrypted_reads_the_header(tmp_path, enc_path, plain_store):
    empty = tmp_path / "empty"
    empty.touch()
    assert is_encrypted(enc_path)
    assert not is_encrypted(plain_store.path)
    assert not is_encrypted(empty)
    assert not is_encrypted(tmp_path / "missing")


@pytest.mark.parametrize("weak", ["", "short", "nine char", " " * 12, "0123456789"[:9]])
def test_short_passphrases_are_refused(tmp_path, weak):
    with pytest.raises(WeakPassphrase):
        create_store(tmp_path / "x.slstore", passphrase=weak)
    assert list(tmp_path.iterdir()) == []


def test_quotes_and_sql_in_a_passphrase_are_just_characters(tmp_path):
    tricky = "it's a \"test\"'; PRAGMA key = ''; --"
    path = tmp_path / "q.slstore"
    create_store(path, passphrase=tricky).close()
    with open_store(path, passphrase=tricky) as store:
        assert store.integrity_check() == []
    with pytest.raises(WrongPassphrase):
        open_store(path, passphrase="it's a ")


def test_the_same_words_typed_as_nfc_or_nfd_open_the_store(tmp_path):
    composed = "café crème brûlée"
    path = tmp_path / "n.slstore"
    create_store(path, passphrase=unicodedata.normalize("NFD", composed)).close()
    with open_store(path, passphrase=unicodedata.normalize("NFC", composed)) as store:
        assert store.encrypted


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(phrase=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                      min_size=10, max_size=40).filter(lambda s: s.strip()),
       suffix=st.text(min_size=1, max_size=3))
def test_any_allowed_passphrase_opens_its_store_and_no_other_does(tmp_path_factory, phrase, suffix):
    path = tmp_path_factory.mktemp("prop") / "p.slstore"
    create_store(path, passphrase=phrase).close()
    with open_store(path, passphrase=phrase) as store:
        assert store.integrity_check() == []
    other = phrase + suffix
    if unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", phrase):
        with pytest.raises(WrongPassphrase):
            open_store(path, passphrase=other)


def test_rekey_changes_the_passphrase_and_keeps_everything(enc_store):
    path = enc_store.path
    before = enc_store.load_people()
    rekey(enc_store, PASSPHRASE, OTHER_PASSPHRASE)
    enc_store.add_note(MARKER_ID, "after the rekey")
    enc_store.close()
    with pytest.raises(WrongPassphrase):
        open_store(path, passphrase=PASSPHRASE)
    with open_store(path, passphrase=OTHER_PASSPHRASE) as store:
        assert store.load_people() == before
        assert [n.text for n in store.list_notes(MARKER_ID)] == ["after the rekey"]
        assert "passphrase_changed" in store.audit_actions()
        assert store.verify_audit() == []


def test_rekey_needs_the_current_passphrase_and_a_good_new_one(enc_store):
    with pytest.raises(WrongPassphrase):
        rekey(enc_store, "a guessed passphrase", OTHER_PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        rekey(enc_store, PASSPHRASE, "short")
    path = enc_store.path
    enc_store.close()
    with open_store(path, passphrase=PASSPHRASE) as store:  # unchanged
        assert "passphrase_changed" not in store.audit_actions()


def test_rekey_of_a_plain_store_is_refused(plain_store):
    with pytest.raises(StoreError, match="not encrypted"):
        rekey(plain_store, PASSPHRASE, OTHER_PASSPHRASE)


def test_encrypt_store_makes_a_verified_encrypted_copy(plain_store, tmp_path):
    plain_store.add_note(MARKER_ID, "a note")
    path = plain_store.path
    expected = plain_store.load_people()
    version = plain_store.schema_version
    plain_store.close()
    target = tmp_path / "enc" / "cases.slstore"
    encrypt_store(path, target, PASSPHRASE)
    assert is_encrypted(target) and not is_encrypted(path)
    assert _files_mentioning_marker(target.parent) == []
    with open_store(target, passphrase=PASSPHRASE) as store:
        assert store.load_people() == expected
        assert store.schema_version == version
        assert [n.text for n in store.list_notes(MARKER_ID)] == ["a note"]
        assert store.audit_actions()[-1:] != [] and "store_encrypted" in store.audit_actions()
        assert store.verify_audit() == []
        names = {r[0] for r in store._conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"audit_log_no_update", "audit_log_no_delete"} <= names


def test_encrypt_in_place_leaves_no_plain_file_behind(plain_store, tmp_path):
    path = plain_store.path
    plain_store.close()
    encrypt_in_place(path, PASSPHRASE)
    assert is_encrypted(path)
    assert _files_mentioning_marker(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.slstore", "plain.slstore.lock"]
    with open_store(path, passphrase=PASSPHRASE) as store:
        assert store.get_person(MARKER_ID).first_name == MARKER_FIRST


def test_encrypting_an_open_store_is_refused(plain_store):
    with pytest.raises(StoreLocked):
        encrypt_in_place(plain_store.path, PASSPHRASE)


def test_a_second_opener_in_this_process_is_told_the_store_is_in_use(enc_store):
    with pytest.raises(StoreLocked, match="already open in this Second Look window"):
        open_store(enc_store.path, passphrase=PASSPHRASE)


def test_the_instance_lock_is_released_on_close(enc_path):
    open_store(enc_path, passphrase=PASSPHRASE).close()
    open_store(enc_path, passphrase=PASSPHRASE).close()


_HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from eligibility.store.crypto import open_store
store = open_store({path!r}, passphrase={passphrase!r})
print("open", flush=True)
time.sleep(60)
"""


def test_another_process_gets_store_locked_until_the_holder_dies(enc_path):
    root = str(Path(__file__).resolve().parents[2])
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER.format(root=root, path=str(enc_path),
                                                                    passphrase=PASSPHRASE)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked, match=f"process {holder.pid}"):
            open_store(enc_path, passphrase=PASSPHRASE)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    # a crash frees the lock: no stale lock file to delete by hand
    with open_store(enc_path, passphrase=PASSPHRASE) as store:
        assert store.count_people() == 1


def test_a_plain_sqlite_connection_cannot_read_the_encrypted_store(enc_path):
    conn = sqlite3.connect(enc_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM people").fetchone()
    conn.close()


def test_an_encrypted_store_is_created_owner_only_even_with_a_permissive_umask(tmp_path):
    old = os.umask(0)
    try:
        store = create_store(tmp_path / "u.slstore", passphrase=PASSPHRASE)
        store.import_people(people(20))
        modes = {p.name: oct(p.stat().st_mode & 0o777) for p in tmp_path.iterdir()}
        store.close()
    finally:
        os.umask(old)
    assert set(modes) >= {"u.slstore", "u.slstore-wal", "u.slstore-shm", "u.slstore.lock"}
    assert set(modes.values()) == {"0o600"}, modes


def test_an_empty_file_from_an_interrupted_creation_is_not_opened_as_a_plain_store(tmp_path):
    path = tmp_path / "cases.slstore"
    path.touch(mode=0o600)
    with pytest.raises(NotAStore, match="creation was interrupted"):
        open_store(path, passphrase=PASSPHRASE)
    assert path.stat().st_size == 0  # nothing was written into it
