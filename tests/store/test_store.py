from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import replace
from datetime import date

import pytest

from eligibility.records import ConductEntry, ConductKind, CustodyBreak, Determination, Status
from eligibility.store import (
    SCHEMA_VERSION,
    Cancelled,
    NotAStore,
    RecordNotFound,
    Store,
    StoreError,
    StoreTooNew,
)
from tests.store.conftest import make_person


def test_new_store_has_current_schema_and_pragmas(store):
    assert store.schema_version == SCHEMA_VERSION
    conn = store._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.integrity_check() == []


def test_store_file_is_owner_only(tmp_path):
    path = tmp_path / "private.slstore"
    s = Store.create(path)
    s.import_people([make_person()])
    for p in tmp_path.iterdir():
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600, p
    s.close()


def test_migrations_from_an_empty_file(tmp_path):
    path = tmp_path / "empty.slstore"
    path.touch()
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.count_people() == 0
    # opening again applies nothing and keeps the data
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION


def test_partial_schema_is_migrated_forward(tmp_path):
    from sqlite_utils import Database

    from eligibility.store.schema import migrations

    path = tmp_path / "old.slstore"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="0002_case_list_indexes")
    db.execute("PRAGMA user_version = 1")
    db.close()
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        names = {r[0] for r in s._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "people_name" in names


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.slstore"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreTooNew, match="newer version"):
        Store.open(path)


def test_foreign_sqlite_and_garbage_files_are_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAStore):
        Store.open(other)
    junk = tmp_path / "junk.slstore"
    junk.write_bytes(b"\x00\x01binary junk" * 100)
    with pytest.raises(NotAStore):
        Store.open(junk)


def test_missing_store_is_a_plain_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "nope.slstore")


def test_round_trip_person(store, person):
    store.import_people([person])
    assert store.get_person(person.person_id) == person
    assert store.load_people() == [person]


def test_get_missing_person_raises_own_error(store):
    with pytest.raises(RecordNotFound, match="No person with ID"):
        store.get_person("ZZ9999")


def test_reimport_updates_facts_keeps_notes_and_never_duplicates(store, person):
    store.import_people([person])
    store.add_note(person.person_id, "Client called about hearing.", author="paralegal")
    again = store.import_people([person])
    assert (again.created, again.updated, again.unchanged, again.conduct_added) == (0, 0, 1, 0)
    assert store.conduct_count() == 2

    changed = replace(person, county="Kern", custody_breaks=())
    out = store.import_people([changed])
    assert (out.created, out.updated) == (0, 1)
    got = store.get_person(person.person_id)
    assert got.county == "Kern" and got.custody_breaks == ()
    assert [n.text for n in store.list_notes(person.person_id)] == ["Client called about hearing."]
    assert store.count_people() == 1
    updates = [e for e in store.audit_entries() if e.action == "person_updated"]
    assert updates[-1].details["fields"] == {"county": ["Los Angeles", "Kern"]}
    assert updates[-1].details["custody_breaks"] == [[["1995-08-01", "1995-09-01"]], []]


def test_import_is_one_transaction(store, person):
    store.import_people([person])
    others = [make_person(f"CD{i:04d}") for i in range(20)]
    bad = make_person("EF0001", custody_breaks=(CustodyBreak(date(2000, 1, 2), date(2000, 1, 1)),))
    with pytest.raises(StoreError):
        store.import_people(others + [bad])
    assert store.person_ids() == {person.person_id}


def test_cancelled_import_leaves_store_as_it_was(store):
    people = [make_person(f"CD{i:04d}") for i in range(30)]
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        store.import_people(people, chunk=10, cancelled=cancelled)
    assert store.count_people() == 0
    assert [e.action for e in store.audit_entries()] == ["store_created"]


def test_import_reports_progress(store):
    people = [make_person(f"CD{i:04d}") for i in range(25)]
    seen = []
    store.import_people(people, chunk=10, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(10, 25), (20, 25), (25, 25)]


def test_extra_conduct_for_people_already_stored(store, person):
    store.import_people([person])
    entry = ConductEntry(person.person_id, date(2020, 2, 2), ConductKind.LAUDATORY, description="work supervisor")
    out = store.import_people([], extra_conduct=[entry, entry])
    assert out.conduct_added == 1
    assert entry in store.get_person(person.person_id).conduct


def test_save_person_replaces_conduct_and_audits_diff(store, person):
    store.save_person(person)
    edited = replace(person, first_name="Thị", conduct=person.conduct[:1])
    store.save_person(edited)
    assert store.get_person(person.person_id) == edited
    entry = store.audit_entries()[-1]
    assert entry.action == "person_updated"
    assert entry.details["fields"] == {"first_name": ["Thi", "Thị"]}
    assert len(entry.details["conduct"]["removed"]) == 1


def test_delete_person_cascades(store, person):
    store.import_people([person])
    store.add_note(person.person_id, "note")
    store.delete_person(person.person_id)
    assert store.count_people() == 0
    assert store.conduct_count() == 0
    with pytest.raises(RecordNotFound):
        store.delete_person(person.person_id)


def test_determinations_saved_with_pack_and_as_of(store, person):
    store.import_people([person])
    det = Determination(person.person_id, "ca-elderly-parole", Status.NOT_YET, date(2030, 3, 15),
                        "2026.11.1", date(2026, 11, 27))
    assert store.save_determinations([det], pack_ids={"ca-elderly-parole": "ca-elderly-parole"}) == 1
    stored = store.get_determinations(person.person_id)
    assert [s.determination for s in stored] == [det]
    assert stored[0].pack_id == "ca-elderly-parole"
    assert store.determination_index()[person.person_id] == [("ca-elderly-parole", Status.NOT_YET, date(2030, 3, 15))]
    row = store._conn.execute("SELECT pack_version, as_of FROM determinations").fetchone()
    assert row == ("2026.11.1", "2026-11-27")


def test_audit_chain_verifies_and_detects_tampering(store, person):
    store.import_people([person])
    store.add_note(person.person_id, "first")
    assert store.verify_audit() == []
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store._conn.execute("UPDATE audit_log SET staff = 'x'")
    store._conn.execute("DROP TRIGGER audit_log_no_update")
    store._conn.execute("UPDATE audit_log SET details = '{}' WHERE id = 2")
    store._conn.commit()
    problems = store.verify_audit()
    assert [p.entry_id for p in problems] == [2]


def test_audit_detects_removed_entry(store, person):
    store.import_people([person])
    store.add_note(person.person_id, "a")
    store.add_note(person.person_id, "b")
    store._conn.execute("DROP TRIGGER audit_log_no_delete")
    store._conn.execute("DELETE FROM audit_log WHERE id = 2")
    store._conn.commit()
    problems = store.verify_audit()
    assert problems and problems[0].entry_id == 3
    assert "missing" in str(problems[0])


def test_documents_and_exhibits(store, person):
    store.import_people([person])
    ex = store.add_exhibit(person.person_id, title="GED certificate", file_path="/x/ged.pdf", sha256="ab" * 32)
    store.add_exhibit(person.person_id, title="Chrono", file_path="/x/c.pdf", sha256="cd" * 32)
    assert [e.title for e in store.list_exhibits(person.person_id)] == ["GED certificate", "Chrono"]
    store.remove_exhibit(ex.id)
    assert [e.position for e in store.list_exhibits(person.person_id)] == [2]
    doc = store.record_document(person_id=person.person_id, kind="ca-1172.1", file_path="/x/m.pdf",
                                sha256="ef" * 32, pages=9, pack_version="2026.11.1")
    assert store.list_documents(person.person_id) == [doc]
    assert store.audit_entries()[-1].action == "document_generated"


def test_notes_crud(store, person):
    store.import_people([person])
    note = store.add_note(person.person_id, "first", author="A")
    store.update_note(note.note_id, "changed")
    assert store.list_notes(person.person_id)[0].text == "changed"
    store.delete_note(note.note_id)
    assert store.list_notes(person.person_id) == []
    with pytest.raises(StoreError):
        store.add_note(person.person_id, "   ")


def test_reorder_exhibits_in_one_transaction(store, person):
    store.import_people([person])
    ids = [store.add_exhibit(person.person_id, title=t, file_path=f"/x/{t}.pdf", sha256="ab" * 32).id
           for t in ("A", "B", "C")]
    store.reorder_exhibits(person.person_id, [ids[2], ids[0], ids[1]])
    assert [e.title for e in store.list_exhibits(person.person_id)] == ["C", "A", "B"]
    assert store.audit_entries()[-1].details == {"order": [3, 1, 2]}
    with pytest.raises(StoreError, match="changed"):
        store.reorder_exhibits(person.person_id, ids[:2])
    assert [e.title for e in store.list_exhibits(person.person_id)] == ["C", "A", "B"]


def test_stored_determinations_keep_criterion_labels(store, person):
    from eligibility.records import CriterionResult

    store.import_people([person])
    crit = CriterionResult("age", False, "age 46 on 2026-11-27; needs 50", "Cal. Penal Code § 3055(a)",
                           label="Age 50 or older", met_on=date(2030, 3, 15))
    det = Determination(person.person_id, "ca-elderly-parole", Status.NOT_YET, date(2030, 3, 15), "2026.11.1",
                        date(2026, 11, 27), criteria=(crit,))
    store.save_determinations([det])
    assert store.get_determinations(person.person_id)[0].determination.criteria == (crit,)


def test_case_list_index_read_uses_the_covering_index(store):
    plan = store._conn.execute("EXPLAIN QUERY PLAN SELECT person_id, program, status, eligible_on "
                               "FROM determinations").fetchall()
    assert "COVERING INDEX determinations_case_list" in " ".join(str(r[-1]) for r in plan)
