"""Facts a document states about a person, computed from the records and worded for the page.

Kept apart from the layout code so the wording of a figure (an age, years served, a date) is the same in every
document and can be tested on its own. Calendar arithmetic is the engine's (eligibility.dates): years by
anniversaries, never days divided by 365, and a 29 February anniversary falls on 1 March in common years.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from eligibility import conduct as engine_conduct
from eligibility import dates
from eligibility.records import (
    ConductEntry,
    ConductKind,
    ConductSummary,
    Determination,
    Person,
    SentenceType,
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def long_date(d: date) -> str:
    """Court style: "November 27, 2026"."""
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, by the engine's default convention (29 February → 1 March)."""
    return dates.add_months(d, months)


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
    return dates.age_on(date_of_birth, on)


def break_days_before(person: Person, as_of: date) -> int:
    """Days out of custody before ``as_of``; a break still open on ``as_of`` counts up to it."""
    return dates.days_out_before(person.custody_breaks, as_of)


def months_served(person: Person, as_of: date) -> int:
    """Completed months of actual custody, computed as the engine does, so documents and determinations agree."""
    return dates.person_served_on(person, as_of).total_months


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

def summarize_conduct(person: Person, as_of: date) -> ConductSummary:
    """The engine's summary, so the UI, the reports and the documents describe a record the same way."""
    return engine_conduct.summarize_conduct(person, as_of)


def conduct_entries(person: Person, as_of: date) -> list[ConductEntry]:
    """Entries on or before ``as_of``, oldest first: the rows of a programming and conduct table."""
    return sorted((e for e in person.conduct if e.date <= as_of), key=lambda e: (e.date, e.kind.value))


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# US spelling for court papers and letters (the shared records name these in British spelling).
CONDUCT_LABELS: dict[ConductKind, str] = {
    ConductKind.SERIOUS_RVR: "Serious rules violation (115)",
    ConductKind.ADMINISTRATIVE_RVR: "Administrative rules violation (115)",
    ConductKind.COUNSELING: "Counseling chrono (128-A)",
    ConductKind.LAUDATORY: "Laudatory chrono",
    ConductKind.PROGRAM: "Program completed",
    ConductKind.WORK: "Work assignment",
}


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """Court style: numbers up to ten in words ("three programs"), larger ones in figures."""
    count = _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)
    return f"{count} {word if n == 1 else (plural or word + 's')}"


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
        sentences.append(f"{_plural(len(violent), 'entry', 'entries').capitalize()} involved violence, the most "
                         "recent on "
                         f"{long_date(max(e.date for e in violent))}.")
    elif serious or admin:
        sentences.append("None of these entries is recorded as violent.")
    if summary.programs:
        names = [e.description for e in summary.programs if e.description]
        detail = f", including {_join(names[-5:])}" if names else ""
        sentences.append(f"{name} has completed {_plural(len(summary.programs), 'program')}{detail}.")
    else:
        sentences.append("The records list no completed programs.")
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
