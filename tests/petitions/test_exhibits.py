"""Exhibits: a cover page each, then the attached PDF's pages, in order, with an index in the document."""

from __future__ import annotations

import io

import pytest

from eligibility.petitions import ExhibitError, MissingRequirements, generate, missing_requirements
from tests.petitions.pdf_helpers import flat_text, make_exhibit, page_runs, read_pdf
from tests.petitions.petition_samples import REFERRAL


def _exhibits(tmp_path):
    return [("Associate of Arts diploma", make_exhibit(tmp_path / "diploma.pdf", "DIPLOMA-CONTENT", pages=2)),
            ("Laudatory chrono, 2019", make_exhibit(tmp_path / "chrono.pdf", "CHRONO-CONTENT", pages=1))]


@pytest.mark.parametrize("kind", ["ca-1172.1", "bph-letter"])
def test_exhibits_follow_their_covers_in_order(kind, ca_inputs, tmp_path):
    exhibits = _exhibits(tmp_path)
    buffer = io.BytesIO()
    doc = generate(kind, out=buffer, narrative={"referral": REFERRAL} if kind == "ca-1172.1" else None,
                   exhibits=exhibits, **ca_inputs)
    reader = read_pdf(buffer.getvalue())
    assert doc.pages == len(reader.pages)
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    tail = texts[-5:]
    assert tail[0] == "EXHIBIT A Associate of Arts diploma"
    assert tail[1] == "DIPLOMA-CONTENT page 1" and tail[2] == "DIPLOMA-CONTENT page 2"
    assert tail[3] == "EXHIBIT B Laudatory chrono, 2019"
    assert tail[4] == "CHRONO-CONTENT page 1"
    body = " ".join(texts[:-5])
    assert "Exhibit A — Associate of Arts diploma" in body and "Exhibit B — Laudatory chrono, 2019" in body
    # Exhibit pages carry no pleading numbers or footer (CRC 2.110 exempts exhibits).
    for page in reader.pages[-5:]:
        assert not [r for r in page_runs(page) if r.text == "28"]
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[-2:] == ["Exhibit A — Associate of Arts diploma", "Exhibit B — Laudatory chrono, 2019"]
    assert reader.metadata.title == doc.title


def test_declaration_mentions_exhibits_only_when_there_are_some(ca_inputs, tmp_path):
    def declaration(exhibits):
        buffer = io.BytesIO()
        generate("ca-1172.1", out=buffer, narrative={"referral": REFERRAL}, exhibits=exhibits, **ca_inputs)
        return flat_text(read_pdf(buffer.getvalue()))

    assert "3. The exhibits listed in the index of exhibits below" in declaration(_exhibits(tmp_path))
    without = declaration([])
    assert "index of exhibits" not in without and "INDEX OF EXHIBITS" not in without


def test_output_with_exhibits_is_byte_stable(ca_inputs, tmp_path):
    exhibits = _exhibits(tmp_path)
    first, second = io.BytesIO(), io.BytesIO()
    for out in (first, second):
        generate("bph-letter", out=out, exhibits=exhibits, **ca_inputs)
    assert first.getvalue() == second.getvalue()


def test_missing_exhibit_file_is_a_requirement(ca_inputs, tmp_path):
    exhibits = [("Certificate", tmp_path / "nowhere.pdf")]
    problems = missing_requirements("bph-letter", exhibits=exhibits,
                                    **{k: v for k, v in ca_inputs.items() if k != "as_of"})
    assert problems == ["The exhibit file for 'Certificate' was not found: nowhere.pdf"]
    with pytest.raises(MissingRequirements):
        generate("bph-letter", out=io.BytesIO(), exhibits=exhibits, **ca_inputs)


def test_unreadable_exhibit_is_named_and_nothing_is_written(ca_inputs, tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"this is not a PDF")
    out = tmp_path / "letter.pdf"
    with pytest.raises(ExhibitError, match="'Support letter' \\(scan.pdf\\) is not a readable PDF"):
        generate("bph-letter", out=out, exhibits=[("Support letter", bad)], **ca_inputs)
    assert not out.exists()


def test_client_summary_takes_no_exhibits(ca_inputs, tmp_path):
    with pytest.raises(MissingRequirements, match="takes no exhibits"):
        generate("client-summary", out=io.BytesIO(), exhibits=_exhibits(tmp_path)[:1], **ca_inputs)
