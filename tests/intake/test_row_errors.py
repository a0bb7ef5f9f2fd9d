"""Every bad row is reported with file, row, column, value and what was expected; good rows still come in."""

from __future__ import annotations

import io
from datetime import date

import pytest

from eligibility.intake import RowError, read_conduct_only, read_import

from .conftest import TODAY, conduct_text, roster_text


def _errors(write, rows, **kw):
    parsed = read_import(write("roster.csv", roster_text(rows)), today=TODAY, **kw)
    return parsed, [(e.row, e.column, e.value) for e in parsed.report.errors]


@pytest.mark.parametrize(("column", "value", "expected_fragment"), [
    ("sentence_type", "life_with_parole", "one of determinate, life, lwop, death"),
    ("jurisdiction", "TX", "one of CA, US, DC, MD"),
    ("flags", "violent_felony;three_strikes", "'three_strikes' is not one"),
    ("date_of_birth", "2026-02-30", "a real date as YYYY-MM-DD or MM/DD/YYYY"),
    ("date_of_birth", "13/01/1985", "a real date"),
    ("date_of_birth", "01/02/85", "a real date"),
    ("date_of_birth", "20260101", "a real date"),
    ("offense_date", "2027-01-01", "on or before 2026-12-01"),
    ("sentence_date", "2026-12-02", "on or before 2026-12-01"),
    ("custody_start", "1980-01-01", "on or after date_of_birth"),
    ("offense_date", "1985-04-11", "on or after date_of_birth"),
    ("sentence_date", "2004-05-31", "on or after offense_date"),
    ("term_years", "-3", "a whole number of years"),
    ("term_years", "12.5", "a whole number of years"),
    ("term_months", "six", "a whole number of months"),
    ("min_term_years", "15-to-life", "a whole number of years"),
    ("custody_breaks", "2006-01-01", "YYYY-MM-DD..YYYY-MM-DD"),
    ("custody_breaks", "2006-03-01..2006-01-01", "each ending after it starts"),
    ("custody_breaks", "2006-01-01..2006-02-30", "YYYY-MM-DD..YYYY-MM-DD"),
    ("custody_breaks", "2006-01-01..2006-06-01;2006-05-01..2006-08-01", "do not overlap"),
    ("custody_breaks", "2003-01-01..2004-08-01", "start on or after custody_start"),
    ("custody_breaks", "2026-10-01..2026-12-25", "end on or before 2026-12-01"),
    ("person_id", "", "a value (this column is required)"),
    ("last_name", "   ", "a value (this column is required)"),
    ("custody_start", "", "a value (this column is required)"),
])
def test_bad_cell_is_reported_and_the_row_skipped(write, column, value, expected_fragment):
    parsed, errors = _errors(write, [{"person_id": "XA0001"}, {"person_id": "XA0002", column: value}])
    assert errors == [(3, column, value.strip())]
    assert expected_fragment in parsed.report.errors[0].expected
    assert [p.person_id for p in parsed.people] == ["XA0001"]
    assert parsed.report.rows_rejected == 1 and parsed.report.people_ok == 1


def test_future_date_of_birth(write):
    _, errors = _errors(write, [{"date_of_birth": "2030-01-01"}])
    assert (2, "date_of_birth", "2030-01-01") in errors


def test_dates_on_today_are_accepted(write):
    parsed, errors = _errors(write, [{"custody_start": "2026-12-01", "offense_date": "2026-11-30",
                                      "sentence_date": "2026-12-01"}])
    assert errors == [] and parsed.people[0].custody_start == TODAY


def test_multiple_errors_in_one_row_are_all_reported(write):
    _, errors = _errors(write, [{"date_of_birth": "1985-13-01", "jurisdiction": "XX", "sentence_type": "",
                                 "flags": "nope", "term_years": "x"}])
    assert [c for _, c, _ in errors] == ["date_of_birth", "jurisdiction", "sentence_type", "term_years", "flags"]
    assert {r for r, _, _ in errors} == {2}


def test_duplicate_person_id_reports_second_occurrence_naming_the_first(write):
    parsed, errors = _errors(write, [{"person_id": "XA0001"}, {"person_id": "XA0002"},
                                     {"person_id": "XA0001", "last_name": "Other"}])
    assert errors == [(4, "person_id", "XA0001")]
    assert "already used on row 2" in parsed.report.errors[0].expected
    assert [p.last_name for p in parsed.people if p.person_id == "XA0001"] == ["Peña"]


def test_duplicate_of_a_rejected_row_is_still_a_duplicate(write):
    parsed, errors = _errors(write, [{"date_of_birth": "bad"}, {}])
    assert errors == [(2, "date_of_birth", "bad"), (3, "person_id", "XA0001")]
    assert parsed.people == []


def test_row_with_more_cells_than_the_header(write):
    text = roster_text([{}]).rstrip("\n") + ",unexpected\n"
    parsed = read_import(write("roster.csv", text), today=TODAY)
    assert [(e.row, e.value) for e in parsed.report.errors] == [(2, "unexpected")]
    assert "header columns" in parsed.report.errors[0].expected


def test_short_row_is_read_with_empty_optional_cells(write):
    text = roster_text([{}]).splitlines()
    short = ",".join(text[1].split(",")[:11])  # up to term_years
    parsed = read_import(write("roster.csv", text[0] + "\n" + short + "\n"), today=TODAY)
    assert parsed.report.errors == [] and parsed.people[0].term_years == 25
    assert parsed.people[0].min_term_years is None and parsed.people[0].county == ""


def test_row_error_text_matches_the_contract():
    e = RowError("roster.csv", 14, "date_of_birth", "1990-02-30", "a real date as YYYY-MM-DD or MM/DD/YYYY")
    assert str(e) == ("roster.csv, row 14, column date_of_birth: '1990-02-30' — expected a real date as "
                      "YYYY-MM-DD or MM/DD/YYYY")


# Conduct


def _with_conduct(write, conduct_rows, roster_rows=({},), **kw):
    roster = write("roster.csv", roster_text(list(roster_rows)))
    conduct = write("conduct.csv", conduct_text(conduct_rows))
    return read_import(roster, conduct, today=TODAY, **kw)


@pytest.mark.parametrize(("column", "value", "expected_fragment"), [
    ("kind", "rvr", "one of serious_rvr, administrative_rvr"),
    ("division", "G", "one of A-1, A-2, B, C, D, E, F"),
    ("violent", "maybe", "yes, no or empty"),
    ("date", "2026-02-29", "a real date"),
    ("date", "2027-03-01", "on or before 2026-12-01"),
    ("person_id", "XA9999", "a person_id in the roster file or already in the case store"),
    ("kind", "", "required"),
    ("kind", "counseling", "empty unless kind is serious_rvr"),
])
def test_bad_conduct_row(write, column, value, expected_fragment):
    parsed = _with_conduct(write, [{}, {column: value}])
    if expected_fragment.startswith("empty unless"):  # the division (D) is wrong for this kind
        column, value = "division", "D"
    assert [(e.file, e.row, e.column, e.value) for e in parsed.report.errors] == [
        ("conduct.csv", 3, column, value)]
    assert expected_fragment in parsed.report.errors[0].expected
    assert len(parsed.people[0].conduct) == 1 and parsed.report.conduct_ok == 1


def test_conduct_values_are_parsed(write):
    parsed = _with_conduct(write, [{"division": "a2", "violent": "No"}, {"kind": "laudatory", "division": "",
                                                                         "violent": "", "date": "3/5/2011"}])
    first, second = parsed.people[0].conduct
    assert first.division.value == "A-2" and first.violent is False
    assert second.kind.value == "laudatory" and second.violent is None and second.date == date(2011, 3, 5)


def test_conduct_for_a_person_already_in_the_store_is_returned_separately(write):
    parsed = _with_conduct(write, [{}, {"person_id": "XB0007"}], known_person_ids=["XB0007"])
    assert parsed.report.errors == []
    assert [e.person_id for e in parsed.extra_conduct] == ["XB0007"]
    assert [e.person_id for e in parsed.people[0].conduct] == ["XA0001"]


def test_conduct_for_a_person_whose_roster_row_was_rejected(write):
    parsed = _with_conduct(write, [{}], roster_rows=[{"date_of_birth": "1985-02-30"}],
                           known_person_ids={"XA0001"})
    conduct_errors = [e for e in parsed.report.errors if e.file == "conduct.csv"]
    assert [(e.row, e.column) for e in conduct_errors] == [(2, "person_id")]
    assert "roster.csv row 2 was rejected" in conduct_errors[0].expected
    assert parsed.extra_conduct == []


def test_repeated_conduct_rows_are_one_entry(write):
    parsed = _with_conduct(write, [{}, {}, {"description": "Fighting "}, {"description": "Other"}])
    assert len(parsed.people[0].conduct) == 2
    assert parsed.report.conduct_duplicates == 2 and parsed.report.conduct_ok == 2
    assert "2 repeated conduct rows were merged" in parsed.report.summary()


def test_read_conduct_only(write):
    conduct = write("conduct.csv", conduct_text([{}, {"person_id": "XZ1"}, {"kind": "bogus"}]))
    entries, report = read_conduct_only(conduct, today=TODAY, known_person_ids={"XA0001"})
    assert [e.person_id for e in entries] == ["XA0001"]
    assert [(e.row, e.column) for e in report.errors] == [(3, "person_id"), (4, "kind")]


# The report


def test_report_csv_is_neutralised_for_spreadsheets(write):
    parsed, _ = _errors(write, [{"jurisdiction": "=HYPERLINK(\"http://x\")"}])
    out = io.StringIO()
    assert parsed.report.to_csv(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "file,row,column,value,expected"
    assert lines[1].startswith("roster.csv,2,jurisdiction,\"'=HYPERLINK(")


def test_summary_counts(write):
    parsed = _with_conduct(write, [{}, {"kind": "x"}], roster_rows=[{}, {"person_id": "XA0002", "sex": "F",
                                                                        "jurisdiction": "??"}])
    text = parsed.report.summary()
    assert text.startswith("Read 4 rows from roster.csv and conduct.csv: 1 person and 1 conduct entry accepted")
    assert "2 rows rejected (2 problems)" in text
    assert not parsed.report.ok
