"""`python main.py evaluate --format jsonl` over a whole roster, as a user runs it (a real subprocess).

Target (scale issue): under 20 s for 100,000 people, parsing and validation included.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import DEFAULT_PEOPLE, ROOT, Result, roster_files, timed

TARGET_S = 20.0


def run(people: int = DEFAULT_PEOPLE, workdir: Path | None = None) -> list[Result]:
    workdir = workdir or Path(tempfile.mkdtemp())
    roster, conduct = roster_files(people, workdir=workdir)
    out_path = workdir / "evaluate.jsonl"

    def go() -> int:
        with open(out_path, "w", encoding="utf-8") as out:
            proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "evaluate", "--roster", str(roster),
                                   "--conduct", str(conduct), "--as-of", "2026-12-01", "--format", "jsonl"],
                                  stdout=out, stderr=subprocess.PIPE, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"evaluate failed: {proc.stderr[-500:]}")
        with open(out_path, encoding="utf-8") as fh:
            return sum(1 for _ in fh)

    seconds, lines = timed(go)
    return [Result(f"CLI evaluate --format jsonl ({people:,} people, {lines:,} lines)", seconds, "s",
                   target=TARGET_S * people / DEFAULT_PEOPLE,
                   note="target scaled to the roster size" if people != DEFAULT_PEOPLE else "")]


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    for r in run(ap.parse_args().people):
        print(r.line())
