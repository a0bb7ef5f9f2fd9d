"""Building blocks shared by every document: styles, headings that make outline entries, text markup, output.

Everything is set in the embedded serif (fonts.SERIF) so the same bytes come out on every machine.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate, Paragraph

from eligibility.petitions.fonts import SERIF, SERIF_BOLD, register_fonts

_ITALIC = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")


_OPEN_DOUBLE = re.compile(r'(^|[\s(\[{—–/])"')
_OPEN_SINGLE = re.compile(r"(^|[\s(\[{—–/\"“])'")


def typographic_quotes(text: str) -> str:
    """Straight quotes to curly ones, as a typeset brief has them: opening after a space or bracket.

    Applied to template text only, before facts are filled in, so names ("O'Brien") and the user's own text
    keep the characters they were typed with and stay searchable as typed.
    """
    text = _OPEN_DOUBLE.sub("\\1“", text).replace('"', "”")
    return _OPEN_SINGLE.sub("\\1‘", text).replace("'", "’")


def markup(text: str) -> str:
    """Plain text (user or template) to reportlab markup: escaped, with *asterisks* for italic case names."""
    # A section sign never ends a line apart from its number.
    text = re.sub(r"(§+) ", "\\1\u00a0", text)
    return _ITALIC.sub(r"<i>\1</i>", escape(text))


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def style(name: str, *, size: float = 12, leading: float = 24, bold: bool = False, align: int = TA_LEFT,
          first_indent: float = 0, left_indent: float = 0, keep_with_next: bool = False) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, fontName=SERIF_BOLD if bold else SERIF, fontSize=size, leading=leading,
                          alignment=align, firstLineIndent=first_indent, leftIndent=left_indent,
                          spaceBefore=0, spaceAfter=0, keepWithNext=int(keep_with_next),
                          allowWidows=1, allowOrphans=1,
                          # No squeezing of spaces to fit a word: left-aligned lines would then run past the
                          # right margin (reportlab only shrinks spaces when it justifies).
                          spaceShrinkage=0)


CENTER = TA_CENTER
JUSTIFY = TA_JUSTIFY
LEFT = TA_LEFT


class OutlineHeading(Paragraph):
    """A heading that adds itself to the PDF outline on the page where it is actually drawn."""

    def __init__(self, text: str, pstyle: ParagraphStyle, *, outline_title: str, key: str, level: int) -> None:
        super().__init__(text, pstyle)
        self._outline = (outline_title, key, level)

    def draw(self) -> None:
        title, key, level = self._outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=False)
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A heading is never split: moving it whole keeps its outline entry on the page that shows it.
        return []


class OutlineMark(Flowable):
    """A zero-size outline entry, for parts whose first flowable is not a heading (e.g. an exhibit cover)."""

    def __init__(self, title: str, key: str, level: int) -> None:
        super().__init__()
        self._outline = (title, key, level)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        title, key, level = self._outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=False)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str = ""


class CountingDocTemplate(BaseDocTemplate):
    """Counts the pages it draws, so callers know the length without parsing the PDF again."""

    pages_drawn: int = 0

    def handle_pageBegin(self) -> None:
        self.pages_drawn += 1
        super().handle_pageBegin()


def build_pdf(story: Sequence[Flowable], templates: Sequence[PageTemplate], *, meta: Metadata,
              pagesize: tuple[float, float]) -> tuple[bytes, int]:
    """Render ``story`` to PDF bytes; returns the bytes and the page count.

    ``invariant=1`` fixes the creation date and document id so the same input gives the same bytes.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = CountingDocTemplate(
        buffer, pagesize=pagesize, pageTemplates=list(templates), title=meta.title, author=meta.author,
        subject=meta.subject, keywords=meta.keywords, creator="Second Look", producer="Second Look (ReportLab)",
        invariant=1, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
        initialFontName=SERIF, initialFontSize=12, lang="en-US",
    )
    doc.build(list(story))
    return buffer.getvalue(), doc.pages_drawn
