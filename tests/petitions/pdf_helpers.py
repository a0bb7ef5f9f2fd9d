"""PDF inspection for the petitions tests: text with positions, fonts, and small exhibit files."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Run:
    """A run of text as drawn: page-space position of its origin and its font size."""

    x: float
    y: float
    size: float
    text: str
    font: str = ""  # the PDF base font name without its subset prefix, e.g. "LiberationSerif-Bold"

    @property
    def right(self) -> float:
        """Where the run ends, measured with the embedded font's metrics."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from eligibility.petitions import fonts

        fonts.register_fonts()
        face = {"LiberationSerif": fonts.SERIF, "LiberationSerif-Bold": fonts.SERIF_BOLD,
                "LiberationSerif-Italic": fonts.SERIF_ITALIC,
                "LiberationSerif-BoldItalic": fonts.SERIF_BOLD_ITALIC}[self.font]
        return self.x + stringWidth(self.text, face, self.size)


def page_runs(page) -> list[Run]:
    runs: list[Run] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        # Effective size: the Tf size scaled by the text and graphics matrices.
        size = font_size * abs(tm[3] * cm[3] or 1)
        font = str(font_dict.get("/BaseFont", "")).lstrip("/").split("+")[-1] if font_dict else ""
        runs.append(Run(round(x, 2), round(y, 2), round(size, 2), text.strip(), font))

    page.extract_text(visitor_text=visit)
    return runs


def read_pdf(data: bytes | Path) -> PdfReader:
    if isinstance(data, Path):
        data = data.read_bytes()
    return PdfReader(io.BytesIO(data))


def full_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def make_exhibit(path: Path, marker: str, pages: int = 1) -> Path:
    canvas = Canvas(str(path), pagesize=letter, invariant=1)
    for n in range(pages):
        canvas.drawString(72, 700, f"{marker} page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def flat_text(reader: PdfReader) -> str:
    """All text with every run of whitespace as one space, so phrases can be found across line breaks."""
    return " ".join(full_text(reader).split())
