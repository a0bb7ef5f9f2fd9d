"""The UI's column-mapping step: headers, a preview, and suggested mappings."""

from __future__ import annotations

import openpyxl

from eligibility.intake import (
    CANONICAL_CONDUCT_COLUMNS,
    CANONICAL_ROSTER_COLUMNS,
    REQUIRED_CONDUCT_COLUMNS,
    REQUIRED_ROSTER_COLUMNS,
    preview_rows,
    read_header,
    read_import,
    suggest_mapping,
)

from .conftest import TODAY, roster_text


def test_required_columns_are_canonical():
    assert set(REQUIRED_ROSTER_COLUMNS) <= set(CANONICAL_ROSTER_COLUMNS)
    assert set(REQUIRED_CONDUCT_COLUMNS) <= set(CANONICAL_CONDUCT_COLUMNS)
    assert CANONICAL_ROSTER_COLUMNS[:3] == ("person_id", "last_name", "first_name")


def test_read_header_strips_bom_and_spaces(write):
    path = write("roster.csv", "\ufeff CDCR # , Last Name ,DOB\r\nXA1,Peña,1/2/1980\r\n")
    assert read_header(path) == ["CDCR #", "Last Name", "DOB"]


def test_preview_rows_skips_blank_rows_and_stops_at_n(write):
    lines = ["a,b"] + ["", "1,2"] + [f"{i},x" for i in range(30)]
    path = write("roster.csv", "\n".join(lines) + "\n")
    rows = preview_rows(path, n=3)
    assert rows == [["1", "2"], ["0", "x"], ["1", "x"]]
    assert len(preview_rows(path)) == 10


def test_preview_of_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Inmate ID", "Birth Date"])
    wb.active.append(["XA1", None])
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    assert read_header(path) == ["Inmate ID", "Birth Date"]
    assert preview_rows(path) == [["XA1", ""]]


def test_suggest_mapping_exact_names_synonyms_and_unknowns():
    headers = ["CDCR #", "Last Name", "FIRST_NAME", "DOB", "State", "Offense Date", "Arrest Date",
               "Sentence Type", "Housing Unit", "Admission Date"]
    mapping = suggest_mapping(headers, "roster")
    assert mapping == {"CDCR #": "person_id", "Last Name": "last_name", "FIRST_NAME": "first_name",
                       "DOB": "date_of_birth", "State": "jurisdiction", "Offense Date": "offense_date",
                       "Arrest Date": "custody_start", "Sentence Type": "sentence_type"}


def test_suggest_mapping_prefers_exact_names_over_synonyms():
    assert suggest_mapping(["id", "person_id"], "roster") == {"person_id": "person_id"}
    assert suggest_mapping(["Inmate ID", "Incident Date", "Type", "Notes"], "conduct") == {
        "Inmate ID": "person_id", "Incident Date": "date", "Type": "kind", "Notes": "description"}


def test_suggested_mapping_imports_the_file(write):
    text = roster_text([{}]).replace("person_id", "CDCR Number", 1).replace("date_of_birth", "Birth Date", 1)
    path = write("roster.csv", text)
    headers = read_header(path)
    parsed = read_import(path, today=TODAY, mapping=suggest_mapping(headers, "roster"))
    assert parsed.report.errors == [] and parsed.people[0].person_id == "XA0001"


def test_without_mapping_synonyms_are_not_guessed(write):
    import pytest

    from eligibility.intake import IntakeError

    text = roster_text([{}]).replace("date_of_birth", "DOB", 1)
    with pytest.raises(IntakeError, match="date_of_birth"):
        read_import(write("roster.csv", text), today=TODAY)


def test_suggest_mapping_rejects_an_unknown_kind():
    import pytest

    with pytest.raises(ValueError, match="roster"):
        suggest_mapping(["a"], "people")  # type: ignore[arg-type]
