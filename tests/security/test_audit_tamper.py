"""The audit trail resists editing: triggers refuse it, and the hash chain shows it when triggers are bypassed."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from eligibility.store.crypto import _keyed_connection, open_store
from tests.security.factory import MARKER_ID, PASSPHRASE, marker_person


def _raw(path: Path) -> sqlcipher3.Connection:
    """What someone with the passphrase and another SQLite tool could do, bypassing Second Look."""
    return _keyed_connection(path, PASSPHRASE)


@pytest.fixture
def audited_path(enc_path: Path) -> Path:
    from dataclasses import replace

    with open_store(enc_path, passphrase=PASSPHRASE, staff="A. Advocate") as store:
        store.save_person(replace(marker_person(), county="Kern"))
        store.add_note(MARKER_ID, "called the family")
        store.record_event("export", details={"rows": 1})
        assert store.verify_audit() == []
    return enc_path


def test_the_triggers_refuse_edits_and_deletes(audited_path):
    conn = _raw(audited_path)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET staff = 'someone else' WHERE id = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.close()


def test_an_edited_entry_fails_verification(audited_path):
    conn = _raw(audited_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("""UPDATE audit_log SET details = '{"fields":{}}' WHERE action = 'person_updated'""")
    edited = conn.execute("SELECT id FROM audit_log WHERE action = 'person_updated'").fetchone()[0]
    conn.commit()
    conn.close()
    with open_store(audited_path, passphrase=PASSPHRASE) as store:
        problems = store.verify_audit()
    assert [(p.entry_id, p.problem) for p in problems] == [
        (edited, "its contents were changed after it was written")]


def test_an_edited_entry_with_a_recomputed_hash_breaks_the_next_link(audited_path):
    from eligibility.store import audit

    conn = _raw(audited_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    row = conn.execute("SELECT id, at, os_user, staff, action, entity, entity_id, details, prev_hash FROM audit_log "
                       "WHERE action = 'note_added'").fetchone()
    forged = audit.entry_hash(prev_hash=row[8], at=row[1], os_user=row[2], staff="nobody", action=row[4],
                              entity=row[5], entity_id=row[6], details=row[7])
    conn.execute("UPDATE audit_log SET staff = 'nobody', hash = ? WHERE id = ?", (forged, row[0]))
    conn.commit()
    conn.close()
    with open_store(audited_path, passphrase=PASSPHRASE) as store:
        problems = store.verify_audit()
    assert [p.entry_id for p in problems] == [row[0] + 1]
    assert "does not follow" in problems[0].problem


def test_a_removed_entry_fails_verification(audited_path):
    conn = _raw(audited_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.commit()
    conn.close()
    with open_store(audited_path, passphrase=PASSPHRASE) as store:
        problems = store.verify_audit()
    assert [p.entry_id for p in problems] == [4, 4]
    assert "entries 3–3 are missing" in problems[0].problem


def test_every_entry_records_who_and_when(audited_path):
    with open_store(audited_path, passphrase=PASSPHRASE, staff="B. Clerk") as store:
        store.record_event("audit_viewed")
        entries = store.audit_entries()
    assert [e.action for e in entries][-4:] == ["person_updated", "note_added", "export", "audit_viewed"]
    assert entries[-1].staff == "B. Clerk" and entries[-1].os_user
    updated = next(e for e in entries if e.action == "person_updated")
    assert updated.details["fields"]["county"] == ["Los Angeles", "Kern"]
    assert updated.staff == "A. Advocate" and updated.at.tzinfo is not None
