"""The real engine over the shipped demo roster: every document a person qualifies for can be generated."""

from __future__ import annotations

import io
from datetime import date

import pytest

from eligibility.intake.reader import read_import
from eligibility.paths import resource_path
from eligibility.petitions import applicable_kinds, generate, missing_requirements
from eligibility.rules import evaluate, load_packs
from tests.petitions.pdf_helpers import flat_text, read_pdf
from tests.petitions.petition_samples import FEDERAL_NARRATIVE, OFFICE, REFERRAL

AS_OF = date(2026, 12, 1)
NARRATIVES = {"ca-1172.1": {"referral": REFERRAL}, "federal-3582": FEDERAL_NARRATIVE}


@pytest.fixture(scope="module")
def demo():
    parsed = read_import(resource_path("demo", "roster.csv"), resource_path("demo", "conduct.csv"), today=AS_OF)
    packs = load_packs(include_user_dir=False)
    # The hand-written scenarios come first in the demo roster; they cover every program and status.
    return [(person, evaluate(person, packs, AS_OF)) for person in parsed.people[:60]]


def test_every_applicable_document_generates_for_the_demo_scenarios(demo):
    made: dict[str, int] = {}
    for person, dets in demo:
        for kind in applicable_kinds(person, dets):
            narrative = NARRATIVES.get(kind)
            assert missing_requirements(kind, person=person, determinations=dets, office=OFFICE,
                                        narrative=narrative, as_of=AS_OF) == [], (person.person_id, kind)
            buffer = io.BytesIO()
            doc = generate(kind, person=person, determinations=dets, office=OFFICE, as_of=AS_OF, out=buffer,
                           narrative=narrative)
            assert doc.pages >= 1 and buffer.getvalue().startswith(b"%PDF-")
            if kind == "client-summary":
                assert doc.pages == 1
            if kind not in made:  # reading text back is slow; once per kind shows the facts got in
                text = flat_text(read_pdf(buffer.getvalue()))
                assert person.full_name in text or person.full_name.upper() in text
            made[kind] = made.get(kind, 0) + 1
    assert set(made) == {"ca-1172.1", "bph-letter", "federal-3582", "client-summary"}, made
