"""Shared fixtures: the shipped packs (loaded once) and a factory for fictional people."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from eligibility.records import Determination, Person
from eligibility.rules import RulePack, evaluate, load_packs
from tests.eligibility.elig_helpers import AS_OF, make_person


@pytest.fixture(scope="session")
def packs() -> list[RulePack]:
    return load_packs(include_user_dir=False)


@pytest.fixture(scope="session")
def pack_by_id(packs: list[RulePack]) -> dict[str, RulePack]:
    return {p.id: p for p in packs}


@pytest.fixture
def person() -> Callable[..., Person]:
    return make_person


@pytest.fixture
def determine(pack_by_id: dict[str, RulePack]) -> Callable[..., Determination]:
    """determine(program, person, as_of=AS_OF) → the one determination of that program."""

    def run(program: str, who: Person, as_of: date = AS_OF, **kw: Any) -> Determination:
        dets = evaluate(who, [pack_by_id[program]], as_of, **kw)
        assert len(dets) == 1, f"{program} does not apply to a {who.jurisdiction} person"
        return dets[0]

    return run
