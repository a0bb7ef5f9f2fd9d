"""The canonical CSV exports of the interchange contract, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from eligibility.intake.columns import CANONICAL_CONDUCT_COLUMNS, CANONICAL_ROSTER_COLUMNS
from eligibility.records import ConductEntry, Person

_DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(text: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula (OWASP CSV injection).

    The importer removes exactly one apostrophe again (values.unneutralize), so round trips are exact.
    Text that already starts with apostrophes before such a character gets one more for the same reason:
    otherwise the importer would take the text's own apostrophe for the guard.
    """
    if text.startswith(_DANGEROUS_STARTS) or (text[:1] == "'" and text.lstrip("'").startswith(_DANGEROUS_STARTS)):
        return "'" + text
    return text


def _date(d: object) -> str:
    return d.isoformat() if d is not None else ""  # type: ignore[attr-defined]


def _int(n: int | None) -> str:
    return "" if n is None else str(n)


def roster_cells(p: Person) -> list[str]:
    return [
        neutralize_cell(p.person_id), neutralize_cell(p.last_name), neutralize_cell(p.first_name),
        p.date_of_birth.isoformat(), p.jurisdiction.value, p.offense_date.isoformat(),
        p.custody_start.isoformat(),
        ";".join(f"{b.start.isoformat()}..{b.end.isoformat()}" for b in p.custody_breaks),
        _date(p.sentence_date), p.sentence_type.value, _int(p.term_years), _int(p.term_months),
        _int(p.min_term_years), neutralize_cell(p.controlling_offense), neutralize_cell(p.case_number),
        neutralize_cell(p.county), ";".join(sorted(f.value for f in p.flags)),
        neutralize_cell(p.race_ethnicity), neutralize_cell(p.sex),
    ]


def conduct_cells(c: ConductEntry) -> list[str]:
    violent = "" if c.violent is None else ("yes" if c.violent else "no")
    return [neutralize_cell(c.person_id), c.date.isoformat(), c.kind.value,
            c.division.value if c.division is not None else "", violent, neutralize_cell(c.description)]


@contextmanager
def _open(stream_or_path: TextIO | Path | str, *, bom: bool) -> Iterator[TextIO]:
    if isinstance(stream_or_path, (str, Path)):
        with open(stream_or_path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            yield f
    else:
        yield stream_or_path


def write_roster_csv(people: Iterable[Person], stream_or_path: TextIO | Path | str, *, bom: bool = False) -> int:
    """Write roster.csv (header plus one row per person); returns the number of people written.

    A stream must be opened with ``newline=""`` as the csv module requires. ``bom=True`` helps Excel on
    Windows recognise UTF-8, which it otherwise shows as mojibake.
    """
    with _open(stream_or_path, bom=bom) as out:
        writer = csv.writer(out)
        writer.writerow(CANONICAL_ROSTER_COLUMNS)
        n = 0
        for p in people:
            writer.writerow(roster_cells(p))
            n += 1
    return n


def write_conduct_csv(people: Iterable[Person], stream_or_path: TextIO | Path | str, *,
                      bom: bool = False) -> int:
    """Write conduct.csv from each person's attached conduct; returns the number of entries written."""
    with _open(stream_or_path, bom=bom) as out:
        writer = csv.writer(out)
        writer.writerow(CANONICAL_CONDUCT_COLUMNS)
        n = 0
        for p in people:
            for c in p.conduct:
                writer.writerow(conduct_cells(c))
                n += 1
    return n


def write_canonical(people: Iterable[Person], *, roster: TextIO | Path | str, conduct: TextIO | Path | str,
                    bom: bool = False) -> tuple[int, int]:
    """Both files in one pass, so a generator of people (bench rosters of any size) is consumed once."""
    with _open(roster, bom=bom) as roster_out, _open(conduct, bom=bom) as conduct_out:
        roster_writer, conduct_writer = csv.writer(roster_out), csv.writer(conduct_out)
        roster_writer.writerow(CANONICAL_ROSTER_COLUMNS)
        conduct_writer.writerow(CANONICAL_CONDUCT_COLUMNS)
        n_people = n_conduct = 0
        for p in people:
            roster_writer.writerow(roster_cells(p))
            n_people += 1
            for c in p.conduct:
                conduct_writer.writerow(conduct_cells(c))
                n_conduct += 1
    return n_people, n_conduct
