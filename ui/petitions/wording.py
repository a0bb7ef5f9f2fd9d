"""Counted nouns in English without "(s)": Qt's %n plurals need a translation file, and English has none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(n: int, one: str, many: str) -> str:
    """``counted(1, "page", "pages")`` → "1 page"; the words go through Qt's translator."""
    word = one if n == 1 else many
    return f"{n:,} {QCoreApplication.translate('petitions', word)}"
