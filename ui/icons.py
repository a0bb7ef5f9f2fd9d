"""Icons drawn for Second Look (resources/icons), loaded once. Status icons always sit beside their word."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from eligibility.paths import resource_path
from eligibility.records import Status


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def status_icon(status: Status | None) -> QIcon:
    return icon(f"status-{status.value}" if status is not None else "status-none")


def criterion_icon_name(met: bool | None) -> str:
    return "criterion-met" if met is True else "criterion-not-met" if met is False else "criterion-unknown"
