"""Whole-file problems stop the import with a sentence that names the file and what is wrong."""

from __future__ import annotations

import pytest

from eligibility.intake import IntakeError, read_conduct_only, read_header, read_import

from .conftest import TODAY, conduct_text, roster_text


@pytest.mark.parametrize("content", [b"", b"   \r\n\n", "\ufeff".encode()])
def test_empty_file(write, content):
    with pytest.raises(IntakeError, match=r"roster\.csv is empty"):
        read_import(write("roster.csv", content), today=TODAY)


def test_header_only_file_reads_zero_rows(write):
    parsed = read_import(write("roster.csv", roster_text([])), today=TODAY)
    assert parsed.people == [] and parsed.report.rows_read == 0 and parsed.report.errors == []


def test_binary_file_named_csv(write):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    with pytest.raises(IntakeError, match=r"roster\.csv is not a text CSV file"):
        read_import(write("roster.csv", png), today=TODAY)


def test_excel_workbook_renamed_to_csv(write, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["person_id"])
    wb.save(tmp_path / "book.xlsx")
    data = (tmp_path / "book.xlsx").read_bytes()
    with pytest.raises(IntakeError, match=r"not a text CSV file.*\.xlsx"):
        read_import(write("roster.csv", data), today=TODAY)


def test_bytes_that_are_neither_utf8_nor_cp1252(write):
    # 0x81 and 0x8D are undefined in Windows-1252, so no text encoding this tool accepts fits.
    with pytest.raises(IntakeError, match="not a text CSV file"):
        read_import(write("roster.csv", b"person_id\x81\x8d,last\n"), today=TODAY)


def test_missing_required_column_names_it_and_the_headers_found(write):
    text = roster_text([{}]).replace("date_of_birth", "birthday")
    with pytest.raises(IntakeError) as info:
        read_import(write("roster.csv", text), today=TODAY)
    message = str(info.value)
    assert "roster.csv" in message and "date_of_birth" in message
    assert "'birthday'" in message and "'person_id'" in message


def test_several_missing_columns_are_all_named(write):
    with pytest.raises(IntakeError, match=r"columns .*offense_date.*custody_start.*sentence_type"):
        read_import(write("roster.csv", "person_id,last_name,first_name,date_of_birth,jurisdiction\n"),
                    today=TODAY)


def test_missing_required_conduct_column(write):
    roster = write("roster.csv", roster_text([{}]))
    conduct = write("conduct.csv", conduct_text([{}]).replace("kind", "category"))
    with pytest.raises(IntakeError, match=r"conduct\.csv is missing the required column kind"):
        read_import(roster, conduct, today=TODAY)
    with pytest.raises(IntakeError, match=r"conduct\.csv is missing"):
        read_conduct_only(conduct, today=TODAY, known_person_ids={"XA0001"})


def test_blank_header_row(write):
    with pytest.raises(IntakeError, match="no header row"):
        read_import(write("roster.csv", ",,,\nXA1,a,b\n"), today=TODAY)


def test_file_that_does_not_exist(tmp_path):
    with pytest.raises(IntakeError, match=r"nope\.csv could not be read"):
        read_import(tmp_path / "nope.csv", today=TODAY)


def test_corrupt_xlsx(write):
    with pytest.raises(IntakeError, match=r"roster\.xlsx is not an Excel workbook"):
        read_import(write("roster.xlsx", b"PK\x03\x04 this is not really a zip"), today=TODAY)


def test_empty_xlsx(write):
    with pytest.raises(IntakeError, match=r"roster\.xlsx is empty"):
        read_import(write("roster.xlsx", b""), today=TODAY)


def test_mapping_to_an_unknown_field(write):
    with pytest.raises(IntakeError, match="'birthday', which is not a roster field"):
        read_import(write("roster.csv", roster_text([{}])), today=TODAY, mapping={"date_of_birth": "birthday"})


def test_read_header_reports_file_problems_too(write):
    with pytest.raises(IntakeError):
        read_header(write("roster.csv", b"\x00\x01\x02"))


@pytest.mark.parametrize("name", ["roster.xls", "roster.ods"])
def test_old_or_other_spreadsheet_formats_say_what_to_do(write, name):
    with pytest.raises(IntakeError, match=r"cannot be read here\. Save it as an Excel workbook \(\.xlsx\)"):
        read_import(write(name, b"\xd0\xcf\x11\xe0 old excel"), today=TODAY)


def test_file_without_a_header_row_does_not_echo_its_first_row(write):
    text = roster_text([{}, {"person_id": "XA0002"}]).split("\n", 1)[1]  # header line removed
    with pytest.raises(IntakeError) as info:
        read_import(write("roster.csv", text), today=TODAY)
    message = str(info.value)
    assert "must start with a header row" in message and "19 cells" in message
    assert "Peña" not in message and "XA0001" not in message and "1985" not in message
