"""The Eligibility tab: one block per program, each criterion with its figures, reason and citation.

Rendered as rich text in a QTextBrowser (selectable, copyable, read by screen readers as text). No colours
are set: the document takes the system palette, and every status and criterion carries its word.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from eligibility.records import STATUS_RANK, Confidence, CriterionResult, Determination, Status
from eligibility.workspace import program_title
from ui.icons import criterion_icon_name, icon, status_icon
from ui.words import confidence_label, status_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("EligibilityView", text)


def status_phrase(det: Determination) -> str:
    label = status_label(det.status)
    if det.eligible_on is not None:
        if det.status is Status.ELIGIBLE:
            when = _tr("since") if det.eligible_on <= det.as_of else _tr("from")
            return f"{label} {when} {det.eligible_on.isoformat()}"
        if det.status is Status.NOT_YET:
            return _tr("{label}: eligible on {date}").format(label=label, date=det.eligible_on.isoformat())
    return label


def _met_word(c: CriterionResult) -> str:
    if c.to_establish:
        return _tr("To establish")
    return _tr("Met") if c.met is True else _tr("Not met") if c.met is False else _tr("Unknown")


def determination_html(det: Determination, *, titles: dict[str, str] | None = None) -> str:
    esc = html.escape
    parts = [f'<h3><img src="status:{det.status.value}" width="16" height="16"> '
             f"{esc(program_title(det.program, titles))} — {esc(status_phrase(det))}</h3>"]
    if det.summary and not det.summary.startswith(status_phrase(det)):
        parts.append(f"<p>{esc(det.summary)}</p>")
    if det.path:
        parts.append(f"<p><i>{esc(_tr('Route'))}:</i> {esc(det.path)}</p>")
    checked = [c for c in det.criteria if not c.to_establish]
    if checked:
        parts.append('<table cellspacing="0" cellpadding="3" width="100%">')
        for c in checked:
            name = esc(c.label or c.id)
            unsettled = ""
            if c.confidence is not Confidence.CONFIRMED:
                unsettled = f'<br><i>⚠ {esc(confidence_label(c.confidence))}</i>'
            met_on = ""
            if c.met_on is not None and c.met is not True:
                met_on = " " + esc(_tr("(met on {date})").format(date=c.met_on.isoformat()))
            parts.append(
                f'<tr><td valign="top" width="22"><img src="crit:{criterion_icon_name(c.met)}" width="14" '
                f'height="14"></td><td valign="top"><b>{esc(_met_word(c))}</b> · {name}: {esc(c.reason)}{met_on}'
                f'<br><small>{esc(c.citation)}</small>{unsettled}</td></tr>')
        parts.append("</table>")
    findings = det.findings_to_establish
    if findings:
        parts.append(f"<p><b>{esc(_tr('Findings to establish'))}</b></p>")
        for c in findings:
            unsettled = ""
            if c.confidence is not Confidence.CONFIRMED:
                unsettled = f" <i>⚠ {esc(confidence_label(c.confidence))}</i>"
            parts.append(f'<p style="margin-left:6px">☐ {esc(c.label or c.id)}: {esc(c.reason)} '
                         f"<small>({esc(c.citation)})</small>{unsettled}</p>")
    parts.append(f"<p><small>{esc(_tr('Rule pack {program} version {version}, as of {date}.').format(program=det.program, version=det.pack_version, date=det.as_of.isoformat()))}</small></p>")
    return "".join(parts)


def determinations_html(dets: list[Determination], *, titles: dict[str, str] | None = None,
                        as_of: date | None = None, stale: bool = False) -> str:
    if not dets:
        return f"<p>{html.escape(_tr('No program applies to this person, or they have not been evaluated yet.'))}</p>"
    ordered = sorted(dets, key=lambda d: (STATUS_RANK[d.status], d.eligible_on or date.max, d.program))
    head = ""
    if stale and as_of is not None:
        head = f"<p><b>⚠ {html.escape(_tr('These results are being brought up to date for {date}.').format(date=as_of.isoformat()))}</b></p>"
    return head + "<hr>".join(determination_html(d, titles=titles) for d in ordered)


class EligibilityView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Eligibility by program"))
        layout.addWidget(self.browser)
        self._add_images()
        self.determinations: list[Determination] = []

    def _add_images(self) -> None:
        doc = self.browser.document()
        for s in Status:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"status:{s.value}"),
                            status_icon(s).pixmap(16, 16).toImage())
        for name in ("criterion-met", "criterion-not-met", "criterion-unknown"):
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"crit:{name}"),
                            icon(name).pixmap(14, 14).toImage())

    def set_determinations(self, dets: list[Determination], *, titles: dict[str, str] | None = None,
                           as_of: date | None = None, stale: bool = False) -> None:
        self.determinations = list(dets)
        self.browser.setHtml(determinations_html(self.determinations, titles=titles, as_of=as_of, stale=stale))
        self._add_images()

    def text(self) -> str:
        return self.browser.toPlainText()
