"""jsonl, csv and table writers over real determinations."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from eligibility.rules import evaluate
from eligibility.rules.output import CSV_COLUMNS, write_csv, write_jsonl, write_table


def _dets(person, packs):
    who = person(dob=date(1980, 3, 15), offense=date(1999, 12, 1), custody=date(2000, 1, 1), person_id="A12345")
    return evaluate(who, packs, date(2026, 11, 27))


def test_jsonl_matches_the_contract(person, packs) -> None:
    dets = _dets(person, packs)
    buf = io.StringIO()
    assert write_jsonl(dets, buf) == len(dets)
    lines = buf.getvalue().splitlines()
    assert len(lines) == len(dets)
    elderly = next(json.loads(line) for line in lines if '"ca-elderly-parole"' in line)
    assert elderly["person_id"] == "A12345" and elderly["status"] == "not_yet"
    assert elderly["eligible_on"] == "2030-03-15" and elderly["pack_version"] == "2026.11.1"
    age = next(c for c in elderly["criteria"] if c["id"] == "age")
    assert age == {"id": "age", "met": False, "reason": "age 46 on 2026-11-27; needs 50 (on 2030-03-15)",
                   "citation": "Cal. Penal Code § 3055(a)", "confidence": "confirmed", "met_on": "2030-03-15",
                   "label": "Age 50 or older"}


def test_csv_has_one_row_per_determination(person, packs) -> None:
    dets = _dets(person, packs)
    buf = io.StringIO()
    assert write_csv(dets, buf) == len(dets)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0].keys()) == CSV_COLUMNS and len(rows) == len(dets)
    elderly = next(r for r in rows if r["program"] == "ca-elderly-parole")
    assert elderly["eligible_on"] == "2030-03-15"
    assert "age: not met: age 46 on 2026-11-27; needs 50 (on 2030-03-15)" in elderly["criteria"]


def test_table_is_aligned(person, packs) -> None:
    dets = _dets(person, packs)
    buf = io.StringIO()
    assert write_table(dets, buf) == len(dets)
    lines = buf.getvalue().splitlines()
    assert lines[0].startswith("Person") and set(lines[1]) <= {"-", " "}
    status_col = lines[0].index("Status")
    assert all(line[status_col - 2:status_col] == "  " for line in lines[2:])
    assert any("Not yet" in line and "2030-03-15" in line for line in lines[2:])
