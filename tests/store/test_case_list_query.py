"""The case list read from its columns (``store.case_list.case_rows``) gives exactly the rows that
``workspace.build_rows`` makes from full records: on the demo store, on a generated roster with custody
breaks and 29 February dates, and on random people and results (hypothesis)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility.dates import LeapDayRule
from eligibility.gcpause import collector_paused
from eligibility.records import CustodyBreak, Determination, Jurisdiction, Person, SentenceType, Status
from eligibility.store import Store
from eligibility.store.case_list import case_rows
from eligibility.workspace import CaseRow, RulesEngine, build_rows, create_demo_store, evaluate_everyone

TODAY = date(2026, 12, 1)
# Around 29 February in a leap year and in common years, and a month end.
AS_OF_DATES = (TODAY, date(2027, 2, 28), date(2027, 3, 1), date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1),
               date(2026, 1, 31))


def reference_rows(store: Store, *, as_of: date, leap: LeapDayRule) -> list[CaseRow]:
    with collector_paused():
        return build_rows(store.load_people(), store.determination_index(), as_of=as_of, leap=leap)


def assert_same_rows(store: Store, *, as_of: date, leap: LeapDayRule) -> list[CaseRow]:
    rows = case_rows(store, as_of=as_of, leap=leap)
    expected = reference_rows(store, as_of=as_of, leap=leap)
    assert [r.person_id for r in rows] == [r.person_id for r in expected]
    for got, want in zip(rows, expected, strict=True):
        assert got == want, got.person_id
    return rows


@pytest.fixture(scope="module")
def engine() -> RulesEngine:
    return RulesEngine(include_user_dir=False)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory, engine: RulesEngine):
    store = create_demo_store(tmp_path_factory.mktemp("demo") / "demo.slstore", today=TODAY)
    evaluate_everyone(store, engine, as_of=TODAY)
    yield store
    store.close()


LEAP_CUSTODY = (date(2000, 2, 29), date(2001, 1, 31), date(2003, 3, 31), date(2005, 8, 30), date(2002, 12, 29),
                date(2001, 2, 28), date(2004, 2, 29))


def _leap_variants(people: list[Person]) -> list[Person]:
    """Copies of some generated people born on 29 February, with custody starting on 29 February or a
    month end, half of them with two custody breaks."""
    out = []
    for i, p in enumerate(people[:60]):
        pid = f"ZZ{i:04d}"
        born = 1960 + 4 * (i % 5)  # leap years, and so is 20 years later
        custody = LEAP_CUSTODY[i % len(LEAP_CUSTODY)]
        breaks: tuple[CustodyBreak, ...] = ()
        if i % 2:
            first_out = custody + timedelta(days=400)
            breaks = (CustodyBreak(first_out, first_out + timedelta(days=31 * (1 + i % 7))),
                      CustodyBreak(custody + timedelta(days=2000), custody + timedelta(days=2059)))
        offense = date(born + 20, 2, 29) if i % 2 else date(born + 21, 3, 1)
        out.append(dataclasses.replace(
            p, person_id=pid, date_of_birth=date(born, 2, 29), offense_date=offense, custody_start=custody,
            custody_breaks=breaks, conduct=tuple(dataclasses.replace(c, person_id=pid) for c in p.conduct)))
    return out


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory: pytest.TempPathFactory, engine: RulesEngine):
    from eligibility.demo import generate_people

    people = generate_people(400, seed=11, as_of=TODAY)
    people += _leap_variants(people)
    store = Store.create(tmp_path_factory.mktemp("generated") / "generated.slstore")
    store.import_people(people)
    evaluate_everyone(store, engine, as_of=TODAY)
    # Added later (as the CLI would): no results yet, so the window must see them as not evaluated.
    late = [dataclasses.replace(p, person_id=f"LT{i:03d}", conduct=()) for i, p in enumerate(people[:5])]
    store.import_people(late)
    yield store
    store.close()


@pytest.mark.parametrize("leap", list(LeapDayRule))
@pytest.mark.parametrize("as_of", AS_OF_DATES)
def test_the_demo_store_gives_the_rows_build_rows_gives(demo_store: Store, as_of: date, leap: LeapDayRule) -> None:
    rows = assert_same_rows(demo_store, as_of=as_of, leap=leap)
    assert rows and all(r.statuses for r in rows)


@pytest.mark.parametrize("leap", list(LeapDayRule))
@pytest.mark.parametrize("as_of", AS_OF_DATES)
def test_a_generated_roster_with_breaks_and_leap_days_gives_the_same_rows(generated_store: Store, as_of: date,
                                                                           leap: LeapDayRule) -> None:
    rows = assert_same_rows(generated_store, as_of=as_of, leap=leap)
    by_id = {r.person_id: r for r in rows}
    assert sum(1 for r in rows if r.person_id.startswith("ZZ")) == 60
    assert all(not by_id[f"LT{i:03d}"].statuses and by_id[f"LT{i:03d}"].best is None for i in range(5))


def test_the_leap_day_rule_changes_a_29_february_birthday_row(generated_store: Store) -> None:
    """Not only equal to the reference: the convention reaches the row (28 Feb 2027 is a birthday or not)."""
    march = {r.person_id: r.age for r in case_rows(generated_store, as_of=date(2027, 2, 28), leap=LeapDayRule.MARCH_1)}
    feb = {r.person_id: r.age for r in case_rows(generated_store, as_of=date(2027, 2, 28), leap=LeapDayRule.FEB_28)}
    leaplings = [pid for pid in march if pid.startswith("ZZ")]
    assert leaplings and all(feb[pid] == march[pid] + 1 for pid in leaplings)


def test_an_empty_store_has_no_rows() -> None:
    with Store.memory() as store:
        assert case_rows(store, as_of=TODAY) == []


def test_a_result_with_an_unknown_status_is_refused_as_loading_it_would_be() -> None:
    with Store.memory() as store:
        store.import_people([_person("AA0001", date(1970, 1, 1), date(1990, 1, 1))])
        store.save_determinations([Determination("AA0001", "p", Status.ELIGIBLE, None, "1", TODAY)])
        store._conn.execute("UPDATE determinations SET status = 'maybe'")
        with pytest.raises(ValueError):
            case_rows(store, as_of=TODAY)


# ---- random people and results ----------------------------------------------------------------------------
def _person(pid: str, dob: date, custody: date) -> Person:
    return Person(pid, "Ordóñez", "Zoë", dob, Jurisdiction.DC, custody - timedelta(days=3), custody,
                  SentenceType.DETERMINATE, term_years=30)


days = st.dates(min_value=date(1940, 1, 1), max_value=date(2040, 12, 31))
leap_days = st.sampled_from([date(y, 2, 29) for y in range(1944, 2041, 4)])
any_day = days | leap_days | st.sampled_from([date(2001, 1, 31), date(2003, 3, 31), date(2005, 8, 30)])
# Programs that are prefixes of one another, to check the tie between equal results is broken as Python's.
programs = st.sampled_from(["p", "p-x", "px", "ca-youth-parole", "ca-elderly-parole", "z"])
results = st.lists(st.tuples(programs, st.sampled_from(list(Status)),
                             st.none() | any_day | st.just(date.max)), max_size=6,
                   unique_by=lambda t: t[0])


@st.composite
def people_with_results(draw: st.DrawFn) -> list[tuple[Person, list[tuple[str, Status, date | None]]]]:
    out = []
    for i in range(draw(st.integers(1, 5))):
        custody = draw(any_day)
        breaks: list[CustodyBreak] = []
        start = custody
        for _ in range(draw(st.integers(0, 2))):
            start = start + timedelta(days=draw(st.integers(1, 3000)))
            end = start + timedelta(days=draw(st.integers(1, 900)))
            breaks.append(CustodyBreak(start, end))
            start = end
        person = dataclasses.replace(_person(f"P{i:02d}", draw(any_day), custody),
                                     offense_date=draw(any_day), custody_breaks=tuple(breaks))
        out.append((person, draw(results)))
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases=people_with_results(), as_of=any_day, leap=st.sampled_from(list(LeapDayRule)))
def test_random_people_and_results_give_the_same_rows(cases, as_of: date, leap: LeapDayRule) -> None:
    with Store.memory() as store:
        store.import_people([p for p, _ in cases])
        store.save_determinations([Determination(p.person_id, program, status, on, "1", as_of)
                                   for p, entries in cases for program, status, on in entries])
        assert_same_rows(store, as_of=as_of, leap=leap)
