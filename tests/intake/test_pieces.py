"""Big files are parsed and let go of a piece at a time; the rows and the records must be exactly the same."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eligibility.intake import read_import
from eligibility.intake import sources as S
from eligibility.intake.rows import ConductRows

from .conftest import TODAY, conduct_text, roster_text

# Line breaks of every kind, quotes and separators, so pieces get cut next to all of them.
_TEXT = st.text(alphabet=st.sampled_from(list('ab,"\r\n \u2028\x0c;')), max_size=300)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, piece=st.integers(min_value=1, max_value=12))
def test_lines_are_those_of_a_file_opened_with_newline_empty(text: str, piece: int) -> None:
    assert list(S._lines(text, piece)) == list(io.StringIO(text, newline=""))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, piece=st.integers(min_value=1, max_value=12))
def test_csv_rows_from_pieces_are_the_rows_of_the_whole_text(text: str, piece: int) -> None:
    def rows(lines) -> list[list[str]] | str:
        try:
            return list(csv.reader(lines))
        except csv.Error as exc:
            return f"error: {exc}"

    assert rows(S._lines(text, piece)) == rows(io.StringIO(text, newline=""))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_file_read_in_small_pieces_gives_the_same_import(write, newline: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    people = [{"person_id": f"XA{i:04d}", "last_name": f"Name, {i}",
               "controlling_offense": "PC 211\nrobbery" if i % 3 == 0 else "PC 459"} for i in range(40)]
    bad = [{"person_id": "XB0001", "date_of_birth": "1985-02-30"}]
    conduct = [{"person_id": f"XA{i:04d}", "description": f"entry {i}"} for i in range(0, 40, 2)]
    roster_file = write("roster.csv", roster_text(people + bad).replace("\n", newline))
    conduct_file = write("conduct.csv", conduct_text(conduct).replace("\n", newline))
    whole = read_import(roster_file, conduct_file, today=TODAY)
    monkeypatch.setattr(S, "_PIECE", 7)
    pieces = read_import(roster_file, conduct_file, today=TODAY)
    assert pieces.people == whole.people
    assert len(pieces.people) == 40
    quoted = f"PC 211{newline}robbery"  # a line break inside a quoted cell is kept as written
    assert [p.controlling_offense for p in pieces.people[:4]] == [quoted, "PC 459", "PC 459", quoted]
    assert pieces.report.errors == whole.report.errors
    assert [(e.row, e.column) for e in pieces.report.errors] == [(42, "date_of_birth")]


def test_a_whitespace_only_file_is_empty(write) -> None:
    from eligibility.intake import IntakeError

    with pytest.raises(IntakeError, match="is empty"):
        read_import(write("roster.csv", " \r\n\t\n"), today=TODAY)
    with pytest.raises(IntakeError, match="is empty"):
        read_import(write("roster.csv", "\u00a0\u3000\n".encode("utf-8")), today=TODAY)


def test_conduct_rows_forget_what_they_saw_when_released() -> None:
    rows = ConductRows(file_name="c.csv", indexes={"person_id": 0, "date": 1, "kind": 2}, width=3, today=TODAY,
                       roster_ids={"XA0001"}, rejected_roster_rows={}, roster_name="r.csv", known_person_ids=())
    for row in range(2, 10_002):
        _entry, errors = rows.read(["XA0001", f"{2000 + row % 20}-01-01", "laudatory"], row)
        assert errors == []
    assert len(rows.seen) == 20 and rows.duplicates == 10_000 - 20
    rows.release()
    assert rows.seen == set()


_BYTES = st.one_of(st.binary(max_size=60),
                   st.text(max_size=40).map(lambda t: t.encode("utf-8")),
                   st.text(max_size=40).map(lambda t: codecs.BOM_UTF8 + t.encode("utf-8")))


@settings(max_examples=400, deadline=None)
@given(data=_BYTES, size=st.integers(min_value=1, max_value=9), encoding=st.sampled_from(["utf-8-sig", "cp1252"]))
def test_decoding_in_slices_is_decoding_at_once(data: bytes, size: int, encoding: str) -> None:
    def decode(fn) -> str | type:
        try:
            return fn()
        except UnicodeDecodeError:
            return UnicodeDecodeError

    assert decode(lambda: S.decode_in_slices(data, encoding, size=size)) == decode(lambda: data.decode(encoding))
