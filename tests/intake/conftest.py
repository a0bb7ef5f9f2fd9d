"""Helpers for writing small roster files by hand: each test states only the cells it is about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eligibility.intake import CANONICAL_CONDUCT_COLUMNS, CANONICAL_ROSTER_COLUMNS

TODAY = date(2026, 12, 1)

GOOD_ROW: dict[str, str] = {
    "person_id": "XA0001", "last_name": "Peña", "first_name": "José", "date_of_birth": "1985-04-12",
    "jurisdiction": "CA", "offense_date": "2004-06-01", "custody_start": "2004-06-03",
    "custody_breaks": "", "sentence_date": "2005-01-10", "sentence_type": "determinate",
    "term_years": "25", "term_months": "0", "min_term_years": "", "controlling_offense": "PC 211 robbery",
    "case_number": "BA123456", "county": "Los Angeles", "flags": "violent_felony", "race_ethnicity": "Hispanic",
    "sex": "M",
}
GOOD_CONDUCT: dict[str, str] = {"person_id": "XA0001", "date": "2010-03-04", "kind": "serious_rvr",
                                "division": "D", "violent": "yes", "description": "Fighting"}


def csv_line(cells: list[str]) -> str:
    out = []
    for cell in cells:
        if any(ch in cell for ch in ',"\n\r'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out)


def roster_text(rows: list[dict[str, str]], columns: tuple[str, ...] = CANONICAL_ROSTER_COLUMNS) -> str:
    lines = [",".join(columns)]
    for row in rows:
        full = {**GOOD_ROW, **row}
        lines.append(csv_line([full.get(c, "") for c in columns]))
    return "\n".join(lines) + "\n"


def conduct_text(rows: list[dict[str, str]]) -> str:
    lines = [",".join(CANONICAL_CONDUCT_COLUMNS)]
    for row in rows:
        full = {**GOOD_CONDUCT, **row}
        lines.append(csv_line([full.get(c, "") for c in CANONICAL_CONDUCT_COLUMNS]))
    return "\n".join(lines) + "\n"


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write("roster.csv", text or bytes) → path in a fresh directory."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return _write
