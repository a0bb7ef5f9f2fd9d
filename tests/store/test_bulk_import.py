"""A big first import builds its indexes after the rows: the store must end exactly as the row-by-row way."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from eligibility.records import ConductEntry, ConductKind, Division
from eligibility.store import Cancelled, Store, StoreError
from eligibility.store import store as store_module

from .conftest import make_person

INDEXES = store_module._DEFERRED_INDEXES


def _people(n: int = 40) -> list:
    people = []
    for i in range(n):
        pid = f"CD{i:04d}"
        conduct = tuple(ConductEntry(pid, date(2001 + k, 5, 4), ConductKind.SERIOUS_RVR, Division.B, k % 2 == 0,
                                     f"entry {k}") for k in range(i % 4))
        people.append(make_person(pid, last_name=f"Name{(i * 7) % n}", conduct=conduct))
    return people


def _contents(path: Path) -> dict[str, list]:
    """Every row of the tables an import writes, with ids, in id order; and the indexes' SQL."""
    conn = sqlite3.connect(path)
    try:
        out = {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
               for table in ("people", "sentences", "custody_breaks", "conduct")}
        out["people"] = [r[:-2] for r in out["people"]]  # created_at, updated_at: the clock
        out["indexes"] = sorted(conn.execute("SELECT name, tbl_name, sql FROM sqlite_master "
                                             "WHERE type = 'index'").fetchall(), key=str)
        out["audit"] = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")]
        return out
    finally:
        conn.close()


WRITES: list[str] = []  # which write paths the last import took, in order


@pytest.fixture(autouse=True)
def _spy_on_write_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_write_import", "_write_import_deferring"):
        real = getattr(Store, name)

        def spy(self, *args, _real=real, _name=name, **kw):
            WRITES.append(_name)
            return _real(self, *args, **kw)

        monkeypatch.setattr(Store, name, spy)


def _import(path: Path, people, *, defer: bool, monkeypatch: pytest.MonkeyPatch, **kwargs):
    monkeypatch.setattr(store_module, "_DEFER_INDEXES_FROM", 1 if defer else 10**12)
    WRITES.clear()
    with Store.create(path) as store:
        return store.import_people(people, **kwargs)


def test_a_first_import_with_indexes_built_after_the_rows_stores_the_same(tmp_path, monkeypatch) -> None:
    people = _people()
    extra: list[ConductEntry] = []
    deferred = _import(tmp_path / "a.slstore", people, defer=True, monkeypatch=monkeypatch, chunk=7)
    assert WRITES == ["_write_import_deferring", "_write_import"]
    plain = _import(tmp_path / "b.slstore", people, defer=False, monkeypatch=monkeypatch, chunk=7,
                    extra_conduct=extra)
    assert deferred == plain
    assert deferred.conduct_added == sum(len(p.conduct) for p in people) > 0
    a, b = _contents(tmp_path / "a.slstore"), _contents(tmp_path / "b.slstore")
    assert a == b
    assert {name for name, _, _ in a["indexes"]} >= set(INDEXES)


def test_repeated_entries_in_a_deferred_import_are_still_kept_once(tmp_path, monkeypatch) -> None:
    people = _people()
    twice = dataclasses.replace(people[3], conduct=people[3].conduct + people[3].conduct[:1])
    people[3] = twice
    deferred = _import(tmp_path / "a.slstore", people, defer=True, monkeypatch=monkeypatch)
    # Written once without the index, which then could not be built, and once again with it.
    assert WRITES == ["_write_import_deferring", "_write_import", "_write_import"]
    plain = _import(tmp_path / "b.slstore", people, defer=False, monkeypatch=monkeypatch)
    assert WRITES == ["_write_import"]
    assert deferred == plain
    assert deferred.conduct_added == sum(len(p.conduct) for p in people) - 1
    assert _contents(tmp_path / "a.slstore") == _contents(tmp_path / "b.slstore")


def test_reimporting_into_a_deferred_store_adds_nothing(tmp_path, monkeypatch) -> None:
    people = _people()
    _import(tmp_path / "a.slstore", people, defer=True, monkeypatch=monkeypatch)
    with Store.open(tmp_path / "a.slstore") as store:
        again = store.import_people(people)
        assert (again.created, again.updated, again.unchanged, again.conduct_added) == (0, 0, len(people), 0)
        with pytest.raises(StoreError, match="refused"), store._transaction():  # the unique index holds
            store._conn.execute("INSERT INTO conduct(person_id, date, kind, division, violent, description) "
                                "SELECT person_id, date, kind, division, violent, description FROM conduct "
                                "LIMIT 1")


def test_a_cancelled_or_failed_deferred_import_leaves_rows_and_indexes_as_they_were(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "_DEFER_INDEXES_FROM", 1)
    path = tmp_path / "a.slstore"
    Store.create(path).close()
    before = _contents(path)
    calls: list[int] = []
    with Store.open(path) as store:
        with pytest.raises(Cancelled):
            store.import_people(_people(), chunk=10, cancelled=lambda: calls.append(1) or len(calls) > 2)
        bad = make_person("ZZ0001", conduct=(ConductEntry("NOBODY", date(2001, 1, 1), ConductKind.WORK),))
        with pytest.raises(StoreError):
            store.import_people(_people() + [bad])
    assert _contents(path) == before


def test_small_imports_and_imports_into_a_store_with_people_keep_their_indexes(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "_DEFER_INDEXES_FROM", 1)
    with Store.create(tmp_path / "a.slstore") as store:
        store.import_people(_people(5))
        assert store._indexes_to_defer(_people(10), []) == {}
    monkeypatch.setattr(store_module, "_DEFER_INDEXES_FROM", 1000)
    with Store.create(tmp_path / "b.slstore") as store:
        assert store._indexes_to_defer(_people(10), []) == {}
        assert set(store._indexes_to_defer(_people(10), [ConductEntry("X", date(2001, 1, 1),
                                                                      ConductKind.WORK)] * 1000)) == set(INDEXES)


def test_an_encrypted_store_takes_the_deferred_path_the_same(tmp_path, monkeypatch) -> None:
    from eligibility.store.crypto import connect_encrypted, create_store

    monkeypatch.setattr(store_module, "_DEFER_INDEXES_FROM", 1)
    passphrase = "correct horse battery staple 42"
    people = _people()
    create_store(tmp_path / "enc.slstore", passphrase=passphrase).close()
    with Store.open(tmp_path / "enc.slstore", connect=connect_encrypted(passphrase), encrypted=True) as store:
        WRITES.clear()
        out = store.import_people(people)
        assert WRITES == ["_write_import_deferring", "_write_import"]
        assert out.conduct_added == sum(len(p.conduct) for p in people)
        assert sorted(store.load_people(), key=lambda p: p.person_id) == people
        names = {r[0] for r in store._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert names >= set(INDEXES)
        assert store.integrity_check() == []
        again = store.import_people(people)
        assert again.conduct_added == 0


# ---- CHECK constraints tested in Python during a bulk first import -----------------------------------------
def test_every_check_of_the_import_tables_is_understood_and_matches_the_records(store) -> None:
    from eligibility.records import Jurisdiction, SentenceType

    checks = store_module._schema_checks(store._conn)
    assert checks is not None
    assert {t: [c.clause for c in cs] for t, cs in checks.items()} == {
        "people": ["jurisdiction IN ('CA', 'US', 'DC', 'MD')"],
        "sentences": ["sentence_type IN ('determinate', 'life', 'lwop', 'death')"],
        "custody_breaks": ['"end" > start'],
        "conduct": [("kind IN ('serious_rvr', 'administrative_rvr', 'counseling', 'laudatory', 'program', "
                     "'work')"), "violent IN (0, 1)"],
    }
    assert checks["people"][0].allowed == {j.value for j in Jurisdiction}
    assert checks["sentences"][0].allowed == {s.value for s in SentenceType}
    assert checks["conduct"][0].allowed == {k.value for k in ConductKind}
    assert checks["conduct"][1].allowed == {0, 1}


def test_a_check_of_another_form_leaves_checking_to_sqlite() -> None:
    conn = sqlite3.connect(":memory:")
    for table, columns in store_module._COLUMNS.items():
        extra = ", CHECK (length(person_id) < 20)" if table == "conduct" else ""
        conn.execute(f"CREATE TABLE {table} ({', '.join(columns)}{extra})")
    assert store_module._schema_checks(conn) is None
    conn.execute("DROP TABLE conduct")
    conn.execute(f"CREATE TABLE conduct ({', '.join(store_module._COLUMNS['conduct'])}, "
                 "CHECK (kind IN ('a', 'it''s', 3)))")
    checks = store_module._schema_checks(conn)
    assert checks is not None and checks["conduct"][0].allowed == {"a", "it's", 3}
    assert checks["people"] == []


@pytest.mark.parametrize("bad", ["jurisdiction", "sentence_type", "breaks", "kind", "violent"])
def test_a_value_the_schema_refuses_is_refused_in_a_bulk_import_too(tmp_path, monkeypatch, bad: str) -> None:
    people = _people()
    p = people[17]
    if bad == "jurisdiction":
        people[17] = dataclasses.replace(p, jurisdiction="TX")
    elif bad == "sentence_type":
        people[17] = dataclasses.replace(p, sentence_type="parole")
    elif bad == "breaks":
        people[17] = dataclasses.replace(p, custody_breaks=(type(p.custody_breaks[0])(date(2000, 1, 2),
                                                                                     date(2000, 1, 2)),))
    elif bad == "kind":
        people[17] = dataclasses.replace(p, conduct=(ConductEntry(p.person_id, date(2001, 1, 1), "nap"),))
    else:
        people[17] = dataclasses.replace(p, conduct=(ConductEntry(p.person_id, date(2001, 1, 1),
                                                                  ConductKind.WORK, violent=2),))
    path = tmp_path / "a.slstore"
    Store.create(path).close()
    before = _contents(path)
    monkeypatch.setattr(store_module, "_DEFER_INDEXES_FROM", 1)
    with Store.open(path) as store:
        WRITES.clear()
        with pytest.raises(StoreError, match="refused.*CHECK constraint failed"):
            store.import_people(people)
        assert WRITES[0] == "_write_import_deferring"
        assert store._conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
    assert _contents(path) == before


def test_after_a_bulk_import_sqlite_checks_again(tmp_path, monkeypatch) -> None:
    people = _people()
    _import(tmp_path / "a.slstore", people, defer=True, monkeypatch=monkeypatch)
    with Store.open(tmp_path / "a.slstore") as store:
        store.import_people(_people(3))  # the same statements as the import, prepared again
        assert store._conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
        with pytest.raises(StoreError, match="CHECK constraint failed"):
            store.save_person(dataclasses.replace(people[0], jurisdiction="TX"))
        with pytest.raises(StoreError, match="CHECK constraint failed"):
            store.import_people([make_person("NEW001", sentence_type="parole")])
