"""Date arithmetic for eligibility: ages, anniversaries, time served, custody breaks, month steps.

Every rule in the tool measures time through this module so that one set of conventions applies
everywhere (shared/contracts/interchange.md, "Conventions"):

* A person attains age N on their Nth birthday; N years are served on the N-year anniversary of
  ``custody_start``. Years are never days / 365 or / 365.25.
* Days out of custody (``custody_breaks``) push a time-served date later by their length.
* "Continuous" custody runs from the day custody resumed after the last break.
* A 29 February date has no anniversary in a common year. The law does not say which day stands in
  for it, so the choice is a named setting (``LeapDayRule``). The default, 1 March, never claims a
  threshold early. Month steps that land past the end of a short month (31 January + 1 month) follow
  the same setting: ``MARCH_1`` rolls over to the first day of the next month, ``FEB_28`` clamps to
  the last day of the month. The engine evaluates both when a result depends on the choice.
"""

from __future__ import annotations

from calendar import isleap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from eligibility.records import CustodyBreak, Person

__all__ = [
    "DEFAULT_LEAP_RULE",
    "LEAP_RULE_DESCRIPTIONS",
    "LeapDayRule",
    "Served",
    "add_months",
    "add_months_is_ambiguous",
    "age_on",
    "anniversary",
    "anniversary_is_ambiguous",
    "birthday",
    "continuous_custody_start",
    "date_served",
    "days_out_before",
    "format_span",
    "person_served_on",
    "served_on",
    "sorted_breaks",
]


class LeapDayRule(StrEnum):
    """Which day stands in for 29 February (or any missing month-end day) in a shorter month."""

    MARCH_1 = "march_1"
    FEB_28 = "feb_28"

    @property
    def other(self) -> LeapDayRule:
        return LeapDayRule.FEB_28 if self is LeapDayRule.MARCH_1 else LeapDayRule.MARCH_1


DEFAULT_LEAP_RULE = LeapDayRule.MARCH_1

LEAP_RULE_DESCRIPTIONS: dict[LeapDayRule, str] = {
    LeapDayRule.MARCH_1: "29 February taken as 1 March in common years",
    LeapDayRule.FEB_28: "29 February taken as 28 February in common years",
}

_ONE_DAY = timedelta(days=1)
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    # calendar.monthrange also computes a weekday; this is called for every month step.
    if month == 2:
        return 29 if isleap(year) else 28
    return _MONTH_DAYS[month - 1]


def _in_year(d: date, year: int, leap: LeapDayRule) -> date:
    if d.month == 2 and d.day == 29 and not isleap(year):
        return date(year, 3, 1) if leap is LeapDayRule.MARCH_1 else date(year, 2, 28)
    return date(year, d.month, d.day)


def anniversary(d: date, years: int, *, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> date:
    """The ``years``-th anniversary of ``d`` (same month and day), with the 29 February setting."""
    return _in_year(d, d.year + years, leap)


def anniversary_is_ambiguous(d: date, years: int) -> bool:
    """True when the two ``LeapDayRule`` values give different anniversaries."""
    return d.month == 2 and d.day == 29 and not isleap(d.year + years)


def add_months(d: date, months: int, *, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> date:
    """``d`` moved by whole calendar months.

    When the target month is too short for ``d``'s day (31 January + 1 month), ``MARCH_1`` rolls over
    to the first day of the following month and ``FEB_28`` clamps to the month's last day, so that
    ``add_months(d, 12 * n) == anniversary(d, n)`` under either setting.
    """
    index = d.year * 12 + d.month - 1 + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    last = _days_in_month(year, month)
    if d.day <= last:
        return date(year, month, d.day)
    if leap is LeapDayRule.MARCH_1:
        return date(year, month, last) + _ONE_DAY
    return date(year, month, last)


def add_months_is_ambiguous(d: date, months: int) -> bool:
    """True when the two ``LeapDayRule`` values give different results for ``add_months``."""
    if d.day <= 28:
        return False
    index = d.year * 12 + d.month - 1 + months
    year, month0 = divmod(index, 12)
    return d.day > _days_in_month(year, month0 + 1)


def birthday(dob: date, age: int, *, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> date:
    """The date on which a person born on ``dob`` attains ``age``."""
    return _in_year(dob, dob.year + age, leap)


def age_on(dob: date, on: date, *, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> int:
    """Age in whole years on ``on``: the birthday itself counts (a person is 26 on their 26th birthday)."""
    age = on.year - dob.year
    if on < _in_year(dob, on.year, leap):
        age -= 1
    return age


def sorted_breaks(breaks: Iterable[CustodyBreak]) -> tuple[CustodyBreak, ...]:
    items = tuple(breaks)
    if len(items) < 2:
        return items
    return tuple(sorted(items, key=lambda b: b.start))


def date_served(
    custody_start: date,
    breaks: Sequence[CustodyBreak],
    years: int = 0,
    months: int = 0,
    *,
    leap: LeapDayRule = DEFAULT_LEAP_RULE,
) -> date:
    """The day on which ``years`` years and ``months`` months of custody are complete.

    That is the anniversary of ``custody_start`` pushed later by every break that began before it: the
    time out has to be made up. A break that begins on the day itself does not count, because the time
    was already complete. ``breaks`` may come in any order.
    """
    total = 12 * years + months
    d = add_months(custody_start, total, leap=leap) if total % 12 else anniversary(
        custody_start, total // 12, leap=leap)
    for b in sorted_breaks(breaks):
        if b.start < d:
            d += timedelta(days=b.days)
        else:
            break
    return d


def days_out_before(breaks: Sequence[CustodyBreak], on: date) -> int:
    """Days out of custody before ``on`` (a break still running on ``on`` counts up to ``on``)."""
    out = 0
    for b in breaks:
        if b.start < on:
            out += (min(b.end, on) - b.start).days
    return out


def continuous_custody_start(custody_start: date, breaks: Sequence[CustodyBreak]) -> date:
    """The day custody resumed after the last break (``custody_start`` when there was none)."""
    if not breaks:
        return custody_start
    return max(custody_start, max(b.end for b in breaks))


@dataclass(frozen=True, slots=True)
class Served:
    """Time served as whole years, months and remaining days, consistent with ``date_served``."""

    years: int
    months: int
    days: int

    @property
    def total_months(self) -> int:
        return 12 * self.years + self.months

    def __str__(self) -> str:
        return format_span(self.years, self.months)


def served_on(
    custody_start: date,
    breaks: Sequence[CustodyBreak],
    on: date,
    *,
    leap: LeapDayRule = DEFAULT_LEAP_RULE,
) -> Served:
    """Time in custody on ``on``: the largest span whose ``date_served`` is not after ``on``.

    Defined through ``date_served`` so that "served 20 years" in an explanation and the date on which
    20 years are reached can never disagree.
    """
    if on <= custody_start:
        return Served(0, 0, 0)
    if not breaks or all(b.start >= on for b in breaks):
        # No time out before ``on``: plain calendar months, then the days after the last month step.
        months = (on.year - custody_start.year) * 12 + on.month - custody_start.month
        reached = add_months(custody_start, months, leap=leap)
        if reached > on:
            months -= 1
            reached = add_months(custody_start, months, leap=leap)
        years, rest = divmod(months, 12)
        return Served(years, rest, (on - reached).days)
    ordered = sorted_breaks(breaks)
    # Start from the calendar span of the days actually in custody, then correct by a step or two.
    effective = on - timedelta(days=days_out_before(ordered, on))
    months = (effective.year - custody_start.year) * 12 + effective.month - custody_start.month
    months = max(months, 0)
    while months > 0 and date_served(custody_start, ordered, months=months, leap=leap) > on:
        months -= 1
    while date_served(custody_start, ordered, months=months + 1, leap=leap) <= on:
        months += 1
    reached = date_served(custody_start, ordered, months=months, leap=leap)
    days = (on - reached).days - (days_out_before(ordered, on) - days_out_before(ordered, reached))
    years, rest = divmod(months, 12)
    return Served(years, rest, max(days, 0))


def format_span(years: int, months: int = 0) -> str:
    """"21 years 3 months", "1 year", "5 months", "0 months"."""
    parts: list[str] = []
    if years:
        parts.append(f"{years} year" if years == 1 else f"{years} years")
    if months or not years:
        parts.append(f"{months} month" if months == 1 else f"{months} months")
    return " ".join(parts)


def person_served_on(person: Person, on: date, *, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> Served:
    """``served_on`` for a person's controlling case."""
    return served_on(person.custody_start, person.custody_breaks, on, leap=leap)
