"""California pleading paper (CRC 2.100–2.119) as a reportlab page template, and the rule 2.111 first page.

Geometry, in points from the bottom-left of an 8½ × 11 in page:
* the text column runs from x = 108 (1½ in; CRC 2.107 wants at least 1 in) to x = 540, leaving 72 pt (1 in) right
  of it; a single rule stands at the right of the column and a double rule at its left;
* 28 numbered lines at 24 pt (double-spaced 12 pt type) fill the column from 1 in below the top edge exactly,
  so line 8 starts 3⅓ in from the top, where rule 2.111 puts the court title;
* a paragraph's first baseline lies one font size below its top, so text lines and the numbers share the
  baselines ``LINE_1_BASELINE - 24·(n−1)``. Every flowable on pleading pages is a whole number of 24 pt lines
  tall (12 pt lines in the single-spaced caption come in pairs), which keeps later text on those baselines;
* below the column: a rule, the page number, then the paper's title in 10 pt (CRC 2.109, 2.110).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph

from eligibility.petitions.fonts import SERIF, SERIF_BOLD
from eligibility.petitions.layout import CENTER, markup, style

PAGE_WIDTH, PAGE_HEIGHT = letter
LINE = 24.0
LINES_PER_PAGE = 28
TEXT_LEFT = 108.0
TEXT_RIGHT = 540.0
TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT
TEXT_TOP = PAGE_HEIGHT - 72.0
TEXT_BOTTOM = TEXT_TOP - LINE * LINES_PER_PAGE
LINE_1_BASELINE = TEXT_TOP - 12.0
NUMBER_RIGHT = 88.0  # line numbers are right-aligned here, in the left margin
DOUBLE_RULE_X = (97.0, 100.0)
RIGHT_RULE_X = 547.0
FOOTER_RULE_Y = 44.0
PAGE_NUMBER_Y = 31.0
FOOTER_TITLE_Y = 20.0

PLEADING_TEMPLATE = "pleading"
COVER_TEMPLATE = "exhibit-cover"


def line_baseline(n: int) -> float:
    """The baseline of numbered line ``n`` (1–28)."""
    return LINE_1_BASELINE - LINE * (n - 1)


def _draw_furniture(canvas: Canvas, *, footer_title: str, page_number: int) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.6)
    for x in DOUBLE_RULE_X:
        canvas.line(x, 0, x, PAGE_HEIGHT)
    canvas.line(RIGHT_RULE_X, 0, RIGHT_RULE_X, PAGE_HEIGHT)
    canvas.setFont(SERIF, 12)
    for n in range(1, LINES_PER_PAGE + 1):
        canvas.drawRightString(NUMBER_RIGHT, line_baseline(n), str(n))
    canvas.line(TEXT_LEFT, FOOTER_RULE_Y, TEXT_RIGHT, FOOTER_RULE_Y)
    canvas.drawCentredString((TEXT_LEFT + TEXT_RIGHT) / 2, PAGE_NUMBER_Y, str(page_number))
    canvas.setFont(SERIF, 10)
    title = footer_title
    while stringWidth(title, SERIF, 10) > TEXT_WIDTH and len(title) > 4:
        title = title[:-2].rstrip() + "…"
    canvas.drawCentredString((TEXT_LEFT + TEXT_RIGHT) / 2, FOOTER_TITLE_Y, title)
    canvas.restoreState()


class PleadingPageTemplate(PageTemplate):
    """Numbered pleading paper. Page numbers count pleading pages only: exhibits are not numbered (CRC 2.110)."""

    def __init__(self, *, footer_title: str) -> None:
        frame = Frame(TEXT_LEFT, TEXT_BOTTOM, TEXT_WIDTH, TEXT_TOP - TEXT_BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="pleading-text")
        super().__init__(id=PLEADING_TEMPLATE, frames=[frame], pagesize=letter, onPage=self._on_page)
        self.footer_title = footer_title
        self.pleading_pages = 0

    def _on_page(self, canvas: Canvas, doc: object) -> None:
        self.pleading_pages += 1
        _draw_furniture(canvas, footer_title=self.footer_title, page_number=self.pleading_pages)


def cover_page_template() -> PageTemplate:
    frame = Frame(72, 72, PAGE_WIDTH - 144, PAGE_HEIGHT - 144, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="cover")
    return PageTemplate(id=COVER_TEMPLATE, frames=[frame], pagesize=letter)


# --- styles ----------------------------------------------------------------------------------------------------

BODY = style("pleading-body", first_indent=36)
BODY_FLUSH = style("pleading-flush")
PART_HEADING = style("pleading-part", bold=True, align=CENTER)
SECTION_HEADING = style("pleading-section", bold=True)
CENTERED = style("pleading-centered", align=CENTER)
SINGLE = style("pleading-single", leading=12)
SINGLE_BOLD = style("pleading-single-bold", leading=12, bold=True)


def _snap(height: float, grid: float = LINE) -> float:
    return math.ceil(round(height, 3) / grid) * grid


class AttorneyBlock(Flowable):
    """Rule 2.111(1): counsel's name, bar number, address, telephone, e-mail and party, left, from line 1.

    Single-spaced at 12 pt so it fits in lines 1–7; the right side of those lines stays blank for the clerk.
    """

    HEIGHT = 7 * LINE
    WIDTH_SHARE = 0.58

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self.lines = list(lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.HEIGHT

    def _wrapped(self) -> list[str]:
        out: list[str] = []
        for line in self.lines:
            out.extend(simpleSplit(line, SERIF, 12, self.width * self.WIDTH_SHARE) or [""])
        return out

    def fits(self, width: float = TEXT_WIDTH) -> bool:
        self.width = width
        return len(self._wrapped()) <= self.HEIGHT / 12

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(SERIF, 12)
        y = self.HEIGHT - 12
        for line in self._wrapped()[: int(self.HEIGHT // 12)]:
            canvas.drawString(0, y, line)
            y -= 12


class Caption(Flowable):
    """Rule 2.111(3)–(7): the case title boxed on the left; case number and nature of the paper on the right."""

    LEFT_SHARE = 0.5
    GAP = 12.0

    def __init__(self, *, left_lines: Sequence[tuple[str, float]], case_number: str, nature: str,
                 hearing_lines: Sequence[str]) -> None:
        super().__init__()
        self.left_lines = list(left_lines)  # (text, indent)
        self.case_number = case_number
        self.nature = nature
        self.hearing_lines = list(hearing_lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        left_w = availWidth * self.LEFT_SHARE
        self._right_x = left_w + self.GAP
        right_w = availWidth - self._right_x
        self._left = [(simpleSplit(text, SERIF, 12, left_w - indent - 6) or [""], indent)
                      for text, indent in self.left_lines]
        left_rows = sum(len(lines) for lines, _ in self._left)
        self._number = Paragraph(markup(f"Case No. {self.case_number}"), SINGLE)
        self._nature = Paragraph(markup(self.nature), SINGLE_BOLD)
        self._hearing = [Paragraph(markup(h), SINGLE) for h in self.hearing_lines]
        right_h = 0.0
        for para in (self._number, self._nature, *self._hearing):
            _, h = para.wrap(right_w, 10_000)
            right_h += h + 12  # a blank single line after each block
        self._left_h = left_rows * 12 + 12
        self.height = _snap(max(self._left_h, right_h)) + LINE  # one blank numbered line after the caption
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        canvas.setFont(SERIF, 12)
        y = top - 12
        for lines, indent in self._left:
            for line in lines:
                canvas.drawString(indent, y, line)
                y -= 12
        box_bottom = top - _snap(max(self._left_h, 24.0), 12) - 3
        left_w = self.width * self.LEFT_SHARE
        canvas.setLineWidth(0.6)
        canvas.line(left_w, top, left_w, box_bottom)
        canvas.line(0, box_bottom, left_w, box_bottom)
        y_top = top
        right_w = self.width - self._right_x
        for para in (self._number, self._nature, *self._hearing):
            _, h = para.wrap(right_w, 10_000)
            para.drawOn(canvas, self._right_x, y_top - h)
            y_top -= h + 12


class SnapToLines(Flowable):
    """Wraps a flowable and rounds its height up to whole pleading lines, so text after it stays aligned."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        w, h = self.inner.wrap(availWidth, availHeight)
        self._inner_h = h
        self.width, self.height = w, _snap(h)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, self.height - self._inner_h)


def signature_block(*, left: str, right_lines: Sequence[str], keep: bool = True) -> list[Flowable]:
    """"Dated: …" on the left, the signature line and signer on the right, one numbered line each."""
    from reportlab.platypus import KeepTogether, Table, TableStyle

    rows = [[left if i == 0 else "", text] for i, text in enumerate(right_lines)]
    rows.insert(0, ["", ""])
    table = Table(
        [[Paragraph(markup(a), BODY_FLUSH), Paragraph(markup(b), BODY_FLUSH)] for a, b in rows],
        colWidths=[TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55], rowHeights=[LINE] * len(rows),
    )
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [KeepTogether([table])] if keep else [table]


def signature_rule(width_chars: int = 30) -> str:
    return "_" * width_chars


def cover_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    return (style("cover-title", size=28, leading=36, bold=True, align=CENTER),
            style("cover-sub", size=14, leading=20, align=CENTER))


__all__ = [
    "BODY",
    "BODY_FLUSH",
    "CENTERED",
    "COVER_TEMPLATE",
    "LINE",
    "LINES_PER_PAGE",
    "PART_HEADING",
    "PLEADING_TEMPLATE",
    "SECTION_HEADING",
    "SERIF_BOLD",
    "TEXT_LEFT",
    "TEXT_WIDTH",
    "AttorneyBlock",
    "Caption",
    "PleadingPageTemplate",
    "SnapToLines",
    "cover_page_template",
    "cover_styles",
    "line_baseline",
    "signature_block",
    "signature_rule",
]
