"""Operations the app and the command line share: import, export, evaluate.

Each is a plain function over a ``Store``; the CLI calls them directly, the app calls them from a worker
thread (with ``progress`` and ``cancelled`` callbacks). None of them touches Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eligibility.dates import DEFAULT_LEAP_RULE, LeapDayRule
from eligibility.gcpause import collector_paused, release_gradually
from eligibility.intake import ImportReport, IntakeCancelled, read_import
from eligibility.intake.export import write_conduct_csv, write_roster_csv
from eligibility.records import Determination, Person
from eligibility.safe_files import write_text_atomically
from eligibility.store import Cancelled as StoreCancelled
from eligibility.store import ImportOutcome, Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ImportResult:
    outcome: ImportOutcome | None  # None when every row was rejected and nothing was written
    report: ImportReport


def import_files(store: Store, roster: Path, conduct: Path | None = None, *, today: date,
                 mapping: Mapping[str, str] | None = None, conduct_mapping: Mapping[str, str] | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportResult:
    """Parse a roster (and conduct file), then write the good rows in one transaction.

    Progress runs 0–50% for reading and 50–100% for writing, so one bar covers the whole import. It is
    passed on at most every ``PROGRESS_EVERY`` seconds (and always at the end of each half), see below.
    """
    report = _sparing(progress)

    def read_progress(done: int, total: int) -> None:
        if total:
            report(done, 2 * total, done == total)

    def write_progress(done: int, total: int) -> None:
        if total:
            report(total + done, 2 * total, done == total)

    # One pause of the cycle collector from parsing to the commit: between the two, the first collection
    # would walk every freshly parsed record (0.3 s at 100,000 people, the window frozen meanwhile). The
    # parsed people are then freed in slices rather than in one long deallocation.
    with collector_paused():
        try:
            parsed = read_import(roster, conduct, today=today, known_person_ids=store.person_ids(),
                                 mapping=mapping, conduct_mapping=conduct_mapping, progress=read_progress,
                                 cancelled=cancelled)
        except IntakeCancelled as exc:
            # One cancellation type for callers, whichever half of the import was running.
            raise StoreCancelled("The import was cancelled; the store is as it was before.") from exc
        if not parsed.people and not parsed.extra_conduct:
            return ImportResult(None, parsed.report)
        try:
            outcome = store.import_people(parsed.people, extra_conduct=parsed.extra_conduct, source=roster.name,
                                          progress=write_progress, cancelled=cancelled)
        finally:
            release_gradually(parsed.people)
            release_gradually(parsed.extra_conduct)
    return ImportResult(outcome, parsed.report)


# Seconds between two progress reports of an import.
PROGRESS_EVERY = 0.1


def _sparing(progress: Progress | None) -> Callable[[int, int, bool], None]:
    """``progress``, called at most every PROGRESS_EVERY seconds, and whenever ``last`` says a step ended.

    The intake reports every 2,000 rows, which a fast parse reaches every 3 ms. In the app each report is
    a Qt signal emitted from the worker, and emitting lets go of the interpreter lock for an instant: so
    often, those instants keep resetting the window thread's wait for the lock (CPython takes the lock from
    a running thread only after 5 ms without any switch), and the window starved for 0.2-0.7 s at a time.
    """
    last_sent = [float("-inf")]

    def report(done: int, total: int, last: bool) -> None:
        if progress is None:
            return
        now = time.monotonic()
        if last or now - last_sent[0] >= PROGRESS_EVERY:
            last_sent[0] = now
            progress(done, total)

    return report


def export_canonical(store: Store, out_dir: Path, *, people: Iterable[Person] | None = None) -> list[Path]:
    """Write roster.csv and conduct.csv in the contract's canonical form; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    everyone = list(people) if people is not None else store.load_people()
    roster_path, conduct_path = out_dir / "roster.csv", out_dir / "conduct.csv"
    write_text_atomically(roster_path, lambda fh: write_roster_csv(everyone, fh))
    write_text_atomically(conduct_path, lambda fh: write_conduct_csv(everyone, fh))
    store.record_event("export", details={"people": len(everyone), "files": ["roster.csv", "conduct.csv"]})
    return [roster_path, conduct_path]


def select_packs(packs: Sequence, program_ids: Sequence[str]) -> list:
    known = {p.id: p for p in packs}
    unknown = [pid for pid in program_ids if pid not in known]
    if unknown:
        raise ValueError(f"Unknown program {', '.join(unknown)}. Known programs: {', '.join(sorted(known))}.")
    return [known[pid] for pid in program_ids]


def evaluate_store(store: Store, *, as_of: date, packs: Sequence | None = None,
                   person_ids: Sequence[str] | None = None, progress: Progress | None = None,
                   cancelled: Cancelled | None = None, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> list[Determination]:
    """Evaluate everyone (or ``person_ids``) and save the determinations with pack id, version and as-of date.

    ``leap`` is the 29 February convention (the ``dates.leap_day`` setting the app uses too).
    """
    from eligibility.rules import evaluate, load_packs

    chosen = list(packs) if packs is not None else load_packs()
    if person_ids is None:
        people = store.load_people()
    else:
        people = [store.get_person(pid) for pid in person_ids]
    out: list[Determination] = []
    total = len(people)
    step = max(1, total // 100)
    # Every result is kept until the save: millions of records that the cycle collector would walk again
    # and again as they accumulate, though none of them can be part of a cycle.
    with collector_paused():
        for i, person in enumerate(people, 1):
            out.extend(evaluate(person, chosen, as_of, leap=leap))
            if i % step == 0 or i == total:
                if cancelled is not None and cancelled():
                    raise StoreCancelled("The evaluation was cancelled; the saved results are unchanged.")
                if progress is not None:
                    progress(i, total)
    store.save_determinations(out, pack_ids={p.id: p.id for p in chosen},
                              person_ids=None if person_ids is None else list(person_ids))
    return out
