"""us-compassionate-age, dc-second-look, dc-compassionate-age, md-juvenile-restoration: worked cases."""

from __future__ import annotations

from datetime import date

from eligibility.records import Status
from tests.eligibility.elig_helpers import criterion

US, DCSL, DCCA, MD = "us-compassionate-age", "dc-second-look", "dc-compassionate-age", "md-juvenile-restoration"


def test_federal_75_percent_of_a_ten_year_term(person, determine) -> None:
    # Term 120 months: 75% = 90 months, less than 10 years. Custody 2018-01-15 + 90 months = 2025-07-15.
    # Born 1958-03-01: 65 on 2023-03-01. Later of the two: 2025-07-15.
    who = person(dob=date(1958, 3, 1), offense=date(2017, 6, 1), custody=date(2018, 1, 15), jurisdiction="US",
                 term_years=10)
    det = determine(US, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2025, 7, 15)
    served = criterion(det, "time_served")
    assert "the lesser of 10 years and 75% of the term of 10 years (7 years 6 months)" in served.reason


def test_federal_long_term_caps_at_ten_years(person, determine) -> None:
    # Term 30 years = 360 months: 75% = 270 months > 120, so 10 years: custody 2012-05-20 → 2022-05-20.
    who = person(dob=date(1950, 1, 1), offense=date(2012, 1, 1), custody=date(2012, 5, 20), jurisdiction="US",
                 term_years=30)
    assert determine(US, who).eligible_on == date(2022, 5, 20)


def test_federal_75_percent_rounds_up_to_whole_months(person, determine) -> None:
    # Term 25 months: 0.75 × 25 = 18.75 → 19 months. Custody 2024-01-10 + 19 months = 2025-08-10.
    who = person(dob=date(1950, 1, 1), offense=date(2023, 1, 1), custody=date(2024, 1, 10), jurisdiction="US",
                 term_months=25)
    det = determine(US, who, as_of=date(2025, 8, 9))
    assert det.status is Status.NOT_YET and det.eligible_on == date(2025, 8, 10)


def test_federal_missing_term_needs_review(person, determine) -> None:
    who = person(dob=date(1950, 1, 1), offense=date(2000, 1, 1), custody=date(2000, 1, 2), jurisdiction="US")
    det = determine(US, who)
    assert det.status is Status.NEEDS_REVIEW
    assert "term_years" in criterion(det, "time_served").reason


def test_federal_age_not_yet(person, determine) -> None:
    # Born 1962-02-01: 64 on 2026-11-27, 65 on 2027-02-01; 10 years served long ago.
    who = person(dob=date(1962, 2, 1), offense=date(2000, 1, 1), custody=date(2000, 1, 2), jurisdiction="US",
                 term_years=40)
    det = determine(US, who)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2027, 2, 1)


def test_federal_month_end_custody_start_turns_on_the_convention(person, determine) -> None:
    # Term 20 months → 15 months. Custody 2020-01-31 + 15 months = "2021-04-31", which does not exist:
    # 2021-05-01 by default, 2021-04-30 under the other convention. On 2021-04-30 the answer differs.
    who = person(dob=date(1950, 1, 1), offense=date(2019, 1, 1), custody=date(2020, 1, 31), jurisdiction="US",
                 term_months=20)
    det = determine(US, who, as_of=date(2021, 4, 30))
    assert det.status is Status.NEEDS_REVIEW
    assert determine(US, who, as_of=date(2021, 6, 1)).status is Status.NEEDS_REVIEW  # "since" differs too
    # A custody start on the 15th has no such problem.
    plain = person(dob=date(1950, 1, 1), offense=date(2019, 1, 1), custody=date(2020, 1, 15), jurisdiction="US",
                   term_months=20)
    assert determine(US, plain, as_of=date(2021, 6, 1)).eligible_on == date(2021, 4, 15)


def test_federal_findings_to_establish(person, determine) -> None:
    who = person(dob=date(1950, 1, 1), offense=date(2000, 1, 1), custody=date(2000, 1, 2), jurisdiction="US",
                 term_years=40, flags=("aging_deterioration",))
    det = determine(US, who)
    ids = {c.id for c in det.findings_to_establish}
    assert ids == {"aging_deterioration", "exhaustion", "no_danger"}
    assert "roster flags aging_deterioration" in criterion(det, "aging_deterioration").reason


def test_dc_second_look_offense_before_25(person, determine) -> None:
    # Born 1985-04-10: offense 2010-04-09 at 24. Custody 2010-04-20 + 15 years = 2025-04-20.
    who = person(dob=date(1985, 4, 10), offense=date(2010, 4, 9), custody=date(2010, 4, 20), jurisdiction="DC")
    det = determine(DCSL, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2025, 4, 20)
    # Offense on the 25th birthday: not before 25.
    on_birthday = person(dob=date(1985, 4, 10), offense=date(2010, 4, 10), custody=date(2010, 4, 20),
                         jurisdiction="DC")
    det = determine(DCSL, on_birthday)
    assert det.status is Status.NOT_ELIGIBLE and "25th birthday" in criterion(det, "age_at_offense").reason


def test_dc_compassionate_age(person, determine) -> None:
    # Born 1964-06-30: 60 on 2024-06-30. Custody 2006-12-01 + 20 years = 2026-12-01.
    who = person(dob=date(1964, 6, 30), offense=date(2006, 11, 1), custody=date(2006, 12, 1), jurisdiction="DC")
    det = determine(DCCA, who)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2026, 12, 1)
    assert determine(DCCA, who, as_of=date(2026, 12, 1)).status is Status.ELIGIBLE


def test_md_juvenile_restoration(person, determine) -> None:
    # Offense at 17; sentenced 2001-05-01 (before 2021-10-01). Custody 2000-06-01 + 20 years = 2020-06-01.
    base = {"dob": date(1983, 1, 1), "offense": date(2000, 5, 1), "custody": date(2000, 6, 1),
            "jurisdiction": "MD"}
    det = determine(MD, person(**base, sentence_date=date(2001, 5, 1)))
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2020, 6, 1)
    # No sentence date: needs review, naming the fact.
    det = determine(MD, person(**base))
    assert det.status is Status.NEEDS_REVIEW
    assert "sentence_date" in criterion(det, "sentenced_before").reason
    # Sentenced on 2021-10-01 itself: not before the cut-off.
    det = determine(MD, person(**base, sentence_date=date(2021, 10, 1)))
    assert det.status is Status.NOT_ELIGIBLE
