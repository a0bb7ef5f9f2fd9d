"""Import 100,000 people and ~300,000 conduct entries, against a bare csv + executemany script.

Target (scale issue): within 2.5× of the bare script. The bare script does the least any importer must:
read both files with the csv module, parse the dates with ``date.fromisoformat``, insert with ``executemany``
in one transaction. Ours also validates every field, reports bad rows, checks for re-imports and audits.
Both run alternately three times (``--repeat``); the best of each is compared, and the note gives every run.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import DEFAULT_PEOPLE, Result, roster_files, timed

TARGET_RATIO = 2.5


def bare_import(roster: Path, conduct: Path, db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE people (person_id TEXT PRIMARY KEY, last_name, first_name, date_of_birth, "
                 "jurisdiction, offense_date, custody_start, custody_breaks, sentence_date, sentence_type, "
                 "term_years, term_months, min_term_years, controlling_offense, case_number, county, flags, "
                 "race_ethnicity, sex)")
    conn.execute("CREATE TABLE conduct (id INTEGER PRIMARY KEY, person_id, date, kind, division, violent, "
                 "description)")
    with open(roster, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        idx = {name: i for i, name in enumerate(header)}
        date_cols = [idx[c] for c in ("date_of_birth", "offense_date", "custody_start")]
        opt_date = idx["sentence_date"]
        rows = []
        for r in reader:
            for i in date_cols:
                r[i] = date.fromisoformat(r[i]).isoformat()
            if r[opt_date]:
                r[opt_date] = date.fromisoformat(r[opt_date]).isoformat()
            rows.append(r[:19])
    with open(conduct, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        next(reader)
        conduct_rows = [(r[0], date.fromisoformat(r[1]).isoformat(), r[2], r[3], r[4], r[5]) for r in reader]
    with conn:
        conn.executemany(f"INSERT INTO people VALUES ({', '.join('?' * 19)})", rows)
        conn.executemany("INSERT INTO conduct(person_id, date, kind, division, violent, description) "
                         "VALUES (?, ?, ?, ?, ?, ?)", conduct_rows)
    conn.close()
    return len(rows)


def our_import(roster: Path, conduct: Path, store_path: Path) -> tuple[int, int]:
    # Imported by run() before the clock starts, as the bare script's csv and sqlite3 are: module loading
    # is the app's start-up, not its import.
    from eligibility.operations import import_files
    from eligibility.store import Store

    with Store.create(store_path) as store:
        result = import_files(store, roster, conduct, today=date.today())
        assert not result.report.errors, result.report.errors[:3]
        return result.outcome.created, result.outcome.conduct_added


def run(people: int = DEFAULT_PEOPLE, workdir: Path | None = None, *, repeat: int = 3) -> list[Result]:
    """Bare script and ours alternately ``repeat`` times each (others share this machine's cores, so
    back-to-back runs see about the same load); the figure is the best run of each, the note the spread."""
    import eligibility.operations  # noqa: F401 - loaded before timing (see our_import)

    workdir = workdir or Path(tempfile.mkdtemp())
    roster, conduct = roster_files(people, workdir=workdir)
    bare_runs: list[float] = []
    our_runs: list[float] = []
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        for i in range(repeat):
            bare_s, _ = timed(lambda i=i: bare_import(roster, conduct, Path(tmp) / f"bare{i}.db"))
            ours_s, (created, conduct_added) = timed(
                lambda i=i: our_import(roster, conduct, Path(tmp) / f"ours{i}.slstore"))
            bare_runs.append(bare_s)
            our_runs.append(ours_s)
    bare_s, ours_s = min(bare_runs), min(our_runs)
    spread = ""
    if repeat > 1:
        ratios = sorted(o / b for o, b in zip(our_runs, bare_runs))
        spread = (f"; {repeat} runs each: ours {', '.join(f'{t:.2f}' for t in our_runs)} s, bare "
                  f"{', '.join(f'{t:.2f}' for t in bare_runs)} s, ratio per pair {ratios[0]:.2f}–{ratios[-1]:.2f}×")
    return [Result(f"import {created:,} people + {conduct_added:,} conduct", ours_s, "s",
                   target=bare_s * TARGET_RATIO, baseline=bare_s,
                   note=f"target is {TARGET_RATIO}× the bare csv+executemany script" + spread)]


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    ap.add_argument("--repeat", type=int, default=3, help="alternate runs of each; the best of each counts")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "secondlook-bench",
                    help="where generated rosters are cached")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    for r in run(args.people, args.workdir, repeat=args.repeat):
        print(r.line())
