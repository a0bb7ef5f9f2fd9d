"""Window sizes that respect the screen: a dialog designed for a desktop monitor still fits a 1366x768 laptop."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

SCREEN_SHARE = 0.92  # of the available screen at most, leaving the title bar and the task bar in view


def resize_within_screen(widget: QWidget, *, width: int, height: int, share: float = SCREEN_SHARE) -> None:
    """``widget.resize(width, height)``, shrunk to ``share`` of the available geometry of its screen."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, round(available.width() * share))
        height = min(height, round(available.height() * share))
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))
