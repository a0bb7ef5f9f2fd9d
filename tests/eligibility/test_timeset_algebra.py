"""The day-set algebra against a brute-force model over a small window of days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from eligibility.rules import timeset
from eligibility.rules.timeset import ALWAYS, NEVER, TimeSet

BASE = date(2020, 1, 1)
WINDOW = [BASE + timedelta(days=i) for i in range(-2, 45)]


@st.composite
def sets(draw: st.DrawFn) -> TimeSet:
    """Sorted disjoint half-open intervals; the first may start at date.min, the last may run forever."""
    cuts = sorted(set(draw(st.lists(st.integers(0, 40), max_size=6))))
    days = [BASE + timedelta(days=c) for c in cuts]
    starts_open = draw(st.booleans())
    ends_open = draw(st.booleans())
    points: list[date | None] = ([date.min] if starts_open else []) + days + ([None] if ends_open else [])
    if len(points) % 2:
        points = points[:-1]
    return tuple((points[i], points[i + 1]) for i in range(0, len(points), 2))  # type: ignore[misc]


def model(ts: TimeSet) -> set[date]:
    return {d for d in WINDOW if any(s <= d and (e is None or d < e) for s, e in ts)}


@given(sets(), sets())
def test_intersect_and_union_match_the_model(a: TimeSet, b: TimeSet) -> None:
    assert model(timeset.intersect(a, b)) == model(a) & model(b)
    assert model(timeset.union([a, b])) == model(a) | model(b)


@given(sets())
def test_complement_and_contains(a: TimeSet) -> None:
    assert model(timeset.complement(a)) == set(WINDOW) - model(a)
    for d in WINDOW:
        assert timeset.contains(a, d) is (d in model(a))


@given(sets(), st.sampled_from(WINDOW[:-1]))
def test_first_start_after(a: TimeSet, day: date) -> None:
    found = timeset.first_start_after(a, day)
    later = sorted(d for d in model(a) if d > day)
    if later and found is not None and found <= WINDOW[-1]:
        assert found == later[0]
    if found is None:
        assert not later


def test_identities() -> None:
    a = ((BASE, BASE + timedelta(days=3)),)
    assert timeset.intersect(ALWAYS, a) == a and timeset.intersect(a, NEVER) == NEVER
    assert timeset.union([]) == NEVER and timeset.complement(NEVER) == ALWAYS
    assert timeset.complement(ALWAYS) == NEVER
