"""The written-out plans give exactly the determinations of the plans that call every compiled check.

``plan_code`` writes the time-driven criteria of each pack out as straight-line code for speed; the
compiled checks of ``compiler`` stay the reference. Both run here on the same people, packs, as-of dates
and 29 February conventions, and must agree field for field (reasons, figures, dates, statuses).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility.dates import LeapDayRule
from eligibility.demo import generate_people
from eligibility.records import (
    ConductEntry,
    ConductKind,
    CustodyBreak,
    Division,
    Flag,
    Jurisdiction,
    Person,
    SentenceType,
)
from eligibility.rules import evaluate, load_packs, parse_pack
from eligibility.rules.evaluator import forget_plans
from eligibility.rules.plan_code import compile_plan

AS_OF_DATES = (date(2026, 12, 1), date(2024, 2, 29), date(2023, 2, 28), date(2031, 3, 1))

# An office pack that puts the written-out kinds in every role they may take, behind `when` conditions and routes, with a
# share of the term that can be missing and a breaks confidence.
OFFICE_PACK = """
id = "test-written-out"
title = "Every written-out kind in every role"
jurisdiction = "all"
version = "1.0"
effective_date = 2026-01-01
kind = "office_policy"
summary = "test"

[[paths]]
id = "young"
name = "Young route"
when = { min_term_below = 20 }

[[paths]]
id = "rest"
name = "Other route"
when = { min_term_at_least = 20 }

[[criteria]]
id = "served_share"
kind = "time_served"
years = 10
or_term_percent = 50
breaks_confidence = "unconfirmed"
citation = "Test § 1"
confidence = "confirmed"

[[criteria]]
id = "old_enough"
kind = "age_on_date"
at_least = 70
when = { flags_any = ["aging_deterioration", "terminal_illness"] }
template = "age {age}; {years} or older on {on}{when}"
citation = "Test § 2"
confidence = "secondary"

[[criteria]]
id = "adult_offense_excluded"
kind = "age_at_offense"
at_least = 40
role = "exclude"
citation = "Test § 2a"
confidence = "confirmed"

[[criteria]]
id = "young_offense_review"
kind = "age_at_offense"
at_least = 25
role = "review"
when = { flags_none = ["tried_as_adult"] }
citation = "Test § 3"
confidence = "unconfirmed"

[[criteria]]
id = "continuous_young"
kind = "continuous_custody"
years = 12
path = "young"
template = "{served!s:>22} since {since}; needs {needed}{when}"
citation = "Test § 4"
confidence = "confirmed"

[[criteria]]
id = "group"
kind = "any_of"
label = "Group"
path = "rest"
template = "either [{members}] holds"
citation = "Test § 5"
confidence = "confirmed"

[[criteria.any]]
id = "m_share"
kind = "time_served"
months = 90
or_term_percent = 75
label = "served most of the term"

[[criteria.any]]
id = "m_offense"
kind = "age_at_offense"
below = 21
label = "under 21"

[[criteria.any]]
id = "m_continuous"
kind = "continuous_custody"
years = 30
label = "30 years continuous"

[[criteria]]
id = "group_spec"
kind = "any_of"
label = "Group with a format spec"
template = "{members!s:<40} (any one)"
citation = "Test § 5a"
confidence = "secondary"

[[criteria.any]]
id = "s_age"
kind = "age_on_date"
at_least = 55
label = "55 or older"

[[criteria.any]]
id = "s_served"
kind = "time_served"
years = 20
label = "20 years"

[[criteria]]
id = "window_review"
kind = "conduct_window"
years = 3
conduct_kinds = ["serious_rvr", "administrative_rvr"]
divisions = ["A-1", "B"]
citation = "Test § 6"
confidence = "confirmed"

[[criteria]]
id = "window_exclude"
kind = "conduct_window"
years = 2
violent = false
when = { sentence_type = ["life", "lwop"] }
citation = "Test § 7"
confidence = "confirmed"
"""


@pytest.fixture(scope="module")
def packs():
    shipped = load_packs(include_user_dir=False)
    return [*shipped, parse_pack(OFFICE_PACK, source=Path("test-written-out.toml"))]


def _written_out(packs) -> None:
    forget_plans(packs)


def _reference(packs) -> None:
    forget_plans(packs)
    for pack in packs:
        for sentence in SentenceType:
            criteria = pack.plans.get(sentence) or pack.criteria
            pack.steps[sentence] = compile_plan(criteria, pack=pack, name="reference", write_out=False)


def _both(person: Person, packs, as_of: date, leap: LeapDayRule):
    _written_out(packs)
    written = evaluate(person, packs, as_of, leap=leap)
    _reference(packs)
    reference = evaluate(person, packs, as_of, leap=leap)
    _written_out(packs)
    return written, reference


def test_written_out_plans_agree_with_the_checks_on_a_generated_roster(packs) -> None:
    people = generate_people(1500, seed=23, as_of=date(2026, 12, 1))
    compared = 0
    for as_of in AS_OF_DATES:
        for leap in LeapDayRule:
            _written_out(packs)
            written = [d for p in people for d in evaluate(p, packs, as_of, leap=leap)]
            _reference(packs)
            reference = [d for p in people for d in evaluate(p, packs, as_of, leap=leap)]
            _written_out(packs)
            assert written == reference
            compared += len(written)
    assert compared > 50_000  # every shipped program and the office pack, for each date and convention


days = st.dates(min_value=date(1930, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def people(draw) -> Person:
    dob = draw(st.one_of(days, st.sampled_from([date(1964, 2, 29), date(1988, 2, 29), date(2000, 2, 29)])))
    offense = dob + timedelta(days=draw(st.integers(min_value=12 * 365, max_value=60 * 365)))
    start = draw(st.one_of(
        st.just(offense + timedelta(days=draw(st.integers(min_value=0, max_value=900)))),
        st.sampled_from([date(1996, 2, 29), date(2003, 1, 31), date(2008, 8, 31), date(2012, 2, 29)])))
    breaks = []
    cursor = start
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        out = cursor + timedelta(days=draw(st.integers(min_value=30, max_value=4000)))
        back = out + timedelta(days=draw(st.integers(min_value=1, max_value=800)))
        breaks.append(CustodyBreak(out, back))
        cursor = back
    conduct = tuple(sorted(
        (ConductEntry("H1", start + timedelta(days=draw(st.integers(min_value=0, max_value=12000))),
                      draw(st.sampled_from(list(ConductKind))), draw(st.sampled_from([None, *Division])),
                      draw(st.sampled_from([None, True, False])))
         for _ in range(draw(st.integers(min_value=0, max_value=5)))),
        key=lambda e: e.date))
    term_years = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=60)))
    return Person(
        person_id="H1", last_name="Fictional", first_name="Test", date_of_birth=dob,
        jurisdiction=draw(st.sampled_from(list(Jurisdiction))), offense_date=offense, custody_start=start,
        sentence_type=draw(st.sampled_from(list(SentenceType))), custody_breaks=tuple(breaks),
        sentence_date=draw(st.one_of(st.none(), st.just(start))), term_years=term_years,
        term_months=draw(st.one_of(st.none(), st.integers(min_value=0, max_value=11))),
        min_term_years=draw(st.one_of(st.none(), st.integers(min_value=7, max_value=40))),
        flags=frozenset(draw(st.sets(st.sampled_from(list(Flag)), max_size=3))), conduct=conduct)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(person=people(), as_of=st.one_of(days, st.sampled_from(AS_OF_DATES)), leap=st.sampled_from(list(LeapDayRule)))
def test_written_out_plans_agree_with_the_checks_for_any_person(packs, person, as_of, leap) -> None:
    written, reference = _both(person, packs, as_of, leap)
    assert written == reference


def test_the_reference_plans_are_the_ones_evaluated(packs) -> None:
    _reference(packs)
    person = generate_people(1, seed=5, as_of=date(2026, 12, 1))[0]
    evaluate(person, packs, date(2026, 12, 1))
    used = [pack.steps[person.sentence_type] for pack in packs if person.sentence_type in pack.steps]
    assert used and all("reference" in plan.__code__.co_filename for plan in used)
    _written_out(packs)
    evaluate(person, packs, date(2026, 12, 1))
    assert all("reference" not in pack.steps[person.sentence_type].__code__.co_filename
               for pack in packs if person.sentence_type in pack.steps)


def test_a_plan_holds_no_text_of_its_pack_in_its_code(packs) -> None:
    office = packs[-1]
    source = compile_plan(office.criteria, pack=office, name="office").source  # type: ignore[attr-defined]
    for criterion in office.criteria:
        assert criterion.citation not in source
        assert criterion.label not in source
    assert "either [" not in source and "since {since}" not in source
