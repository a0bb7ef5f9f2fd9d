"""Documents on the organisation's letterhead: the BPH letter and the plain-language client summary."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from eligibility.petitions import facts
from eligibility.petitions.brief import exhibit_covers, exhibit_letter
from eligibility.petitions.content import DocumentInputs, parole_determination
from eligibility.petitions.facts import long_date
from eligibility.petitions.fonts import SERIF, SERIF_BOLD
from eligibility.petitions.layout import CENTER, OutlineHeading, OutlineMark, markup, paragraphs, style
from eligibility.petitions.pleading import cover_page_template
from eligibility.records import STATUS_RANK, Determination, Status

PAGE_WIDTH, PAGE_HEIGHT = letter
MARGIN = 72.0
LETTERHEAD_HEIGHT = 116.0  # from the top margin down to the first line of text, below the letterhead rule
LETTER_TEMPLATE = "letterhead"
LATER_TEMPLATE = "letter-continued"

BODY = style("letter-body", leading=16)
BODY_SPACED = style("letter-body-spaced", leading=16)
BODY_SPACED.spaceAfter = 10
HEADING = style("letter-heading", leading=16, bold=True, keep_with_next=True)
HEADING.spaceBefore = 6
HEADING.spaceAfter = 6
TABLE_TEXT = style("letter-table", size=10, leading=12)
TABLE_HEAD = style("letter-table-head", size=10, leading=12, bold=True)


def _letterhead(canvas: Canvas, office: dict[str, str]) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 54
    canvas.setFont(SERIF_BOLD, 16)
    canvas.drawCentredString(PAGE_WIDTH / 2, top, office.get("office.organisation", ""))
    canvas.setFont(SERIF, 10)
    address = "  ·  ".join(facts.address_lines(office))
    canvas.drawCentredString(PAGE_WIDTH / 2, top - 16, address)
    contact = "  ·  ".join(v for v in (office.get("office.phone", ""), office.get("office.email", "")) if v)
    canvas.drawCentredString(PAGE_WIDTH / 2, top - 29, contact)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top - 38, PAGE_WIDTH - MARGIN, top - 38)
    canvas.restoreState()


def _page_footer(canvas: Canvas, text: str, page: int) -> None:
    canvas.saveState()
    canvas.setFont(SERIF, 10)
    canvas.drawCentredString(PAGE_WIDTH / 2, 40, f"{text} — page {page}")
    canvas.restoreState()


class LetterTemplates:
    """First page with the letterhead, later pages with a running reference; pages numbered at the foot."""

    def __init__(self, *, office: dict[str, str], running: str, numbered: bool = True) -> None:
        self.office = office
        self.running = running
        self.numbered = numbered
        self.page = 0

    def _first(self, canvas: Canvas, doc: object) -> None:
        self.page += 1
        _letterhead(canvas, self.office)
        if self.numbered:
            _page_footer(canvas, self.running, self.page)

    def _later(self, canvas: Canvas, doc: object) -> None:
        self.page += 1
        _page_footer(canvas, self.running, self.page)

    def templates(self) -> list[PageTemplate]:
        first_frame = Frame(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - MARGIN - LETTERHEAD_HEIGHT,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="letter-first")
        later_frame = Frame(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="letter-later")
        return [PageTemplate(id=LETTER_TEMPLATE, frames=[first_frame], onPage=self._first,
                             autoNextPageTemplate=LATER_TEMPLATE, pagesize=letter),
                PageTemplate(id=LATER_TEMPLATE, frames=[later_frame], onPage=self._later, pagesize=letter),
                cover_page_template()]


def _conduct_table(inputs: DocumentInputs) -> list[Flowable]:
    entries = facts.conduct_entries(inputs.person, inputs.as_of)
    if not entries:
        return [Paragraph("No entries are recorded.", BODY_SPACED)]
    rows = [[Paragraph("Date", TABLE_HEAD), Paragraph("Record", TABLE_HEAD), Paragraph("Details", TABLE_HEAD)]]
    for entry in entries:
        details = [entry.description] if entry.description else []
        if entry.division:
            details.append(f"Division {entry.division.value}")
        if entry.violent:
            details.append("recorded as violent")
        rows.append([Paragraph(entry.date.isoformat(), TABLE_TEXT),
                     Paragraph(markup(facts.CONDUCT_LABELS[entry.kind]), TABLE_TEXT),
                     Paragraph(markup("; ".join(details)), TABLE_TEXT)])
    width = PAGE_WIDTH - 2 * MARGIN
    table = Table(rows, colWidths=[width * 0.16, width * 0.32, width * 0.52], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), 
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, "#888888"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [table, Spacer(0, 12)]


def _hearing_title(det: Determination | None) -> str:
    if det is not None and det.program == "ca-youth-parole":
        return "Youth offender parole hearing (Pen. Code § 3051)"
    return "Elderly parole hearing (Pen. Code § 3055)"


def bph_running_title(inputs: DocumentInputs) -> str:
    return f"{inputs.person.full_name}, CDCR No. {inputs.person.person_id}"


def bph_letter_story(inputs: DocumentInputs, exhibit_titles: Sequence[str]) -> list[Flowable]:
    person, office = inputs.person, inputs.office
    det = parole_determination(inputs.determinations)
    story: list[Flowable] = [
        OutlineMark("Letter", key="part-letter", level=0),
        Paragraph(long_date(inputs.as_of), BODY_SPACED),
        Paragraph("Board of Parole Hearings", BODY_SPACED),
        Paragraph(markup(f"Re: {person.full_name}, CDCR No. {person.person_id} — {_hearing_title(det)}"),
                  style("letter-re", leading=16, bold=True)),
        Spacer(0, 12),
    ]
    closing: list[Flowable] = []
    for section in inputs.template.sections:
        text = inputs.sections.get(section.id)
        if not text:
            continue
        heading = inputs.headings.get(section.id)
        if heading:
            story.append(OutlineHeading(markup(heading), HEADING, outline_title=heading,
                                        key=f"section-{section.id}", level=1))
        paras = [Paragraph(markup(p), BODY_SPACED) for p in paragraphs(text)]
        if section.id == "closing":
            closing = paras  # kept on the page with the signature, never left alone
            continue
        story += paras
        if section.id == "conduct":
            story += _conduct_table(inputs)
    story.append(KeepTogether([
        *closing, Paragraph("Respectfully,", BODY), Spacer(0, 36), Paragraph("_" * 32, BODY),
        Paragraph(markup(office["office.attorney_name"]), BODY),
        Paragraph(markup(office["office.organisation"]), BODY)]))
    if exhibit_titles:
        story += [Spacer(0, 18), Paragraph("Enclosures:", HEADING)]
        story += [Paragraph(markup(f"Exhibit {exhibit_letter(i)} — {t}"), BODY)
                  for i, t in enumerate(exhibit_titles)]
    story += exhibit_covers(exhibit_titles)
    return story


# --- client summary --------------------------------------------------------------------------------------------

BIG = style("summary-body", size=14, leading=19)
BIG.spaceAfter = 8
BIG_BOLD = style("summary-bold", size=14, leading=19, bold=True, keep_with_next=True)
BIG_BOLD.spaceBefore = 6
PROGRAM_NAME = style("summary-program", size=14, leading=19, bold=True, left_indent=18, keep_with_next=True)
PROGRAM_TEXT = style("summary-program-text", size=14, leading=19, left_indent=18)
PROGRAM_TEXT.spaceAfter = 8
TITLE = style("summary-title", size=20, leading=26, bold=True, align=CENTER)
TITLE.spaceAfter = 12


def _first_reason(det: Determination, met: bool | None) -> str:
    for crit in det.criteria:
        if crit.met is met and not crit.to_establish:
            return crit.reason
    return ""


def plain_status(det: Determination) -> str:
    """Where the person stands under one program, in words a family member can follow."""
    when = long_date(det.eligible_on) if det.eligible_on else ""
    if det.status is Status.ELIGIBLE:
        return (f"You may be able to ask now. The rules we can check have been met since {when}."
                if when else "You may be able to ask now. The rules we can check are met.")
    if det.status is Status.NOT_YET:
        return (f"Not yet. If nothing changes, the earliest date is {when}." if when
                else "Not yet. Time still has to pass.")
    if det.status is Status.NOT_ELIGIBLE:
        why = _first_reason(det, False)
        return "This one does not fit your case." + (f" Why: {why}." if why else "")
    if det.status is Status.EXCLUDED:
        return "The law for this one leaves out this kind of sentence or case."
    need = _first_reason(det, None)
    return "We need to check more facts before we can say." + (f" What we need: {need}." if need else "")


def client_summary_story(inputs: DocumentInputs) -> list[Flowable]:
    person = inputs.person
    content: list[Flowable] = [Paragraph(markup(f"Where things stand for {person.full_name}"), TITLE)]
    dets = sorted(inputs.determinations, key=lambda d: (STATUS_RANK[d.status], d.eligible_on or inputs.as_of,
                                                         d.program))
    sections = inputs.template.sections
    for section in sections:
        text = inputs.sections.get(section.id)
        if not text:
            continue
        heading = inputs.headings.get(section.id)
        if section.id == "next_steps":
            content.append(Paragraph("Your possibilities", BIG_BOLD))
            for det in dets:
                content.append(Paragraph(markup(facts.program_plain_name(det.program)), PROGRAM_NAME))
                content.append(Paragraph(markup(plain_status(det)), PROGRAM_TEXT))
        if heading:
            content.append(Paragraph(markup(heading), BIG_BOLD))
        content += [Paragraph(markup(p), BIG) for p in paragraphs(text)]
    width, height = PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - MARGIN - LETTERHEAD_HEIGHT
    # One page, always: if a person has many programs, the text shrinks a little rather than run over.
    # The outline entry stays outside KeepInFrame, which does not draw zero-size flowables.
    return [OutlineMark("Summary", key="part-summary", level=0), KeepInFrame(width, height, content, mode="shrink")]
