"""The lean pass and the careful pass of row validation must agree on every row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eligibility.intake import CANONICAL_CONDUCT_COLUMNS, CANONICAL_ROSTER_COLUMNS
from eligibility.intake.rows import ConductRows, RosterRows

from .conftest import TODAY

CANDIDATES: dict[str, list[str]] = {
    "person_id": ["XA0001", "", " XA0002 "],
    "last_name": ["Peña", "", "O'Brien", "'=cmd", "Pen\u0303a"],
    "first_name": ["José", " "],
    "date_of_birth": ["1985-04-12", "4/12/1985", "1985-02-30", "2027-01-01", "1899-12-31", "", "1985-4-12"],
    "jurisdiction": ["CA", "dc", "TX", ""],
    "offense_date": ["2004-06-01", "1980-01-01", "2030-01-01", "06/01/2004", "x"],
    "custody_start": ["2004-06-03", "1984-01-01", "", "2026-12-01", "2026-12-02"],
    "custody_breaks": ["", "2006-01-01..2006-03-01", "2003-01-01..2003-02-01", "2006-01-01..2026-12-02",
                       "2006-01-01..2006-06-01;2006-05-01..2006-08-01", "2006-03-01..2006-01-01", ";",
                       "2006-01-01", "2007-01-01..2007-02-01;2006-01-01..2006-03-01"],
    "sentence_date": ["", "2005-01-10", "2004-05-01", "2027-01-01", "bad"],
    "sentence_type": ["determinate", "LIFE", "parole", ""],
    "term_years": ["", "25", "-1", "2.5"],
    "term_months": ["", "0", "x"],
    "min_term_years": ["", "15", "15 years"],
    "controlling_offense": ["", "PC 211", "-dash"],
    "case_number": ["", "BA1"],
    "county": ["", "Los Angeles"],
    "flags": ["", "violent_felony", "Third_Strike; serious_felony", "nope", ";;"],
    "race_ethnicity": ["", "Black"],
    "sex": ["", "F"],
}
CONDUCT_CANDIDATES: dict[str, list[str]] = {
    "person_id": ["XA0001", "XB0002", "XC0003", "XZ9999", ""],
    "date": ["2010-03-04", "3/4/2010", "2010-02-30", "2027-01-01", ""],
    "kind": ["serious_rvr", "Laudatory", "rvr", ""],
    "division": ["", "D", "a-1", "A1", "G"],
    "violent": ["", "yes", "No", "maybe"],
    "description": ["", "Fighting", "'=x", "=x"],
}


def _row(columns, candidates, draw_indexes):
    return [candidates[c][i % len(candidates[c])] for c, i in zip(columns, draw_indexes)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=20), min_size=len(CANONICAL_ROSTER_COLUMNS),
                max_size=len(CANONICAL_ROSTER_COLUMNS)))
def test_roster_fast_and_careful_agree(choice):
    raw = _row(CANONICAL_ROSTER_COLUMNS, CANDIDATES, choice)
    indexes = {c: i for i, c in enumerate(CANONICAL_ROSTER_COLUMNS)}

    def fresh() -> RosterRows:
        return RosterRows(file_name="r.csv", indexes=indexes, width=len(raw), today=TODAY)

    try:
        fast = fresh()._fast(list(raw), 2)
    except (ValueError, KeyError):
        fast = None
    careful, errors = fresh()._careful(list(raw), 2)
    if fast is not None:
        assert errors == [] and careful == fast
    elif not any(c.strip().startswith("'") for c in raw):
        assert errors, "the lean pass refused a row the careful pass accepts"
    assert fresh().read(list(raw), 2) == (careful, errors)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=20), min_size=6, max_size=6))
def test_conduct_fast_and_careful_agree(choice):
    raw = _row(CANONICAL_CONDUCT_COLUMNS, CONDUCT_CANDIDATES, choice)
    indexes = {c: i for i, c in enumerate(CANONICAL_CONDUCT_COLUMNS)}

    def fresh() -> ConductRows:
        return ConductRows(file_name="c.csv", indexes=indexes, width=6, today=TODAY, roster_ids={"XA0001"},
                           rejected_roster_rows={"XC0003": 5}, roster_name="r.csv",
                           known_person_ids={"XB0002", "XC0003"})

    try:
        fast = fresh()._fast(list(raw))
    except (ValueError, KeyError):
        fast = None
    careful, errors = fresh()._careful(list(raw), 2)
    if fast is not None:
        assert errors == [] and careful is not None
        assert (careful.person_id, careful.date, careful.kind, careful.division, careful.violent,
                careful.description) == fast
    elif not any(c.strip().startswith("'") for c in raw):
        assert errors, "the lean pass refused a row the careful pass accepts"
    assert fresh().read(list(raw), 2) == (careful, errors)


def test_roster_duplicate_goes_through_careful_pass():
    indexes = {c: i for i, c in enumerate(CANONICAL_ROSTER_COLUMNS)}
    rows = RosterRows(file_name="r.csv", indexes=indexes, width=len(indexes), today=TODAY)
    raw = [CANDIDATES[c][0] for c in CANONICAL_ROSTER_COLUMNS]
    assert rows.read(list(raw), 2)[1] == []
    fields, errors = rows.read(list(raw), 3)
    assert fields is None and [e.column for e in errors] == ["person_id"]
