"""Pleading paper per CRC 2.100–2.119: numbers 1–28 on every page, text on the numbered lines, the footer."""

from __future__ import annotations

import io

import pytest

from eligibility.petitions import generate
from eligibility.petitions.motions import CA_1172_FOOTER, FEDERAL_FOOTER
from eligibility.petitions.pleading import (
    LINE,
    NUMBER_RIGHT,
    PAGE_WIDTH,
    RIGHT_RULE_X,
    TEXT_LEFT,
    TEXT_RIGHT,
    line_baseline,
)
from tests.petitions.pdf_helpers import page_runs, read_pdf
from tests.petitions.petition_samples import FEDERAL_NARRATIVE, REFERRAL

BASELINES = {round(line_baseline(n), 2): n for n in range(1, 29)}


def _pdf(kind, inputs, narrative):
    buffer = io.BytesIO()
    doc = generate(kind, out=buffer, narrative=narrative, **inputs)
    return read_pdf(buffer.getvalue()), doc


@pytest.fixture(params=["ca-1172.1", "federal-3582"])
def pleading(request, ca_inputs, us_inputs):
    if request.param == "ca-1172.1":
        return (*_pdf("ca-1172.1", ca_inputs, {"referral": REFERRAL}), CA_1172_FOOTER)
    return (*_pdf("federal-3582", us_inputs, FEDERAL_NARRATIVE), FEDERAL_FOOTER)


def test_numbers_1_to_28_stand_in_the_left_margin_of_every_page(pleading):
    reader, doc, _ = pleading
    assert doc.pages == len(reader.pages) >= 5
    for page in reader.pages:
        margin = [r for r in page_runs(page) if r.x < TEXT_LEFT - 10]
        numbers = {int(r.text): r for r in margin}
        assert sorted(numbers) == list(range(1, 29))
        for n, run in numbers.items():
            assert run.y == pytest.approx(line_baseline(n), abs=0.01)
            assert run.x < NUMBER_RIGHT <= run.x + 13  # right-aligned at the gutter, left of the rules
            assert run.size == 12


def test_numbered_lines_are_three_or_more_per_inch_and_fill_the_column():
    assert 72 / LINE >= 3
    assert line_baseline(1) - line_baseline(28) == 27 * LINE


def test_body_text_sits_on_the_numbered_lines_and_inside_the_margins(pleading):
    reader, _, _ = pleading
    checked = 0
    for page in reader.pages:
        for run in page_runs(page):
            if run.x < TEXT_LEFT - 10 or run.y < 44:  # line numbers, and the footer below the rule
                continue
            assert TEXT_LEFT - 0.01 <= run.x and run.right <= TEXT_RIGHT + 0.01, run
            if run.size == 12:
                # Double-spaced text is on a numbered line; the single-spaced caption, attorney block and
                # tables fall on numbered lines or exactly halfway between two.
                assert round(run.y, 2) in BASELINES or round(run.y + 12, 2) in BASELINES, run
                checked += 1
    assert checked > 100


def test_first_page_follows_rule_2_111(pleading, ca_inputs):
    reader, _, _ = pleading
    runs = page_runs(reader.pages[0])
    body = [r for r in runs if r.x >= TEXT_LEFT and r.y > 44]
    top = max(body, key=lambda r: r.y)
    assert top.text.startswith("Alexandra Q. Whitfield (State Bar No. 298765)")
    assert top.y == pytest.approx(line_baseline(1))
    # Lines 1–7 are blank right of centre, for the clerk's stamp.
    clerk_space = [r for r in body if r.y >= line_baseline(7) - 12 and r.x > (TEXT_LEFT + TEXT_RIGHT) / 2]
    assert clerk_space == []
    court = [r for r in body if r.y == pytest.approx(line_baseline(8))]
    assert court and court[0].text in ("SUPERIOR COURT OF THE STATE OF CALIFORNIA", "UNITED STATES DISTRICT COURT")
    text = " ".join(r.text for r in runs)
    assert "Case No." in text
    assert "Plaintiff," in text and "Defendant." in text


def test_footer_has_a_page_number_and_the_title_on_every_page(pleading):
    reader, _, footer = pleading
    for number, page in enumerate(reader.pages, start=1):
        below = [r for r in page_runs(page) if r.y < 44]
        assert [r.text for r in below if r.size == 12] == [str(number)]
        titles = [r for r in below if r.size == 10]
        assert [r.text for r in titles] == [footer]
        assert all(TEXT_LEFT <= r.x and r.x < RIGHT_RULE_X for r in titles)


def test_rules_drawn_on_every_page(pleading):
    reader, _, _ = pleading
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")
        for x in (97, 100, RIGHT_RULE_X):
            assert f"{x:g} 0 m {x:g} 792 l S" in content.replace(".0 ", " ")
    assert RIGHT_RULE_X <= PAGE_WIDTH - 36  # at least ½ in right of the text column's rule
