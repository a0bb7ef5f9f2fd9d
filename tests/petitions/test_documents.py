"""The four documents: facts and citations in the text, embedded font, metadata, outline, stable bytes."""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import replace
from datetime import date

import pytest

from eligibility.petitions import generate
from eligibility.petitions.pleading import TEXT_LEFT
from eligibility.records import Status
from tests.petitions.pdf_helpers import flat_text, page_runs, read_pdf
from tests.petitions.petition_samples import (
    FEDERAL_NARRATIVE,
    REFERRAL,
    elderly_determination,
    youth_determination,
)

NARRATIVES = {"ca-1172.1": {"referral": REFERRAL}, "federal-3582": FEDERAL_NARRATIVE}


def _inputs(kind, ca_inputs, us_inputs):
    return us_inputs if kind == "federal-3582" else ca_inputs


def _make(kind, inputs, **extra):
    buffer = io.BytesIO()
    doc = generate(kind, out=buffer, narrative=NARRATIVES.get(kind), **inputs, **extra)
    return doc, buffer.getvalue()


@pytest.mark.parametrize("kind", ["ca-1172.1", "bph-letter", "federal-3582", "client-summary"])
def test_font_is_embedded_everywhere_and_output_is_byte_stable(kind, ca_inputs, us_inputs):
    inputs = _inputs(kind, ca_inputs, us_inputs)
    doc, data = _make(kind, inputs)
    _, again = _make(kind, inputs)
    assert data == again
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    reader = read_pdf(data)
    assert doc.pages == len(reader.pages)
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "LiberationSerif" in font["/BaseFont"]  # no Type 1 standard font slipped in
    meta = reader.metadata
    assert meta.title == doc.title and inputs["person"].full_name in meta.title
    assert meta.author == "Alexandra Q. Whitfield, Bayview Post-Conviction Clinic"
    assert meta.subject.endswith("prepared 2026-11-27")
    assert reader.outline


def test_vietnamese_name_is_printed_and_searchable(ca_inputs):
    _, data = _make("ca-1172.1", ca_inputs)
    text = flat_text(read_pdf(data))
    assert "Thị Minh Nguyễn" in text
    assert "THỊ MINH NGUYỄN," in text


def test_motion_states_the_facts_and_cites_the_law(ca_inputs):
    _, data = _make("ca-1172.1", ca_inputs)
    reader = read_pdf(data)
    text = flat_text(reader)
    for phrase in [
        "SUPERIOR COURT OF THE STATE OF CALIFORNIA", "FOR THE COUNTY OF LOS ANGELES",
        "THE PEOPLE OF THE STATE OF CALIFORNIA,", "Case No. BA-241187",
        "convicted of PC 187(a) second-degree murder, committed on September 3, 2002",
        "in custody on this case since September 5, 2002",
        "that is 24 years and 2 months of actual custody",
        "is now 43 years old and was 19 years old at the time of the offense",
        "a presumption favoring recall and resentencing",
        "an unreasonable risk that the petitioner will commit a new violent felony",
        "(Pen. Code, § 1170.18, subd. (c).)", "(Pen. Code, § 4801, subd. (c).)",
        "set a status conference within 30 days of the receipt of the request",
        "the most recent on March 2, 2006, 20 years ago",
        "I declare under penalty of perjury under the laws of the State of California",
        "Executed on November 27, 2026 at Oakland, California.",
        "IT IS ORDERED that the motion is GRANTED", "PROOF OF SERVICE",
        "Office of the District Attorney of Los Angeles County",
    ]:
        assert phrase in text, phrase
    # UNCONFIRMED subdivision letters stay out of the argument.
    assert "1172.1(a)(4)" not in text and "1172.1, subd." not in text and "(b)(2)" not in text
    titles = _outline_titles(reader.outline)
    assert titles[:2] == ["Notice of Motion and Motion", "Memorandum of Points and Authorities"]
    assert {"I. STATEMENT OF THE CASE", "2. Youth at the time of the offense.", "[Proposed] Order",
            "Declaration of Counsel", "Proof of Service"} <= set(titles)


def test_each_part_of_the_motion_starts_on_its_own_page(ca_inputs):
    _, data = _make("ca-1172.1", ca_inputs)
    reader = read_pdf(data)
    starts = {}
    for index, page in enumerate(reader.pages):
        runs = [r for r in page_runs(page) if r.x >= TEXT_LEFT and r.y > 44]
        starts[max(runs, key=lambda r: r.y).text] = index
    assert {"MEMORANDUM OF POINTS AND AUTHORITIES", "DECLARATION OF COUNSEL", "[PROPOSED] ORDER",
            "PROOF OF SERVICE"} <= set(starts)


def test_federal_motion_shows_the_computation_and_the_release_plan(us_inputs):
    _, data = _make("federal-3582", us_inputs)
    text = flat_text(read_pdf(data))
    for phrase in [
        "UNITED STATES DISTRICT COURT", "FOR THE CENTRAL DISTRICT OF CALIFORNIA", "UNITED STATES OF AMERICA,",
        "SAMUEL OKONKWO-REYES,", "Case No. 2:10-cr-00417", "18 U.S.C. § 3582(c)(1)(A)",
        "the lapse of 30 days from the receipt of such a request by the warden",
        "has served at least 10 years or 75 percent of his or her term of imprisonment, whichever is less",
        "is 69 years old and has served 16 years and 9 months, or 67 percent of the term imposed",
        "age 69 on 2026-11-27; needs 65", "to be established",
        "The request was delivered to the warden on June 2, 2026",
        "He will live with his daughter in Pasadena", "18 U.S.C. § 3553(a)", "28 U.S.C. § 994(t)",
        "not a danger under 18 U.S.C. § 3142(g)", "CERTIFICATE OF SERVICE", "United States District Judge",
    ]:
        assert phrase in text, phrase
    assert "[[" not in text


def test_break_in_custody_is_stated(us_inputs):
    _, data = _make("federal-3582", us_inputs)
    assert "apart from 1 period out of custody totalling 40 days" in flat_text(read_pdf(data))


def test_bph_letter_for_a_youth_offender(ca_inputs):
    _, data = _make("bph-letter", ca_inputs)
    reader = read_pdf(data)
    text = flat_text(reader)
    for phrase in ["Bayview Post-Conviction Clinic", "Board of Parole Hearings",
                   "Re: Thị Minh Nguyễn, CDCR No. BK4471 — Youth offender parole hearing (Pen. Code § 3051)",
                   "has been eligible since September 5, 2021 for a youth offender parole hearing",
                   "the hallmark features of youth", "Programming and conduct",
                   "2006-03-02 Serious rules violation (115) Possession of contraband; Division D",
                   "2021-02-10 Program completed Associate of Arts, Coastline College",
                   "Respectfully,", "Alexandra Q. Whitfield"]:
        assert phrase in text, phrase
    assert "Elderly" not in text


def test_bph_letter_for_an_elderly_hearing_on_the_coleman_plata_path(ca_inputs):
    person = ca_inputs["person"]
    det = replace(elderly_determination(person, Status.ELIGIBLE), eligible_on=date(2026, 1, 1),
                  path="Coleman/Plata 60/25")
    _, data = _make("bph-letter", dict(ca_inputs, determinations=[det]))
    text = flat_text(read_pdf(data))
    assert "Elderly parole hearing (Pen. Code § 3055)" in text
    assert "has been eligible since January 1, 2026 for consideration under the Elderly Parole Program" in text
    assert "diminished physical condition, if any, have reduced the elderly inmate’s risk" in text
    assert "February 10, 2014" in text
    assert "hallmark features of youth" not in text


def test_client_summary_is_one_plain_page(ca_inputs):
    dets = [youth_determination(ca_inputs["person"]), elderly_determination(ca_inputs["person"])]
    doc, data = _make("client-summary", dict(ca_inputs, determinations=dets))
    reader = read_pdf(data)
    assert doc.pages == 1
    text = flat_text(reader)
    assert "Where things stand for Thị Minh Nguyễn" in text
    assert "Youth offender parole hearing" in text
    assert "The rules we can check have been met since September 5, 2021." in text
    assert "Not yet. If nothing changes, the earliest date is April 12, 2033." in text
    assert "Call Bayview Post-Conviction Clinic at (510) 555-0142" in text
    for jargon in ("§", "Pen. Code", "U.S.C.", "criteria"):
        assert jargon not in text
    sizes = {r.size for r in page_runs(reader.pages[0]) if r.y < 650}
    assert min(sizes) >= 14


def test_client_summary_stays_on_one_page_with_many_programs(ca_inputs):
    person = ca_inputs["person"]
    dets = [replace(youth_determination(person), program=p) for p in
            ("ca-youth-parole", "ca-elderly-parole", "ca-juvenile-lwop-petition", "ca-medical-release",
             "la-da-2020-policy", "sample-office-policy", "dc-second-look", "md-juvenile-restoration",
             "dc-compassionate-age", "us-compassionate-age")]
    doc, _ = _make("client-summary", dict(ca_inputs, determinations=dets))
    assert doc.pages == 1


def test_written_to_a_path_atomically_and_privately(ca_inputs, tmp_path):
    out = tmp_path / "summary.pdf"
    doc = generate("client-summary", out=out, **ca_inputs)
    assert doc.path == out
    assert hashlib.sha256(out.read_bytes()).hexdigest() == doc.sha256
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(ca_inputs, tmp_path, monkeypatch):
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"previous version")

    def failing_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("eligibility.petitions.documents.os.replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        generate("client-summary", out=out, **ca_inputs)
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_stream_output_has_no_path(ca_inputs):
    doc, data = _make("client-summary", ca_inputs)
    assert doc.path is None and data.startswith(b"%PDF-")


def _outline_titles(outline) -> list[str]:
    titles: list[str] = []
    for item in outline:
        if isinstance(item, list):
            titles += _outline_titles(item)
        else:
            titles.append(item.title)
    return titles
