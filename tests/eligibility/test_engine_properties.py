"""Hypothesis properties of the evaluator over random fictional people and every shipped pack."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility.dates import LeapDayRule, add_months
from eligibility.records import (
    ConductEntry,
    ConductKind,
    CustodyBreak,
    Division,
    Flag,
    Jurisdiction,
    Person,
    SentenceType,
    Status,
)
from eligibility.rules import evaluate, load_packs

PACKS = load_packs(include_user_dir=False)
TIME_KINDS = {"age_on_date", "time_served", "continuous_custody"}
TIME_CRITERIA = {(p.id, c.id) for p in PACKS for c in p.criteria if c.kind in TIME_KINDS}


def _days(draw: st.DrawFn, lo: int, hi: int) -> timedelta:
    return timedelta(days=draw(st.integers(lo, hi)))


@st.composite
def scenario(draw: st.DrawFn) -> tuple[Person, date]:
    # Leap days are drawn often on purpose: they are where conventions bite.
    dob = draw(st.one_of(st.dates(date(1940, 1, 1), date(2000, 12, 31)),
                         st.sampled_from([date(1960, 2, 29), date(1976, 2, 29), date(1988, 2, 29)])))
    offense = dob + _days(draw, 13 * 365, 45 * 365)
    custody = draw(st.one_of(st.just(offense + _days(draw, 0, 400)),
                             st.sampled_from([date(2000, 2, 29), date(2004, 2, 29), date(2008, 1, 31)])))
    if custody < offense:
        offense = custody - timedelta(days=1)
    breaks: list[CustodyBreak] = []
    cursor = custody
    for _ in range(draw(st.integers(0, 2))):
        out = cursor + _days(draw, 30, 3000)
        back = out + _days(draw, 1, 700)
        breaks.append(CustodyBreak(out, back))
        cursor = back
    as_of = cursor + _days(draw, 1, 12000)
    conduct = []
    for _ in range(draw(st.integers(0, 4))):
        when = custody + timedelta(days=draw(st.integers(0, max((as_of - custody).days, 0))))
        kind = draw(st.sampled_from(list(ConductKind)))
        conduct.append(ConductEntry("P1", when, kind,
                                    draw(st.sampled_from(list(Division))) if kind is ConductKind.SERIOUS_RVR
                                    else None, draw(st.sampled_from([True, False, None]))))
    sentence = draw(st.sampled_from(list(SentenceType)))
    person = Person(
        person_id="P1", last_name="Sample", first_name="Fictional", date_of_birth=dob,
        jurisdiction=draw(st.sampled_from(list(Jurisdiction))), offense_date=offense, custody_start=custody,
        sentence_type=sentence, custody_breaks=tuple(breaks),
        sentence_date=draw(st.one_of(st.none(), st.just(custody + _days(draw, 0, 900)))),
        term_years=draw(st.one_of(st.none(), st.integers(1, 40))),
        term_months=draw(st.one_of(st.none(), st.integers(0, 11))),
        min_term_years=draw(st.one_of(st.none(), st.sampled_from([7, 15, 25, 50]))),
        flags=frozenset(draw(st.sets(st.sampled_from(list(Flag)), max_size=3))),
        conduct=tuple(sorted(conduct, key=lambda e: e.date)),
    )
    return person, as_of


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(scenario())
def test_not_yet_dates_are_future_and_exact(case: tuple[Person, date]) -> None:
    person, as_of = case
    for det in evaluate(person, PACKS, as_of):
        if det.status is not Status.NOT_YET:
            continue
        assert det.eligible_on is not None and det.eligible_on > as_of
        (again,) = [d for d in evaluate(person, PACKS, det.eligible_on) if d.program == det.program]
        assert again.status is Status.ELIGIBLE, (det.program, again.summary)
        assert again.eligible_on == det.eligible_on
        # The day before the date it is still not eligible.
        (before,) = [d for d in evaluate(person, PACKS, det.eligible_on - timedelta(days=1))
                     if d.program == det.program]
        assert before.status is not Status.ELIGIBLE


@SETTINGS
@given(scenario(), st.integers(1, 8000))
def test_time_never_unmeets_a_threshold(case: tuple[Person, date], later_days: int) -> None:
    person, as_of = case
    later = as_of + timedelta(days=later_days)
    first = {(d.program, c.id): c for d in evaluate(person, PACKS, as_of) for c in d.criteria}
    second = {(d.program, c.id): c for d in evaluate(person, PACKS, later) for c in d.criteria}
    for key, c in first.items():
        if key in TIME_CRITERIA and c.met is True:
            assert second[key].met is True, key
            assert second[key].met_on == c.met_on


@SETTINGS
@given(scenario())
def test_statuses_and_dates_are_consistent(case: tuple[Person, date]) -> None:
    person, as_of = case
    dets = evaluate(person, PACKS, as_of)
    assert evaluate(person, PACKS, as_of) == dets  # a pure function of its inputs
    for det in dets:
        if det.status is Status.ELIGIBLE and det.eligible_on is not None:
            assert det.eligible_on <= as_of
            assert det.eligible_on >= person.custody_start
        if det.status in (Status.EXCLUDED, Status.NOT_ELIGIBLE, Status.NEEDS_REVIEW):
            assert det.eligible_on is None
        if det.status is Status.EXCLUDED:
            assert any(c.met is False for c in det.criteria)
        if det.status is Status.NEEDS_REVIEW:
            assert any(c.met is None and not c.to_establish for c in det.criteria)
        for c in det.criteria:
            assert c.reason and c.citation


@SETTINGS
@given(scenario())
def test_the_two_leap_conventions_agree_or_the_answer_asks_for_review(case: tuple[Person, date]) -> None:
    person, as_of = case
    default = evaluate(person, PACKS, as_of)
    other = evaluate(person, PACKS, as_of, leap=LeapDayRule.FEB_28)
    for a, b in zip(default, other, strict=True):
        if a.status is not Status.NEEDS_REVIEW and b.status is not Status.NEEDS_REVIEW:
            assert (a.status, a.eligible_on) == (b.status, b.eligible_on), a.program


@SETTINGS
@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.integers(0, 480))
def test_time_served_date_has_the_figure(custody: date, months: int) -> None:
    # A person with no breaks reaches N months exactly on the month step from custody_start.
    reached = add_months(custody, months)
    from eligibility.dates import served_on

    assert served_on(custody, (), reached).total_months == months
