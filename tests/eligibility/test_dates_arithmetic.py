"""Worked cases and properties for eligibility.dates (conventions of shared/contracts/interchange.md)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from eligibility.dates import (
    LeapDayRule,
    Served,
    add_months,
    add_months_is_ambiguous,
    age_on,
    anniversary,
    anniversary_is_ambiguous,
    birthday,
    continuous_custody_start,
    date_served,
    days_out_before,
    format_span,
    served_on,
)
from eligibility.records import CustodyBreak

M1, F28 = LeapDayRule.MARCH_1, LeapDayRule.FEB_28
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def test_default_rule_is_march_1() -> None:
    # 2000-02-29 + 1 year: 2001 is common, so the anniversary is 1 March by default.
    assert anniversary(date(2000, 2, 29), 1) == date(2001, 3, 1)
    assert anniversary(date(2000, 2, 29), 1, leap=F28) == date(2001, 2, 28)
    assert anniversary(date(2000, 2, 29), 4) == date(2004, 2, 29)  # leap year: the real day
    assert anniversary_is_ambiguous(date(2000, 2, 29), 1)
    assert not anniversary_is_ambiguous(date(2000, 2, 29), 4)
    assert not anniversary_is_ambiguous(date(2000, 3, 1), 1)


def test_age_on_birthday_counts() -> None:
    dob = date(1990, 6, 15)
    assert age_on(dob, date(2016, 6, 15)) == 26  # the 26th birthday: aged 26, not "before 26"
    assert age_on(dob, date(2016, 6, 14)) == 25
    assert birthday(dob, 26) == date(2016, 6, 15)


def test_leap_birthday_in_common_and_leap_years() -> None:
    dob = date(1988, 2, 29)
    # 2014 is common: the 26th birthday is 1 March (default) or 28 February.
    assert birthday(dob, 26) == date(2014, 3, 1)
    assert birthday(dob, 26, leap=F28) == date(2014, 2, 28)
    assert age_on(dob, date(2014, 2, 28)) == 25
    assert age_on(dob, date(2014, 2, 28), leap=F28) == 26
    # 2016 is a leap year: the 28th birthday is 29 February under either rule.
    assert birthday(dob, 28) == birthday(dob, 28, leap=F28) == date(2016, 2, 29)
    assert age_on(dob, date(2016, 2, 28)) == 27


def test_add_months_clamps_by_rule() -> None:
    assert add_months(date(2021, 1, 31), 1) == date(2021, 3, 1)
    assert add_months(date(2021, 1, 31), 1, leap=F28) == date(2021, 2, 28)
    assert add_months(date(2020, 1, 31), 1, leap=F28) == date(2020, 2, 29)
    assert add_months(date(2021, 3, 31), 1) == date(2021, 5, 1)
    assert add_months(date(2021, 3, 31), 1, leap=F28) == date(2021, 4, 30)
    assert add_months(date(2021, 11, 15), 3) == date(2022, 2, 15)
    assert add_months(date(2021, 3, 15), -3) == date(2020, 12, 15)
    assert add_months_is_ambiguous(date(2021, 1, 31), 1)
    assert not add_months_is_ambiguous(date(2021, 1, 31), 2)
    assert not add_months_is_ambiguous(date(2021, 1, 28), 1)


def test_domain_note_worked_examples() -> None:
    # Continuous custody 2009-06-02 → 2026-11-27: 6,387 days; 17 years complete on 2026-06-02.
    start = date(2009, 6, 2)
    assert (date(2026, 11, 27) - start).days == 6387
    assert served_on(start, (), date(2026, 11, 27)) == Served(17, 5, 25)
    assert date_served(start, (), 18) == date(2027, 6, 2)
    # Bail break: in 1999-05-01, out 1999-08-01 (92 days in), back 2000-02-01.
    brk = (CustodyBreak(date(1999, 8, 1), date(2000, 2, 1)),)
    assert continuous_custody_start(date(1999, 5, 1), brk) == date(2000, 2, 1)
    assert anniversary(continuous_custody_start(date(1999, 5, 1), brk), 20) == date(2020, 2, 1)
    # 92 days served before the break + 9,796 after = 9,888 actual days by 2026-11-27.
    assert (date(2026, 11, 27) - date(1999, 5, 1)).days - days_out_before(brk, date(2026, 11, 27)) == 9888
    # 20 years custody 2006-11-27 → reached 2026-11-27 (7,305 days with 5 leap days).
    assert date_served(date(2006, 11, 27), (), 20) == date(2026, 11, 27)


def test_breaks_push_time_served_later_by_their_length() -> None:
    start = date(2000, 1, 10)
    breaks = (CustodyBreak(date(2003, 5, 1), date(2003, 6, 10)),)  # 40 days out
    assert date_served(start, breaks, 15) == date(2015, 1, 10) + timedelta(days=40)
    # A break that begins on the day the time is complete does not push it.
    late = (CustodyBreak(date(2015, 1, 10), date(2015, 3, 1)),)
    assert date_served(start, late, 15) == date(2015, 1, 10)
    # Unordered breaks give the same answer as ordered ones.
    two = (CustodyBreak(date(2010, 1, 1), date(2010, 1, 11)), CustodyBreak(date(2001, 1, 1), date(2001, 1, 6)))
    assert date_served(start, two, 15) == date(2015, 1, 25)


def test_served_on_with_break_and_exact_anniversary() -> None:
    start = date(2006, 3, 1)
    breaks = (CustodyBreak(date(2010, 3, 1), date(2010, 4, 1)),)  # 31 days out
    reached = date_served(start, breaks, 20)
    assert reached == date(2026, 4, 1)
    assert served_on(start, breaks, reached) == Served(20, 0, 0)
    assert served_on(start, breaks, reached - timedelta(days=1)).years == 19


def test_format_span() -> None:
    assert format_span(21, 3) == "21 years 3 months"
    assert format_span(1, 0) == "1 year"
    assert format_span(0, 1) == "1 month"
    assert format_span(0, 0) == "0 months"


@given(d=dates, n=st.integers(0, 80), rule=st.sampled_from(list(LeapDayRule)))
def test_age_attained_exactly_on_birthday(d: date, n: int, rule: LeapDayRule) -> None:
    b = birthday(d, n, leap=rule)
    assert age_on(d, b, leap=rule) == n
    if n > 0:
        assert age_on(d, b - timedelta(days=1), leap=rule) == n - 1


@given(d=dates, n=st.integers(0, 80), rule=st.sampled_from(list(LeapDayRule)))
def test_add_twelve_months_is_an_anniversary(d: date, n: int, rule: LeapDayRule) -> None:
    assert add_months(d, 12 * n, leap=rule) == anniversary(d, n, leap=rule)
    if not anniversary_is_ambiguous(d, n):
        assert anniversary(d, n, leap=M1) == anniversary(d, n, leap=F28)


@given(d=dates, a=dates, b=dates, rule=st.sampled_from(list(LeapDayRule)))
def test_age_never_decreases(d: date, a: date, b: date, rule: LeapDayRule) -> None:
    lo, hi = min(a, b), max(a, b)
    assert age_on(d, lo, leap=rule) <= age_on(d, hi, leap=rule)


@st.composite
def custody(draw: st.DrawFn) -> tuple[date, tuple[CustodyBreak, ...]]:
    start = draw(st.dates(min_value=date(1970, 1, 1), max_value=date(2020, 12, 31)))
    breaks: list[CustodyBreak] = []
    cursor = start
    for _ in range(draw(st.integers(0, 3))):
        out = cursor + timedelta(days=draw(st.integers(1, 3000)))
        back = out + timedelta(days=draw(st.integers(1, 900)))
        breaks.append(CustodyBreak(out, back))
        cursor = back
    return start, tuple(breaks)


@given(c=custody(), years=st.integers(0, 40), months=st.integers(0, 11),
       rule=st.sampled_from(list(LeapDayRule)))
def test_served_on_agrees_with_date_served(c: tuple[date, tuple[CustodyBreak, ...]], years: int,
                                           months: int, rule: LeapDayRule) -> None:
    start, breaks = c
    reached = date_served(start, breaks, years, months, leap=rule)
    served = served_on(start, breaks, reached, leap=rule)
    assert served.total_months >= 12 * years + months
    day_before = served_on(start, breaks, reached - timedelta(days=1), leap=rule)
    assert day_before.total_months < 12 * years + months or (years, months) == (0, 0)
    # Breaks never make the time come sooner than the plain anniversary.
    assert reached >= add_months(start, 12 * years + months, leap=rule)


@given(c=custody(), n=st.integers(1, 40), rule=st.sampled_from(list(LeapDayRule)))
def test_more_years_never_come_sooner(c: tuple[date, tuple[CustodyBreak, ...]], n: int,
                                      rule: LeapDayRule) -> None:
    start, breaks = c
    assert date_served(start, breaks, n - 1, leap=rule) < date_served(start, breaks, n, leap=rule)
