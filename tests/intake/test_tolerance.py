"""Real exports are messy: each tolerated quirk reads to the same person as the canonical file."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from eligibility.intake import read_import
from eligibility.records import CustodyBreak, Flag, Jurisdiction, SentenceType

from .conftest import GOOD_ROW, TODAY, conduct_text, roster_text


def _only_person(path, **kw):
    parsed = read_import(path, today=TODAY, **kw)
    assert parsed.report.errors == []
    assert len(parsed.people) == 1
    return parsed.people[0], parsed.report


def test_canonical_row_reads_every_field(write):
    p, report = _only_person(write("roster.csv", roster_text([{"custody_breaks": "2006-01-01..2006-03-01",
                                                                "flags": "violent_felony;serious_felony"}])))
    assert p.person_id == "XA0001" and p.last_name == "Peña" and p.first_name == "José"
    assert p.date_of_birth == date(1985, 4, 12)
    assert p.jurisdiction is Jurisdiction.CA and p.sentence_type is SentenceType.DETERMINATE
    assert p.custody_breaks == (CustodyBreak(date(2006, 1, 1), date(2006, 3, 1)),)
    assert p.sentence_date == date(2005, 1, 10)
    assert (p.term_years, p.term_months, p.min_term_years) == (25, 0, None)
    assert p.flags == frozenset({Flag.VIOLENT_FELONY, Flag.SERIOUS_FELONY})
    assert (p.controlling_offense, p.case_number, p.county, p.race_ethnicity, p.sex) == (
        "PC 211 robbery", "BA123456", "Los Angeles", "Hispanic", "M")
    assert report.rows_read == 1 and report.people_ok == 1 and report.files == ["roster.csv"]


@pytest.fixture
def reference(write):
    p, _ = _only_person(write("reference.csv", roster_text([{}])))
    return p


def test_utf8_bom(write, reference):
    p, _ = _only_person(write("roster.csv", "\ufeff" + roster_text([{}])))
    assert p == reference


def test_windows_line_endings_and_blank_trailing_rows(write, reference):
    text = roster_text([{}]).replace("\n", "\r\n") + "\r\n,,,\r\n\r\n"
    p, report = _only_person(write("roster.csv", text))
    assert p == reference and report.rows_read == 1


def test_stray_spaces_and_header_case(write, reference):
    text = roster_text([{}])
    header, row = text.splitlines()
    header = ",".join(f"  {h.upper().replace('_', ' ')} " for h in header.split(","))
    row = ",".join(f" {c}  " for c in row.split(","))
    p, _ = _only_person(write("roster.csv", header + "\n" + row + "\n"))
    assert p == reference


def test_us_dates_with_and_without_leading_zeros(write, reference):
    p, _ = _only_person(write("roster.csv", roster_text([{"date_of_birth": "4/12/1985", "offense_date": "06/01/2004",
                                                           "custody_start": "6/3/2004",
                                                           "sentence_date": "01/10/2005"}])))
    assert p == reference


def test_enum_values_in_another_case(write, reference):
    p, _ = _only_person(write("roster.csv", roster_text([{"jurisdiction": "ca", "sentence_type": "Determinate",
                                                           "flags": " Violent_Felony ; "}])))
    assert p == reference


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_sniffed_from_header(write, reference, delimiter):
    text = roster_text([{"controlling_offense": "PC 211 robbery"}]).replace(",", delimiter)
    p, _ = _only_person(write("roster.csv", text))
    assert p == reference


def test_comma_in_header_wins_over_other_separators(write):
    # Free-text cells full of semicolons must not make the sniffer pick ';'.
    text = roster_text([{"controlling_offense": "a; b; c; d", "flags": "violent_felony;serious_felony"}])
    p, _ = _only_person(write("roster.csv", text))
    assert p.controlling_offense == "a; b; c; d"


def test_latin1_file_decoded_as_cp1252_with_warning(write):
    path = write("roster.csv", roster_text([{"last_name": "Peña", "first_name": "Zoë"}]), encoding="cp1252")
    p, report = _only_person(path)
    assert (p.last_name, p.first_name) == ("Peña", "Zoë")
    assert any("Windows-1252" in w and "roster.csv" in w for w in report.warnings)


def test_utf8_file_has_no_encoding_warning(write):
    _, report = _only_person(write("roster.csv", roster_text([{}])))
    assert report.warnings == []


def test_utf16_file_with_bom(write, reference):
    p, _ = _only_person(write("roster.csv", roster_text([{}]), encoding="utf-16"))
    assert p == reference


def test_quoted_newline_inside_a_cell_keeps_spreadsheet_row_numbers(write):
    text = roster_text([{"controlling_offense": "line one\nline two"}, {"person_id": "XA0002",
                                                                       "date_of_birth": "1985-02-30"}])
    parsed = read_import(write("roster.csv", text), today=TODAY)
    assert parsed.people[0].controlling_offense == "line one\nline two"
    assert [(e.row, e.column) for e in parsed.report.errors] == [(3, "date_of_birth")]


def test_extra_columns_are_ignored_with_a_warning(write, reference):
    columns = ("housing_unit",) + tuple(GOOD_ROW)
    p, report = _only_person(write("roster.csv", roster_text([{"housing_unit": "B-12"}], columns=columns)))
    assert p == reference
    assert any("housing_unit" in w for w in report.warnings)


def test_optional_columns_may_be_absent(write):
    columns = ("person_id", "last_name", "first_name", "date_of_birth", "jurisdiction", "offense_date",
               "custody_start", "sentence_type")
    p, _ = _only_person(write("roster.csv", roster_text([{}], columns=columns)))
    assert p.sentence_date is None and p.flags == frozenset() and p.term_years is None and p.county == ""


def test_explicit_mapping_from_office_headers(write, reference):
    text = roster_text([{}]).replace("person_id", "CDCR #").replace("date_of_birth", "DOB", 1)
    mapping = {"CDCR #": "person_id", "DOB": "date_of_birth"}
    mapping.update({c: c for c in GOOD_ROW if c not in ("person_id", "date_of_birth")})
    p, _ = _only_person(write("roster.csv", text), mapping=mapping)
    assert p == reference


def test_mapping_that_leaves_a_column_out_ignores_it(write):
    mapping = {c: c for c in GOOD_ROW if c != "county"}
    p, _ = _only_person(write("roster.csv", roster_text([{}])), mapping=mapping)
    assert p.county == ""


def test_xlsx_with_datetime_cells_numbers_and_text_dates(tmp_path, reference):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(GOOD_ROW))
    cells = dict(GOOD_ROW)
    row = [cells[c] for c in GOOD_ROW]
    cols = list(GOOD_ROW)
    row[cols.index("date_of_birth")] = datetime(1985, 4, 12)
    row[cols.index("offense_date")] = date(2004, 6, 1)
    row[cols.index("custody_start")] = "06/03/2004"
    row[cols.index("term_years")] = 25
    row[cols.index("term_months")] = 0.0
    row[cols.index("min_term_years")] = None
    ws.append(row)
    ws.append([None] * len(cols))  # a blank trailing row, as Excel often leaves
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    p, report = _only_person(path)
    assert p == reference and report.rows_read == 1


def test_xlsx_non_integer_term_is_an_error(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(GOOD_ROW))
    row = list(GOOD_ROW.values())
    row[list(GOOD_ROW).index("term_years")] = 12.5
    ws.append(row)
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    parsed = read_import(path, today=TODAY)
    assert [(e.row, e.column, e.value) for e in parsed.report.errors] == [(2, "term_years", "12.5")]


def test_conduct_file_in_cp1252_and_semicolons(write):
    roster = write("roster.csv", roster_text([{}]))
    conduct = write("conduct.csv", conduct_text([{"description": "Peña's laudatory", "kind": "laudatory",
                                                  "division": "", "violent": ""}]).replace(",", ";"),
                    encoding="cp1252")
    parsed = read_import(roster, conduct, today=TODAY)
    assert parsed.report.errors == []
    assert parsed.people[0].conduct[0].description == "Peña's laudatory"
    assert any("conduct.csv" in w for w in parsed.report.warnings)


def test_utf8_bom_on_cp1252_text(write):
    path = write("roster.csv", b"\xef\xbb\xbf" + roster_text([{"last_name": "Peña"}]).encode("cp1252"))
    p, report = _only_person(path)
    assert p.last_name == "Peña" and report.warnings


def test_decomposed_unicode_is_normalised_to_nfc(write):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Peña")
    assert decomposed != "Peña"
    p, _ = _only_person(write("roster.csv", roster_text([{"last_name": decomposed, "first_name": "José"}])))
    assert p.last_name == "Peña"
    conduct = write("conduct.csv", conduct_text([{"description": unicodedata.normalize("NFD", "Müller's chrono")}]))
    parsed = read_import(write("roster.csv", roster_text([{}])), conduct, today=TODAY)
    assert parsed.people[0].conduct[0].description == "Müller's chrono"
