"""Fixtures for the petitions tests: a Californian and a federal sample case with their determinations."""

from __future__ import annotations

import pytest

from tests.petitions.petition_samples import (
    AS_OF,
    OFFICE,
    ca_person,
    elderly_determination,
    federal_determination,
    us_person,
    youth_determination,
)


@pytest.fixture
def ca_inputs():
    person = ca_person()
    return {"person": person, "determinations": [youth_determination(person), elderly_determination(person)],
            "office": dict(OFFICE), "as_of": AS_OF}


@pytest.fixture
def us_inputs():
    person = us_person()
    return {"person": person, "determinations": [federal_determination(person)], "office": dict(OFFICE),
            "as_of": AS_OF}
