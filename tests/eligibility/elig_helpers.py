"""Helpers for the eligibility tests: a factory for fictional people and criterion lookup."""

from __future__ import annotations

from datetime import date
from typing import Any

from eligibility.records import (
    ConductEntry,
    ConductKind,
    CustodyBreak,
    Determination,
    Division,
    Flag,
    Jurisdiction,
    Person,
    SentenceType,
)

AS_OF = date(2026, 11, 27)


def make_person(*, dob: date, offense: date, custody: date, sentence: str = "determinate",
                jurisdiction: str = "CA", breaks: tuple[tuple[date, date], ...] = (),
                flags: tuple[str, ...] = (), conduct: tuple[tuple[date, str, dict[str, Any]], ...] = (),
                person_id: str = "T0001", **extra: Any) -> Person:
    return Person(
        person_id=person_id, last_name="Testperson", first_name="Fictional", date_of_birth=dob,
        jurisdiction=Jurisdiction(jurisdiction), offense_date=offense, custody_start=custody,
        sentence_type=SentenceType(sentence),
        custody_breaks=tuple(CustodyBreak(a, b) for a, b in breaks),
        flags=frozenset(Flag(f) for f in flags),
        conduct=tuple(ConductEntry(person_id, d, ConductKind(k), Division(o["division"]) if o.get("division")
                                   else None, o.get("violent")) for d, k, o in conduct),
        **extra,
    )


def criterion(det: Determination, cid: str) -> Any:
    matches = [c for c in det.criteria if c.id == cid]
    assert matches, f"no criterion {cid!r} in {[c.id for c in det.criteria]}"
    return matches[0]
