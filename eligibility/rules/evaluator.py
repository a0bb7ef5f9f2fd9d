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
from eligibility.rules.facts import Facts, iso_text
from eligibility.rules.pack import PackPath, Role, RulePack
from eligibility.rules.timeset import ALWAYS, TimeSet

_ELIGIBLE, _NOT_YET, _NOT_ELIGIBLE = Status.ELIGIBLE, Status.NOT_YET, Status.NOT_ELIGIBLE
_EXCLUDED, _NEEDS_REVIEW = Status.EXCLUDED, Status.NEEDS_REVIEW
_REQUIRE, _EXCLUDE, _REVIEW = Role.REQUIRE, Role.EXCLUDE, Role.REVIEW
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
_ROLE_CODES = {_REQUIRE: 0, _EXCLUDE: 1, _REVIEW: 2, Role.ESTABLISH: 3}


def _steps(pack: RulePack, sentence_type: object) -> tuple[tuple, ...]:
    """The plan for a sentence type as plain tuples ``(check, role code, path id, constant result, citation,
    confidence)``, built once per pack: the loop below runs a dozen times per person."""
    steps = pack.steps.get(sentence_type)
    if steps is None:
        plan = pack.plans.get(sentence_type) or pack.criteria  # type: ignore[call-overload]
        steps = tuple((c.check, _ROLE_CODES[c.role], c.path, getattr(c.check, "constant", None), c.citation,
                       c.confidence) for c in plan)
        pack.steps[sentence_type] = steps
    return steps


def _run_pack(pack: RulePack, facts: Facts) -> tuple[Determination, bool]:
    as_of = facts.as_of
    path: PackPath | None = None
    path_id: str | None = None
    path_missing: str | None = None
    if pack.paths:
        path, path_missing = _choose_path(pack, facts)
        path_id = path.id if path is not None else None
    results: list[CriterionResult] = []
    sets: list[TimeSet] = []
    latest = _DAY_MIN  # the latest start among threshold requirements: their intersection, without building it
    excluded_by: CriterionResult | None = None
    review: list[CriterionResult] = []
    missing_facts: dict[str, CriterionResult] = {}
    leap_used = False
    steps = pack.steps.get(facts.person.sentence_type) or _steps(pack, facts.person.sentence_type)
    for check, role, criterion_path, constant, citation, confidence in steps:
        if criterion_path is not None and criterion_path != path_id:
            continue
        if constant is not None:  # a finding to establish, the same for everyone: no role effect
            results.append(constant)
            continue
        out = check(facts)
        if out is None:
            continue
        result, times, holds, missing, leap = out
        if leap:
            leap_used = True
        if result is None:
            # A ``when`` condition needs a fact the roster lacks: report the fact once, not per criterion.
            fact = missing or "fact"
            if fact not in missing_facts:
                missing_facts[fact] = CriterionResult(
                    f"missing_{fact}", None, f"{missing_reason(fact)}; it decides which rule applies",
                    citation, confidence, False, None, f"Missing {fact}")
            continue
        results.append(result)
        if role == 0:  # require
            if times is None:
                review.append(result)
            elif len(times) == 1 and times[0][1] is None:  # a threshold (or always)
                start = times[0][0]
                if start > latest:  # noqa: PLR1730 - max() is a call; this runs a dozen times per person
                    latest = start
            else:
                sets.append(times)
        elif role == 1:  # exclude
            if holds:
                if excluded_by is None:
                    excluded_by = result
            elif holds is None:
                review.append(result)
        elif role == 2 and (holds or holds is None):  # review
            review.append(result)
    if path_missing is not None and path is None:
        missing_facts.setdefault(path_missing, CriterionResult(
            f"missing_{path_missing}", None, f"{missing_reason(path_missing)}; it decides which route applies",
            pack.criteria[0].citation, Confidence.CONFIRMED, False, None, f"Missing {path_missing}"))
    if missing_facts:
        results.extend(missing_facts.values())

    days: TimeSet = ALWAYS if latest == _DAY_MIN else ((latest, None),)
    for ts in sets:
        days = timeset.intersect(days, ts)
        if not days:
            break

    eligible_on: date | None = None
    if excluded_by is not None:
        status = _EXCLUDED
        summary = f"Excluded: {excluded_by.reason}"
    elif not days:
        status = _NOT_ELIGIBLE
        first = next((r for r in results if r.met is False), None)
        summary = f"Not eligible: {first.reason}" if first else "Not eligible"
    elif pack.paths and path is None and path_missing is None:
        status = _NOT_ELIGIBLE
        summary = "Not eligible: no route through this program applies"
    elif review or missing_facts:
        status = _NEEDS_REVIEW
        first = review[0] if review else next(iter(missing_facts.values()))
        summary = f"Needs review: {first.reason}"
    else:
        hit = timeset.interval_containing(days, as_of)
        custody = facts.custody_start
        if hit is not None:
            status = _ELIGIBLE
            start = hit[0]
            if start != date.min:
                eligible_on = max(custody, start)
                summary = f"Eligible since {iso_text(eligible_on)}"
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
                summary = f"Not yet: eligible on {iso_text(eligible_on)}"
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
