"""User-visible words for domain values, through Qt's translation functions (so a Spanish file can follow)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eligibility.records import (
    JURISDICTION_NAMES,
    STATUS_LABELS,
    STATUS_SYMBOLS,
    Confidence,
    Jurisdiction,
    Status,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("words", text)


def status_label(status: Status | None) -> str:
    labels = {
        Status.ELIGIBLE: _tr("Eligible"),
        Status.NOT_YET: _tr("Not yet"),
        Status.NOT_ELIGIBLE: _tr("Not eligible"),
        Status.EXCLUDED: _tr("Excluded"),
        Status.NEEDS_REVIEW: _tr("Needs review"),
    }
    if status is None:
        return _tr("Not evaluated")
    return labels.get(status, STATUS_LABELS[status])


def status_symbol(status: Status | None) -> str:
    return STATUS_SYMBOLS[status] if status is not None else "○"


def jurisdiction_label(j: Jurisdiction) -> str:
    names = {
        Jurisdiction.CA: _tr("California"),
        Jurisdiction.US: _tr("Federal"),
        Jurisdiction.DC: _tr("District of Columbia"),
        Jurisdiction.MD: _tr("Maryland"),
    }
    return names.get(j, JURISDICTION_NAMES[j])


def confidence_label(c: Confidence) -> str:
    """Plain words for how settled the law behind a criterion is; only the unsettled ones are flagged."""
    return {
        Confidence.CONFIRMED: _tr("Confirmed in the statute's text"),
        Confidence.SECONDARY: _tr("Unsettled law: from secondary sources, verify before relying on it"),
        Confidence.UNCONFIRMED: _tr("Unsettled law: not confirmed, needs legal review"),
    }[c]
