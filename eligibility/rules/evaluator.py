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
from eligibility.rules import timeset
from eligibility.rules.compiler import missing_reason
from eligibility.rules.facts import Facts
from eligibility.rules.pack import PackPath, RulePack
from eligibility.rules.plan_code import CompiledPlan, compile_plan
from eligibility.rules.timeset import ALWAYS, TimeSet

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
    jurisdiction = person.jurisdiction.value
    facts = Facts(person, as_of, leap)
    other: Facts | None = None
    out: list[Determination] = []
    for pack in packs:
        if pack.jurisdiction != "all" and pack.jurisdiction != jurisdiction:
            continue
        det, leap_used = _run_pack(pack, facts)
        if leap_used:
            if other is None:
                other = Facts(person, as_of, leap.other)
            alt, _ = _run_pack(pack, other)
            if alt.status is not det.status or alt.eligible_on != det.eligible_on:
                det = _leap_review(det, alt, leap)
        out.append(det)
    return out


def evaluate_many(people: Iterable[Person], packs: Sequence[RulePack], as_of: date, *,
                  leap: LeapDayRule = DEFAULT_LEAP_RULE) -> Iterator[Determination]:
    for person in people:
        yield from evaluate(person, packs, as_of, leap=leap)


def _choose_path(pack: RulePack, facts: Facts) -> tuple[PackPath | None, str | None]:
    missing = None
    for path in pack.paths:
        answer = path.condition(facts) if path.condition else True
        if answer is True:
            return path, None
        if answer is not False and missing is None:
            missing = answer
    return None, missing


_DAY_MIN = date.min


def _plan(pack: RulePack, sentence_type: object) -> CompiledPlan:
    """The compiled plan for a sentence type, built on first use and kept with the pack."""
    plan = pack.steps.get(sentence_type)
    if plan is None:
        criteria = pack.plans.get(sentence_type) or pack.criteria  # type: ignore[call-overload]
        plan = pack.steps[sentence_type] = compile_plan(criteria, name=f"{pack.id}/{sentence_type}")
    return plan


def _run_pack(pack: RulePack, facts: Facts) -> tuple[Determination, bool]:
    as_of = facts.as_of
    path: PackPath | None = None
    path_id: str | None = None
    path_missing: str | None = None
    if pack.paths:
        path, path_missing = _choose_path(pack, facts)
        path_id = path.id if path is not None else None
    plan = pack.steps.get(facts.person.sentence_type) or _plan(pack, facts.person.sentence_type)
    results, sets, latest, excluded_by, review, missing_facts, leap_used = plan(facts, path_id)
    if path_missing is not None and path is None:
        if missing_facts is None:
            missing_facts = {}
        missing_facts.setdefault(path_missing, CriterionResult(
            f"missing_{path_missing}", None, f"{missing_reason(path_missing)}; it decides which route applies",
            pack.criteria[0].citation, Confidence.CONFIRMED, False, None, f"Missing {path_missing}"))
    if missing_facts:
        results.extend(missing_facts.values())

    # With thresholds only (the usual case) the days on which every requirement holds are "from the
    # latest start on", so the set is only built when some requirement is not a plain threshold.
    days: TimeSet | None = None
    if sets:
        days = ALWAYS if latest == _DAY_MIN else ((latest, None),)
        for ts in sets:
            days = timeset.intersect(days, ts)
            if not days:
                break

    eligible_on: date | None = None
    if excluded_by is not None:
        status = _EXCLUDED
        summary = f"Excluded: {excluded_by.reason}"
    elif days is not None and not days:
        status = _NOT_ELIGIBLE
        summary = "Not eligible"
        for r in results:
            if r.met is False:
                summary = f"Not eligible: {r.reason}"
                break
    elif pack.paths and path is None and path_missing is None:
        status = _NOT_ELIGIBLE
        summary = "Not eligible: no route through this program applies"
    elif review or missing_facts:
        status = _NEEDS_REVIEW
        first = review[0] if review else next(iter(missing_facts.values()))
        summary = f"Needs review: {first.reason}"
    elif days is None:
        if latest == _DAY_MIN:
            status = _ELIGIBLE
            summary = "Eligible"
        else:
            eligible_on = max(facts.custody_start, latest)
            if as_of >= latest:
                status = _ELIGIBLE
                summary = f"Eligible since {eligible_on.isoformat()}"
            else:
                status = _NOT_YET
                summary = f"Not yet: eligible on {eligible_on.isoformat()}"
    else:
        hit = timeset.interval_containing(days, as_of)
        custody = facts.custody_start
        if hit is not None:
            status = _ELIGIBLE
            start = hit[0]
            if start != date.min:
                eligible_on = max(custody, start)
                summary = f"Eligible since {eligible_on.isoformat()}"
            else:
                summary = "Eligible"
        else:
            nxt = timeset.first_start_after(days, as_of)
            if nxt is None:
                status = _NOT_ELIGIBLE
                summary = "Not eligible"
            else:
                status = _NOT_YET
                eligible_on = max(custody, nxt)
                summary = f"Not yet: eligible on {eligible_on.isoformat()}"
    if path is not None:
        summary = f"{summary} ({path.name})"
    # Positional: this runs for every person and pack (person_id, program, status, eligible_on,
    # pack_version, as_of, criteria, summary, path).
    det = Determination(facts.person.person_id, pack.id, status, eligible_on, pack.version, as_of,
                        tuple(results), summary, path.name if path else "")
    return det, leap_used


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
