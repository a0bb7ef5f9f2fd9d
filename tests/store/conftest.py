from __future__ import annotations

from datetime import date

import pytest

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
from eligibility.store import Store


def make_person(pid: str = "AB1234", **overrides) -> Person:
    base = dict(
        person_id=pid, last_name="Nguyễn", first_name="Thi", date_of_birth=date(1975, 2, 28),
        jurisdiction=Jurisdiction.CA, offense_date=date(1995, 6, 1), custody_start=date(1995, 6, 2),
        sentence_type=SentenceType.LIFE, min_term_years=25, sentence_date=date(1996, 3, 1),
        custody_breaks=(CustodyBreak(date(1995, 8, 1), date(1995, 9, 1)),),
        controlling_offense="PC 187(a)", case_number="BA000001", county="Los Angeles",
        flags=frozenset({Flag.VIOLENT_FELONY}),
        conduct=(ConductEntry(pid, date(2001, 5, 4), ConductKind.SERIOUS_RVR, Division.B, True, "fight"),
                 ConductEntry(pid, date(2010, 1, 1), ConductKind.PROGRAM, None, None, "GED")),
    )
    base.update(overrides)
    return Person(**base)


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "cases.slstore")
    yield s
    s.close()


@pytest.fixture
def person():
    return make_person()
