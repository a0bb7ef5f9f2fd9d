"""The block path (a column at a time) must give exactly what the row-by-row path gives, or step aside."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eligibility.intake import CANONICAL_CONDUCT_COLUMNS, CANONICAL_ROSTER_COLUMNS, read_import
from eligibility.intake.rows import ConductRows, RosterRows

from .conftest import TODAY, conduct_text, roster_text
from .test_fast_path import CANDIDATES as ROSTER_CANDIDATES
from .test_fast_path import CONDUCT_CANDIDATES

# Besides the fast-path candidates: stray spaces, another case, non-ASCII text, the day itself and the
# first day allowed, so that blocks which do pass the block path are common too.
CELLS: dict[str, list[str]] = {
    "person_id": ["XA0001", "XA0001", "XB0002", " XB0002", "XK0004", *CONDUCT_CANDIDATES["person_id"]],
    "date": ["2010-03-04", "2011-05-06", "1900-01-01", "2026-12-01", "1899-12-31", "2010-3-04", "20100304",
             "2010/03/04", *CONDUCT_CANDIDATES["date"]],
    "kind": ["serious_rvr", "laudatory", "COUNSELING", " program", *CONDUCT_CANDIDATES["kind"]],
    "division": ["", "", "d", "A-1 ", *CONDUCT_CANDIDATES["division"]],
    "violent": ["", "no", "Y", "TRUE", "0", *CONDUCT_CANDIDATES["violent"]],
    "description": ["", "Fighting", "Pen\u0303a", "Peña", " x ", "O'Brien", *CONDUCT_CANDIDATES["description"]],
}
ROSTER_IDS = {"XA0001": None, "XB0002": None}
KNOWN = {"XK0004", "XC0003"}
REJECTED = {"XC0003": 7}


def _rows() -> ConductRows:
    return ConductRows(file_name="c.csv", indexes={c: i for i, c in enumerate(CANONICAL_CONDUCT_COLUMNS)},
                       width=len(CANONICAL_CONDUCT_COLUMNS), today=TODAY, roster_ids=ROSTER_IDS,
                       rejected_roster_rows=REJECTED, roster_name="r.csv", known_person_ids=KNOWN)


_ROW = st.tuples(*(st.sampled_from(CELLS[c]) for c in CANONICAL_CONDUCT_COLUMNS)).map(list)
# Mostly one clean row repeated with small changes, so that blocks pass the block path as well as fail it.
_CLEAN = st.tuples(st.sampled_from(["XA0001", "XB0002", "XK0004"]), st.sampled_from(CELLS["date"][:4]),
                   st.sampled_from(["laudatory", "Program ", "work"]), st.just(""),
                   st.sampled_from(["", "yes", "N"]), st.sampled_from(["", "a", "Peña", "Pen\u0303a"])).map(list)
_BLOCK = st.lists(st.one_of(_CLEAN, _CLEAN, _CLEAN, _ROW), min_size=1, max_size=12)


def _one_by_one(rows: ConductRows, block: list[list[str]]) -> tuple[list, list]:
    entries, errors = [], []
    for i, raw in enumerate(block):
        entry, errs = rows.read(raw, i + 2)
        if entry is not None:
            entries.append(entry)
        errors.extend(errs)
    return entries, errors


@settings(max_examples=200, deadline=None)
@given(blocks=st.lists(_BLOCK, min_size=1, max_size=4))
def test_block_path_gives_the_entries_repeats_and_order_of_the_row_path(blocks: list[list[list[str]]]) -> None:
    by_block, by_row = _rows(), _rows()
    passed = 0
    for block in blocks:
        got = by_block.read_block(block)
        expected, errors = _one_by_one(by_row, block)
        if got is None:
            # Stepping aside is always allowed; the caller then reads the rows one by one, as by_row did.
            got_rows, got_errors = _one_by_one(by_block, block)
            assert (got_rows, got_errors) == (expected, errors)
            continue
        passed += 1
        assert errors == []
        assert got == expected
        assert [e.description for e in got] == [e.description for e in expected]
        assert by_block.duplicates == by_row.duplicates
        assert by_block.seen == by_row.seen


def test_clean_blocks_do_take_the_block_path() -> None:
    rows = _rows()
    block = [["XA0001", "2010-03-04", "Serious_RVR", "a-1", "Yes", " Fighting "],
             ["XK0004", "1900-01-01", "laudatory", "", "", "Pen\u0303a"],
             ["XA0001", "2010-03-04", "serious_rvr", "A1", "y", "Fighting"]]  # a repeat of the first
    got = rows.read_block(block)
    assert got is not None
    assert [(e.person_id, e.date.isoformat(), e.kind.value, e.division, e.violent, e.description) for e in got] == [
        ("XA0001", "2010-03-04", "serious_rvr", "A-1", True, "Fighting"),
        ("XK0004", "1900-01-01", "laudatory", None, None, "Peña")]
    assert rows.duplicates == 1


def test_any_doubt_sends_the_block_row_by_row() -> None:
    good = ["XA0001", "2010-03-04", "laudatory", "", "", ""]
    for bad in (["XA0001", "2010-03-04", "laudatory", "", ""],          # a cell short
                ["XZ9999", "2010-03-04", "laudatory", "", "", ""],      # nobody known
                ["XC0003", "2010-03-04", "laudatory", "", "", ""],      # roster row rejected
                ["XA0001", "03/04/2010", "laudatory", "", "", ""],      # a valid date, but not ISO
                ["XA0001", "2026-12-02", "laudatory", "", "", ""],      # the future
                ["XA0001", "2010-03-04", "laudatory", "D", "", ""],     # a division on a laudatory
                ["XA0001", "2010-03-04", "laudatory", "", "maybe", ""],
                ["XA0001", "2010-03-04", "laudatory", "", "", "'=1"],  # a guard apostrophe
                ["", "", "", "", "", ""]):                              # a blank row
        assert _rows().read_block([good, bad, good]) is None, bad


def test_an_import_with_bad_rows_in_some_blocks_reports_each_and_keeps_the_rest(write, monkeypatch) -> None:
    from eligibility.intake import reader

    monkeypatch.setattr(reader, "_CHECK_EVERY", 4)
    people = [{"person_id": f"XA{i:04d}"} for i in range(6)]
    conduct = [{"person_id": f"XA{i % 6:04d}", "date": f"2010-03-{1 + i % 28:02d}", "division": "",
                "kind": "laudatory", "description": f"entry {i}"} for i in range(30)]
    conduct[9]["kind"] = "nope"
    conduct[10] = dict(conduct[3])  # a repeat from an earlier block
    conduct[21]["date"] = "3/4/2010"  # fine, but only row by row
    parsed = read_import(write("r.csv", roster_text(people)), write("c.csv", conduct_text(conduct)), today=TODAY)
    assert [(e.row, e.column) for e in parsed.report.errors] == [(11, "kind")]
    assert parsed.report.conduct_duplicates == 1
    assert parsed.report.conduct_ok == 28
    assert parsed.report.rows_read == 36
    got = {e.description for p in parsed.people for e in p.conduct}
    assert got == {f"entry {i}" for i in range(30)} - {"entry 9", "entry 10"} | {"entry 3"}


# ---- roster -------------------------------------------------------------------------------------------
ROSTER_INDEXES = {c: i for i, c in enumerate(CANONICAL_ROSTER_COLUMNS)}
_CLEAN_ROSTER: dict[str, list[str]] = {
    "last_name": ["Peña", "Pen\u0303a", " Smith ", "O'Brien"],
    "first_name": ["José", "Ann"],
    "date_of_birth": ["1985-04-12", "1900-01-01"],
    "jurisdiction": ["CA", "dc", "Fed"],
    "offense_date": ["2004-06-01", "1985-04-12"],
    "custody_start": ["2004-06-03", "2026-12-01"],
    "custody_breaks": ["", "", "2006-01-01..2006-03-01", "2007-01-01..2007-02-01;2006-01-01..2006-03-01"],
    "sentence_date": ["", "2005-01-10", "2004-06-01"],
    "sentence_type": ["determinate", "LIFE"],
    "term_years": ["", "25", "007"],
    "term_months": ["", "0"],
    "min_term_years": ["", "15"],
    "controlling_offense": ["", "PC 211"],
    "case_number": ["", "BA1"],
    "county": ["Los Angeles"],
    "flags": ["", "violent_felony", "Third_Strike; serious_felony", ";;"],
    "race_ethnicity": ["", "Black"],
    "sex": ["", "F"],
}


def _roster_rows() -> RosterRows:
    return RosterRows(file_name="r.csv", indexes=ROSTER_INDEXES, width=len(ROSTER_INDEXES), today=TODAY)


@st.composite
def _roster_block(draw) -> list[list[str]]:
    size = draw(st.integers(min_value=1, max_value=8))
    block = []
    for _ in range(size):
        source = draw(st.sampled_from([_CLEAN_ROSTER, _CLEAN_ROSTER, _CLEAN_ROSTER, ROSTER_CANDIDATES]))
        row = [draw(st.sampled_from(source.get(c) or ROSTER_CANDIDATES[c])) for c in CANONICAL_ROSTER_COLUMNS]
        row[0] = draw(st.sampled_from([f"XA{i:04d}" for i in range(12)] + ["", " XA0001"]))
        block.append(row)
    return block


@settings(max_examples=200, deadline=None)
@given(blocks=st.lists(_roster_block(), min_size=1, max_size=4))
def test_roster_block_path_gives_the_fields_of_the_row_path(blocks: list[list[list[str]]]) -> None:
    by_block, by_row = _roster_rows(), _roster_rows()
    first = 2
    for block in blocks:
        got = by_block.read_block(block, first)
        expected, errors = [], []
        for i, raw in enumerate(block, first):
            fields, errs = by_row.read(list(raw), i)
            errors.extend(errs)
            if fields is not None:
                expected.append(fields)
        if got is None:
            for i, raw in enumerate(block, first):
                by_block.read(list(raw), i)
        else:
            assert errors == []
            assert got == expected
        assert by_block.first_row_of == by_row.first_row_of
        first += len(block)


def test_a_clean_roster_block_takes_the_block_path() -> None:
    rows = _roster_rows()
    raw = [_CLEAN_ROSTER[c][2] if c == "custody_breaks" else _CLEAN_ROSTER[c][0] if c in _CLEAN_ROSTER
           else "XA0001" for c in CANONICAL_ROSTER_COLUMNS]
    second = list(raw)
    second[0] = "XA0002"
    got = rows.read_block([raw, second], 2)
    assert got is not None and [f[0] for f in got] == ["XA0001", "XA0002"]
    assert rows.first_row_of == {"XA0001": 2, "XA0002": 3}
    assert rows.read_block([raw], 4) is None  # XA0001 again: the row path words the error
