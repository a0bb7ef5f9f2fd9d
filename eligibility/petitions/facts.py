"""Facts a document states about a person, computed from the records and worded for the page.

Kept apart from the layout code so the wording of a figure (an age, years served, a date) is the same in every
document and can be tested on its own. Calendar arithmetic follows the interchange conventions: years by
anniversaries, never days divided by 365, and a 29 February anniversary falls on 1 March in common years.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from eligibility.records import (
    ConductEntry,
    ConductKind,
    ConductSummary,
    Determination,
    Division,
    Person,
    SentenceType,
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def long_date(d: date) -> str:
    """Court style: "November 27, 2026"."""
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months; a day the target month lacks rolls to the 1st of the next month.

    Rolling forward (29 February → 1 March) is the project's conservative default: it never reaches a
    threshold early.
    """
    total = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(total, 12)
    try:
        return date(year, month0 + 1, d.day)
    except ValueError:
        nxt_year, nxt_month0 = divmod(total + 1, 12)
        return date(nxt_year, nxt_month0 + 1, 1)


def whole_months_between(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end`` (0 when ``end`` is not after ``start``)."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def whole_years_between(start: date, end: date) -> int:
    return whole_months_between(start, end) // 12


def age_on(date_of_birth: date, on: date) -> int:
    return whole_years_between(date_of_birth, on)


def break_days_before(person: Person, as_of: date) -> int:
    """Days out of custody before ``as_of``; a break still open on ``as_of`` counts up to it."""
    total = 0
    for brk in person.custody_breaks:
        if brk.start >= as_of:
            continue
        total += (min(brk.end, as_of) - brk.start).days
    return total


def months_served(person: Person, as_of: date) -> int:
    """Completed months of actual custody: the custody-start anniversaries pushed later by days out."""
    reference = as_of - timedelta(days=break_days_before(person, as_of))
    return whole_months_between(person.custody_start, reference)


def years_months_text(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year" + ("s" if years != 1 else ""))
    if rest or not years:
        parts.append(f"{rest} month" + ("s" if rest != 1 else ""))
    return " and ".join(parts)


def term_text(person: Person) -> str:
    """The imposed sentence in words, or "" when the roster does not give enough to say it."""
    if person.sentence_type is SentenceType.LIFE:
        if person.min_term_years:
            return f"{person.min_term_years} years to life"
        return "an indeterminate term of life with the possibility of parole"
    if person.sentence_type is SentenceType.LWOP:
        return "life without the possibility of parole"
    if person.sentence_type is SentenceType.DEATH:
        return "death"
    total = person.term_total_months
    if total:
        return years_months_text(total)
    return ""


def pronoun_free_name(person: Person) -> str:
    """The name documents use in running text: the records hold no pronouns, so the text never needs one."""
    return person.full_name


def office_city(office: Mapping[str, str]) -> str:
    """The city of a California office address ("..., Oakland, CA 94612" → "Oakland"), or ""."""
    address = office.get("office.address", "")
    for line in reversed(re.split(r"[\n;]", address)):
        match = re.search(r"([A-Za-zÀ-ÿ .'\-]+),\s*(?:CA|Calif\.?|California)\b", line)
        if match:
            city = match.group(1).strip()
            # "123 Main St, Oakland, CA": the city is the last comma-separated part before the state.
            return city.split(",")[-1].strip()
    return ""


def address_lines(office: Mapping[str, str]) -> list[str]:
    """The office address as printed lines: newlines or semicolons separate lines."""
    address = office.get("office.address", "")
    return [part.strip() for part in re.split(r"[\n;]", address) if part.strip()]


# --- conduct ---------------------------------------------------------------------------------------------------

def _local_summarize_conduct(person: Person, as_of: date) -> ConductSummary:
    entries = sorted((e for e in person.conduct if e.date <= as_of), key=lambda e: (e.date, e.kind.value))

    def last(*kinds: ConductKind) -> date | None:
        dates = [e.date for e in entries if e.kind in kinds]
        return max(dates) if dates else None

    counts: dict[ConductKind, int] = dict(Counter(e.kind for e in entries))
    divisions: dict[Division, int] = dict(Counter(e.division for e in entries
                                                  if e.kind is ConductKind.SERIOUS_RVR and e.division))
    last_serious = last(ConductKind.SERIOUS_RVR)
    years_since = whole_years_between(last_serious, as_of) if last_serious else None
    programs = tuple(e for e in entries if e.kind is ConductKind.PROGRAM)
    if last_serious is None:
        first = "No serious rules violation on record"
    else:
        first = f"Last serious rules violation {years_since} year{'s' if years_since != 1 else ''} ago"
    text = f"{first}; {len(programs)} programme{'s' if len(programs) != 1 else ''} completed."
    return ConductSummary(
        as_of=as_of,
        last_serious_rvr=last_serious,
        last_rvr_any=last(ConductKind.SERIOUS_RVR, ConductKind.ADMINISTRATIVE_RVR),
        last_counseling=last(ConductKind.COUNSELING),
        years_since_last_serious=years_since,
        counts_by_kind=counts,
        serious_by_division=divisions,
        violent_entries=tuple(e for e in entries if e.violent),
        programs=programs,
        laudatory=tuple(e for e in entries if e.kind is ConductKind.LAUDATORY),
        work=tuple(e for e in entries if e.kind is ConductKind.WORK),
        text=text,
    )


def summarize_conduct(person: Person, as_of: date) -> ConductSummary:
    """The engine's summary when it is installed (one wording everywhere), else the same facts computed here."""
    try:
        from eligibility.conduct import summarize_conduct as engine_summary
    except ImportError:
        return _local_summarize_conduct(person, as_of)
    return engine_summary(person, as_of)


def conduct_entries(person: Person, as_of: date) -> list[ConductEntry]:
    """Entries on or before ``as_of``, oldest first: the rows of a programming and conduct table."""
    return sorted((e for e in person.conduct if e.date <= as_of), key=lambda e: (e.date, e.kind.value))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def conduct_paragraph(person: Person, summary: ConductSummary, *, served_months: int) -> str:
    """One factual paragraph about the record in custody, for motions and letters.

    It states only what the conduct records show; whether the record is "good" is left to the argument text.
    """
    name = pronoun_free_name(person)
    sentences: list[str] = []
    serious = summary.counts_by_kind.get(ConductKind.SERIOUS_RVR, 0)
    admin = summary.counts_by_kind.get(ConductKind.ADMINISTRATIVE_RVR, 0)
    if summary.last_serious_rvr is None:
        sentences.append(f"The records show no serious rules violation in {years_months_text(served_months)} "
                         "in custody")
    else:
        years = summary.years_since_last_serious or 0
        since = (f"{_plural(years, 'year')} ago" if years else "within the past year")
        sentences.append(f"The records show {_plural(serious, 'serious rules violation')} in "
                         f"{years_months_text(served_months)} in custody, the most recent on "
                         f"{long_date(summary.last_serious_rvr)}, {since}")
    if admin:
        sentences[-1] += f", and {_plural(admin, 'administrative rules violation')}"
    sentences[-1] += "."
    violent = [e for e in summary.violent_entries if e.kind in (ConductKind.SERIOUS_RVR,
                                                                 ConductKind.ADMINISTRATIVE_RVR)]
    if violent:
        sentences.append(f"{_plural(len(violent), 'entry', 'entries')} involved violence, the most recent on "
                         f"{long_date(max(e.date for e in violent))}.")
    elif serious or admin:
        sentences.append("None of these entries is recorded as violent.")
    if summary.programs:
        names = [e.description for e in summary.programs if e.description]
        detail = f", including {_join(names[-5:])}" if names else ""
        sentences.append(f"{name} has completed {_plural(len(summary.programs), 'programme')}{detail}.")
    else:
        sentences.append("The records list no completed programmes.")
    if summary.laudatory:
        sentences.append(f"Staff have written {_plural(len(summary.laudatory), 'laudatory chrono')}.")
    if summary.work:
        sentences.append(f"The records list {_plural(len(summary.work), 'work assignment')}.")
    return " ".join(sentences)


# --- programs and determinations -------------------------------------------------------------------------------

PROGRAM_TITLES: dict[str, str] = {
    "ca-youth-parole": "Youth offender parole (Pen. Code § 3051)",
    "ca-elderly-parole": "Elderly parole (Pen. Code § 3055)",
    "ca-juvenile-lwop-petition": "Petition for recall of a juvenile LWOP sentence (Pen. Code § 1170(d))",
    "ca-medical-release": "Compassionate release and medical parole (Pen. Code §§ 1172.2, 3550)",
    "la-da-2020-policy": "LA DA Special Directive 20-14 priority review (historical office policy)",
    "us-compassionate-age": "Federal compassionate release, age ground (USSG § 1B1.13(b)(2))",
    "dc-second-look": "D.C. Second Look (D.C. Code § 24-403.03)",
    "dc-compassionate-age": "D.C. compassionate release, age (D.C. Code § 24-403.04)",
    "md-juvenile-restoration": "Maryland Juvenile Restoration Act (Crim. Proc. § 8-110)",
    "sample-office-policy": "Sample office screening policy",
}

# For the person and their family: no section numbers, no Latin.
PROGRAM_PLAIN_NAMES: dict[str, str] = {
    "ca-youth-parole": "Youth offender parole hearing",
    "ca-elderly-parole": "Elderly parole hearing",
    "ca-juvenile-lwop-petition": "Asking the court to review a life-without-parole sentence given for an act "
                                 "before age 18",
    "ca-medical-release": "Release for serious medical reasons",
    "la-da-2020-policy": "Los Angeles District Attorney review list (2020 to 2024 policy, may no longer apply)",
    "us-compassionate-age": "Federal early release because of age",
    "dc-second-look": "D.C. Second Look sentence review",
    "dc-compassionate-age": "D.C. early release because of age",
    "md-juvenile-restoration": "Maryland sentence review for acts before age 18",
    "sample-office-policy": "Our office's priority review list",
}


def program_title(program: str) -> str:
    return PROGRAM_TITLES.get(program, program)


def program_plain_name(program: str) -> str:
    return PROGRAM_PLAIN_NAMES.get(program, program)


def find_determination(determinations: Sequence[Determination], program: str) -> Determination | None:
    for det in determinations:
        if det.program == program:
            return det
    return None


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """The figures every document states, computed once per document."""

    age: int
    age_at_offense: int
    served_months: int
    conduct: ConductSummary

    @classmethod
    def of(cls, person: Person, as_of: date) -> CaseFacts:
        return cls(
            age=age_on(person.date_of_birth, as_of),
            age_at_offense=age_on(person.date_of_birth, person.offense_date),
            served_months=months_served(person, as_of),
            conduct=summarize_conduct(person, as_of),
        )
