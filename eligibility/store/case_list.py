"""The case list's rows, read straight from the columns it shows.

Building the list from ``Store.load_people`` made 100,000 full ``Person`` records with 378,000 conduct
entries (1.7 s) only to read seven of their fields. Here three queries fetch just what the list shows: the
people's own columns, each person's results folded into one row by SQLite from the covering index
``determinations_case_list`` (migration 0003), and the custody breaks of the few people who have any.
The rows are exactly what ``workspace.build_rows`` makes from full records (tests compare the two).

A sibling of ``store.py`` inside the one package that speaks SQL; it reads through the store's own
connection, so it runs on whatever thread opened the store.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from eligibility.dates import DEFAULT_LEAP_RULE, LeapDayRule, age_on
from eligibility.gcpause import collector_paused
from eligibility.records import STATUS_RANK, CustodyBreak, Jurisdiction, Status
from eligibility.workspace import CaseRow, search_text, served_months

# Each person's results come folded by SQLite into two texts, so Python handles one row per person instead
# of four: the (program, status) pairs (a few hundred different texts among 100,000 people, so each is
# worked out once) and the dates in the same order (empty for none). Both aggregates step over the same
# rows in the same order, whatever order SQLite picks, so the n-th date belongs to the n-th pair.
_FIELD_SEP = "\x01"
_ITEM_SEP = "\x02"
_RESULTS = (
    f"SELECT person_id, group_concat(program || '{_FIELD_SEP}' || status, '{_ITEM_SEP}'), "
    f"group_concat(coalesce(eligible_on, ''), '{_ITEM_SEP}') "
    "FROM determinations GROUP BY person_id"
)
_PEOPLE = (
    "SELECT p.person_id, p.last_name, p.first_name, p.date_of_birth, p.jurisdiction, p.offense_date, "
    "p.custody_start FROM people p JOIN sentences s ON s.person_id = p.person_id ORDER BY p.person_id"
)
_BREAKS = 'SELECT person_id, start, "end" FROM custody_breaks ORDER BY start'
_NO_DATE = "9999-12-31"  # ``make_row`` ranks a result without a date as ``date.max``

_JURISDICTIONS = {m.value: m for m in Jurisdiction}
_STATUSES = {m.value: m for m in Status}
_LEAP_DAY = "-02-29"


def _status(text: str) -> Status:
    return _STATUSES.get(text) or Status(text)  # an unknown text raises, as loading a determination does


class _Results:
    """What one text of (program, status) pairs from ``_RESULTS`` says, worked out once for everyone with it.

    ``statuses`` are in program order, as a row holds them. ``candidates`` are the positions (in the text's
    order) of the results of the best rank, in program order: the best result is the earliest-dated of
    them, the first in program order among equal dates, exactly as ``workspace.make_row`` chooses it.
    """

    __slots__ = ("best", "candidates", "programs", "statuses")

    def __init__(self, text: str) -> None:
        entries = []
        for item in text.split(_ITEM_SEP):
            program, _, status = item.partition(_FIELD_SEP)
            entries.append((program, _status(status)))
        order = sorted(range(len(entries)), key=lambda i: entries[i][0])
        self.statuses = tuple(entries[i] for i in order)
        self.programs = [program for program, _ in entries]
        top = min(STATUS_RANK[status] for _, status in entries)
        self.candidates = [i for i in order if STATUS_RANK[entries[i][1]] == top]
        self.best = entries[self.candidates[0]][1]


def _age(dob: str, on: str, leap: LeapDayRule) -> int:
    """``dates.age_on`` on ISO texts: the year difference, less one before the birthday's month and day.

    Comparing "-MM-DD" texts is comparing dates within a year. Only a 29 February birthday needs the
    leap-day convention (in a common year it falls on 1 March or 28 February), so it goes through ``dates``.
    """
    if dob[4:] == _LEAP_DAY:
        return age_on(date.fromisoformat(dob), date.fromisoformat(on), leap=leap)
    return int(on[:4]) - int(dob[:4]) - (on[4:] < dob[4:])


def case_rows(store: object, *, as_of: date, leap: LeapDayRule = DEFAULT_LEAP_RULE) -> list[CaseRow]:
    """One ``CaseRow`` per person in ``store``, in person-id order, as ``workspace.build_rows`` makes them.

    People with no stored results get a row with no statuses (the window evaluates them).
    """
    conn = store._conn  # type: ignore[attr-defined]  # the store package's own connection, on its thread
    as_iso = as_of.isoformat()
    known: dict[str, _Results] = {}
    dates: dict[str, date] = {}
    from_iso = date.fromisoformat
    rows: list[CaseRow] = []
    append = rows.append
    # A million small objects are made here; collections on the way would walk them all (see gcpause).
    with collector_paused():
        breaks: dict[str, list[CustodyBreak]] = defaultdict(list)
        for pid, start, end in conn.execute(_BREAKS):
            breaks[pid].append(CustodyBreak(from_iso(start), from_iso(end)))
        results = {pid: (pairs, on) for pid, pairs, on in conn.execute(_RESULTS)}
        for pid, last, first, dob, juris, offense, custody in conn.execute(_PEOPLE):
            found = results.pop(pid, None)  # let go of as it is used: freed at once, 100,000 rows hold the GIL
            if found is None:
                statuses: tuple[tuple[str, Status], ...] = ()
                best_status, best_program, next_date = None, "", None
            else:
                info = known.get(found[0])
                if info is None:
                    info = known[found[0]] = _Results(found[0])
                on = found[1].split(_ITEM_SEP)
                candidates = info.candidates
                pick = candidates[0]
                if len(candidates) > 1:
                    earliest = on[pick] or _NO_DATE
                    for i in candidates[1:]:
                        if (on[i] or _NO_DATE) < earliest:
                            pick, earliest = i, on[i] or _NO_DATE
                statuses, best_status, best_program = info.statuses, info.best, info.programs[pick]
                text = on[pick]
                if text:
                    next_date = dates.get(text)
                    if next_date is None:
                        next_date = dates[text] = from_iso(text)
                else:
                    next_date = None
            served = served_months(from_iso(custody), breaks.get(pid, ()), as_of, leap=leap)
            append(CaseRow(
                pid, f"{last}, {first}", _age(dob, as_iso, leap), _age(dob, offense, leap), served,
                _JURISDICTIONS.get(juris) or Jurisdiction(juris), best_status, best_program, next_date, statuses,
                search_text(last, first, pid),
            ))
    return rows
