"""Start-up: from process start to the main window shown with the demo store's case list filled.

Target (scale issue): under 1.5 s. Each run is a fresh ``python bench/app_driver.py`` subprocess (the real
``ui.app.run_app``, offscreen Qt) with its own scratch data and config folders. The first run creates the
demo store, as a new user's first start does; the later runs open it, as every other start does. The
clock starts just before the subprocess is launched, so interpreter start-up and imports count.
`python bench/bench_startup.py [--runs N]`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import ROOT, Result, app_environment

TARGET_S = 1.5
DRIVER = ROOT / "bench" / "app_driver.py"


def launch(*, scratch: Path, store: Path | None = None, exercise: bool = False,
           timeout: float = 300.0) -> dict[str, float]:
    """One app start; the stamps of app_driver made relative to the launch (seconds), other figures as given."""
    argv = [sys.executable, str(DRIVER)] + (["--store", str(store)] if store is not None else [])
    if exercise:
        argv.append("--exercise")
    started = time.monotonic()
    proc = subprocess.run(argv, env=app_environment(scratch), capture_output=True, text=True, timeout=timeout,
                          check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the app did not start (exit {proc.returncode}): {proc.stderr[-800:]}")
    raw = json.loads(lines[-1])
    stamps = ("entered", "shown", "first_paint", "rows_loaded")
    out = {k: float(v) - started for k, v in raw.items() if k in stamps}
    out.update({k: float(v) for k, v in raw.items() if k not in stamps})
    return out


def usable(stamps: dict[str, float]) -> float:
    """The window is usable once it is painted and the list is filled, whichever comes last."""
    return max(stamps["first_paint"], stamps["rows_loaded"])


def run(people: int = 0, workdir: Path | None = None, *, runs: int = 4) -> list[Result]:
    del people  # start-up always uses the bundled demo roster
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        scratch = Path(tmp)
        first = launch(scratch=scratch)
        warm = [launch(scratch=scratch) for _ in range(max(1, runs - 1))]
    warm_usable = statistics.median(usable(s) for s in warm)
    warm_paint = statistics.median(s["first_paint"] for s in warm)
    warm_python = statistics.median(s["entered"] for s in warm)
    print(f"first run: painted {first['first_paint']:.3f} s, list filled {first['rows_loaded']:.3f} s; "
          f"warm (median of {len(warm)}): interpreter ready {warm_python:.3f} s, painted {warm_paint:.3f} s, "
          f"list filled {warm_usable:.3f} s, {int(warm[-1]['rows'])} rows, RSS {warm[-1]['current_rss_mb']:.0f} MB")
    return [
        Result("start-up to usable window (demo store)", warm_usable, "s", TARGET_S,
               note=f"median of {len(warm)} starts; window painted at {warm_paint:.2f} s, Python ready at "
                    f"{warm_python:.2f} s"),
        Result("first start (creates the demo store)", usable(first), "s", TARGET_S,
               note=f"window painted at {first['first_paint']:.2f} s, then the demo roster is imported "
                    "and evaluated in the background"),
    ]


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=4)
    for r in run(runs=ap.parse_args().runs):
        print(r.line())
