"""Per-person facts for one evaluation, with the dates several packs ask for computed once.

Packs of the same person share birthdays, time-served dates and conduct lists, so they are memoised
here. ``leap_used`` records that a date came out differently under the two 29 February settings, so
the evaluator can name the convention and, when the answer turns on it, ask for review.
"""

from __future__ import annotations

from calendar import isleap
from datetime import date
from typing import Any

from eligibility.dates import (
    LeapDayRule,
    Served,
    add_months,
    add_months_is_ambiguous,
    age_on,
    anniversary,
    anniversary_is_ambiguous,
    continuous_custody_start,
    format_span,
    served_on,
    sorted_breaks,
)
from eligibility.records import ConductEntry, CustodyBreak, Person


def _age_is_ambiguous(dob: date, on: date) -> bool:
    # Only 28 February of a common year reads differently: age attained under FEB_28, not under MARCH_1.
    return dob.month == 2 and dob.day == 29 and on.month == 2 and on.day == 28 and not isleap(on.year)


class Facts:
    __slots__ = (
        "_age_at_offense",
        "_age_now",
        "_birthdays",
        "_conduct",
        "_continuous",
        "_continuous_now",
        "_continuous_now_text",
        "_cores",
        "_served",
        "_served_now",
        "_served_now_text",
        "as_of",
        "as_of_iso",
        "breaks",
        "continuous_start",
        "custody_start",
        "dob",
        "flags",
        "leap",
        "leap_used",
        "person",
    )

    def __init__(self, person: Person, as_of: date, leap: LeapDayRule) -> None:
        self.person = person
        self.as_of = as_of
        self.as_of_iso = _AS_OF_TEXT.get(as_of) or _as_of_text(as_of)
        self.leap = leap
        self.dob = person.date_of_birth
        self.custody_start = person.custody_start
        # Breaks that begin after the as-of date are not known yet on that date: the projection assumes
        # the person stays in custody.
        raw = person.custody_breaks
        if raw:
            self.breaks: tuple[CustodyBreak, ...] = sorted_breaks(tuple(b for b in raw if b.start <= as_of))
            self.continuous_start = continuous_custody_start(self.custody_start, self.breaks)
        else:  # most people: no break, so custody has been continuous since it began
            self.breaks = ()
            self.continuous_start = self.custody_start
        self.flags = person.flags
        self.leap_used = False
        self._birthdays: dict[int, tuple[date, bool]] = {}
        self._served: dict[int, tuple[date, date, bool]] = {}
        self._continuous: dict[int, tuple[date, bool]] = {}
        self._served_now: Served | None = None
        self._served_now_text: str | None = None
        self._age_now: int | None = None
        self._age_at_offense: int | None = None
        self._continuous_now: Served | None = None
        self._continuous_now_text: str | None = None
        self._conduct: tuple[ConductEntry, ...] | None = None
        self._cores: dict[Any, tuple[Any, bool]] = {}

    def compute(self, core: Any) -> tuple[Any, bool]:
        """Run ``core`` and remember ``(its answer, whether a 29 February convention changed a date)``.

        The compiled checks look in ``_cores`` themselves and call this only on a miss.
        """
        self.leap_used = False
        hit = (core(self), self.leap_used)
        self._cores[core] = hit
        return hit

    # The fast paths below skip the general date functions only where no convention can apply (a date
    # that is not 29 February, a day of the month every month has); tests hold them equal to dates.py.
    def birthday(self, age: int) -> date:
        hit = self._birthdays.get(age)
        if hit is None:
            dob = self.dob
            if dob.day != 29 or dob.month != 2:
                hit = (date(dob.year + age, dob.month, dob.day), False)
            else:
                hit = (anniversary(dob, age, leap=self.leap), anniversary_is_ambiguous(dob, age))
            self._birthdays[age] = hit
        if hit[1]:
            self.leap_used = True
        return hit[0]

    def age_on(self, on: date) -> int:
        if _age_is_ambiguous(self.dob, on):
            self.leap_used = True
        return age_on(self.dob, on, leap=self.leap)

    def age_now(self) -> int:
        age = self._age_now
        if age is None:
            age = self._age_now = self._age_on_day(self.as_of)
        elif self.dob.day == 29 and _age_is_ambiguous(self.dob, self.as_of):
            self.leap_used = True
        return age

    def age_at_offense(self) -> int:
        age = self._age_at_offense
        if age is None:
            age = self._age_at_offense = self._age_on_day(self.person.offense_date)
        elif self.dob.day == 29 and _age_is_ambiguous(self.dob, self.person.offense_date):
            self.leap_used = True
        return age

    def _age_on_day(self, on: date) -> int:
        dob = self.dob
        if dob.day != 29 or dob.month != 2:  # every year has the birthday: no convention applies
            if on.month > dob.month or (on.month == dob.month and on.day >= dob.day):
                return on.year - dob.year
            return on.year - dob.year - 1
        if _age_is_ambiguous(dob, on):
            self.leap_used = True
        return age_on(dob, on, leap=self.leap)

    def served_date(self, months: int) -> tuple[date, date]:
        """(date the time is complete, the plain anniversary before breaks push it)."""
        hit = self._served.get(months)
        if hit is None:
            start = self.custody_start
            if start.day <= 28:
                year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
                plain = date(year, month0 + 1, start.day)
                ambiguous = False
            else:
                plain = add_months(start, months, leap=self.leap)
                ambiguous = add_months_is_ambiguous(start, months)
            d = plain
            for b in self.breaks:
                if b.start < d:
                    d = date.fromordinal(d.toordinal() + (b.end - b.start).days)
                else:
                    break
            hit = (d, plain, ambiguous)
            self._served[months] = hit
        if hit[2]:
            self.leap_used = True
        return hit[0], hit[1]

    def continuous_date(self, years: int) -> date:
        hit = self._continuous.get(years)
        if hit is None:
            start = self.continuous_start
            if start.day != 29 or start.month != 2:
                hit = (date(start.year + years, start.month, start.day), False)
            else:
                hit = (anniversary(start, years, leap=self.leap), anniversary_is_ambiguous(start, years))
            self._continuous[years] = hit
        if hit[1]:
            self.leap_used = True
        return hit[0]

    def conduct_anniversary(self, d: date, years: int) -> date:
        if d.day != 29 or d.month != 2:
            return date(d.year + years, d.month, d.day)
        if anniversary_is_ambiguous(d, years):
            self.leap_used = True
        return anniversary(d, years, leap=self.leap)

    def served_now(self) -> Served:
        if self._served_now is None:
            self._served_now = served_on(self.custody_start, self.breaks, self.as_of, leap=self.leap)
        return self._served_now

    def served_now_text(self) -> str:
        if self._served_now_text is None:
            if self.breaks:
                self._served_now_text = str(self.served_now())
            else:
                self._served_now_text = span_text(self.custody_start, self.as_of, self.leap)
        return self._served_now_text

    def continuous_now(self) -> Served:
        if self._continuous_now is None:
            self._continuous_now = served_on(self.continuous_start, (), self.as_of, leap=self.leap)
        return self._continuous_now

    def continuous_now_text(self) -> str:
        if self._continuous_now_text is None:
            self._continuous_now_text = span_text(self.continuous_start, self.as_of, self.leap)
        return self._continuous_now_text

    def conduct(self) -> tuple[ConductEntry, ...]:
        """Entries up to the as-of date: later ones are not known on that date."""
        entries = self._conduct
        if entries is None:
            entries = self.person.conduct
            as_of = self.as_of
            for e in entries:
                if e.date > as_of:  # rare: an entry dated after the as-of date
                    entries = tuple(e for e in entries if e.date <= as_of)
                    break
            self._conduct = entries
        return entries


def span_text(start: date, on: date, leap: LeapDayRule) -> str:
    """``str(served_on(start, (), on))`` without building the ``Served``: whole calendar months from
    ``start`` to ``on`` as "21 years 3 months" (the same steps as ``served_on``; tests hold them equal)."""
    if on <= start:
        return months_text(0)
    months = (on.year - start.year) * 12 + on.month - start.month
    if start.day <= 28:  # every month has the day: the last month is complete on that day of the month
        if on.day < start.day:
            months -= 1
    elif add_months(start, months, leap=leap) > on:
        months -= 1
    return months_text(months)


# ``format_span`` costs 0.26 µs; the engine writes a few spans into every reason, from a few hundred
# distinct values, so their text is looked up instead. The table is emptied if it ever grows.
_SPANS: dict[int, str] = {}
# A batch evaluates everyone on one as-of date: its text is written once, not once a person.
_AS_OF_TEXT: dict[date, str] = {}


def _as_of_text(as_of: date) -> str:
    if len(_AS_OF_TEXT) >= 64:
        _AS_OF_TEXT.clear()
    text = _AS_OF_TEXT[as_of] = as_of.isoformat()
    return text
_TABLE_LIMIT = 10_000


def months_text(months: int) -> str:
    """``format_span(months // 12, months % 12)``: "21 years 3 months"."""
    text = _SPANS.get(months)
    if text is None:
        if len(_SPANS) >= _TABLE_LIMIT:
            _SPANS.clear()
        text = _SPANS[months] = format_span(months // 12, months % 12)
    return text
