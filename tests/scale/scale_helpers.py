"""What the scale tests share: the roster's size, seed and as-of date, and the generated roster's files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eligibility.records import Person

SCALE_PEOPLE = 2_000
SEED = 7
AS_OF = date(2026, 12, 1)


@dataclass(frozen=True)
class Roster:
    people: list[Person]
    roster_csv: Path
    conduct_csv: Path
    conduct_rows: int
