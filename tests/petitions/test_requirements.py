"""Which documents apply, and the plain list of what is missing before one can be generated."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from eligibility.petitions import (
    DOCUMENT_KINDS,
    MissingRequirements,
    UnknownDocumentKind,
    applicable_kinds,
    default_narrative,
    generate,
    missing_requirements,
)
from eligibility.records import SentenceType, Status
from tests.petitions.pdf_helpers import flat_text, read_pdf
from tests.petitions.petition_samples import (
    FEDERAL_NARRATIVE,
    REFERRAL,
    elderly_determination,
    federal_determination,
    youth_determination,
)


def test_kinds_follow_the_contract():
    assert DOCUMENT_KINDS == ("ca-1172.1", "bph-letter", "federal-3582", "client-summary")


def test_applicable_kinds_for_a_california_youth_offender(ca_inputs):
    assert applicable_kinds(ca_inputs["person"], ca_inputs["determinations"]) == [
        "ca-1172.1", "bph-letter", "client-summary"]


def test_applicable_kinds_for_a_federal_case(us_inputs):
    assert applicable_kinds(us_inputs["person"], us_inputs["determinations"]) == ["federal-3582",
                                                                                  "client-summary"]


def test_federal_motion_needs_an_eligible_age_determination(us_inputs):
    person = us_inputs["person"]
    not_yet = [federal_determination(person, Status.NOT_YET)]
    assert "federal-3582" not in applicable_kinds(person, not_yet)
    problems = missing_requirements("federal-3582", person=person, determinations=not_yet,
                                    office=us_inputs["office"], narrative=FEDERAL_NARRATIVE)
    assert problems == [("The person does not meet the age ground of USSG § 1B1.13(b)(2) on the as-of date "
                         "(status: not_yet)")]


def test_bph_letter_needs_a_parole_hearing_now_or_later(ca_inputs):
    person = ca_inputs["person"]
    excluded = [elderly_determination(person, Status.EXCLUDED)]
    assert "bph-letter" not in applicable_kinds(person, excluded)
    assert "bph-letter" in applicable_kinds(person, [youth_determination(person, Status.NOT_YET)])


def test_death_sentence_gets_no_1172_motion(ca_inputs):
    person = replace(ca_inputs["person"], sentence_type=SentenceType.DEATH)
    assert "ca-1172.1" not in applicable_kinds(person, ca_inputs["determinations"])


def test_no_determinations_means_no_client_summary(ca_inputs):
    assert applicable_kinds(ca_inputs["person"], []) == ["ca-1172.1"]


def test_missing_office_settings_and_case_facts_are_listed(ca_inputs):
    office = dict(ca_inputs["office"], **{"office.bar_number": "", "office.email": "  "})
    person = replace(ca_inputs["person"], case_number="", county="")
    problems = missing_requirements("ca-1172.1", person=person, determinations=ca_inputs["determinations"],
                                    office=office, narrative={"referral": REFERRAL})
    assert problems == [
        "The case number is missing",
        "The county of sentencing is missing",
        "Office setting office.bar_number is not set",
        "Office setting office.email is not set",
    ]


def test_referral_must_be_written_before_a_motion_is_generated(ca_inputs):
    problems = missing_requirements("ca-1172.1", **{k: v for k, v in ca_inputs.items() if k != "as_of"})
    assert len(problems) == 1
    assert problems[0].startswith("Section 'The referral (who recommended recall, and when)' still needs: "
                                  "Name the agency that recommended recall")
    assert missing_requirements("ca-1172.1", narrative={"referral": REFERRAL},
                                **{k: v for k, v in ca_inputs.items() if k != "as_of"}) == []


def test_generate_refuses_with_every_problem_and_writes_nothing(ca_inputs, tmp_path):
    office = dict(ca_inputs["office"], **{"office.phone": ""})
    out = tmp_path / "motion.pdf"
    with pytest.raises(MissingRequirements) as caught:
        generate("ca-1172.1", out=out, **dict(ca_inputs, office=office))
    assert caught.value.problems[0] == "Office setting office.phone is not set"
    assert caught.value.problems[1].startswith("Section 'The referral")
    assert len(caught.value.problems) == 2
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_federal_release_plan_and_exhaustion_are_required(us_inputs):
    problems = missing_requirements("federal-3582", **{k: v for k, v in us_inputs.items() if k != "as_of"})
    assert [p.split(" still needs")[0] for p in problems] == [
        "Section 'Exhaustion (the request to the warden)'", "Section 'Deterioration in health from aging'",
        "Section 'Release plan'"]
    partial = dict(FEDERAL_NARRATIVE, release_plan="   ")
    problems = missing_requirements("federal-3582", narrative=partial,
                                    **{k: v for k, v in us_inputs.items() if k != "as_of"})
    assert problems == ["Section 'Release plan' is empty"]


def test_unknown_narrative_section_is_reported(ca_inputs):
    problems = missing_requirements("client-summary", narrative={"no_such_part": "x"},
                                    **{k: v for k, v in ca_inputs.items() if k != "as_of"})
    assert problems == ["The narrative section 'no_such_part' is not part of this document"]


def test_determination_of_another_person_is_refused(ca_inputs):
    other = replace(ca_inputs["determinations"][0], person_id="ZZ0001")
    problems = missing_requirements("client-summary", person=ca_inputs["person"], determinations=[other],
                                    office=ca_inputs["office"])
    assert problems == ["A determination for a different person was supplied"]


def test_city_for_the_declaration_must_be_known(ca_inputs):
    office = dict(ca_inputs["office"], **{"office.address": "PO Box 12, Reno, NV 89501"})
    problems = missing_requirements("ca-1172.1", person=ca_inputs["person"],
                                    determinations=ca_inputs["determinations"], office=office,
                                    narrative={"referral": REFERRAL})
    assert problems == [("Section 'Declaration (date and place of signing)' still needs: the city where this "
                         "is signed")]


def test_unknown_kind_is_an_error(ca_inputs):
    with pytest.raises(UnknownDocumentKind):
        generate("parole-memo", out=io.BytesIO(), **ca_inputs)


def test_default_narrative_is_filled_and_follows_the_person(ca_inputs):
    sections = default_narrative("ca-1172.1", **ca_inputs)
    assert "youth" in sections and "minor" not in sections  # 19 at the offense: a youth, not a minor
    assert "{" not in "".join(sections.values())
    assert "Thị Minh Nguyễn (CDCR No. BK4471) was convicted of PC 187(a) second-degree murder" in \
        sections["statement_of_case"]
    assert "sentenced on January 16, 2004 to 15 years to life" in sections["statement_of_case"]
    assert "other_circumstances" in sections and sections["other_circumstances"] == ""
    older = replace(ca_inputs["person"], offense_date=ca_inputs["person"].date_of_birth.replace(year=2010))
    assert "youth" not in default_narrative("ca-1172.1", **dict(ca_inputs, person=older))


def test_edited_narrative_replaces_the_default_text(ca_inputs):
    buffer = io.BytesIO()
    narrative = {"referral": REFERRAL, "other_circumstances": "Mr. Placeholder-free text about *In re Trejo*."}
    generate("ca-1172.1", out=buffer, narrative=narrative, **ca_inputs)
    text = flat_text(read_pdf(buffer.getvalue()))
    assert "received by the Court on August 20, 2026" in text
    assert "4. Other circumstances." in text
    assert "Mr. Placeholder-free text about In re Trejo." in text
