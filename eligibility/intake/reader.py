"""Reading a roster (and its conduct file) into Person records plus a report of every rejected row.

Pure: no store, no SQL. The caller saves ``ParsedImport.people`` in one transaction.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from eligibility.gcpause import release_gradually
from eligibility.intake.columns import Kind, column_indexes
from eligibility.intake.errors import IntakeCancelled
from eligibility.intake.report import ImportReport, ParsedImport
from eligibility.intake.rows import ConductRows, RosterRows
from eligibility.intake.sources import Table, read_table
from eligibility.records import ConductEntry, Person

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_CHECK_EVERY = 2000  # rows between progress reports and cancel checks: often enough for a smooth bar


class _Ticker:
    def __init__(self, total: int, *, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.done = 0

    def step(self, n: int) -> None:
        self.done += n
        if self.cancelled is not None and self.cancelled():
            raise IntakeCancelled("Import cancelled.")
        if self.progress is not None:
            self.progress(self.done, self.total)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cycle collector while hundreds of thousands of records are built.

    Every allocation of a tuple or record counts towards a collection, and each collection walks the
    growing heap: on a 100,000-row roster that cost about a third of the time. Nothing built here forms
    reference cycles, and the previous setting is restored even on errors. The switch is process-wide, so
    the UI thread runs without cycle collection for the second or two an import takes; reference counting
    still frees everything that is not a cycle.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _is_blank(raw: list[str]) -> bool:
    for cell in raw:
        if cell.strip():
            return False
    return True


def _open_table(path: Path, *, kind: Kind, mapping: Mapping[str, str] | None,
                report: ImportReport) -> tuple[Table, dict[str, int]]:
    table = read_table(path)
    indexes, ignored = column_indexes(headers=table.header, mapping=mapping, kind=kind, file_name=table.name)
    report.files.append(table.name)
    report.warnings.extend(table.warnings)
    if ignored:
        report.warnings.append(f"{table.name}: {len(ignored)} column(s) not imported: {', '.join(ignored)}.")
    return table, indexes


def _release_mapping(d: dict) -> None:
    """Empty ``d`` a slice at a time (see ``gcpause.release_gradually``; a dict has no slices to delete)."""
    while d:
        for _ in range(min(len(d), 4096)):
            d.popitem()


def _as_set(ids: Collection[str]) -> Collection[str]:
    return ids if isinstance(ids, (set, frozenset, dict)) else set(ids)


def read_import(roster: Path, conduct: Path | None = None, *, today: date,
                known_person_ids: Collection[str] = (), mapping: Mapping[str, str] | None = None,
                conduct_mapping: Mapping[str, str] | None = None, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ParsedImport:
    """Parse and validate a roster and optional conduct file; bad rows are reported and left out.

    ``mapping`` is file header → canonical field (from the UI's mapping step); without one, headers must be
    the canonical names, in any case or spacing. ``known_person_ids`` are the people already in the store:
    conduct rows for them are valid without a roster row and come back in ``extra_conduct``.
    Whole-file problems raise IntakeError; ``cancelled()`` turning true raises IntakeCancelled.
    """
    with _no_cyclic_gc():
        return _read_import(Path(roster), None if conduct is None else Path(conduct), today=today,
                            known_person_ids=known_person_ids, mapping=mapping, conduct_mapping=conduct_mapping,
                            progress=progress, cancelled=cancelled)


def _read_import(roster: Path, conduct: Path | None, *, today: date, known_person_ids: Collection[str],
                 mapping: Mapping[str, str] | None, conduct_mapping: Mapping[str, str] | None,
                 progress: Progress | None, cancelled: Cancelled | None) -> ParsedImport:
    report = ImportReport()
    roster_table, roster_idx = _open_table(Path(roster), kind="roster", mapping=mapping, report=report)
    conduct_table = conduct_idx = None
    if conduct is not None:
        conduct_table, conduct_idx = _open_table(Path(conduct), kind="conduct", mapping=conduct_mapping,
                                                 report=report)
    total = len(roster_table.rows) + (len(conduct_table.rows) if conduct_table else 0)
    ticker = _Ticker(total, progress=progress, cancelled=cancelled)
    ticker.step(0)  # reading the files can take a while: honour a cancel pressed meanwhile

    rows = RosterRows(file_name=roster_table.name, indexes=roster_idx, width=len(roster_table.header),
                      today=today)
    accepted: dict[str, tuple[object, ...]] = {}
    rejected: dict[str, int] = {}
    _read_roster_rows(roster_table, rows, accepted=accepted, rejected=rejected, report=report, ticker=ticker)
    release_gradually(roster_table.rows)

    conduct_by_person: dict[str, list[ConductEntry]] = {}
    extra: list[ConductEntry] = []
    if conduct_table is not None and conduct_idx is not None:
        entries = _read_conduct_rows(conduct_table, conduct_idx, today=today, roster_ids=accepted,
                                     rejected=rejected, roster_name=roster_table.name,
                                     known=_as_set(known_person_ids), report=report, ticker=ticker)
        release_gradually(conduct_table.rows)
        for entry in entries:
            pid = entry.person_id
            if pid in accepted:
                record = conduct_by_person.get(pid)
                if record is None:
                    conduct_by_person[pid] = [entry]
                else:
                    record.append(entry)
            else:
                extra.append(entry)
        # Emptied rather than left to this frame: in the app's worker this frame can outlive the call
        # in a reference cycle (Qt's signal emission keeps frame objects), and then every entry waits for
        # the cycle collector, whose first run after the import froze the window for 0.2-0.5 s freeing them.
        release_gradually(entries)
    people = [Person(*fields, conduct=tuple(conduct_by_person.get(pid, ())))  # type: ignore[arg-type]
              for pid, fields in accepted.items()]
    report.people_ok = len(people)
    # What was built on the way out goes a slice at a time, not all at once when this function returns.
    for mapping_ in (accepted, conduct_by_person, rows.first_row_of):
        _release_mapping(mapping_)
    if progress is not None:
        progress(total, total)
    return ParsedImport(people=people, report=report, extra_conduct=extra)


def _read_roster_rows(table: Table, rows: RosterRows, *, accepted: dict[str, tuple[object, ...]],
                      rejected: dict[str, int], report: ImportReport, ticker: _Ticker) -> None:
    all_rows = table.rows
    for start in range(0, len(all_rows), _CHECK_EVERY):
        if start:
            ticker.step(_CHECK_EVERY)
        block = all_rows[start:start + _CHECK_EVERY]
        clean = rows.read_block(block, start + 2)
        if clean is not None:  # every row well-formed: the usual case, checked a column at a time
            report.rows_read += len(clean)
            accepted.update(zip(map(str, map(operator.itemgetter(0), clean)), clean))
            continue
        for i, raw in enumerate(block, start):
            if _is_blank(raw):
                continue
            report.rows_read += 1
            row_number = i + 2
            fields, errors = rows.read(raw, row_number)
            if fields is None:
                report.errors.extend(errors)
                # Remembered so that conduct rows for this person say why they are refused.
                person_id = rows.clean(raw).get("person_id", "")
                if person_id and person_id not in accepted and person_id not in rejected:
                    rejected[person_id] = row_number
            else:
                accepted[str(fields[0])] = fields
    ticker.done = len(table.rows)


def _read_conduct_rows(table: Table, indexes: dict[str, int], *, today: date, roster_ids: Collection[str],
                       rejected: dict[str, int], roster_name: str, known: Collection[str],
                       report: ImportReport, ticker: _Ticker) -> list[ConductEntry]:
    rows = ConductRows(file_name=table.name, indexes=indexes, width=len(table.header), today=today,
                       roster_ids=roster_ids, rejected_roster_rows=rejected, roster_name=roster_name,
                       known_person_ids=known)
    entries: list[ConductEntry] = []
    all_rows = table.rows
    for start in range(0, len(all_rows), _CHECK_EVERY):
        if start:
            ticker.step(_CHECK_EVERY)
        block = all_rows[start:start + _CHECK_EVERY]
        clean = rows.read_block(block)
        if clean is not None:  # every row well-formed: the usual case, checked a column at a time
            report.rows_read += len(block)
            entries.extend(clean)
            continue
        for i, raw in enumerate(block, start):
            if _is_blank(raw):
                continue
            report.rows_read += 1
            entry, errors = rows.read(raw, i + 2)
            if entry is not None:
                entries.append(entry)
            elif errors:
                report.errors.extend(errors)
    report.conduct_ok += len(entries)
    report.conduct_duplicates += rows.duplicates
    rows.release()
    return entries


def read_conduct_only(conduct: Path, *, today: date, known_person_ids: Collection[str],
                      mapping: Mapping[str, str] | None = None, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> tuple[list[ConductEntry], ImportReport]:
    """A conduct file on its own, for people already in the store."""
    with _no_cyclic_gc():
        return _read_conduct_only(Path(conduct), today=today, known_person_ids=known_person_ids,
                                  mapping=mapping, progress=progress, cancelled=cancelled)


def _read_conduct_only(conduct: Path, *, today: date, known_person_ids: Collection[str],
                       mapping: Mapping[str, str] | None, progress: Progress | None,
                       cancelled: Cancelled | None) -> tuple[list[ConductEntry], ImportReport]:
    report = ImportReport()
    table, indexes = _open_table(Path(conduct), kind="conduct", mapping=mapping, report=report)
    ticker = _Ticker(len(table.rows), progress=progress, cancelled=cancelled)
    ticker.step(0)
    entries = _read_conduct_rows(table, indexes, today=today, roster_ids=(), rejected={}, roster_name="",
                                 known=_as_set(known_person_ids), report=report, ticker=ticker)
    release_gradually(table.rows)
    if progress is not None:
        progress(len(table.rows), len(table.rows))
    return entries, report


def read_header(path: Path) -> list[str]:
    """The file's column headers (stripped), for the UI's column-mapping step."""
    return read_table(Path(path), max_rows=0).header


def preview_rows(path: Path, n: int = 10) -> list[list[str]]:
    """The first ``n`` data rows (after the header, blank rows left out), cells stripped."""
    table = read_table(Path(path), max_rows=n)
    return [[c.strip() for c in raw] for raw in table.rows if not _is_blank(raw)][:n]
