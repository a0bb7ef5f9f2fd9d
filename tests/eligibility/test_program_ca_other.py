"""ca-juvenile-lwop-petition, ca-medical-release and la-da-2020-policy: worked cases."""

from __future__ import annotations

from datetime import date

import pytest

from eligibility.records import Confidence, Status
from tests.eligibility.elig_helpers import criterion

JLWOP, MED, LADA = "ca-juvenile-lwop-petition", "ca-medical-release", "la-da-2020-policy"


def test_juvenile_lwop_after_15_years(person, determine) -> None:
    # Born 1991-09-09, offense at 16 (2008-03-01). Custody 2008-04-10 + 15 years = 2023-04-10.
    who = person(dob=date(1991, 9, 9), offense=date(2008, 3, 1), custody=date(2008, 4, 10), sentence="lwop")
    det = determine(JLWOP, who)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2023, 4, 10)


def test_juvenile_lwop_break_pushes_the_date(person, determine) -> None:
    # Custody 2010-01-01 + 15 years = 2025-01-01; 59 days out (2012-01-01..2012-02-29) → 2025-03-01.
    who = person(dob=date(1993, 1, 1), offense=date(2009, 12, 1), custody=date(2010, 1, 1), sentence="lwop",
                 breaks=((date(2012, 1, 1), date(2012, 2, 29)),))
    det = determine(JLWOP, who, as_of=date(2025, 2, 28))
    assert det.status is Status.NOT_YET and det.eligible_on == date(2025, 3, 1)


def test_adult_lwop_and_other_sentences_are_not_eligible(person, determine) -> None:
    adult = person(dob=date(1985, 1, 1), offense=date(2005, 1, 1), custody=date(2005, 1, 2), sentence="lwop")
    assert determine(JLWOP, adult).status is Status.NOT_ELIGIBLE
    youth_life = person(dob=date(1991, 1, 1), offense=date(2008, 1, 1), custody=date(2008, 1, 2),
                        sentence="life", min_term_years=25)
    det = determine(JLWOP, youth_life)
    assert det.status is Status.NOT_ELIGIBLE and criterion(det, "lwop").met is False


@pytest.mark.parametrize("flag", ["terminal_illness", "permanent_incapacity"])
def test_medical_flag_makes_eligible(person, determine, flag: str) -> None:
    who = person(dob=date(1960, 1, 1), offense=date(2010, 1, 1), custody=date(2010, 2, 1), flags=(flag,))
    det = determine(MED, who)
    # Flag-driven: no time-driven criterion, so there is no "since" date to give.
    assert det.status is Status.ELIGIBLE and det.eligible_on is None
    assert {c.id for c in det.findings_to_establish} == {"medical_finding", "no_unreasonable_danger"}


def test_medical_peace_officer_murder_excluded(person, determine) -> None:
    who = person(dob=date(1960, 1, 1), offense=date(2010, 1, 1), custody=date(2010, 2, 1),
                 flags=("terminal_illness", "peace_officer_murder"))
    assert determine(MED, who).status is Status.EXCLUDED


@pytest.mark.parametrize("sentence", ["lwop", "death"])
def test_medical_lwop_or_death_is_unsettled(person, determine, sentence: str) -> None:
    who = person(dob=date(1960, 1, 1), offense=date(2010, 1, 1), custody=date(2010, 2, 1), sentence=sentence,
                 flags=("permanent_incapacity",))
    det = determine(MED, who)
    assert det.status is Status.NEEDS_REVIEW and det.eligible_on is None
    unsettled = criterion(det, "lwop_or_death_unsettled")
    assert unsettled.met is None and unsettled.confidence is Confidence.UNCONFIRMED
    assert "unsettled" in det.summary


def test_medical_without_a_flag_is_not_eligible(person, determine) -> None:
    for sentence in ("determinate", "lwop"):
        who = person(dob=date(1960, 1, 1), offense=date(2010, 1, 1), custody=date(2010, 2, 1), sentence=sentence)
        assert determine(MED, who).status is Status.NOT_ELIGIBLE


def test_la_da_policy_is_labelled_historical(pack_by_id) -> None:
    pack = pack_by_id[LADA]
    assert pack.title == "LA DA 2020–24 screening policy (historical)"
    assert pack.kind.value == "historical_policy" and pack.kind_label == "Historical office policy"


def test_la_da_groups(person, determine) -> None:
    # 15 years served: custody 2005-01-01 → 2020-01-01.
    served = person(dob=date(1980, 1, 1), offense=date(2004, 12, 1), custody=date(2005, 1, 1))
    det = determine(LADA, served)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2020, 1, 1)
    # Age 60 on 2020-07-01, before custody began on 2022-01-01: eligible from the custody start.
    older = person(dob=date(1960, 7, 1), offense=date(2021, 12, 1), custody=date(2022, 1, 1))
    det = determine(LADA, older)
    assert det.status is Status.ELIGIBLE and det.eligible_on == date(2022, 1, 1)
    # Neither yet: age 46 (60 on 2040-01-01), 6 years served (15 years on 2035-11-27), offense at 40.
    # The earlier of the two groups decides: 2035-11-27.
    neither = person(dob=date(1980, 1, 1), offense=date(2020, 11, 1), custody=date(2020, 11, 27))
    det = determine(LADA, neither)
    assert det.status is Status.NOT_YET and det.eligible_on == date(2035, 11, 27)
    group = criterion(det, "priority_group")
    assert "[not met]" in group.reason and "age 60" in group.reason
    # The groups no roster can show are findings to establish.
    assert {"medical_risk", "criminalised_survivor", "cdcr_referral", "policy_in_force"} <= {
        c.id for c in det.findings_to_establish}
