"""Sets of days as sorted, disjoint, half-open intervals ``[start, end)``.

Each criterion answers "on which days does this hold, if the facts do not change?". Thresholds give
``[D, forever)``, static facts give everything or nothing, conduct windows give the gaps between
windows. Intersecting the sets of all criteria gives every day on which the person qualifies, so
"eligible since" and "eligible on" come out exact for every time-driven criterion at once.

A set is a tuple of ``(start, end)`` pairs; ``start`` is ``date.min`` for "since always" and ``end``
is ``None`` for "forever". Tuples (not objects) because the evaluator builds many per person.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

Interval = tuple[date, date | None]
TimeSet = tuple[Interval, ...]

ALWAYS: TimeSet = ((date.min, None),)
NEVER: TimeSet = ()


def from_date(start: date) -> TimeSet:
    """Every day from ``start`` on."""
    return ((start, None),)


def contains(ts: TimeSet, day: date) -> bool:
    for start, end in ts:
        if day < start:
            return False
        if end is None or day < end:
            return True
    return False


def interval_containing(ts: TimeSet, day: date) -> Interval | None:
    for start, end in ts:
        if day < start:
            return None
        if end is None or day < end:
            return (start, end)
    return None


def first_start_after(ts: TimeSet, day: date) -> date | None:
    """The first day after ``day`` on which the set holds (None when it never does again)."""
    for start, end in ts:
        if end is not None and end <= day:
            continue
        if start > day:
            return start
        # ``day`` lies inside this interval: the next day does too unless the interval ends.
        if end is None or end > _next(day):
            return _next(day)
    return None


def _next(day: date) -> date:
    return date.fromordinal(day.toordinal() + 1)


def intersect(a: TimeSet, b: TimeSet) -> TimeSet:
    if a is ALWAYS:
        return b
    if b is ALWAYS:
        return a
    if not a or not b:
        return NEVER
    if len(a) == 1 and len(b) == 1 and a[0][1] is None and b[0][1] is None:  # two thresholds
        return a if a[0][0] >= b[0][0] else b
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        s1, e1 = a[i]
        s2, e2 = b[j]
        start = max(s2, s1)
        if e1 is None:
            end, advance_a = e2, False
        elif e2 is None or e1 <= e2:
            end, advance_a = e1, True
        else:
            end, advance_a = e2, False
        if end is None or start < end:
            out.append((start, end))
        if end is None:
            break
        if advance_a:
            i += 1
        else:
            j += 1
    return tuple(out)


def union(sets: Iterable[TimeSet]) -> TimeSet:
    intervals = sorted((iv for ts in sets for iv in ts), key=lambda iv: iv[0])
    if not intervals:
        return NEVER
    out: list[Interval] = []
    cur_start, cur_end = intervals[0]
    for start, end in intervals[1:]:
        if cur_end is None:
            break
        if start <= cur_end:
            if end is None or end > cur_end:
                cur_end = end
        else:
            out.append((cur_start, cur_end))
            cur_start, cur_end = start, end
    out.append((cur_start, cur_end))
    return tuple(out)


def complement(ts: TimeSet) -> TimeSet:
    out: list[Interval] = []
    cursor: date | None = date.min
    for start, end in ts:
        if cursor is not None and start > cursor:
            out.append((cursor, start))
        cursor = end
        if cursor is None:
            break
    if cursor is not None:
        out.append((cursor, None))
    return tuple(out)
