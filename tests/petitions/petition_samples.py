"""Fictional people, determinations and office settings for the petitions tests (generated, not real)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eligibility.records import (
    ConductEntry,
    ConductKind,
    Confidence,
    CriterionResult,
    CustodyBreak,
    Determination,
    Division,
    Flag,
    Jurisdiction,
    Person,
    SentenceType,
    Status,
)

AS_OF = date(2026, 11, 27)

OFFICE = {
    "office.organisation": "Bayview Post-Conviction Clinic",
    "office.attorney_name": "Alexandra Q. Whitfield",
    "office.bar_number": "298765",
    "office.address": "1200 Harbor Street, Suite 400\nOakland, CA 94612",
    "office.phone": "(510) 555-0142",
    "office.email": "clinic@example.org",
}


def ca_person(**changes: object) -> Person:
    base = Person(
        person_id="BK4471", last_name="Nguyễn", first_name="Thị Minh", date_of_birth=date(1983, 4, 12),
        jurisdiction=Jurisdiction.CA, offense_date=date(2002, 9, 3), custody_start=date(2002, 9, 5),
        sentence_type=SentenceType.LIFE, min_term_years=15, sentence_date=date(2004, 1, 16),
        controlling_offense="PC 187(a) second-degree murder", case_number="BA-241187", county="Los Angeles",
        flags=frozenset({Flag.VIOLENT_FELONY}),
        conduct=(
            ConductEntry("BK4471", date(2006, 3, 2), ConductKind.SERIOUS_RVR, Division.D, False,
                         "Possession of contraband"),
            ConductEntry("BK4471", date(2009, 7, 14), ConductKind.COUNSELING, None, None, "Late to count"),
            ConductEntry("BK4471", date(2012, 5, 30), ConductKind.PROGRAM, None, None, "GED"),
            ConductEntry("BK4471", date(2016, 11, 1), ConductKind.PROGRAM, None, None,
                         "Anger management (52 hours)"),
            ConductEntry("BK4471", date(2019, 6, 20), ConductKind.LAUDATORY, None, None,
                         "Commendation from education staff"),
            ConductEntry("BK4471", date(2021, 2, 10), ConductKind.PROGRAM, None, None,
                         "Associate of Arts, Coastline College"),
            ConductEntry("BK4471", date(2023, 8, 1), ConductKind.WORK, None, None, "Library clerk"),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def youth_determination(person: Person, status: Status = Status.ELIGIBLE) -> Determination:
    return Determination(
        person_id=person.person_id, program="ca-youth-parole", status=status,
        eligible_on=date(2021, 9, 5) if status is Status.ELIGIBLE else date(2031, 9, 5),
        pack_version="2026.11.1", as_of=AS_OF,
        criteria=(
            CriterionResult("age_at_offense", True, "age 19 at the offense on 2002-09-03; must be under 26",
                            "Cal. Penal Code § 3051(a)(1)", label="Age at offense"),
            CriterionResult("time_served", True, "24 years 2 months served on 2026-11-27; hearing from "
                            "2021-09-05 (custody start + 19 years)", "Cal. Penal Code § 3051(b)(2)",
                            Confidence.SECONDARY, label="Years of incarceration"),
        ),
    )


def elderly_determination(person: Person, status: Status = Status.NOT_YET) -> Determination:
    return Determination(
        person_id=person.person_id, program="ca-elderly-parole", status=status,
        eligible_on=date(2033, 4, 12) if status is not Status.EXCLUDED else None,
        pack_version="2026.11.1", as_of=AS_OF,
        criteria=(CriterionResult("age", False, "age 43 on 2026-11-27; needs 50 (on 2033-04-12)",
                                  "Cal. Penal Code § 3055(a)", label="Age"),),
    )


def us_person(**changes: object) -> Person:
    base = Person(
        person_id="40217-112", last_name="Okonkwo-Reyes", first_name="Samuel", date_of_birth=date(1957, 2, 28),
        jurisdiction=Jurisdiction.US, offense_date=date(2009, 10, 1), custody_start=date(2010, 1, 15),
        sentence_type=SentenceType.DETERMINATE, term_years=25, term_months=0, sentence_date=date(2011, 5, 2),
        controlling_offense="21 U.S.C. § 841(a)(1) distribution of a controlled substance",
        case_number="2:10-cr-00417", county="Central District of California",
        custody_breaks=(CustodyBreak(date(2010, 3, 1), date(2010, 4, 10)),),
        conduct=(ConductEntry("40217-112", date(2015, 6, 1), ConductKind.PROGRAM, None, None,
                              "Drug Education Program"),),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def federal_determination(person: Person, status: Status = Status.ELIGIBLE) -> Determination:
    return Determination(
        person_id=person.person_id, program="us-compassionate-age", status=status,
        eligible_on=date(2022, 2, 28) if status is Status.ELIGIBLE else None, pack_version="2026.11.1",
        as_of=AS_OF,
        criteria=(
            CriterionResult("age", True, "age 69 on 2026-11-27; needs 65 (since 2022-02-28)",
                            "USSG § 1B1.13(b)(2)(i)", label="Age"),
            CriterionResult("time_served", True, "16 years 9 months served; needs the lesser of 10 years and "
                            "75% of 300 months (225 months), so 10 years (met 2020-02-24)",
                            "USSG § 1B1.13(b)(2)(iii)", label="Time served"),
            CriterionResult("deterioration", None, "serious deterioration in health because of aging",
                            "USSG § 1B1.13(b)(2)(ii)", to_establish=True, label="Deterioration from aging"),
        ),
    )


FEDERAL_NARRATIVE = {
    "exhaustion": "The request was delivered to the warden on June 2, 2026. More than 30 days passed without "
                  "a response.",
    "aging_deterioration": "Mr. Okonkwo-Reyes has congestive heart failure and needs a walker (Exhibit A).",
    "release_plan": "He will live with his daughter in Pasadena, who has offered a room and transport.",
}

REFERRAL = ("On August 14, 2026, the Secretary of the Department of Corrections and Rehabilitation recommended "
            "recall and resentencing by letter, received by the Court on August 20, 2026.")
