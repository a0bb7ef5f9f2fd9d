"""ca-youth-parole (PC 3051): worked cases, arithmetic in the comments."""

from __future__ import annotations

from datetime import date

import pytest

from eligibility.dates import LeapDayRule
from eligibility.records import Confidence, Status
from tests.eligibility.elig_helpers import criterion

P = "ca-youth-parole"


def test_offense_on_26th_birthday_is_not_before_26(person, determine) -> None:
    # Born 1990-06-15; the offense on 2016-06-15 is on the 26th birthday, so the person was 26.
    who = person(dob=date(1990, 6, 15), offense=date(2016, 6, 15), custody=date(2016, 7, 1))
    det = determine(P, who)
    assert det.status is Status.NOT_ELIGIBLE and det.eligible_on is None
    age = criterion(det, "age_at_offense")
    assert age.met is False
    assert "26th birthday" in age.reason and "age 26" in age.reason


def test_day_before_26th_birthday_determinate_term(person, determine) -> None:
    # Offense 2016-06-14 (age 25). Determinate: custody 2010-01-05 + 14 years = 2024-01-05.
    who = person(dob=date(1990, 6, 15), offense=date(2016, 6, 14), custody=date(2010, 1, 5))
    det = determine(P, who)
    assert det.status is Status.ELIGIBLE
    assert det.eligible_on == date(2024, 1, 5)
    served = criterion(det, "time_served")
    assert served.met is True and served.met_on == date(2024, 1, 5)
    assert "served 16 years 10 months on 2026-11-27" in served.reason


def test_exactly_14_years_on_the_as_of_date(person, determine) -> None:
    # Custody 2012-11-27 + 14 years = 2026-11-27: eligible on the as-of date itself, not yet the day before.
    who = person(dob=date(1994, 1, 1), offense=date(2012, 11, 1), custody=date(2012, 11, 27))
    on_day = determine(P, who, as_of=date(2026, 11, 27))
    assert on_day.status is Status.ELIGIBLE and on_day.eligible_on == date(2026, 11, 27)
    before = determine(P, who, as_of=date(2026, 11, 26))
    assert before.status is Status.NOT_YET and before.eligible_on == date(2026, 11, 27)


def test_life_15_to_life_with_a_break(person, determine) -> None:
    # 15-to-life: custody 2000-03-01 + 19 years = 2019-03-01; 30 days out (2005-01-10..2005-02-09) → 2019-03-31.
    who = person(dob=date(1980, 5, 5), offense=date(2000, 2, 1), custody=date(2000, 3, 1), sentence="life",
                 min_term_years=15, breaks=((date(2005, 1, 10), date(2005, 2, 9)),))
    det = determine(P, who, as_of=date(2019, 3, 30))
    assert det.status is Status.NOT_YET and det.eligible_on == date(2019, 3, 31)
    served = criterion(det, "time_served_life")
    assert "30 days out of custody push it from 2019-03-01" in served.reason
    # Summing custody segments is an unconfirmed working rule: the criterion says so.
    assert served.confidence is Confidence.UNCONFIRMED


def test_life_25_to_life_uses_24_years(person, determine) -> None:
    # 25-to-life: custody 2001-09-10 + 24 years = 2025-09-10.
    who = person(dob=date(1982, 2, 2), offense=date(2001, 9, 1), custody=date(2001, 9, 10), sentence="life",
                 min_term_years=25)
    det = determine(P, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2025, 9, 10)
    assert {c.id for c in det.criteria} >= {"time_served_life_25"}
    assert "time_served_life" not in {c.id for c in det.criteria}


def test_life_without_minimum_term_needs_review(person, determine) -> None:
    who = person(dob=date(1982, 2, 2), offense=date(2001, 9, 1), custody=date(2001, 9, 10), sentence="life")
    det = determine(P, who)
    assert det.status is Status.NEEDS_REVIEW and det.eligible_on is None
    missing = criterion(det, "missing_min_term_years")
    assert missing.met is None and "min_term_years" in missing.reason


def test_juvenile_lwop_25th_year(person, determine) -> None:
    # Offense at 17 (born 1988-03-03, offense 2005-08-01). LWOP: custody 2005-08-20 + 24 years = 2029-08-20.
    who = person(dob=date(1988, 3, 3), offense=date(2005, 8, 1), custody=date(2005, 8, 20), sentence="lwop")
    det = determine(P, who)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2029, 8, 20)
    assert criterion(det, "not_adult_lwop").met is True


def test_adult_lwop_is_excluded(person, determine) -> None:
    # Offense at 19 with LWOP: excluded, although under 26.
    who = person(dob=date(1985, 1, 1), offense=date(2004, 6, 1), custody=date(2004, 6, 2), sentence="lwop")
    det = determine(P, who)
    assert det.status is Status.EXCLUDED and det.eligible_on is None
    assert criterion(det, "not_adult_lwop").met is False


@pytest.mark.parametrize(("flag", "criterion_id"), [
    ("third_strike", "not_three_strikes"),
    ("second_strike", "not_three_strikes"),
    ("one_strike", "not_one_strike"),
    ("malice_offense_after_26", "no_malice_offense_after_26"),
])
def test_each_exclusion_flag(person, determine, flag: str, criterion_id: str) -> None:
    # Otherwise eligible since 2019-01-01 (custody 2005-01-01 + 14 years).
    base = {"dob": date(1985, 1, 1), "offense": date(2004, 12, 1), "custody": date(2005, 1, 1)}
    assert determine(P, person(**base)).status is Status.ELIGIBLE
    det = determine(P, person(**base, flags=(flag,)))
    assert det.status is Status.EXCLUDED
    hit = criterion(det, criterion_id)
    assert hit.met is False and flag in hit.reason


def test_one_strike_exclusion_is_labelled_unconfirmed(person, determine) -> None:
    det = determine(P, person(dob=date(1985, 1, 1), offense=date(2004, 12, 1), custody=date(2005, 1, 1),
                              flags=("one_strike",)))
    assert criterion(det, "not_one_strike").confidence is Confidence.UNCONFIRMED


def test_death_is_excluded(person, determine) -> None:
    det = determine(P, person(dob=date(1985, 1, 1), offense=date(2004, 12, 1), custody=date(2005, 1, 1),
                              sentence="death"))
    assert det.status is Status.EXCLUDED
    assert criterion(det, "not_death").met is False


def test_leap_day_birthday_turns_the_answer(person, determine) -> None:
    # Born 1992-02-29. 2018 is common, so the 26th birthday is 2018-03-01 (default) or 2018-02-28.
    # Offense on 2018-02-28: age 25 under the default, 26 under the other convention → needs review.
    who = person(dob=date(1992, 2, 29), offense=date(2018, 2, 28), custody=date(2018, 3, 5))
    det = determine(P, who)
    assert det.status is Status.NEEDS_REVIEW and det.eligible_on is None
    leap = criterion(det, "leap_day_convention")
    assert "1 March" in leap.reason and "28 February" in leap.reason
    assert "29 February taken as 1 March" in criterion(det, "age_at_offense").reason
    # Offense on 2018-03-01 is on the birthday under both conventions: plainly not eligible.
    later = determine(P, person(dob=date(1992, 2, 29), offense=date(2018, 3, 1), custody=date(2018, 3, 5)))
    assert later.status is Status.NOT_ELIGIBLE
    # Offense on 2018-02-27: under 26 either way; custody 2018-03-05 + 14 = 2032-03-05.
    earlier = determine(P, person(dob=date(1992, 2, 29), offense=date(2018, 2, 27), custody=date(2018, 3, 5)))
    assert earlier.status is Status.NOT_YET and earlier.eligible_on == date(2032, 3, 5)


def test_leap_day_custody_start(person, determine) -> None:
    # Custody 2004-02-29 + 14 years: 2018 is common → 2018-03-01 (default) or 2018-02-28. Eligible since
    # differs between the conventions, so the answer needs review.
    who = person(dob=date(1985, 7, 7), offense=date(2004, 2, 1), custody=date(2004, 2, 29))
    det = determine(P, who)
    assert det.status is Status.NEEDS_REVIEW
    alt = determine(P, who, leap=LeapDayRule.FEB_28)
    assert alt.status is Status.NEEDS_REVIEW
    # Custody 2000-02-29 + 24 years (juvenile LWOP) = 2024-02-29, a leap year: no ambiguity.
    lwop = person(dob=date(1983, 1, 1), offense=date(2000, 2, 1), custody=date(2000, 2, 29), sentence="lwop")
    det = determine(P, lwop)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2024, 2, 29)
    assert "29 February" not in criterion(det, "time_served_juvenile_lwop").reason


def test_findings_to_establish_do_not_change_status(person, determine) -> None:
    det = determine(P, person(dob=date(1985, 1, 1), offense=date(2004, 12, 1), custody=date(2005, 1, 1)))
    found = det.findings_to_establish
    assert [c.id for c in found] == ["controlling_offense"]
    assert found[0].met is None
    assert det.to_json()["criteria"][-1]["to_establish"] is True
