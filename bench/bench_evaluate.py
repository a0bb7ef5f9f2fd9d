"""Engine time: evaluate 100,000 synthetic people against every applicable pack, on one core.

Target (issue 3): under 3 s of engine time for 100,000 people (about 30 µs a person). Generating the
people and loading the packs are outside the timed part; writing output is too (bench_cli_evaluate
measures the whole command). `python bench/bench_evaluate.py [--people N]`.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import DEFAULT_PEOPLE, Result, cpu_timed

TARGET_S = 3.0
AS_OF = date(2026, 12, 1)


def run(people: int = DEFAULT_PEOPLE, workdir: Path | None = None) -> list[Result]:
    from eligibility.dates import birthday, date_served
    from eligibility.demo import generate_people
    from eligibility.gcpause import collector_paused
    from eligibility.rules import evaluate, load_packs

    roster = generate_people(people, seed=7, as_of=AS_OF)
    packs = load_packs(include_user_dir=False)

    def go() -> int:
        # As the app and the command line evaluate a batch: with the cycle collector paused (it finds no
        # cycles in this work, and with 100,000 people alive each of its passes walks a million objects;
        # operations.evaluate_store, workspace.evaluate_everyone and `evaluate --roster` all pause it).
        n = 0
        with collector_paused():
            for who in roster:
                n += len(evaluate(who, packs, AS_OF))
        return n

    def bare_date_rules() -> int:
        # The baseline the issue quotes: five date rules a person, no explanations, no records.
        n = 0
        for who in roster:
            dob, start, breaks = who.date_of_birth, who.custody_start, who.custody_breaks
            n += (birthday(dob, 50) <= AS_OF) + (birthday(dob, 60) <= AS_OF) + (who.offense_date < birthday(dob, 26))
            n += (date_served(start, breaks, 15) <= AS_OF) + (date_served(start, breaks, 20) <= AS_OF)
        return n

    cpu_timed(lambda: [evaluate(p, packs, AS_OF) for p in roster[:2000]])  # warm caches and allocator
    baseline, _ = cpu_timed(bare_date_rules)
    seconds, determinations = cpu_timed(go)
    per_person_us = seconds / max(people, 1) * 1e6
    target = TARGET_S * people / DEFAULT_PEOPLE
    print(f"people {people:,}  determinations {determinations:,}  seconds {seconds:.3f}  "
          f"µs/person {per_person_us:.1f}  target {target:.2f} s  ratio {seconds / target:.2f}  "
          f"(bare five date rules: {baseline / max(people, 1) * 1e6:.1f} µs/person)")
    return [Result(f"engine evaluate ({people:,} people, {determinations:,} determinations)", seconds, "s",
                   target=target, baseline=baseline,
                   note=f"{per_person_us:.1f} µs/person, CPU time on one core; baseline = five bare date rules")]


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    for r in run(ap.parse_args().people):
        print(r.line())
