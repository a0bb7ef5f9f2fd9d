"""Write a synthetic roster.csv and conduct.csv of any size with the demo generator.

    python bench/generate_roster.py --people 100000 --seed 7 --out-dir /tmp/big
    python bench/generate_roster.py --people 200 --seed 1 --as-of 2026-12-01 --out-dir resources/demo

The second command regenerates the bundled demo roster exactly (tests/test_demo.py checks that it does).
People are streamed to disk one at a time, so memory stays flat whatever the size.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a source tree without installing

from eligibility.demo import DEMO_AS_OF, MAX_PEOPLE, iter_people
from eligibility.intake.export import write_canonical


def write_roster_files(*, people: int, seed: int = 1, out_dir: Path,
                       as_of: date = DEMO_AS_OF) -> tuple[int, int]:
    """roster.csv and conduct.csv in ``out_dir``; returns (people, conduct entries) written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_canonical(iter_people(people, seed=seed, as_of=as_of), roster=out_dir / "roster.csv",
                           conduct=out_dir / "conduct.csv")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a fictional roster for demos and benchmarks.")
    parser.add_argument("--people", type=int, required=True, help=f"how many people (up to {MAX_PEOPLE:,})")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same people (default 1)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=DEMO_AS_OF,
                        help=f"no date in the files is later than this (default {DEMO_AS_OF.isoformat()})")
    parser.add_argument("--out-dir", type=Path, required=True, help="where roster.csv and conduct.csv go")
    args = parser.parse_args(argv)
    if not 0 <= args.people <= MAX_PEOPLE:
        parser.error(f"--people must be between 0 and {MAX_PEOPLE:,}")
    started = time.perf_counter()
    people, conduct = write_roster_files(people=args.people, seed=args.seed, out_dir=args.out_dir, as_of=args.as_of)
    print(f"Wrote {people:,} people and {conduct:,} conduct entries to {args.out_dir} "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
