"""The public entry points: which documents apply, what is missing, the default narrative, and generation."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from eligibility.petitions.content import DocumentInputs, applicability_problems, resolve
from eligibility.petitions.exhibits import exhibit_problems, merge_exhibits
from eligibility.petitions.facts import long_date
from eligibility.petitions.layout import Metadata, build_pdf
from eligibility.petitions.letters import (
    LetterTemplates,
    bph_letter_story,
    bph_running_title,
    client_summary_story,
)
from eligibility.petitions.model import (
    DOCUMENT_KINDS,
    DOCUMENT_NAMES,
    GeneratedDocument,
    MissingRequirements,
    check_kind,
)
from eligibility.petitions.motions import CA_1172_FOOTER, FEDERAL_FOOTER, ca_1172_story, federal_story
from eligibility.petitions.pleading import PAGE_HEIGHT, PAGE_WIDTH, PleadingPageTemplate, cover_page_template
from eligibility.records import Determination, Person
from eligibility.safe_files import write_bytes_atomically


def applicable_kinds(person: Person, determinations: Sequence[Determination]) -> list[str]:
    """The documents that make sense for this person, by jurisdiction and determinations (not settings)."""
    return [kind for kind in DOCUMENT_KINDS if not applicability_problems(kind, person, determinations)]


def missing_requirements(kind: str, *, person: Person, determinations: Sequence[Determination],
                         office: Mapping[str, str], narrative: Mapping[str, str] | None = None,
                         exhibits: Sequence[tuple[str, Path]] = (), as_of: date | None = None,
                         templates_dir: Path | None = None) -> list[str]:
    """Every reason ``generate`` would refuse, as plain sentences; empty when the document can be made.

    Without ``narrative`` the default text is checked, so sections that must be written by hand (the
    referral of a § 1172.1 motion, a federal release plan) are listed until the user supplies them.
    ``as_of`` only changes the wording of computed figures, never the list, so it defaults to the latest
    determination's date.
    """
    when = as_of or _as_of_from(determinations)
    _, problems = resolve(kind, person=person, determinations=determinations, office=office, as_of=when,
                          narrative=narrative, exhibit_count=len(exhibits), templates_dir=templates_dir)
    problems += exhibit_problems(exhibits)
    if kind == "client-summary" and exhibits:
        problems.append("A client summary is one page and takes no exhibits")
    return problems


def _as_of_from(determinations: Sequence[Determination]) -> date:
    if determinations:
        return max(d.as_of for d in determinations)
    return date(2000, 1, 1)  # only wording depends on it, and with no determinations nothing is generated


def default_narrative(kind: str, *, person: Person, determinations: Sequence[Determination],
                      office: Mapping[str, str], as_of: date, exhibits: Sequence[tuple[str, Path]] = (),
                      templates_dir: Path | None = None) -> dict[str, str]:
    """The editable sections of ``kind`` for this person, filled from the template, in document order.

    Paragraphs are separated by blank lines; text in [[double brackets]] is for the user to replace.
    """
    inputs, _ = resolve(kind, person=person, determinations=determinations, office=office, as_of=as_of,
                        exhibit_count=len(exhibits), templates_dir=templates_dir)
    return dict(inputs.sections)


def document_title(inputs: DocumentInputs) -> str:
    person = inputs.person
    if inputs.kind == "ca-1172.1":
        return f"Motion for recall and resentencing (Pen. Code § 1172.1): People v. {person.full_name}, " \
               f"Case No. {person.case_number}"
    if inputs.kind == "federal-3582":
        return f"Motion for reduction of sentence (18 U.S.C. § 3582(c)(1)(A)): United States v. " \
               f"{person.full_name}, Case No. {person.case_number}"
    if inputs.kind == "bph-letter":
        return f"Letter to the Board of Parole Hearings for {person.full_name}, CDCR No. {person.person_id}"
    return f"Summary for {person.full_name}, {long_date(inputs.as_of)}"


def render(inputs: DocumentInputs, exhibits: Sequence[tuple[str, Path]]) -> tuple[bytes, int]:
    """The PDF bytes and page count for resolved inputs (no checks: ``generate`` does those)."""
    titles = [title for title, _ in exhibits]
    office = dict(inputs.office)
    if inputs.kind in ("ca-1172.1", "federal-3582"):
        footer = CA_1172_FOOTER if inputs.kind == "ca-1172.1" else FEDERAL_FOOTER
        templates = [PleadingPageTemplate(footer_title=footer), cover_page_template()]
        story = ca_1172_story(inputs, titles) if inputs.kind == "ca-1172.1" else federal_story(inputs, titles)
    elif inputs.kind == "bph-letter":
        templates = LetterTemplates(office=office, running=bph_running_title(inputs)).templates()
        story = bph_letter_story(inputs, titles)
    else:
        templates = LetterTemplates(office=office, running="", numbered=False).templates()
        story = client_summary_story(inputs)
    meta = Metadata(title=document_title(inputs),
                    author=", ".join(v for v in (office.get("office.attorney_name", ""),
                                                 office.get("office.organisation", "")) if v),
                    subject=f"{DOCUMENT_NAMES[inputs.kind]}; prepared {inputs.as_of.isoformat()}",
                    keywords=f"Second Look; {inputs.kind}")
    pdf, pages = build_pdf(story, templates, meta=meta, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    if exhibits:
        pdf, pages = merge_exhibits(pdf, pages, exhibits)
    return pdf, pages


def write_atomically(data: bytes, path: Path) -> None:
    """Write beside ``path`` and rename over it (owner-only), so a reader never sees a half-written PDF."""
    write_bytes_atomically(path, data)

def generate(kind: str, *, person: Person, determinations: Sequence[Determination], office: Mapping[str, str],
             as_of: date, out: Path | BinaryIO, narrative: Mapping[str, str] | None = None,
             exhibits: Sequence[tuple[str, Path]] = (), templates_dir: Path | None = None) -> GeneratedDocument:
    """Write document ``kind`` for ``person`` to ``out`` (a path, or a binary stream).

    Raises MissingRequirements, listing every problem at once, rather than print a blank.
    """
    check_kind(kind)
    exhibits = [(str(title), Path(path)) for title, path in exhibits]
    inputs, problems = resolve(kind, person=person, determinations=determinations, office=office, as_of=as_of,
                               narrative=narrative, exhibit_count=len(exhibits), templates_dir=templates_dir)
    problems += exhibit_problems(exhibits)
    if kind == "client-summary" and exhibits:
        problems.append("A client summary is one page and takes no exhibits")
    if problems:
        raise MissingRequirements(problems)
    pdf, pages = render(inputs, exhibits)
    digest = hashlib.sha256(pdf).hexdigest()
    if isinstance(out, (str, os.PathLike)):
        target = Path(out)
        write_atomically(pdf, target)
        written: Path | None = target
    else:
        out.write(pdf)
        written = None
    return GeneratedDocument(kind=kind, path=written, sha256=digest, pages=pages, title=document_title(inputs))


__all__ = ["MissingRequirements", "applicable_kinds", "default_narrative", "generate", "missing_requirements"]
