"""Shared bits of the benchmarks: the result record, timing, memory and the roster files they use.

Benchmarks print figures and ratios; they never fail a build. Targets come from the scale issue.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_PEOPLE = 100_000


@dataclass
class Result:
    name: str
    figure: float
    unit: str
    target: float
    lower_is_better: bool = True
    baseline: float | None = None  # the figure of the bare baseline, in the same unit
    note: str = ""

    @property
    def met(self) -> bool:
        return self.figure <= self.target if self.lower_is_better else self.figure >= self.target

    @property
    def ratio(self) -> float | None:
        return self.figure / self.baseline if self.baseline else None

    def line(self) -> str:
        cmp = "≤" if self.lower_is_better else "≥"
        ratio = f"  ratio to baseline {self.ratio:.2f}×" if self.ratio is not None else ""
        return (f"{self.name}: {self.figure:,.3f} {self.unit} (target {cmp} {self.target:,g} {self.unit}) "
                f"{'MET' if self.met else 'NOT MET'}{ratio}{'  — ' + self.note if self.note else ''}")

    def as_dict(self) -> dict:
        return {**asdict(self), "met": self.met, "ratio": self.ratio}


def timed(fn: Callable[[], object], *, repeat: int = 1) -> tuple[float, object]:
    """Best wall time of ``repeat`` runs (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def cpu_timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Process CPU time (user + system) of one run: 'engine time on one core'."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def peak_rss_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / 1024 if sys.platform != "darwin" else usage / (1024 * 1024)


def current_rss_mb() -> float:
    """Resident memory now (VmRSS); falls back to the peak where /proc is not available."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def app_environment(scratch: Path) -> dict[str, str]:
    """Environment for a benchmark subprocess of the app: offscreen Qt, and data, settings and Qt's own
    config kept in ``scratch`` so a benchmark never reads or writes the user's real store or settings."""
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "SECONDLOOK_DATA_DIR": str(scratch / "data"),
        "SECONDLOOK_CONFIG_DIR": str(scratch / "config"),
        "XDG_CONFIG_HOME": str(scratch / "xdg-config"),
        "XDG_DATA_HOME": str(scratch / "xdg-data"),
        "XDG_CACHE_HOME": str(scratch / "xdg-cache"),
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    return env


def roster_files(people: int, *, seed: int = 7, workdir: Path) -> tuple[Path, Path]:
    """Generated roster.csv and conduct.csv of ``people`` fictional people, cached per size and seed."""
    from bench.generate_roster import write_roster_files

    folder = workdir / f"roster-{people}-{seed}"
    roster, conduct = folder / "roster.csv", folder / "conduct.csv"
    if not (roster.exists() and conduct.exists()):
        folder.mkdir(parents=True, exist_ok=True)
        write_roster_files(people=people, seed=seed, out_dir=folder)
    return roster, conduct
