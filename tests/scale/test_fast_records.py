"""The records' faster ``__init__`` behaves exactly like the one ``dataclasses`` generates."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eligibility.records import (
    ConductEntry,
    ConductKind,
    Confidence,
    CriterionResult,
    Determination,
    Division,
    Jurisdiction,
    Person,
    SentenceType,
    Status,
)

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
text = st.text(max_size=12)
criteria = st.builds(CriterionResult, id=text, met=st.sampled_from([True, False, None]), reason=text,
                     citation=text, confidence=st.sampled_from(list(Confidence)), to_establish=st.booleans(),
                     met_on=st.none() | dates, label=text)


def _reference(cls: type) -> type:
    """The same fields through a plain dataclass-generated ``__init__``."""
    return dataclasses.make_dataclass(f"Ref{cls.__name__}", [(f.name, object, f) for f in dataclasses.fields(cls)],
                                      frozen=True, slots=True)


@given(c=criteria)
def test_a_criterion_result_holds_what_it_was_given_and_stays_immutable(c: CriterionResult) -> None:
    values = tuple(getattr(c, f.name) for f in dataclasses.fields(c))
    positional = CriterionResult(*values)
    assert positional == c and hash(positional) == hash(c)
    assert dataclasses.astuple(_reference(CriterionResult)(*values)) == dataclasses.astuple(c)
    assert pickle.loads(pickle.dumps(c)) == c
    assert dataclasses.replace(c, met=not c.met).met is (not c.met)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.reason = "changed"  # type: ignore[misc]


@given(pid=text, program=text, status=st.sampled_from(list(Status)), on=st.none() | dates, as_of=dates,
       found=st.lists(criteria, max_size=3))
def test_a_determination_keeps_keyword_defaults_and_positional_order(pid: str, program: str, status: Status,
                                                                    on: date | None, as_of: date,
                                                                    found: list[CriterionResult]) -> None:
    short = Determination(pid, program, status, on, "1", as_of)
    assert (short.criteria, short.summary, short.path) == ((), "", "")
    full = Determination(person_id=pid, program=program, status=status, eligible_on=on, pack_version="1",
                         as_of=as_of, criteria=tuple(found), summary="s", path="p")
    assert full == Determination(pid, program, status, on, "1", as_of, tuple(found), "s", "p")
    assert dataclasses.replace(full, criteria=()) == dataclasses.replace(short, summary="s", path="p")


def test_default_factories_give_each_person_their_own_empty_value_and_unknown_arguments_fail() -> None:
    a = Person("A1", "L", "F", date(1970, 1, 1), Jurisdiction.CA, date(1990, 1, 1), date(1990, 1, 2),
               SentenceType.LIFE)
    assert a.flags == frozenset() and a.conduct == () and a.custody_breaks == ()
    with pytest.raises(TypeError):
        Person("A1", "L", "F", date(1970, 1, 1), Jurisdiction.CA, date(1990, 1, 1), date(1990, 1, 2),
               SentenceType.LIFE, colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ConductEntry("A1")  # type: ignore[call-arg]
    entry = ConductEntry("A1", date(2000, 1, 1), ConductKind.SERIOUS_RVR, Division.A1, True, "x")
    assert entry == ConductEntry(person_id="A1", date=date(2000, 1, 1), kind=ConductKind.SERIOUS_RVR,
                                 division=Division.A1, violent=True, description="x")
