"""The one typeface every document uses, registered with reportlab from resources/fonts.

Liberation Serif is metric-compatible with Times New Roman (CRC 2.105 asks for a font "essentially equivalent to"
it), covers Vietnamese and the rest of Latin, and is embedded as a subset so a name like "Nguyễn" prints the same
on every machine. Registration is idempotent and cheap after the first call.
"""

from __future__ import annotations

from threading import Lock

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from eligibility.paths import resource_path

SERIF = "SecondLookSerif"
SERIF_BOLD = "SecondLookSerif-Bold"
SERIF_ITALIC = "SecondLookSerif-Italic"
SERIF_BOLD_ITALIC = "SecondLookSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = Lock()
_registered = False


def register_fonts() -> None:
    """Register the serif family so that <b> and <i> in paragraphs pick the right face."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF_ITALIC)
        addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
        _registered = True
