"""The two court motions: recall and resentencing (Pen. Code § 1172.1) and sentence reduction (§ 3582)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from eligibility.petitions import facts
from eligibility.petitions.brief import BriefSpec, exhibit_index, pleading_story
from eligibility.petitions.content import DocumentInputs
from eligibility.petitions.facts import long_date
from eligibility.petitions.fonts import SERIF
from eligibility.petitions.layout import markup
from eligibility.petitions.pleading import (
    BODY_FLUSH,
    LINE,
    SINGLE,
    SINGLE_BOLD,
    TEXT_WIDTH,
    SnapToLines,
    signature_block,
    signature_rule,
)
from eligibility.records import Person

CA_1172_FOOTER = "NOTICE OF MOTION AND MOTION FOR RECALL AND RESENTENCING (PEN. CODE § 1172.1)"
FEDERAL_FOOTER = "MOTION FOR REDUCTION OF SENTENCE (18 U.S.C. § 3582(c)(1)(A))"


def _caption_left(plaintiff: str, person: Person) -> list[tuple[str, float]]:
    return [(f"{plaintiff},", 0), ("", 0), ("Plaintiff,", 72), ("", 0), ("v.", 36), ("", 0),
            (f"{person.full_name.upper()},", 0), ("", 0), ("Defendant.", 72)]


def _counsel_signature(inputs: DocumentInputs) -> list[Flowable]:
    office = inputs.office
    return [Spacer(0, LINE), *signature_block(
        left=f"Dated: {long_date(inputs.as_of)}",
        right_lines=["Respectfully submitted,", office["office.organisation"], "", signature_rule(),
                     office["office.attorney_name"], f"Attorney for Defendant {inputs.person.full_name}"])]


def _declarant_signature(inputs: DocumentInputs, titles: Sequence[str]) -> list[Flowable]:
    return [*signature_block(left="", right_lines=["", signature_rule(), inputs.office["office.attorney_name"]]),
            *exhibit_index(titles)]


def _judge_signature(judge: str) -> list[Flowable]:
    return [Spacer(0, LINE), *signature_block(left="Dated: ____________________",
                                              right_lines=["", signature_rule(), judge])]


def _server_signature() -> list[Flowable]:
    return [Spacer(0, LINE), *signature_block(left="Dated: ____________________",
                                              right_lines=["", signature_rule(), "Signature", "",
                                                           signature_rule(), "Printed name"])]


def ca_1172_story(inputs: DocumentInputs, exhibit_titles: Sequence[str]) -> list[Flowable]:
    person = inputs.person
    spec = BriefSpec(
        court_lines=["SUPERIOR COURT OF THE STATE OF CALIFORNIA", f"FOR THE COUNTY OF {person.county.upper()}"],
        caption_left=_caption_left("THE PEOPLE OF THE STATE OF CALIFORNIA", person),
        nature=("NOTICE OF MOTION AND MOTION FOR RECALL AND RESENTENCING (PEN. CODE § 1172.1); MEMORANDUM OF "
                "POINTS AND AUTHORITIES; DECLARATION OF COUNSEL; [PROPOSED] ORDER"),
        hearing_lines=[("Date, time and department: at the status conference the Court sets under Pen. Code "
                        "§ 1172.1")],
        attorney_for=f"Attorney for Defendant {person.full_name}",
        after_part={
            "memorandum": lambda: _counsel_signature(inputs),
            "declaration": lambda: _declarant_signature(inputs, exhibit_titles),
            "order": lambda: _judge_signature("Judge of the Superior Court"),
            "service": _server_signature,
        },
        part_subtitles={"order": f"People v. {person.full_name}, Case No. {person.case_number}"},
    )
    return pleading_story(inputs, spec, exhibit_titles)


def district_caption(district: str) -> str:
    """The court's district as captions print it: "Central District of California" → upper case as given."""
    district = district.strip()
    if "district" in district.lower():
        return f"FOR THE {district.upper()}" if not district.lower().startswith("the ") else \
            f"FOR {district.upper()}"
    return f"FOR THE DISTRICT OF {district.upper()}"


def _criteria_table(inputs: DocumentInputs) -> list[Flowable]:
    """The age and time-served computation, criterion by criterion, as the determination states it."""
    det = facts.find_determination(inputs.determinations, "us-compassionate-age")
    if det is None or not det.criteria:
        return []
    rows = [[Paragraph("Requirement", SINGLE_BOLD), Paragraph("Figures", SINGLE_BOLD),
             Paragraph("Status", SINGLE_BOLD)]]
    for crit in det.criteria:
        status = "to be established" if crit.to_establish else (
            "met" if crit.met else ("not met" if crit.met is False else "unknown"))
        label = crit.label or crit.id.replace("_", " ")
        rows.append([Paragraph(markup(f"{label} ({crit.citation})"), SINGLE), Paragraph(markup(crit.reason), SINGLE),
                     Paragraph(markup(status), SINGLE)])
    widths = [TEXT_WIDTH * 0.36, TEXT_WIDTH * 0.46, TEXT_WIDTH * 0.18]
    # Row heights are whole pleading lines so the text after the table stays on the numbered lines.
    heights = []
    for row in rows:
        h = max(cell.wrap(w - 6, 10_000)[1] for cell, w in zip(row, widths, strict=True))
        heights.append(max(LINE, -(-(h + 12) // LINE) * LINE))
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), 
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, "black"),
    ]))
    caption = Paragraph(markup(f"Computation on {long_date(det.as_of)} (rule pack version "
                               f"{det.pack_version}):"), BODY_FLUSH)
    return [KeepTogether([caption, SnapToLines(table)])]


def federal_story(inputs: DocumentInputs, exhibit_titles: Sequence[str]) -> list[Flowable]:
    person = inputs.person
    spec = BriefSpec(
        court_lines=["UNITED STATES DISTRICT COURT", district_caption(person.county)],
        caption_left=_caption_left("UNITED STATES OF AMERICA", person),
        nature=("DEFENDANT'S MOTION FOR REDUCTION OF SENTENCE UNDER 18 U.S.C. § 3582(c)(1)(A)(i) AND USSG "
                "§ 1B1.13(b)(2); MEMORANDUM OF POINTS AND AUTHORITIES; [PROPOSED] ORDER"),
        hearing_lines=["Hearing: as set by the Court"],
        attorney_for=f"Attorney for Defendant {person.full_name}",
        after_part={
            "memorandum": lambda: [*_counsel_signature(inputs), *exhibit_index(exhibit_titles)],
            "order": lambda: _judge_signature("United States District Judge"),
            "service": _server_signature,
        },
        after_section={"age_ground": lambda: _criteria_table(inputs)},
        part_subtitles={"order": f"United States v. {person.full_name}, Case No. {person.case_number}"},
    )
    return pleading_story(inputs, spec, exhibit_titles)
