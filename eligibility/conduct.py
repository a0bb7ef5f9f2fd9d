"""A person's conduct record in prison, summarised for the case view and for petitions.

Petitions and parole packets cite the years since the last serious rules violation, the divisions and
dates of any, whether any involved violence, the programmes completed and laudatory chronos (domain
notes § 3). Entries dated after the as-of date are not counted: they were not on the record then.
"""

from __future__ import annotations

from datetime import date

from eligibility.dates import age_on
from eligibility.records import (
    ConductEntry,
    ConductKind,
    ConductSummary,
    Division,
    Person,
)


def summarize_conduct(person: Person, as_of: date) -> ConductSummary:
    entries = sorted((e for e in person.conduct if e.date <= as_of), key=lambda e: e.date)
    counts = {kind: 0 for kind in ConductKind}
    by_division = {division: 0 for division in Division}
    last_serious = last_rvr = last_counseling = None
    violent: list[ConductEntry] = []
    programs: list[ConductEntry] = []
    laudatory: list[ConductEntry] = []
    work: list[ConductEntry] = []
    for e in entries:
        counts[e.kind] += 1
        if e.kind is ConductKind.SERIOUS_RVR:
            last_serious = e.date
            last_rvr = e.date
            if e.division is not None:
                by_division[e.division] += 1
        elif e.kind is ConductKind.ADMINISTRATIVE_RVR:
            last_rvr = e.date
        elif e.kind is ConductKind.COUNSELING:
            last_counseling = e.date
        elif e.kind is ConductKind.PROGRAM:
            programs.append(e)
        elif e.kind is ConductKind.LAUDATORY:
            laudatory.append(e)
        elif e.kind is ConductKind.WORK:
            work.append(e)
        if e.violent:
            violent.append(e)
    # Whole years by anniversaries, the same reckoning as ages (never days / 365).
    years_since = age_on(last_serious, as_of) if last_serious is not None else None
    return ConductSummary(
        as_of=as_of,
        last_serious_rvr=last_serious,
        last_rvr_any=last_rvr,
        last_counseling=last_counseling,
        years_since_last_serious=years_since,
        counts_by_kind=counts,
        serious_by_division={d: n for d, n in by_division.items() if n},
        violent_entries=tuple(violent),
        programs=tuple(programs),
        laudatory=tuple(laudatory),
        work=tuple(work),
        text=_sentence(person, as_of=as_of, last_serious=last_serious, years_since=years_since,
                       violent=len(violent), programs=len(programs), laudatory=len(laudatory)),
    )


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _sentence(person: Person, *, as_of: date, last_serious: date | None, years_since: int | None,
              violent: int, programs: int, laudatory: int) -> str:
    if last_serious is None:
        custody_years = age_on(person.custody_start, as_of) if person.custody_start <= as_of else 0
        head = (f"No serious rules violation on record in {_plural(custody_years, 'year', 'years')} of custody"
                if custody_years else "No serious rules violation on record")
    elif years_since == 0:
        head = f"Serious rules violation within the last year ({last_serious.isoformat()})"
    else:
        head = (f"No serious rules violation in {_plural(years_since or 0, 'year', 'years')} "
                f"(last {last_serious.isoformat()})")
    parts = [head]
    if violent:
        parts.append(_plural(violent, "violent entry", "violent entries"))
    parts.append(_plural(programs, "programme completed", "programmes completed"))
    parts.append(_plural(laudatory, "laudatory chrono", "laudatory chronos"))
    return "; ".join(parts) + "."
