"""Cell parsers, with property tests for the date forms a roster may use."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eligibility.intake.export import neutralize_cell
from eligibility.intake.values import parse_breaks, parse_date, parse_whole_number, unneutralize
from eligibility.records import CustodyBreak

dates = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


@given(dates)
def test_iso_dates_round_trip(d):
    assert parse_date(d.isoformat()) == d


@given(dates, st.booleans())
def test_us_dates_with_or_without_zero_padding(d, padded):
    text = f"{d.month:02d}/{d.day:02d}/{d.year}" if padded else f"{d.month}/{d.day}/{d.year}"
    assert parse_date(text) == d


@given(dates, st.sampled_from([" 00:00:00", "T00:00:00", " 00:00"]))
def test_midnight_time_parts_from_spreadsheet_exports(d, suffix):
    assert parse_date(d.isoformat() + suffix) == d


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12),
       st.integers(min_value=29, max_value=35))
def test_impossible_days_are_rejected_in_both_forms(year, month, day):
    try:
        date(year, month, day)
    except ValueError:
        with pytest.raises(ValueError):
            parse_date(f"{year:04d}-{month:02d}-{day:02d}")
        with pytest.raises(ValueError):
            parse_date(f"{month}/{day}/{year}")
    else:
        assert parse_date(f"{month}/{day}/{year}") == date(year, month, day)


@pytest.mark.parametrize("text", ["2026-02-30", "2025-02-29", "20260101", "2026-W01-1", "12/31/26", "31/12/2026",
                                  "2026/12/31", "Dec 1 2026", "", " ", "2026-12-01 10:30:00", "１２/01/2026"])
def test_other_forms_are_rejected(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_leap_days():
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_date("2/29/2000") == date(2000, 2, 29)
    with pytest.raises(ValueError):
        parse_date("2/29/1900")


@given(st.lists(st.tuples(dates, st.integers(min_value=1, max_value=3000)), max_size=4))
def test_breaks_round_trip_in_chronological_order(pairs):
    breaks = [CustodyBreak(start, start + timedelta(days=length)) for start, length in pairs
              if start + timedelta(days=length) <= date(9999, 12, 31)]
    text = " ; ".join(f"{b.start.isoformat()}..{b.end.isoformat()}" for b in breaks)
    assert parse_breaks(text) == tuple(sorted(breaks, key=lambda b: b.start))


@pytest.mark.parametrize("text", ["2006-01-01", "2006-01-01..", "2006-01-01..2006-01-01", "a..b",
                                  "2006-01-01-2006-02-01"])
def test_malformed_breaks(text):
    with pytest.raises(ValueError):
        parse_breaks(text)


@pytest.mark.parametrize(("text", "value"), [("0", 0), ("25", 25), ("007", 7)])
def test_whole_numbers(text, value):
    assert parse_whole_number(text) == value


@pytest.mark.parametrize("text", ["-1", "2.5", "1e3", "", "²", "٣", "+3"])
def test_not_whole_numbers(text):
    with pytest.raises(ValueError):
        parse_whole_number(text)


@pytest.mark.parametrize("cell", ["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx"])
def test_neutralize_prefixes_formula_starts(cell):
    assert neutralize_cell(cell) == "'" + cell
    assert unneutralize(neutralize_cell(cell)) == cell


def test_text_that_already_looks_neutralised_survives_the_round_trip():
    assert neutralize_cell("'=x") == "''=x"
    assert unneutralize("''=x") == "'=x"
    assert neutralize_cell("''-1") == "'" + "''-1"
    assert unneutralize("'" + "''-1") == "''-1"


@pytest.mark.parametrize("cell", ["Peña", "", "'quoted'", "O'Brien", "1+1", " =x", "'", "''"])
def test_neutralize_leaves_other_text_alone(cell):
    assert neutralize_cell(cell) == cell
    assert unneutralize(cell) == cell


@given(st.text(alphabet="'=+-@\t\rab", max_size=6) | st.text())
def test_unneutralize_inverts_neutralize(text):
    assert unneutralize(neutralize_cell(text)) == text
