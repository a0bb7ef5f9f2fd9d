"""What each document needs, whether it applies, and the filled-in narrative sections it starts from.

This is the one place that decides which facts a document states: the layout modules only place the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eligibility.petitions import facts
from eligibility.petitions.facts import CaseFacts, long_date
from eligibility.petitions.model import check_kind
from eligibility.petitions.templates import (
    DocumentTemplate,
    fill,
    fill_heading,
    load_template,
    normalise,
    to_complete,
)
from eligibility.records import (
    ConductKind,
    Determination,
    Jurisdiction,
    Person,
    SentenceType,
    Status,
    best_status,
)

OFFICE_KEYS: tuple[str, ...] = ("office.organisation", "office.attorney_name", "office.bar_number",
                                "office.address", "office.phone", "office.email")

_OFFICE_NEEDED: dict[str, tuple[str, ...]] = {
    "ca-1172.1": OFFICE_KEYS,
    "federal-3582": OFFICE_KEYS,
    "bph-letter": ("office.organisation", "office.attorney_name", "office.address", "office.phone",
                   "office.email"),
    "client-summary": ("office.organisation", "office.phone"),
}

_PAROLE_PROGRAMS = ("ca-youth-parole", "ca-elderly-parole")
_LETTER_STATUSES = (Status.ELIGIBLE, Status.NOT_YET)


def parole_determination(determinations: Sequence[Determination]) -> Determination | None:
    """The youth or elderly parole determination a BPH letter is written for: the sooner hearing."""
    usable = [d for d in determinations if d.program in _PAROLE_PROGRAMS and d.status in _LETTER_STATUSES]
    return best_status(usable)


def applicability_problems(kind: str, person: Person, determinations: Sequence[Determination]) -> list[str]:
    check_kind(kind)
    problems: list[str] = []
    others = sorted({d.person_id for d in determinations if d.person_id != person.person_id})
    if others:
        problems.append("A determination for a different person was supplied")
    if kind == "ca-1172.1":
        if person.jurisdiction is not Jurisdiction.CA:
            problems.append("A § 1172.1 motion is for California sentences; this case is not in California")
        elif person.sentence_type is SentenceType.DEATH:
            problems.append("A § 1172.1 motion is not prepared for a death sentence")
    elif kind == "bph-letter":
        if person.jurisdiction is not Jurisdiction.CA:
            problems.append("A Board of Parole Hearings letter is for California cases; this case is not in "
                            "California")
        elif parole_determination(determinations) is None:
            problems.append("The person is not eligible, now or later, for a youth offender (§ 3051) or "
                            "elderly (§ 3055) parole hearing according to the determinations supplied")
    elif kind == "federal-3582":
        det = facts.find_determination(determinations, "us-compassionate-age")
        if person.jurisdiction is not Jurisdiction.US:
            problems.append("A § 3582(c)(1)(A) motion is for federal sentences; this case is not federal")
        elif det is None:
            problems.append("There is no us-compassionate-age determination for this person")
        elif det.status is not Status.ELIGIBLE:
            problems.append("The person does not meet the age ground of USSG § 1B1.13(b)(2) on the as-of date "
                            f"(status: {det.status.value})")
    elif kind == "client-summary" and not determinations:
        problems.append("The person has not been evaluated under any program yet")
    return problems


def _fact_problems(kind: str, person: Person) -> list[str]:
    problems: list[str] = []
    if kind in ("ca-1172.1", "federal-3582"):
        if not person.case_number.strip():
            problems.append("The case number is missing")
        if not person.county.strip():
            problems.append("The county of sentencing is missing" if kind == "ca-1172.1"
                            else "The district of sentencing (the county field) is missing")
        if not person.controlling_offense.strip():
            problems.append("The controlling offense is missing")
    if kind == "federal-3582" and person.sentence_type is SentenceType.DETERMINATE \
            and not person.term_total_months:
        problems.append("The imposed term (years and months) is missing")
    if kind == "bph-letter" and not person.controlling_offense.strip():
        problems.append("The controlling offense is missing")
    return problems


def office_problems(kind: str, office: Mapping[str, str]) -> list[str]:
    return [f"Office setting {key} is not set" for key in _OFFICE_NEEDED[kind]
            if not str(office.get(key, "")).strip()]


def narrative_problems(template: DocumentTemplate, narrative: Mapping[str, str],
                       defaults: Mapping[str, str]) -> list[str]:
    problems: list[str] = []
    for sid in narrative:
        if template.section(sid) is None:
            problems.append(f"The narrative section '{sid}' is not part of this document")
    for section in template.sections:
        if section.id not in defaults:
            continue  # not applicable to this person
        text = narrative.get(section.id, defaults[section.id])
        title = (section.label or section.heading.split("{")[0].strip(" .")
                 or section.id.replace("_", " ").capitalize())
        for item in to_complete(text):
            problems.append(f"Section '{title}' still needs: {item}")
        if section.required and not text.strip():
            problems.append(f"Section '{title}' is empty")
    return problems


@dataclass(frozen=True, slots=True)
class DocumentInputs:
    """Everything a layout module needs, resolved once."""

    kind: str
    person: Person
    determinations: tuple[Determination, ...]
    office: Mapping[str, str]
    as_of: date
    facts: CaseFacts
    template: DocumentTemplate
    context: dict[str, str]
    sections: dict[str, str]  # section id → final text, in template order, applicable sections only
    headings: dict[str, str]  # section id → heading with its placeholders filled ("" for none)


def conditions(kind: str, person: Person, case: CaseFacts,
               determinations: Sequence[Determination], *, exhibit_count: int = 0) -> set[str]:
    held: set[str] = {"has_exhibits"} if exhibit_count else set()
    if case.age_at_offense < 26:
        held.add("youth")
    else:
        held.add("not_youth")
    if case.age_at_offense < 18:
        held.add("minor")
    if case.age >= 50:
        held.add("age_50")
    if case.age >= 65:
        held.add("age_65")
    held.add("has_programs" if case.conduct.programs else "no_programs")
    held.add("serious_rvr" if case.conduct.last_serious_rvr else "no_serious_rvr")
    held.add("determinate" if person.sentence_type is SentenceType.DETERMINATE else "indeterminate")
    det = parole_determination(determinations)
    if det is not None:
        held.add("youth_hearing" if det.program == "ca-youth-parole" else "elderly_hearing")
        if det.program == "ca-elderly-parole" and "coleman" in det.path.lower():
            held.add("coleman_plata")
    return held


def _breaks_phrase(person: Person, as_of: date) -> str:
    days = facts.break_days_before(person, as_of)
    if not days:
        return ""
    n = len([b for b in person.custody_breaks if b.start < as_of])
    return (f", apart from {n} period{'s' if n != 1 else ''} out of custody totalling "
            f"{days} day{'s' if days != 1 else ''}")


def _sentence_phrase(person: Person) -> str:
    term = facts.term_text(person)
    when = f" on {long_date(person.sentence_date)}" if person.sentence_date else ""
    if term:
        return f"and was sentenced{when} to {term}"
    return f"and was sentenced{when}"


def _eligibility_sentence(det: Determination | None, as_of: date) -> str:
    if det is None or det.eligible_on is None:
        return ""
    if det.status is Status.ELIGIBLE:
        return f"has been eligible since {long_date(det.eligible_on)}"
    return f"will be eligible from {long_date(det.eligible_on)}"


def _percent_served(person: Person, case: CaseFacts) -> str:
    total = person.term_total_months
    if not total:
        return ""
    return f"{min(100, (case.served_months * 100) // total)} percent"


def build_context(*, kind: str, person: Person, determinations: Sequence[Determination],
                  office: Mapping[str, str], as_of: date, case: CaseFacts) -> dict[str, str]:
    """The ``{placeholder}`` values; README.md in resources/templates lists them."""
    det = parole_determination(determinations)
    fed = facts.find_determination(determinations, "us-compassionate-age")
    served_years = case.served_months // 12
    ctx = {
        "full_name": person.full_name,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "name_upper": person.full_name.upper(),
        "person_id": person.person_id,
        "case_number": person.case_number,
        "county": person.county,
        "county_upper": person.county.upper(),
        "controlling_offense": person.controlling_offense,
        "offense_date": long_date(person.offense_date),
        "custody_start": long_date(person.custody_start),
        "sentence_date": long_date(person.sentence_date) if person.sentence_date else "",
        "sentence_phrase": _sentence_phrase(person),
        "term": facts.term_text(person),
        "breaks_phrase": _breaks_phrase(person, as_of),
        "served": facts.years_months_text(case.served_months),
        "served_years": str(served_years),
        "percent_served": _percent_served(person, case),
        "percent_phrase": (f", or {_percent_served(person, case)} of the term imposed"
                           if _percent_served(person, case) else ""),
        "age": str(case.age),
        "age_at_offense": str(case.age_at_offense),
        "as_of": long_date(as_of),
        "conduct_paragraph": facts.conduct_paragraph(person, case.conduct, served_months=case.served_months),
        "conduct_summary": case.conduct.text,
        "programs_count": str(len(case.conduct.programs)),
        "laudatory_count": str(len(case.conduct.laudatory)),
        "serious_rvr_count": str(case.conduct.counts_by_kind.get(ConductKind.SERIOUS_RVR, 0)),
        "last_serious_rvr": long_date(case.conduct.last_serious_rvr) if case.conduct.last_serious_rvr else "",
        "years_since_serious_rvr": str(case.conduct.years_since_last_serious or 0),
        "attorney_name": office.get("office.attorney_name", ""),
        "bar_number": office.get("office.bar_number", ""),
        "organisation": office.get("office.organisation", ""),
        "office_address": ", ".join(facts.address_lines(office)),
        "office_phone": office.get("office.phone", ""),
        "office_email": office.get("office.email", ""),
        "office_city": facts.office_city(office) or "[[the city where this is signed]]",
        "hearing_program": facts.program_title(det.program) if det else "",
        "hearing_eligibility": _eligibility_sentence(det, as_of),
        "hearing_path": det.path if det and det.path else "",
        "federal_eligibility": _eligibility_sentence(fed, as_of),
    }
    return ctx


def resolve(kind: str, *, person: Person, determinations: Sequence[Determination], office: Mapping[str, str],
            as_of: date, narrative: Mapping[str, str] | None = None, exhibit_count: int = 0,
            templates_dir: Path | None = None) -> tuple[DocumentInputs, list[str]]:
    """The inputs for ``kind`` and every reason the document cannot be generated yet (empty when it can)."""
    check_kind(kind)
    determinations = tuple(determinations)
    case = CaseFacts.of(person, as_of)
    template = load_template(kind, templates_dir)
    ctx = build_context(kind=kind, person=person, determinations=determinations, office=office, as_of=as_of,
                        case=case)
    held = conditions(kind, person, case, determinations, exhibit_count=exhibit_count)
    defaults: dict[str, str] = {}
    headings: dict[str, str] = {}
    for section in template.sections:
        if all(w in held for w in section.when):
            defaults[section.id] = fill(section, ctx, source=template.source)
            headings[section.id] = fill_heading(section, ctx, source=template.source)
    edited = dict(narrative or {})
    problems = (applicability_problems(kind, person, determinations) + _fact_problems(kind, person)
                + office_problems(kind, office) + narrative_problems(template, edited, defaults))
    final = {sid: normalise(edited[sid]) if sid in edited else text for sid, text in defaults.items()}
    inputs = DocumentInputs(kind=kind, person=person, determinations=determinations, office=office, as_of=as_of,
                            facts=case, template=template, context=ctx, sections=final, headings=headings)
    return inputs, problems
