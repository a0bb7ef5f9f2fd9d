"""The evaluator: (person, packs, as-of date) → one Determination per applicable program.

A pure function of its inputs. Each criterion yields the set of days on which it holds; the days on
which every requirement holds is their intersection, which gives "eligible since" (the start of the
run containing the as-of date) and "eligible on" (the first such day after it) for all time-driven
criteria at once. A "no" is a value, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from eligibility.dates import DEFAULT_LEAP_RULE, LEAP_RULE_DESCRIPTIONS, LeapDayRule
from eligibility.records import (
    STATUS_LABELS,
    Confidence,
    CriterionResult,
    Determination,
    Person,
    Status,
)
from eligibility.rules.facts import Facts
from eligibility.rules.pack import RulePack
from eligibility.rules.plan_code import CompiledPlan, compile_plan

_ELIGIBLE, _NOT_YET, _NOT_ELIGIBLE = Status.ELIGIBLE, Status.NOT_YET, Status.NOT_ELIGIBLE
_EXCLUDED, _NEEDS_REVIEW = Status.EXCLUDED, Status.NEEDS_REVIEW
LEAP_CRITERION_ID = "leap_day_convention"
LEAP_CITATION = "No statute or case found settles which day stands in for 29 February (cf. Cal. Fam. Code § 6500)"


def applicable_packs(person: Person, packs: Sequence[RulePack]) -> list[RulePack]:
    """Packs of the person's jurisdiction, and packs for "all"."""
    jurisdiction = person.jurisdiction.value
    return [p for p in packs if p.jurisdiction == "all" or p.jurisdiction == jurisdiction]


def evaluate(person: Person, packs: Sequence[RulePack], as_of: date, *,
             leap: LeapDayRule = DEFAULT_LEAP_RULE) -> list[Determination]:
    """One determination per applicable pack, in the order of ``packs``.

    ``eligible_on`` is never before ``custody_start`` (the programs are for people in custody), and is
    None for an eligible answer that no time-driven criterion bounds (a flag-driven medical release):
    the roster gives no date from which such facts held. Conduct entries and custody breaks dated after
    ``as_of`` are not yet on the record on that date and are left out.

    When a date the answer uses falls on 29 February (or a month end that a shorter month lacks), the
    pack is evaluated under both ``LeapDayRule`` values; if status or date differ, the answer is
    needs_review and says why.
    """
    key = packs if type(packs) is tuple else tuple(packs)
    by_person = _PLANS.get(key)
    if by_person is None:
        by_person = _plans_for(key)
    plans = by_person.get((person.jurisdiction, person.sentence_type))
    if plans is None:
        plans = by_person[(person.jurisdiction, person.sentence_type)] = tuple(
            _plan(p, person.sentence_type) for p in key if p.jurisdiction in ("all", person.jurisdiction.value))
    facts = Facts(person, as_of, leap)
    other: Facts | None = None
    out: list[Determination] = []
    for plan in plans:
        det, leap_used = plan(facts)
        if leap_used:
            if other is None:
                other = Facts(person, as_of, leap.other)
            alt, _ = plan(other)
            if alt.status is not det.status or alt.eligible_on != det.eligible_on:
                det = _leap_review(det, alt, leap)
        out.append(det)
    return out


# The plans each kind of person needs from a list of packs, in pack order: (jurisdiction, sentence type) →
# the compiled plans of the packs that apply. Kept for the last few pack lists seen (an app holds one).
_PLANS: dict[tuple[RulePack, ...], dict[tuple[object, object], tuple[CompiledPlan, ...]]] = {}


def forget_plans(packs: Iterable[RulePack]) -> None:
    """Drop the compiled plans of ``packs`` (and the lists that hold them): they are rebuilt on next use."""
    _PLANS.clear()
    for pack in packs:
        pack.steps.clear()


def _plans_for(packs: tuple[RulePack, ...]) -> dict[tuple[object, object], tuple[CompiledPlan, ...]]:
    if len(_PLANS) >= 8:
        _PLANS.clear()
    return _PLANS.setdefault(packs, {})


def evaluate_many(people: Iterable[Person], packs: Sequence[RulePack], as_of: date, *,
                  leap: LeapDayRule = DEFAULT_LEAP_RULE) -> Iterator[Determination]:
    for person in people:
        yield from evaluate(person, packs, as_of, leap=leap)


def _plan(pack: RulePack, sentence_type: object) -> CompiledPlan:
    """The compiled plan for a sentence type, built on first use and kept with the pack."""
    plan = pack.steps.get(sentence_type)
    if plan is None:
        criteria = pack.plans.get(sentence_type) or pack.criteria  # type: ignore[call-overload]
        plan = pack.steps[sentence_type] = compile_plan(criteria, pack=pack, name=f"{pack.id} {sentence_type}")
    return plan


def _describe(det: Determination) -> str:
    label = STATUS_LABELS[det.status].lower()
    if det.eligible_on is not None:
        return f"{label} ({det.eligible_on.isoformat()})"
    return label


def _leap_review(det: Determination, alt: Determination, leap: LeapDayRule) -> Determination:
    reason = (f"the answer turns on the 29 February convention: {_describe(det)} with "
              f"{LEAP_RULE_DESCRIPTIONS[leap]}, {_describe(alt)} with {LEAP_RULE_DESCRIPTIONS[leap.other]}")
    criterion = CriterionResult(LEAP_CRITERION_ID, None, reason, LEAP_CITATION, Confidence.UNCONFIRMED,
                                False, None, "29 February convention")
    return Determination(person_id=det.person_id, program=det.program, status=Status.NEEDS_REVIEW,
                         eligible_on=None, pack_version=det.pack_version, as_of=det.as_of,
                         criteria=(*det.criteria, criterion),
                         summary="Needs review: the answer turns on the 29 February convention",
                         path=det.path)
