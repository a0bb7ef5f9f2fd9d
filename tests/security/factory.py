"""Fictional people for the security tests, built from ``records.Person`` directly (no generator needed)."""

from __future__ import annotations

from datetime import date, timedelta

from eligibility.records import (
    ConductEntry,
    ConductKind,
    CustodyBreak,
    Division,
    Flag,
    Jurisdiction,
    Person,
    SentenceType,
)

# A surname no real roster or SQLite page will contain by accident: the plaintext searches look for it.
MARKER_SURNAME = "Qwertyuiopson"
MARKER_FIRST = "Zebulonia"
MARKER_ID = "ZQ98765"

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a completely different phrase"


def marker_person() -> Person:
    pid = MARKER_ID
    return Person(
        person_id=pid, last_name=MARKER_SURNAME, first_name=MARKER_FIRST, date_of_birth=date(1971, 4, 9),
        jurisdiction=Jurisdiction.CA, offense_date=date(1990, 3, 3), custody_start=date(1990, 3, 4),
        sentence_type=SentenceType.LIFE, min_term_years=25, sentence_date=date(1991, 1, 15),
        custody_breaks=(CustodyBreak(date(1990, 5, 1), date(1990, 6, 1)),),
        controlling_offense="PC 187(a)", case_number="BA424242", county="Los Angeles",
        flags=frozenset({Flag.VIOLENT_FELONY}),
        conduct=(ConductEntry(pid, date(2001, 5, 4), ConductKind.SERIOUS_RVR, Division.B, True,
                              f"fight involving {MARKER_SURNAME}"),),
    )


def people(n: int, *, prefix: str = "P") -> list[Person]:
    """``n`` distinct fictional people, quickly (50,000 in well under a second)."""
    out = []
    base = date(1960, 1, 1)
    for i in range(n):
        dob = base + timedelta(days=(i * 37) % 12000)
        out.append(Person(
            person_id=f"{prefix}{i:06d}", last_name=f"Surname{i % 997}", first_name=f"Given{i % 331}",
            date_of_birth=dob, jurisdiction=Jurisdiction.CA, offense_date=dob + timedelta(days=7000),
            custody_start=dob + timedelta(days=7001), sentence_type=SentenceType.DETERMINATE,
            term_years=10 + i % 20, term_months=i % 12, sentence_date=dob + timedelta(days=7300),
            county="Alameda",
        ))
    return out
