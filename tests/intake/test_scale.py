"""A large file with many bad rows: every bad row reported with its spreadsheet row, the rest imported, quickly."""

from __future__ import annotations

import time

import pytest

from eligibility.intake import IntakeCancelled, read_import

from .conftest import TODAY

ROWS = 50_000
ROSTER_HEADER = ("person_id,last_name,first_name,date_of_birth,jurisdiction,offense_date,custody_start,"
                 "custody_breaks,sentence_date,sentence_type,term_years,term_months,min_term_years,"
                 "controlling_offense,case_number,county,flags,race_ethnicity,sex\n")
# One kind of mistake per bad row, cycling, so each validation path is exercised thousands of times.
BAD_CELLS = [("date_of_birth", "1990-02-30"), ("jurisdiction", "TX"), ("sentence_type", "lifer"),
             ("custody_start", "1950-01-01"), ("offense_date", "2031-01-01"), ("flags", "strike"),
             ("term_years", "-5"), ("custody_breaks", "2001-01-01..2000-01-01"), ("person_id", ""),
             ("last_name", "")]


def _roster_row(i: int, bad: str | None) -> str:
    cells = {"person_id": f"XA{i:06d}", "last_name": "Nguyễn", "first_name": "Minh",
             "date_of_birth": f"19{60 + i % 30}-0{1 + i % 9}-1{i % 10}", "jurisdiction": "CADCMDUS"[2 * (i % 4):][:2],
             "offense_date": "2000-03-04", "custody_start": f"{4 + i % 8}/1{i % 9}/2000",
             "custody_breaks": "2005-01-01..2005-02-01" if i % 7 == 0 else "", "sentence_date": "2001-05-06",
             "sentence_type": ("determinate", "life", "lwop", "death")[i % 4], "term_years": str(i % 40),
             "term_months": "0", "min_term_years": "", "controlling_offense": "PC 211, robbery",
             "case_number": f"BA{i}", "county": "Los Angeles", "flags": "violent_felony;serious_felony",
             "race_ethnicity": "Asian", "sex": "M"}
    if bad is not None:
        column, value = BAD_CELLS[(i // 10) % len(BAD_CELLS)]
        cells[column] = value
    return ",".join(f'"{v}"' if "," in v else v for v in cells.values()) + "\n"


@pytest.fixture(scope="module")
def big_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    roster = folder / "roster.csv"
    with open(roster, "w", encoding="utf-8", newline="") as f:
        f.write(ROSTER_HEADER)
        f.writelines(_roster_row(i, "bad" if i % 10 == 3 else None) for i in range(ROWS))
    conduct = folder / "conduct.csv"
    with open(conduct, "w", encoding="utf-8", newline="") as f:
        f.write("person_id,date,kind,division,violent,description\n")
        for i in range(ROWS):
            kind = "unknown_kind" if i % 10 == 5 else ("serious_rvr", "counseling", "program")[i % 3]
            division = "D" if kind == "serious_rvr" else ""
            f.write(f"XA{i:06d},2010-0{1 + i % 9}-15,{kind},{division},no,Entry {i % 5}\n")
    return roster, conduct


def test_fifty_thousand_rows_with_ten_percent_bad(big_files):
    roster, conduct = big_files
    started = time.perf_counter()
    parsed = read_import(roster, conduct, today=TODAY)
    elapsed = time.perf_counter() - started

    report = parsed.report
    bad_roster_rows = {i + 2 for i in range(ROWS) if i % 10 == 3}
    roster_errors = [e for e in report.errors if e.file == "roster.csv"]
    assert {e.row for e in roster_errors} == bad_roster_rows
    assert len(roster_errors) == len(bad_roster_rows)  # exactly one mistake per bad row
    assert {e.column for e in roster_errors} == {c for c, _ in BAD_CELLS}
    assert len(parsed.people) == ROWS - len(bad_roster_rows)

    conduct_errors = [e for e in report.errors if e.file == "conduct.csv"]
    kind_errors = {e.row for e in conduct_errors if e.column == "kind"}
    assert kind_errors == {i + 2 for i in range(ROWS) if i % 10 == 5}
    # Conduct of people whose roster row was rejected is refused, naming that row.
    refused = [e for e in conduct_errors if e.column == "person_id"]
    assert {e.row for e in refused} == {i + 2 for i in range(ROWS) if i % 10 == 3}
    for e in refused:
        i = e.row - 2
        if BAD_CELLS[(i // 10) % len(BAD_CELLS)][0] == "person_id":
            assert "in the roster file or already in the case store" in e.expected  # the ID itself was missing
        else:
            assert f"roster.csv row {e.row} was rejected" in e.expected
    assert report.conduct_ok == sum(len(p.conduct) for p in parsed.people) == ROWS - 2 * (ROWS // 10)
    assert report.rows_read == 2 * ROWS
    # Generous for a shared CI machine; on a quiet laptop this takes about a second.
    assert elapsed < 20, f"reading took {elapsed:.1f} s"


def test_progress_reports_and_cancel(big_files):
    roster, conduct = big_files
    calls: list[tuple[int, int]] = []
    read_import(roster, conduct, today=TODAY, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (2 * ROWS, 2 * ROWS)
    assert len(calls) > 10
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert {t for _, t in calls} == {2 * ROWS}

    seen = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) >= 3

    with pytest.raises(IntakeCancelled):
        read_import(roster, conduct, today=TODAY, cancelled=cancelled)
    assert len(seen) == 3
