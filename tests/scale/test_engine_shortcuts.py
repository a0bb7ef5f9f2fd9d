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


@given(start=st.dates(min_value=date(1940, 1, 29), max_value=date(2060, 12, 31)).filter(lambda d: d.day >= 28),
       months=st.integers(min_value=0, max_value=600), extra=st.integers(min_value=-2, max_value=2),
       leap=st.sampled_from(list(LeapDayRule)))
def test_span_text_agrees_at_month_ends_and_29_february(start: date, months: int, extra: int,
                                                       leap: LeapDayRule) -> None:
    from eligibility.dates import add_months

    on = date.fromordinal(add_months(start, months, leap=leap).toordinal() + extra)
    assert span_text(start, on, leap) == str(served_on(start, (), on, leap=leap))
