"""Court papers on pleading paper: the rule 2.111 first page, numbered headings, parts and signatures.

Both motions (§ 1172.1 and § 3582) are built here from their templates; what differs between them (court,
parties, nature of the paper, the blocks after each part) is passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from eligibility.petitions.content import DocumentInputs
from eligibility.petitions.layout import OutlineHeading, OutlineMark, markup, paragraphs
from eligibility.petitions.pleading import (
    BODY,
    CENTERED,
    COVER_TEMPLATE,
    LINE,
    PART_HEADING,
    PLEADING_TEMPLATE,
    SECTION_HEADING,
    AttorneyBlock,
    Caption,
    cover_styles,
)

_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "under"})


def outline_title(heading: str) -> str:
    """"NOTICE OF MOTION AND MOTION" → "Notice of Motion and Motion" for the PDF outline."""
    if not heading.isupper():
        return heading
    words = heading.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] if w[:1] != "[" else
                    "[" + w[1:2].upper() + w[2:] for i, w in enumerate(words))


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def exhibit_letter(index: int) -> str:
    """A, B, … Z, AA, AB, …: the usual exhibit lettering."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class _Numbering:
    """I. / A. / 1. numbering of brief headings, restarting the lower levels under each higher one."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0]

    def next(self, level: int) -> str:
        self.counts[level - 1] += 1
        for lower in range(level, 3):
            self.counts[lower] = 0
        n = self.counts[level - 1]
        if level == 1:
            return f"{_ROMAN[n - 1] if n <= len(_ROMAN) else n}."
        if level == 2:
            return f"{exhibit_letter(n - 1)}."
        return f"{n}."


@dataclass
class BriefSpec:
    court_lines: Sequence[str]
    caption_left: Sequence[tuple[str, float]]
    nature: str
    hearing_lines: Sequence[str]
    attorney_for: str
    # part id → flowables appended after that part's sections (signatures, the exhibit index ...)
    after_part: Mapping[str, Callable[[], list[Flowable]]] = field(default_factory=dict)
    # section id → flowables placed right after that section's text (e.g. a computation table)
    after_section: Mapping[str, Callable[[], list[Flowable]]] = field(default_factory=dict)
    # part id → a line shown under the part heading (e.g. the case number on the proposed order)
    part_subtitles: Mapping[str, str] = field(default_factory=dict)


def attorney_lines(inputs: DocumentInputs, attorney_for: str) -> list[str]:
    office = inputs.office
    lines = [f"{office['office.attorney_name']} (State Bar No. {office['office.bar_number']})",
             office["office.organisation"]]
    lines += [line for line in office["office.address"].replace(";", "\n").splitlines() if line.strip()]
    lines += [f"Telephone: {office['office.phone']}", f"Email: {office['office.email']}", "",
              attorney_for]
    block = AttorneyBlock(lines)
    if not block.fits():
        # A long address is joined onto one line so the block stays inside lines 1–7.
        address = ", ".join(line.strip() for line in office["office.address"].replace(";", "\n").splitlines()
                            if line.strip())
        lines = [lines[0], lines[1], address, *lines[-4:]]
    return lines


def first_page(inputs: DocumentInputs, spec: BriefSpec) -> list[Flowable]:
    story: list[Flowable] = [AttorneyBlock(attorney_lines(inputs, spec.attorney_for))]
    story += [Paragraph(markup(line), PART_HEADING) for line in spec.court_lines]
    story.append(Spacer(0, LINE))
    story.append(Caption(left_lines=spec.caption_left, case_number=inputs.person.case_number,
                         nature=spec.nature, hearing_lines=spec.hearing_lines))
    return story


def body(inputs: DocumentInputs, spec: BriefSpec) -> list[Flowable]:
    story: list[Flowable] = []
    numbering = _Numbering()
    first = True
    for part_id, part_heading in inputs.template.parts.items():
        sections = [s for s in inputs.template.sections if s.part == part_id and inputs.sections.get(s.id)]
        if not sections:
            continue
        if not first:
            story.append(PageBreak())
        first = False
        story.append(OutlineHeading(markup(part_heading), PART_HEADING, outline_title=outline_title(part_heading),
                                    key=f"part-{part_id}", level=0))
        subtitle = spec.part_subtitles.get(part_id)
        if subtitle:
            story.append(Paragraph(markup(subtitle), CENTERED))
        for section in sections:
            if inputs.headings.get(section.id):
                number = numbering.next(section.level)
                text = f"{number} {inputs.headings[section.id]}"
                # Rather than keepWithNext (which drags a long paragraph whole to the next page and leaves
                # numbered lines empty), a heading never sits in the last three lines of a page.
                story.append(CondPageBreak(3 * LINE))
                story.append(OutlineHeading(markup(text), SECTION_HEADING, outline_title=text,
                                            key=f"section-{section.id}", level=section.level))
            for para in paragraphs(inputs.sections[section.id]):
                story.append(Paragraph(markup(para), BODY))
            section_extra = spec.after_section.get(section.id)
            if section_extra:
                story += section_extra()
        builder = spec.after_part.get(part_id)
        if builder:
            story += builder()
    return story


def exhibit_index(titles: Sequence[str]) -> list[Flowable]:
    if not titles:
        return []
    story: list[Flowable] = [Spacer(0, LINE),
                             OutlineHeading("INDEX OF EXHIBITS", PART_HEADING, outline_title="Index of exhibits",
                                            key="exhibit-index", level=1)]
    for i, title in enumerate(titles):
        story.append(Paragraph(markup(f"Exhibit {exhibit_letter(i)} — {title}"), BODY))
    return story


def exhibit_covers(titles: Sequence[str]) -> list[Flowable]:
    """One cover page per exhibit, at the end of the document; the exhibits' pages are merged in after them."""
    if not titles:
        return []
    big, sub = cover_styles()
    story: list[Flowable] = [NextPageTemplate(COVER_TEMPLATE)]
    for i, title in enumerate(titles):
        letter = exhibit_letter(i)
        story += [PageBreak(), OutlineMark(f"Exhibit {letter} — {title}", key=f"exhibit-{i}", level=0),
                  Spacer(0, 220), Paragraph(f"EXHIBIT {letter}", big), Spacer(0, 24),
                  Paragraph(markup(title), sub)]
    return story


def pleading_story(inputs: DocumentInputs, spec: BriefSpec, exhibit_titles: Sequence[str]) -> list[Flowable]:
    story = [NextPageTemplate(PLEADING_TEMPLATE), *first_page(inputs, spec), *body(inputs, spec)]
    story += exhibit_covers(exhibit_titles)
    return story
