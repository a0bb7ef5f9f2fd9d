"""Run every benchmark and print one table: `python bench/run.py [--people N]`.

Each bench module has ``run(people: int, workdir: Path) -> list[Result]``. Each runs in a fresh Python
process of its own, so one benchmark's heap (a 100,000-person import leaves the allocator in another
state: the engine ran 5% slower after it in the same process) never colours the next one's figures.
The table printed here is what docs/performance.md records, with the machine it came from.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import DEFAULT_PEOPLE, Result

BENCHES = ["bench_import", "bench_evaluate", "bench_cli_evaluate", "bench_case_list", "bench_pdf", "bench_startup",
           "bench_ui_stall"]


def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.processor() or 'cpu'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument("--only", nargs="*", choices=BENCHES)
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--workdir", metavar="DIR", help="where generated rosters are cached")
    parser.add_argument("--child", choices=BENCHES, help=argparse.SUPPRESS)  # one benchmark, in this process
    parser.add_argument("--results-file", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.gettempdir()) / "secondlook-bench"
    workdir.mkdir(parents=True, exist_ok=True)
    if args.child:
        return _run_child(args.child, people=args.people, workdir=workdir, results_file=Path(args.results_file))
    results: list[Result] = []
    for name in args.only or BENCHES:
        print(f"== {name} ({args.people:,} people)", flush=True)
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / "results.json"
            done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", name, "--people",
                                   str(args.people), "--workdir", str(workdir), "--results-file", str(out)],
                                  check=False)
            if done.returncode == 0 and out.exists():
                results.extend(Result(**{k: v for k, v in r.items() if k not in ("met", "ratio")})
                               for r in json.loads(out.read_text()))
            else:  # one broken bench is reported in the table, the others still run
                results.append(Result(name, float("nan"), "", 0, note="failed to run"))
    print()
    print(f"Machine: {machine()}")
    print("| benchmark | figure | target | baseline | ratio | met |")
    print("|---|---|---|---|---|---|")
    for r in results:
        cmp = "≤" if r.lower_is_better else "≥"
        base = f"{r.baseline:,.3f} {r.unit}" if r.baseline else ""
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        print(f"| {r.name} | {r.figure:,.3f} {r.unit} | {cmp} {r.target:,g} {r.unit} | {base} | {ratio} | "
              f"{'yes' if r.met else 'NO'} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "people": args.people,
                                               "results": [r.as_dict() for r in results]}, indent=2))
    return 0 if all(r.met for r in results) else 1


def _run_child(name: str, *, people: int, workdir: Path, results_file: Path) -> int:
    try:
        module = importlib.import_module(f"bench.{name}")
        results = []
        for r in module.run(people=people, workdir=workdir):
            print("   " + r.line(), flush=True)
            results.append(r.as_dict())
    except Exception:  # noqa: BLE001 - reported by the parent as "failed to run"
        traceback.print_exc()
        return 1
    results_file.write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
