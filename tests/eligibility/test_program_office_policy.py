"""sample-office-policy: conduct windows that end and ones that restart, and applicability."""

from __future__ import annotations

from datetime import date

from eligibility.records import Status
from eligibility.rules import applicable_packs, evaluate
from tests.eligibility.elig_helpers import criterion

P = "sample-office-policy"
# Born 1970-01-01 (50 on 2020-01-01); custody 2000-01-01 (15 years on 2015-01-01): the group is met since 2015.
BASE = {"dob": date(1970, 1, 1), "offense": date(1999, 12, 1), "custody": date(2000, 1, 1)}
SERIOUS = "serious_rvr"


def test_no_conduct_means_eligible_since_the_group_was_met(person, determine) -> None:
    det = determine(P, person(**BASE))
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2015, 1, 1)


def test_window_that_has_ended_starts_a_new_run(person, determine) -> None:
    # Serious RVR 2020-05-10: the 5-year window ends on 2025-05-10, which starts the current run.
    who = person(**BASE, conduct=((date(2020, 5, 10), SERIOUS, {"division": "B"}),))
    det = determine(P, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2025, 5, 10)


def test_window_still_open(person, determine) -> None:
    # Serious RVR 2023-04-02: not yet until 2028-04-02.
    who = person(**BASE, conduct=((date(2023, 4, 2), SERIOUS, {}),))
    det = determine(P, who)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2028, 4, 2)
    rvr = criterion(det, "no_recent_serious_rvr")
    assert rvr.met is False and "clears on 2028-04-02" in rvr.reason


def test_overlapping_windows_restart(person, determine) -> None:
    # 2019-01-01 → window to 2024-01-01; 2023-04-02 restarts it → 2028-04-02.
    who = person(**BASE, conduct=((date(2019, 1, 1), SERIOUS, {}), (date(2023, 4, 2), SERIOUS, {})))
    det = determine(P, who, as_of=date(2023, 6, 1))
    assert det.status is Status.NOT_YET and det.eligible_on == date(2028, 4, 2)


def test_both_windows_must_clear(person, determine) -> None:
    # Violent counseling entry 2018-06-01 → 10 years to 2028-06-01; serious RVR 2023-04-02 → 2028-04-02.
    who = person(**BASE, conduct=((date(2018, 6, 1), "counseling", {"violent": True}),
                                  (date(2023, 4, 2), SERIOUS, {"violent": False})))
    det = determine(P, who)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2028, 6, 1)


def test_entry_exactly_five_years_before(person, determine) -> None:
    # Serious RVR 2021-11-27: the window ends on its 5th anniversary, 2026-11-27, the as-of date.
    who = person(**BASE, conduct=((date(2021, 11, 27), SERIOUS, {}),))
    det = determine(P, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2026, 11, 27)
    assert determine(P, who, as_of=date(2026, 11, 26)).status is Status.NOT_YET


def test_later_entries_are_not_known_yet(person, determine) -> None:
    # Evaluated as of 2022-01-01, an entry dated 2024-01-01 is not yet on the record.
    who = person(**BASE, conduct=((date(2024, 1, 1), SERIOUS, {}),))
    assert determine(P, who, as_of=date(2022, 1, 1)).status is Status.ELIGIBLE


def test_leap_day_conduct_entry(person, determine) -> None:
    # Serious RVR 2020-02-29: the 5th anniversary in 2025 (common) is 2025-03-01, or 2025-02-28.
    who = person(**BASE, conduct=((date(2020, 2, 29), SERIOUS, {}),))
    det = determine(P, who, as_of=date(2025, 2, 28))
    assert det.status is Status.NEEDS_REVIEW


def test_under_18_group_is_static(person, determine) -> None:
    # Under 18 at the offense and no conduct: met on every day, so there is no "since" date.
    who = person(dob=date(1990, 1, 1), offense=date(2007, 1, 1), custody=date(2007, 2, 1))
    det = determine(P, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on is None


def test_applies_to_every_jurisdiction(person, packs) -> None:
    for jurisdiction, own in (("CA", 5), ("US", 1), ("DC", 2), ("MD", 1)):
        who = person(**BASE, jurisdiction=jurisdiction)
        ids = [p.id for p in applicable_packs(who, packs)]
        assert P in ids and len(ids) == own + 1
        dets = evaluate(who, packs, date(2026, 11, 27))
        assert [d.program for d in dets] == ids
        assert all(d.pack_version == "2026.11.1" for d in dets)
