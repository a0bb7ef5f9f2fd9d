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
