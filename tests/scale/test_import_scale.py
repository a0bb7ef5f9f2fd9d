"""Import at small scale over the benchmark's path: CSV → intake → one-transaction store import."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

from eligibility.intake.export import write_canonical
from eligibility.operations import import_files
from eligibility.records import Person
from eligibility.store import AuditFilter, Store
from tests.scale.scale_helpers import AS_OF, SCALE_PEOPLE, Roster


def _by_id(people: list[Person]) -> list[Person]:
    return sorted(people, key=lambda p: p.person_id)


def test_a_first_import_stores_every_person_and_conduct_entry_once(roster: Roster, tmp_path: Path) -> None:
    with Store.create(tmp_path / "s.slstore") as store:
        result = import_files(store, roster.roster_csv, roster.conduct_csv, today=AS_OF)
        assert result.report.errors == []
        assert result.outcome is not None
        assert (result.outcome.created, result.outcome.updated, result.outcome.unchanged) == (SCALE_PEOPLE, 0, 0)
        assert result.outcome.conduct_added == roster.conduct_rows
        assert store.count_people() == SCALE_PEOPLE
        assert store.conduct_count() == roster.conduct_rows
        imports = store.audit_entries(AuditFilter(action="import"))
        assert [e.details["created"] for e in imports] == [SCALE_PEOPLE]


def test_a_first_import_takes_the_bulk_path_the_benchmark_measures(roster: Roster, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """Indexes built after the rows and CHECKs tested in Python, as at 100,000 people; same outcome."""
    taken: list[bool] = []
    real = Store._write_import_deferring

    def spy(self, *args, **kwargs):
        taken.append(self._conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_write_import_deferring", spy)
    with Store.create(tmp_path / "s.slstore") as store:
        result = import_files(store, roster.roster_csv, roster.conduct_csv, today=AS_OF)
        assert taken == [True]
        assert result.outcome is not None and result.outcome.conduct_added == roster.conduct_rows
        assert store.integrity_check() == []
        assert store._conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
        names = {r[0] for r in store._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"conduct_identity", "people_name", "people_jurisdiction"} <= names
        assert _by_id(store.load_people()) == _by_id(roster.people)


def test_the_store_gives_back_exactly_the_people_of_the_roster(roster: Roster, template_store: Path) -> None:
    with Store.open(template_store) as store:
        loaded = store.load_people()
        streamed = list(store.iter_people())
    assert _by_id(loaded) == _by_id(roster.people)
    assert streamed == loaded


def test_importing_the_same_files_again_changes_and_duplicates_nothing(roster: Roster, store_copy: Path) -> None:
    with Store.open(store_copy) as store:
        before_conduct = store.conduct_count()
        result = import_files(store, roster.roster_csv, roster.conduct_csv, today=AS_OF)
        assert result.outcome is not None
        assert (result.outcome.created, result.outcome.updated, result.outcome.unchanged) == (0, 0, SCALE_PEOPLE)
        assert result.outcome.conduct_added == 0
        assert store.conduct_count() == before_conduct
        assert store.audit_entries(AuditFilter(action="person_updated")) == []


def test_a_second_roster_adds_new_people_and_updates_only_those_whose_facts_changed(roster: Roster,
                                                                                     tmp_path: Path) -> None:
    half = roster.people[:SCALE_PEOPLE // 2]
    edited_ids = {p.person_id for p in half[::100]}  # 10 people
    second = [dataclasses.replace(p, county=p.county + " (edited)") if p.person_id in edited_ids else p
              for p in roster.people]
    first_files = (tmp_path / "first-roster.csv", tmp_path / "first-conduct.csv")
    second_files = (tmp_path / "second-roster.csv", tmp_path / "second-conduct.csv")
    write_canonical(half, roster=first_files[0], conduct=first_files[1])
    write_canonical(second, roster=second_files[0], conduct=second_files[1])
    with Store.create(tmp_path / "s.slstore") as store:
        import_files(store, *first_files, today=AS_OF)
        result = import_files(store, *second_files, today=AS_OF)
        assert result.outcome is not None
        assert result.outcome.created == SCALE_PEOPLE - len(half)
        assert result.outcome.updated == len(edited_ids)
        assert result.outcome.unchanged == len(half) - len(edited_ids)
        assert store.conduct_count() == roster.conduct_rows
        updated = store.audit_entries(AuditFilter(action="person_updated"))
        assert {e.entity_id for e in updated} == edited_ids
        old_county = {p.person_id: p.county for p in half}
        assert all(e.details["fields"] == {"county": [old_county[e.entity_id], old_county[e.entity_id] + " (edited)"]}
                   for e in updated)
        assert _by_id(store.load_people()) == _by_id(second)


def test_loading_everyone_orders_each_record_by_date_then_entry_order(tmp_path: Path) -> None:
    from datetime import date

    from eligibility.records import ConductEntry, ConductKind, Jurisdiction, SentenceType

    d1, d2 = date(2001, 5, 1), date(2003, 7, 9)
    entries = tuple(ConductEntry("ORD1", d, ConductKind.PROGRAM, None, None, text)
                    for d, text in ((d2, "first on d2"), (d1, "first on d1"), (d2, "second on d2"),
                                    (d1, "second on d1")))
    person = Person("ORD1", "Order", "Test", date(1970, 1, 1), Jurisdiction.CA, date(1999, 1, 1),
                    date(1999, 1, 2), SentenceType.LIFE, min_term_years=25, conduct=entries)
    with Store.create(tmp_path / "s.slstore") as store:
        store.save_person(person)
        loaded = store.load_people()[0].conduct
        assert [e.description for e in loaded] == ["first on d1", "second on d1", "first on d2", "second on d2"]
        assert loaded == store.get_person("ORD1").conduct == next(iter(store.iter_people())).conduct


def test_import_progress_is_passed_on_sparingly_and_always_ends_each_half(roster: Roster, tmp_path: Path,
                                                                          monkeypatch) -> None:
    from eligibility import operations

    clock = iter(range(0, 10**9, 7))  # 7 ms between any two reports the intake or store make
    monkeypatch.setattr(operations.time, "monotonic", lambda: next(clock) / 1000)
    calls: list[tuple[int, int]] = []
    with Store.create(tmp_path / "s.slstore") as store:
        import_files(store, roster.roster_csv, roster.conduct_csv, today=AS_OF,
                     progress=lambda done, total: calls.append((done, total)))
    total = 2 * (SCALE_PEOPLE + roster.conduct_rows)
    reading = [d for d, t in calls if t == total]
    assert reading[-1] == total // 2 and reading == sorted(reading)  # the read half ends at 50%
    assert calls[-1] == (2 * SCALE_PEOPLE, 2 * SCALE_PEOPLE)  # the write half ends at 100%
    offered = (SCALE_PEOPLE + roster.conduct_rows) // 2000 + 1  # the intake reports every 2,000 rows
    assert 2 <= len(reading) <= offered // (100 // 7) + 2


def test_sparing_progress_passes_the_first_the_last_and_one_each_interval(monkeypatch) -> None:
    from eligibility import operations

    now = [0.0]
    monkeypatch.setattr(operations.time, "monotonic", lambda: now[0])
    got: list[tuple[int, int]] = []
    report = operations._sparing(lambda d, t: got.append((d, t)))
    for step in range(1, 101):
        now[0] = step * 0.03
        report(step, 100, step == 100)
    assert got[0] == (1, 100) and got[-1] == (100, 100)
    assert all(b[0] - a[0] >= 3 for a, b in itertools.pairwise(got[:-1]))  # 0.1 s apart, 0.03 s a step
    operations._sparing(None)(1, 2, True)  # no callback: nothing to do, no error
