"""Qt-free glue the desktop app needs: case-list rows, filtering and sorting, evaluation runs, first-run store.

The UI keeps one ``CaseRow`` per person in plain Python lists and filters and sorts them here, because a
proxy model over 100,000 rows is too slow for a keystroke. Everything here is a pure function of its
arguments (``as_of`` is always passed in) so it is tested without a display.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol, TextIO

from eligibility.dates import DEFAULT_LEAP_RULE, LeapDayRule, age_on, served_on
from eligibility.gcpause import collector_paused, release_gradually
from eligibility.records import (
    STATUS_LABELS,
    STATUS_RANK,
    CustodyBreak,
    Determination,
    Jurisdiction,
    Person,
    Status,
    _quick_init,
    best_status,
)

# Shown when a pack gives no title of its own (the contract's program table, in plain words).
PROGRAM_TITLES: dict[str, str] = {
    "ca-youth-parole": "Youth offender parole (PC 3051)",
    "ca-elderly-parole": "Elderly parole (PC 3055)",
    "ca-juvenile-lwop-petition": "Juvenile LWOP recall petition (PC 1170(d))",
    "ca-medical-release": "Medical release (PC 1172.2, PC 3550)",
    "la-da-2020-policy": "LA DA 2020 review policy (historical)",
    "us-compassionate-age": "Federal compassionate release, age (USSG 1B1.13(b)(2))",
    "dc-second-look": "DC Second Look (DC Code 24-403.03)",
    "dc-compassionate-age": "DC compassionate release, age (DC Code 24-403.04)",
    "md-juvenile-restoration": "Maryland Juvenile Restoration Act (CP 8-110)",
    "sample-office-policy": "Sample office screening policy",
}

# Names short enough for the filter pane; the full title (with its citation) is the tooltip.
PROGRAM_SHORT_NAMES: dict[str, str] = {
    "ca-youth-parole": "Youth parole",
    "ca-elderly-parole": "Elderly parole",
    "ca-juvenile-lwop-petition": "Juvenile LWOP",
    "ca-medical-release": "Medical release",
    "la-da-2020-policy": "LA DA 2020 policy",
    "us-compassionate-age": "Federal, age",
    "dc-second-look": "DC Second Look",
    "dc-compassionate-age": "DC compassionate",
    "md-juvenile-restoration": "MD Juvenile Restor.",
    "sample-office-policy": "Office policy",
}

# The meta key under which the store remembers what the last everyone-evaluation was run for, so that
# opening a store does not re-evaluate (and re-audit) everyone when nothing has changed.
LAST_EVALUATION_META = "ui.last_evaluation"


def program_title(program: str, titles: dict[str, str] | None = None) -> str:
    if titles and program in titles:
        return titles[program]
    return PROGRAM_TITLES.get(program, program)


class Engine(Protocol):
    """What the app needs from the rules engine; tests may pass a small fake with the same shape."""

    def evaluate(self, person: Person, as_of: date) -> list[Determination]: ...

    @property
    def programs(self) -> dict[str, str]: ...  # program id → title

    @property
    def pack_ids(self) -> dict[str, str]: ...  # program id → pack id

    @property
    def fingerprint(self) -> str: ...  # changes when any pack or its version changes


class RulesEngine:
    """The rule packs (shipped and the office's own) behind the ``Engine`` shape.

    Packs that fail to load are kept in ``problems`` rather than raised, so one broken office pack is
    reported without hiding every other program.
    """

    def __init__(self, *, leap: LeapDayRule = DEFAULT_LEAP_RULE, packs: Sequence | None = None,
                 include_user_dir: bool = True) -> None:
        from eligibility import rules

        self._evaluate = rules.evaluate
        self.problems: list[Exception] = []
        if packs is None:
            loaded, self.problems = rules.collect_packs(include_user_dir=include_user_dir)
            packs = loaded
        self._packs = list(packs)
        self.leap = leap

    def evaluate(self, person: Person, as_of: date) -> list[Determination]:
        return list(self._evaluate(person, self._packs, as_of, leap=self.leap))

    @property
    def programs(self) -> dict[str, str]:
        return {p.id: (p.title or PROGRAM_TITLES.get(p.id, p.id)) for p in self._packs}

    @property
    def pack_ids(self) -> dict[str, str]:
        return {p.id: p.id for p in self._packs}

    @property
    def fingerprint(self) -> str:
        parts = sorted(f"{p.id}@{p.version}" for p in self._packs)
        return ";".join(parts) + f";leap={self.leap.value}"


@_quick_init  # 100,000 rows per load: the dataclass's own __init__ took twice as long (0.11 against 0.06 s)
@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list: the figures shown, precomputed so sorting never recomputes dates."""

    person_id: str
    name: str
    age: int
    age_at_offense: int
    served_months: int
    jurisdiction: Jurisdiction
    best: Status | None
    best_program: str
    next_date: date | None
    statuses: tuple[tuple[str, Status], ...] = ()  # (program, status) for each applicable program
    search: str = field(default="", repr=False)

    @property
    def programs(self) -> frozenset[str]:
        return frozenset(p for p, _ in self.statuses)

    def status_for(self, program: str) -> Status | None:
        for p, s in self.statuses:
            if p == program:
                return s
        return None


def search_key(person: Person) -> str:
    """Lower-case text a filter matches against: "last, first", "first last" and the ID."""
    return search_text(person.last_name, person.first_name, person.person_id)


def search_text(last_name: str, first_name: str, person_id: str) -> str:
    """``search_key`` from the three columns (the store's case-list query has no ``Person``)."""
    return f"{last_name}, {first_name}\t{first_name} {last_name}\t{person_id}".lower()


def served_months_on(person: Person, as_of: date, *, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> int:
    """Whole months in custody on ``as_of``, as ``dates.person_served_on`` counts them."""
    return served_months(person.custody_start, person.custody_breaks, as_of, leap=leap)


def served_months(start: date, breaks: Sequence[CustodyBreak], as_of: date, *,
                  leap: LeapDayRule = DEFAULT_LEAP_RULE) -> int:
    """Whole months in custody from ``start`` to ``as_of``, as ``dates.served_on`` counts them.

    Building the list for 100,000 people calls this 100,000 times, so the common case (no breaks, custody
    starting on a day every month has) is counted directly: the Nth month is complete on the same day of
    the month N months later. Everything else goes through ``dates``.
    """
    if breaks or start.day > 28:
        return served_on(start, tuple(breaks), as_of, leap=leap).total_months
    if as_of <= start:
        return 0
    return (as_of.year - start.year) * 12 + as_of.month - start.month - (as_of.day < start.day)


def make_row(person: Person, index_entries: Iterable[tuple[str, Status, date | None]], *, as_of: date,
             leap: LeapDayRule = DEFAULT_LEAP_RULE) -> CaseRow:
    entries = sorted(index_entries, key=_first)
    best = None
    best_key: tuple[int, date] | None = None
    for entry in entries:  # the most favourable status, earliest date first (programs are already in order)
        key = (STATUS_RANK[entry[1]], entry[2] or date.max)
        if best_key is None or key < best_key:
            best, best_key = entry, key
    dob = person.date_of_birth
    return CaseRow(
        person_id=person.person_id, name=f"{person.last_name}, {person.first_name}",
        age=age_on(dob, as_of, leap=leap), age_at_offense=age_on(dob, person.offense_date, leap=leap),
        served_months=served_months_on(person, as_of, leap=leap), jurisdiction=person.jurisdiction,
        best=best[1] if best else None, best_program=best[0] if best else "",
        next_date=best[2] if best else None,
        statuses=tuple([(e[0], e[1]) for e in entries]), search=search_key(person),
    )


def _first(entry: tuple) -> str:
    return entry[0]


def row_from_determinations(person: Person, determinations: Sequence[Determination], *, as_of: date,
                            leap: LeapDayRule = DEFAULT_LEAP_RULE) -> CaseRow:
    return make_row(person, [(d.program, d.status, d.eligible_on) for d in determinations], as_of=as_of, leap=leap)


def build_rows(people: Iterable[Person], index: dict[str, list[tuple[str, Status, date | None]]], *,
               as_of: date, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> list[CaseRow]:
    # 100,000 rows appear next to the million objects of the loaded people; without the pause every
    # collection on the way walks them all (2.6 s → 0.9 s at 100,000 people).
    with collector_paused():
        return [make_row(p, index.get(p.person_id, ()), as_of=as_of, leap=leap) for p in people]


# ---- filtering ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Empty sets mean "any". With a program chosen, the status filter applies to that program's status."""

    text: str = ""
    statuses: frozenset[Status] = frozenset()
    programs: frozenset[str] = frozenset()
    jurisdictions: frozenset[Jurisdiction] = frozenset()

    @property
    def is_empty(self) -> bool:
        return not (self.text.strip() or self.statuses or self.programs or self.jurisdictions)


def _text_match(rows: Sequence[CaseRow], text: str) -> list[int]:
    needle = text.strip().lower()
    if not needle:
        return list(range(len(rows)))
    return [i for i, r in enumerate(rows) if needle in r.search]


def _status_of(row: CaseRow, programs: frozenset[str]) -> set[Status | None]:
    if not programs:
        return {row.best}
    return {s for p, s in row.statuses if p in programs}


def filter_rows(rows: Sequence[CaseRow], flt: CaseFilter) -> list[int]:
    """Indexes into ``rows`` of the people the filter keeps, in their original order."""
    keep = _text_match(rows, flt.text)
    if flt.jurisdictions:
        keep = [i for i in keep if rows[i].jurisdiction in flt.jurisdictions]
    if flt.programs:
        programs = flt.programs
        keep = [i for i in keep if not programs.isdisjoint(rows[i].programs)]
    if flt.statuses:
        wanted = flt.statuses
        if flt.programs:
            keep = [i for i in keep if not wanted.isdisjoint(_status_of(rows[i], flt.programs))]
        else:
            keep = [i for i in keep if rows[i].best in wanted]
    return keep


@dataclass(frozen=True, slots=True)
class FilterCounts:
    """How many people each filter choice would show, given the other filters (as a facet count)."""

    statuses: dict[Status | None, int]
    programs: dict[str, int]
    jurisdictions: dict[Jurisdiction, int]


def facet_counts(rows: Sequence[CaseRow], flt: CaseFilter) -> FilterCounts:
    base = _text_match(rows, flt.text)
    juris = flt.jurisdictions
    progs = flt.programs
    stats = flt.statuses
    if not (juris or progs or stats):
        # Nothing ticked (a fresh list, or only a search): every row shown counts once for its best status,
        # once for each of its programs and once for its jurisdiction, which plain tallies give three times
        # faster than the general loop below (0.12 s at 100,000 people, on the load and after keystrokes).
        shown = rows if len(base) == len(rows) else [rows[i] for i in base]
        return FilterCounts(dict(Counter([r.best for r in shown])),
                            dict(Counter([p for r in shown for p, _ in r.statuses])),
                            dict(Counter([r.jurisdiction for r in shown])))

    def status_ok(r: CaseRow) -> bool:
        return not stats or not stats.isdisjoint(_status_of(r, progs))

    status_counts: Counter = Counter()
    program_counts: Counter = Counter()
    juris_counts: Counter = Counter()
    for i in base:
        r = rows[i]
        in_juris = not juris or r.jurisdiction in juris
        in_prog = not progs or not progs.isdisjoint(r.programs)
        if in_juris and in_prog:
            for s in _status_of(r, progs):
                status_counts[s] += 1
        if in_juris and (not stats or not stats.isdisjoint({s for _, s in r.statuses} | {r.best})):
            for p, s in r.statuses:
                if not stats or s in stats:
                    program_counts[p] += 1
        if in_prog and status_ok(r):
            juris_counts[r.jurisdiction] += 1
    return FilterCounts(dict(status_counts), dict(program_counts), dict(juris_counts))


def hiding_filter(rows: Sequence[CaseRow], flt: CaseFilter) -> str:
    """Which part of a filter that shows nobody is responsible, for the empty-state message."""
    if not rows:
        return ""
    if flt.text.strip() and not _text_match(rows, flt.text):
        return "search"
    for name, narrowed in (("jurisdiction", CaseFilter(text=flt.text, jurisdictions=flt.jurisdictions)),
                           ("program", CaseFilter(text=flt.text, jurisdictions=flt.jurisdictions,
                                                  programs=flt.programs))):
        if not filter_rows(rows, narrowed):
            return name
    return "status"


# ---- sorting --------------------------------------------------------------------------------------------
COLUMNS: tuple[str, ...] = ("name", "person_id", "age", "age_at_offense", "served", "jurisdiction", "status",
                            "next_date")


_NO_DATE = date.max.toordinal() + 1


def column_keys(rows: Sequence[CaseRow], column: str) -> list:
    """One sort key per row, cheap to build and to compare (plain str or int, never a tuple).

    Missing values sort last in ascending order. Names sort by the lower-cased "last, first" search text.
    """
    if column == "name":
        return [r.search for r in rows]
    if column in ("person_id", "age", "age_at_offense", "served_months"):
        return [getattr(r, column) for r in rows]
    if column == "served":
        return [r.served_months for r in rows]
    if column == "jurisdiction":
        return [r.jurisdiction.value for r in rows]
    if column == "status":
        rank = {**STATUS_RANK, None: 99}
        return [rank[r.best] * _NO_DATE + (r.next_date.toordinal() if r.next_date else _NO_DATE - 1) for r in rows]
    if column == "next_date":
        return [r.next_date.toordinal() if r.next_date else _NO_DATE for r in rows]
    raise ValueError(f"unknown column {column!r}")


def sort_indexes(rows: Sequence[CaseRow], indexes: list[int], column: str, *, descending: bool = False,
                 keys: list | None = None) -> list[int]:
    """``indexes`` ordered by ``column``; pass ``keys`` (from ``column_keys``) to reuse them across sorts."""
    if keys is None:
        keys = column_keys(rows, column)
    return sorted(indexes, key=keys.__getitem__, reverse=descending)


def sort_indexes_in_slices(rows: Sequence[CaseRow], indexes: list[int], column: str, *, descending: bool = False,
                           keys: list | None = None, slice_size: int = 4_096) -> list[int]:
    """``sort_indexes`` for a worker thread: the same order, made by several short sorts instead of one.

    One ``sorted`` call never lets go of the interpreter lock, and ordering 100,000 names takes 40 ms
    (over 100 ms on a busy machine), all that time freezing the window. Slices are sorted on their own,
    then neighbouring runs are merged pairwise; every step is a stable sort of runs kept in their
    original order, so equal keys keep the order a single sort gives them.
    """
    if keys is None:
        keys = column_keys(rows, column)
    key = keys.__getitem__
    runs = [sorted(indexes[i:i + slice_size], key=key, reverse=descending)
            for i in range(0, len(indexes), slice_size)]
    while len(runs) > 1:
        merged = [sorted(runs[i] + runs[i + 1], key=key, reverse=descending) for i in range(0, len(runs) - 1, 2)]
        if len(runs) % 2:
            merged.append(runs[-1])
        runs = merged
    return runs[0] if runs else []


@dataclass(frozen=True, slots=True)
class ListView:
    """The list as the model will show it, worked out by the worker that loaded the rows.

    Filtering, ordering and counting 100,000 rows takes a few tenths of a second; done on the worker, the
    window only has to hand the results to its model. They are for ``filter`` and the order
    (``column``, ``descending``) the window had when the load began: the window checks that these still
    hold and works out its own otherwise.
    """

    filter: CaseFilter
    column: str
    descending: bool
    position: dict[str, int]  # person_id → index into the rows
    keys: list  # ``column_keys(rows, column)``
    view: list[int]  # indexes into the rows of those shown, in order
    counts: FilterCounts
    totals: StoreCounts

    def fits(self, rows: Sequence[CaseRow], flt: CaseFilter, column: str, descending: bool) -> bool:
        return (len(self.keys) == len(rows) and self.filter == flt and self.column == column
                and self.descending == descending)


def prepare_view(rows: Sequence[CaseRow], flt: CaseFilter, column: str, *, descending: bool,
                 as_of: date) -> ListView:
    """Everything the case list needs besides the rows, for one filter and order (see ``ListView``)."""
    with collector_paused():
        keys = column_keys(rows, column)
        return ListView(
            filter=flt, column=column, descending=descending,
            position={r.person_id: i for i, r in enumerate(rows)}, keys=keys,
            view=sort_indexes_in_slices(rows, filter_rows(rows, flt), column, descending=descending, keys=keys),
            counts=facet_counts(rows, flt), totals=store_counts(rows, as_of=as_of),
        )


# ---- words ----------------------------------------------------------------------------------------------
def served_text(months: int) -> str:
    """Compact "31 y 2 m" for a table cell (never a decimal of years: 31.2 would read as 31 years 2 months)."""
    years, rest = divmod(months, 12)
    return f"{years} y {rest} m"


def status_text(status: Status | None, eligible_on: date | None, *, as_of: date) -> str:
    if status is None:
        return "Not evaluated"
    label = STATUS_LABELS[status]
    if status is Status.NOT_YET and eligible_on is not None:
        return f"{label} ({eligible_on.isoformat()})"
    if status is Status.ELIGIBLE and eligible_on is not None and eligible_on <= as_of:
        return f"{label} since {eligible_on.isoformat()}"
    return label


@dataclass(frozen=True, slots=True)
class StoreCounts:
    people: int
    by_status: dict[Status | None, int]
    not_yet_within_year: int


def store_counts(rows: Sequence[CaseRow], *, as_of: date) -> StoreCounts:
    by_status: Counter = Counter(r.best for r in rows)
    try:
        horizon = as_of.replace(year=as_of.year + 1)
    except ValueError:  # 29 February: a year later is 1 March
        horizon = date(as_of.year + 1, 3, 1)
    soon = sum(1 for r in rows if r.best is Status.NOT_YET and r.next_date is not None and r.next_date <= horizon)
    return StoreCounts(len(rows), dict(by_status), soon)


# ---- export of the filtered list ------------------------------------------------------------------------
LIST_EXPORT_HEADER = ("person_id", "name", "age", "age_at_offense", "served", "jurisdiction", "best_status",
                      "best_program", "next_date", "as_of")


def write_case_list_csv(rows: Iterable[CaseRow], stream: TextIO, *, as_of: date) -> int:
    """The case list as the user sees it, one line per person. Cells are neutralised for spreadsheets."""
    from eligibility.intake.export import neutralize_cell

    writer = csv.writer(stream)
    writer.writerow(LIST_EXPORT_HEADER)
    n = 0
    for r in rows:
        writer.writerow([neutralize_cell(x) for x in (
            r.person_id, r.name, str(r.age), str(r.age_at_offense), served_text(r.served_months),
            r.jurisdiction.value, r.best.value if r.best else "", r.best_program,
            r.next_date.isoformat() if r.next_date else "", as_of.isoformat())])
        n += 1
    return n


# ---- evaluation runs ------------------------------------------------------------------------------------
def evaluation_stamp(engine: Engine, as_of: date) -> str:
    return json.dumps({"as_of": as_of.isoformat(), "packs": engine.fingerprint}, sort_keys=True)


def evaluation_is_current(store: object, engine: Engine, as_of: date) -> bool:
    return store.get_meta(LAST_EVALUATION_META) == evaluation_stamp(engine, as_of)  # type: ignore[attr-defined]


def evaluate_everyone(store: object, engine: Engine, *, as_of: date,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> int:
    """Evaluate every person in ``store`` and replace all stored determinations in one transaction.

    Cancelling stops before anything is written, so the store never holds a half-new evaluation.
    The cycle collector is paused throughout: collections triggered by this worker's allocations would
    walk every record alive and hold the interpreter, freezing the window, for a few tenths of a second.
    """
    with collector_paused():
        people = store.load_people()  # type: ignore[attr-defined]
        results: list[Determination] = []
        try:
            total = len(people)
            step = max(1, total // 100)
            for i, person in enumerate(people, 1):
                if cancelled is not None and i % step == 0 and cancelled():
                    raise EvaluationCancelled("Evaluation was cancelled; the earlier results are kept.")
                results.extend(engine.evaluate(person, as_of))
                if progress is not None and (i % step == 0 or i == total):
                    progress(i, total)
            saved = store.save_determinations(results, pack_ids=engine.pack_ids)  # type: ignore[attr-defined]
            store.set_meta(LAST_EVALUATION_META, evaluation_stamp(engine, as_of))  # type: ignore[attr-defined]
        finally:
            # Freed in slices while the collector is still paused, on every way out: 400,000 results and a
            # million records at once would hold the interpreter (and the window) for most of a second, and
            # a cancelled run (superseded by a new date, say) is as big as a finished one.
            release_gradually(results)
            release_gradually(people)
    return saved


def evaluate_one(store: object, engine: Engine, person: Person, *, as_of: date) -> list[Determination]:
    """Re-evaluate one person after an edit and store the result (a few milliseconds)."""
    dets = engine.evaluate(person, as_of)
    store.save_determinations(dets, pack_ids=engine.pack_ids, person_ids=[person.person_id])  # type: ignore[attr-defined]
    return dets


class EvaluationCancelled(Exception):
    pass


# ---- first run ------------------------------------------------------------------------------------------
def demo_people(*, today: date) -> tuple[list[Person], list]:
    """The bundled demo roster (fictional people), read through the importer like any other roster."""
    from eligibility.intake import read_import
    from eligibility.paths import resource_path

    roster = resource_path("demo", "roster.csv")
    conduct = resource_path("demo", "conduct.csv")
    parsed = read_import(roster, conduct if conduct.exists() else None, today=today, known_person_ids=set())
    return list(parsed.people), list(parsed.extra_conduct)


def create_demo_store(path: Path, *, today: date, staff: str = "") -> object:
    """Create a store at ``path`` holding the demo roster, marked as demo so the app says so."""
    from eligibility.store.crypto import create_store

    # Fictional people only, so the demo store is plain; the user's own stores are offered encryption.
    store = create_store(path, passphrase=None, staff=staff)
    try:
        people, extra = demo_people(today=today)
        store.import_people(people, extra_conduct=extra, source="demo roster")
        store.set_meta("demo", "1")
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


def best_of(determinations: Sequence[Determination]) -> Determination | None:
    return best_status(list(determinations))


# ---- the person editor's validation ---------------------------------------------------------------------
PERSON_FIELDS: tuple[str, ...] = (
    "person_id", "last_name", "first_name", "date_of_birth", "jurisdiction", "offense_date", "custody_start",
    "custody_breaks", "sentence_date", "sentence_type", "term_years", "term_months", "min_term_years",
    "controlling_offense", "case_number", "county", "race_ethnicity", "sex",
)


def person_fields(person: Person) -> dict[str, str]:
    """The editor's text for each field, in the roster's canonical spelling."""
    from eligibility.intake.values import format_break

    def d(x: date | None) -> str:
        return x.isoformat() if x else ""

    def n(x: int | None) -> str:
        return "" if x is None else str(x)

    return {
        "person_id": person.person_id, "last_name": person.last_name, "first_name": person.first_name,
        "date_of_birth": d(person.date_of_birth), "jurisdiction": person.jurisdiction.value,
        "offense_date": d(person.offense_date), "custody_start": d(person.custody_start),
        "custody_breaks": "; ".join(format_break(b) for b in person.custody_breaks),
        "sentence_date": d(person.sentence_date), "sentence_type": person.sentence_type.value,
        "term_years": n(person.term_years), "term_months": n(person.term_months),
        "min_term_years": n(person.min_term_years), "controlling_offense": person.controlling_offense,
        "case_number": person.case_number, "county": person.county, "race_ethnicity": person.race_ethnicity,
        "sex": person.sex,
    }


def validate_person_fields(fields: dict[str, str], *, flags: frozenset, conduct: tuple = (),
                           today: date) -> tuple[Person | None, dict[str, str]]:
    """Check the editor's fields with the importer's own row validation; return the Person or the problems.

    The form's fields are laid out as one canonical roster row and read by ``intake.rows.RosterRows``, so
    the editor and the import report accept exactly the same facts and word problems the same way.
    Problems map a field to a message ("Expected a real date as YYYY-MM-DD or MM/DD/YYYY.").
    """
    from eligibility.intake.columns import CANONICAL_ROSTER_COLUMNS
    from eligibility.intake.rows import RosterRows
    from eligibility.records import ConductEntry

    cells = {k: (fields.get(k) or "").strip() for k in PERSON_FIELDS}
    cells["flags"] = ";".join(sorted(f.value if hasattr(f, "value") else str(f) for f in flags))
    raw = [cells.get(c, "") for c in CANONICAL_ROSTER_COLUMNS]
    reader = RosterRows(file_name="form", indexes={c: i for i, c in enumerate(CANONICAL_ROSTER_COLUMNS)},
                        width=len(raw), today=today)
    values, row_errors = reader.read(raw, 2)
    if values is None:
        errors: dict[str, str] = {}
        for e in row_errors:
            errors.setdefault(e.column, f"Expected {e.expected}.")
        return None, errors
    person = Person(*values)  # type: ignore[arg-type]
    pid = person.person_id
    return dataclasses.replace(person, conduct=tuple(
        ConductEntry(pid, c.date, c.kind, c.division, c.violent, c.description) for c in conduct)), {}
