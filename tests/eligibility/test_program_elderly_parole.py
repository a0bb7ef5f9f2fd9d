"""ca-elderly-parole (PC 3055; Coleman/Plata 60/25): worked cases."""

from __future__ import annotations

from datetime import date

import pytest

from eligibility.records import Status
from tests.eligibility.elig_helpers import criterion

P = "ca-elderly-parole"


def test_later_of_50th_birthday_and_20_years_continuous(person, determine) -> None:
    # Domain-note example: custody 1999-05-01, out on bail 1999-08-01, back 2000-02-01, so continuous custody
    # runs from 2000-02-01 and 20 years are complete on 2020-02-01. Born 1976-03-15: 50 on 2026-03-15.
    # The later of the two is 2026-03-15.
    who = person(dob=date(1976, 3, 15), offense=date(1999, 4, 1), custody=date(1999, 5, 1), sentence="life",
                 min_term_years=25, breaks=((date(1999, 8, 1), date(2000, 2, 1)),))
    det = determine(P, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2026, 3, 15)
    assert det.path == "PC 3055 50/20"
    cont = criterion(det, "continuous_custody")
    assert cont.met_on == date(2020, 2, 1)
    assert "since 2000-02-01" in cont.reason and "restarts on 2000-02-01" in cont.reason


def test_not_yet_until_the_50th_birthday(person, determine) -> None:
    # Born 1980-03-15: age 46 on 2026-11-27, 50 on 2030-03-15; custody 2000-01-01 → 20 years on 2020-01-01.
    who = person(dob=date(1980, 3, 15), offense=date(1999, 12, 1), custody=date(2000, 1, 1))
    det = determine(P, who)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2030, 3, 15)
    age = criterion(det, "age")
    assert age.met is False and age.reason == "age 46 on 2026-11-27; needs 50 (on 2030-03-15)"


def test_escape_restarts_continuity(person, determine) -> None:
    # Domain-note example: custody 1995-03-10, escape 2003-06-01, back 2003-06-20 → 20 continuous years on
    # 2023-06-20, although more than 20 years in total had passed by 2022.
    who = person(dob=date(1960, 1, 1), offense=date(1995, 3, 1), custody=date(1995, 3, 10),
                 breaks=((date(2003, 6, 1), date(2003, 6, 20)),))
    det = determine(P, who, as_of=date(2022, 1, 1))
    assert det.status is Status.NOT_YET and det.eligible_on == date(2023, 6, 20)
    assert determine(P, who, as_of=date(2023, 6, 20)).status is Status.ELIGIBLE


@pytest.mark.parametrize("flag", ["third_strike", "second_strike", "peace_officer_murder"])
def test_statutory_exclusions_use_the_coleman_plata_route(person, determine, flag: str) -> None:
    # Born 1960-05-05: 60 on 2020-05-05. Custody 2000-09-01: 25 continuous years on 2025-09-01.
    who = person(dob=date(1960, 5, 5), offense=date(2000, 8, 1), custody=date(2000, 9, 1), flags=(flag,))
    det = determine(P, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2025, 9, 1)
    assert det.path == "Coleman/Plata 60/25"
    assert {"age_60", "continuous_custody_25"} <= {c.id for c in det.criteria}
    assert "age" not in {c.id for c in det.criteria}


def test_second_striker_waits_for_60(person, determine) -> None:
    # Born 1971-07-01: 55 on 2026-11-27, 60 on 2031-07-01; custody 1996-01-01 → 25 years on 2021-01-01.
    who = person(dob=date(1971, 7, 1), offense=date(1995, 12, 1), custody=date(1996, 1, 1),
                 flags=("second_strike",))
    det = determine(P, who)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2031, 7, 1)
    assert det.path == "Coleman/Plata 60/25"


@pytest.mark.parametrize("sentence", ["lwop", "death"])
def test_lwop_and_death_are_excluded_on_both_routes(person, determine, sentence: str) -> None:
    for flags in ((), ("third_strike",)):
        who = person(dob=date(1950, 1, 1), offense=date(1990, 1, 1), custody=date(1990, 1, 2),
                     sentence=sentence, flags=flags)
        det = determine(P, who)
        assert det.status is Status.EXCLUDED and det.eligible_on is None
        assert criterion(det, "not_lwop_or_death").met is False


def test_leap_day_50th_birthday(person, determine) -> None:
    # Born 1976-02-29: the 50th birthday falls in 2026 (common): 2026-03-01, or 2026-02-28 under the
    # other convention. Custody 1990-01-01 (20 years long since). On 2026-02-28 the answer turns on it.
    who = person(dob=date(1976, 2, 29), offense=date(1989, 12, 1), custody=date(1990, 1, 1))
    det = determine(P, who, as_of=date(2026, 2, 28))
    assert det.status is Status.NEEDS_REVIEW
    assert "29 February" in criterion(det, "leap_day_convention").reason
