"""The engine's shortcuts say exactly what the general date functions say (properties over many dates)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from eligibility.dates import LeapDayRule, served_on
from eligibility.rules.facts import span_text

days = st.dates(min_value=date(1940, 1, 1), max_value=date(2080, 12, 31))


@given(start=days, on=days, leap=st.sampled_from(list(LeapDayRule)))
def test_span_text_is_the_text_of_served_on_without_breaks(start: date, on: date, leap: LeapDayRule) -> None:
    assert span_text(start, on, leap) == str(served_on(start, (), on, leap=leap))


def _month_end(year: int, month: int, back: int) -> date:
    """The last day of the month, or up to three days before it (28 to 31: the days months lack)."""
    import calendar

    return date(year, month, calendar.monthrange(year, month)[1] - back)


month_ends = st.builds(_month_end, st.integers(min_value=1940, max_value=2060), st.integers(min_value=1, max_value=12),
                       st.integers(min_value=0, max_value=3))


@given(start=month_ends, months=st.integers(min_value=0, max_value=600), extra=st.integers(min_value=-2, max_value=2),
       leap=st.sampled_from(list(LeapDayRule)))
def test_span_text_agrees_at_month_ends_and_29_february(start: date, months: int, extra: int,
                                                       leap: LeapDayRule) -> None:
    from eligibility.dates import add_months

    on = date.fromordinal(add_months(start, months, leap=leap).toordinal() + extra)
    assert span_text(start, on, leap) == str(served_on(start, (), on, leap=leap))


def _facts(dob: date, custody: date, leap: LeapDayRule, breaks: tuple = ()):  # type: ignore[no-untyped-def]
    from eligibility.records import Jurisdiction, Person, SentenceType
    from eligibility.rules.facts import Facts

    person = Person("P1", "L", "F", dob, Jurisdiction.CA, custody, custody, SentenceType.LIFE,
                    custody_breaks=breaks, min_term_years=25)
    return Facts(person, date(2026, 12, 1), leap)


any_day = st.one_of(days, month_ends, st.just(date(1964, 2, 29)), st.just(date(2000, 2, 29)))


@given(dob=any_day, custody=any_day, years=st.integers(min_value=0, max_value=90),
       months=st.integers(min_value=0, max_value=600), leap=st.sampled_from(list(LeapDayRule)))
def test_the_facts_dates_are_those_of_the_date_functions(dob: date, custody: date, years: int, months: int,
                                                        leap: LeapDayRule) -> None:
    from eligibility.dates import add_months, add_months_is_ambiguous, anniversary, anniversary_is_ambiguous

    facts = _facts(dob, custody, leap)
    assert facts.birthday(years) == anniversary(dob, years, leap=leap)
    assert facts.leap_used is anniversary_is_ambiguous(dob, years)
    facts.leap_used = False
    assert facts.served_date(months) == (add_months(custody, months, leap=leap),) * 2
    assert facts.leap_used is add_months_is_ambiguous(custody, months)
    facts.leap_used = False
    assert facts.continuous_date(years) == anniversary(custody, years, leap=leap)
    assert facts.leap_used is anniversary_is_ambiguous(custody, years)


@given(custody=any_day, months=st.integers(min_value=1, max_value=480), out=st.integers(min_value=1, max_value=900),
       gap=st.integers(min_value=0, max_value=4000), leap=st.sampled_from(list(LeapDayRule)))
def test_served_dates_with_a_break_are_those_of_date_served(custody: date, months: int, out: int, gap: int,
                                                            leap: LeapDayRule) -> None:
    from datetime import timedelta

    from eligibility.dates import date_served
    from eligibility.records import CustodyBreak

    start = custody + timedelta(days=gap)
    if start > date(2026, 12, 1):  # a break after the as-of date is not on the record yet
        return
    brk = CustodyBreak(start, start + timedelta(days=out))
    facts = _facts(date(1960, 5, 5), custody, leap, (brk,))
    assert facts.served_date(months)[0] == date_served(custody, (brk,), months=months, leap=leap)


@given(months=st.integers(min_value=0, max_value=1500))
def test_months_text_is_format_span(months: int) -> None:
    from eligibility.dates import format_span
    from eligibility.rules.facts import months_text

    assert months_text(months) == format_span(months // 12, months % 12)


@given(dob=days, on=days, offense=days, leap=st.sampled_from(list(LeapDayRule)))
def test_the_ages_facts_give_are_those_of_age_on(dob: date, on: date, offense: date, leap: LeapDayRule) -> None:
    from eligibility.dates import age_on
    from eligibility.records import Person
    from eligibility.rules.facts import Facts

    person = _person(dob=dob, offense=offense)
    facts = Facts(person, on, leap)
    assert facts.age_now() == age_on(dob, on, leap=leap)
    assert facts.age_now() == age_on(dob, on, leap=leap)  # the remembered answer too
    assert facts.age_at_offense() == age_on(dob, offense, leap=leap)
    assert isinstance(person, Person)


@given(d=days, years=st.integers(min_value=0, max_value=40), leap=st.sampled_from(list(LeapDayRule)))
def test_conduct_anniversaries_are_those_of_anniversary(d: date, years: int, leap: LeapDayRule) -> None:
    from eligibility.dates import anniversary, anniversary_is_ambiguous
    from eligibility.rules.facts import Facts

    facts = Facts(_person(dob=date(1970, 1, 1), offense=date(1990, 1, 1)), date(2026, 12, 1), leap)
    assert facts.conduct_anniversary(d, years) == anniversary(d, years, leap=leap)
    assert facts.leap_used is anniversary_is_ambiguous(d, years)


def _person(*, dob: date, offense: date):
    from eligibility.records import Jurisdiction, Person, SentenceType

    return Person(person_id="T1", last_name="Test", first_name="Fictional", date_of_birth=dob,
                  jurisdiction=Jurisdiction.CA, offense_date=offense, custody_start=date(2000, 1, 1),
                  sentence_type=SentenceType.DETERMINATE)
