"""Turn a validated criterion into a check: ``check(facts) -> Outcome | None``.

The check applies the criterion's role, formats its plain-language reason and carries its citation
and confidence, so the evaluator only combines outcomes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from typing import Any

from eligibility.dates import LEAP_RULE_DESCRIPTIONS
from eligibility.records import Confidence, CriterionResult, Flag
from eligibility.rules import timeset
from eligibility.rules.facts import Facts
from eligibility.rules.kinds import FACT_PHRASES, Core, SharedResult
from eligibility.rules.pack import Role
from eligibility.rules.templates import compile_template
from eligibility.rules.timeset import TimeSet

# What a check returns, as a plain tuple because the evaluator makes many per person:
#   (result, times, holds, missing, leap)
# result: the CriterionResult, or None when a ``when`` condition lacks a fact;
# times: the days on which the condition holds (None when unknown);
# holds: the condition on the as-of date (for exclude and review roles);
# missing: the roster column that is missing; leap: a 29 February (or month-end) convention changed a date.
Outcome = tuple["CriterionResult | None", "TimeSet | None", "bool | None", "str | None", bool]


Check = Callable[[Facts], "Outcome | None"]


def missing_reason(fact: str) -> str:
    return f"cannot tell: the roster gives no {FACT_PHRASES.get(fact, fact)}"


def met_on_of(times: TimeSet, as_of: date) -> date | None:
    if len(times) == 1 and times[0][1] is None:  # the common case: a threshold
        start = times[0][0]
        return None if start == date.min else start
    hit = timeset.interval_containing(times, as_of)
    if hit is not None:
        return None if hit[0] == date.min else hit[0]
    return timeset.first_start_after(times, as_of)


def _finish(text: str, notes: tuple[str, ...], leap: bool, facts: Facts) -> str:
    if notes:
        text = text + "; " + "; ".join(notes)
    if leap:
        text = f"{text}; {LEAP_RULE_DESCRIPTIONS[facts.leap]}"
    return text


def make_check(*, cid: str, role: Role, label: str, citation: str, confidence: Confidence, template: str,
               core: Core, condition: Callable[[Facts], bool | str] | None,
               breaks_confidence: Confidence | None = None, establish_flag: Flag | None = None,
               cache_key: Callable[[Facts], Hashable] | None = None) -> Check:
    if role is Role.ESTABLISH:
        flagged_reason = f"{template} (the roster flags {establish_flag.value})" if establish_flag else template
        plain = CriterionResult(cid, None, template, citation, confidence, True, None, label)
        flagged = CriterionResult(cid, None, flagged_reason, citation, confidence, True, None, label)

        plain_out = (plain, None, None, None, False)
        flagged_out = (flagged, None, None, None, False)

        def establish(facts: Facts) -> Outcome | None:
            if condition is not None and condition(facts) is not True:
                return None
            return flagged_out if establish_flag is not None and establish_flag in facts.flags else plain_out

        # The same finding for everyone: the evaluator appends it without calling the check at all.
        establish.constant = plain if condition is None and establish_flag is None else None  # type: ignore[attr-defined]
        return establish

    is_require = role is Role.REQUIRE
    is_exclude = role is Role.EXCLUDE
    fmt = compile_template(template)
    leap_notes = {rule: f"; {text}" for rule, text in LEAP_RULE_DESCRIPTIONS.items()}
    day_min = date.min

    def evaluate(facts: Facts) -> Outcome | None:
        if condition is not None:
            applies = condition(facts)
            if applies is not True:
                if applies is False:
                    return None
                return (None, None, None, applies, False)
        hit = facts._cores.get(core)
        if hit is None:
            hit = facts.compute(core)
        core_out = hit[0]
        if type(core_out) is SharedResult and not hit[1]:
            shared = core_out.outcomes.get(token)
            if shared is None:
                shared = core_out.outcomes[token] = outcome(core_out, False, facts)
            return shared
        return outcome(core_out, hit[1], facts)

    token = object()  # this check's key in the outcomes of shared core results

    def outcome(core_out: Any, leap: bool, facts: Facts) -> Outcome:
        times, fields, notes, missing = core_out
        if times is None:
            reason = missing_reason(missing or "fact")
            return (CriterionResult(cid, None, reason, citation, confidence, False, None, label),
                    None, None, missing, leap)
        reason = fmt(fields)
        conf = confidence
        if notes:
            reason = reason + "; " + "; ".join(notes)
            if breaks_confidence is not None:
                conf = breaks_confidence
        if leap:
            reason += leap_notes[facts.leap]
        as_of = facts.as_of
        if len(times) == 1 and times[0][1] is None:  # a threshold (or ALWAYS): no interval search
            start = times[0][0]
            holds = as_of >= start
            met_on = None if start == day_min else start
        else:
            holds = timeset.contains(times, as_of)
            met_on = met_on_of(times, as_of)
        if is_require:
            return (CriterionResult(cid, holds, reason, citation, conf, False, met_on, label),
                    times, holds, None, leap)
        if is_exclude:
            met_value: bool | None = not holds
        else:  # REVIEW: the unsettled rule applies, so the criterion is neither met nor failed
            met_value = None if holds else True
        return (CriterionResult(cid, met_value, reason, citation, conf, False, None, label),
                times, holds, None, leap)

    if cache_key is None:
        return evaluate
    # Static kinds: the outcome depends only on ``cache_key(facts)`` (and not on dates), so keep one
    # outcome per value. The ``when`` condition is part of the check and is re-run each time.
    cache: dict[Hashable, Outcome | None] = {}

    def cached(facts: Facts) -> Outcome | None:
        key = cache_key(facts)
        try:
            return cache[key]
        except KeyError:
            out = evaluate(facts)
            if condition is None:
                cache[key] = out
            return out

    if condition is not None:
        return evaluate
    cached.static_cache = cache  # type: ignore[attr-defined]  # plan_code reads it inline
    cached.static_key = cache_key  # type: ignore[attr-defined]
    return cached


Member = Callable[[Facts], "tuple[TimeSet | None, str, str | None, bool]"]
_MEMBERS: dict[tuple[str, str, Core], Member] = {}


def make_member(*, name: str, template: str, core: Core) -> Member:
    """A member of an any_of group: its day set and its part of the group's reason, no record of its own.

    Identical members (the same name, template and core) are one object, so groups in several packs
    that list the same member compute it once per person through ``Facts.compute``.
    """
    key = (name, template, core)
    found = _MEMBERS.get(key)
    if found is not None:
        return found
    fmt = compile_template(template)

    def member(facts: Facts) -> tuple[TimeSet | None, str, str | None, bool]:
        hit = facts._cores.get(core)
        if hit is None:
            hit = facts.compute(core)
        (times, fields, notes, missing), leap = hit
        facts.leap_used = leap  # what compute() records for this member: the inner core's convention
        if times is None:
            return None, f"{name}: {missing_reason(missing or 'fact')}", missing, leap
        text = fmt(fields)
        if notes or leap:
            text = _finish(text, notes, leap, facts)
        if len(times) == 1 and times[0][1] is None:  # a threshold: no interval search
            met = facts.as_of >= times[0][0]
        else:
            met = timeset.contains(times, facts.as_of)
        return times, f"{name}: {text} [met]" if met else f"{name}: {text} [not met]", None, leap

    return _MEMBERS.setdefault(key, member)


def make_any_of(*, cid: str, role: Role, label: str, citation: str, confidence: Confidence,
                template: str, members: tuple[Member, ...],
                condition: Callable[[Facts], bool | str] | None) -> Check:
    """A group that holds on any day one of its members holds (the union of their day sets)."""
    is_require = role is Role.REQUIRE
    is_exclude = role is Role.EXCLUDE
    # The usual template is text around one {members}: joined by concatenation instead of format_map.
    around = template.split("{members}")
    plain = len(around) == 2 and not any(ch in part for part in around for ch in "{}")
    head, tail = (around[0], around[1]) if plain else ("", "")

    def check(facts: Facts) -> Outcome | None:
        if condition is not None:
            applies = condition(facts)
            if applies is not True:
                if applies is False:
                    return None
                return (None, None, None, applies, False)
        sets: list[TimeSet] = []
        parts: list[str] = []
        missing: str | None = None
        leap = False
        thresholds = True
        earliest: date | None = None
        cores = facts._cores
        for member in members:
            hit = cores.get(member)
            if hit is None:
                hit = facts.compute(member)
            member_times, part, member_missing, member_leap = hit[0]
            parts.append(part)
            if member_leap:
                leap = True
            if member_times is None:
                missing = missing or member_missing
                continue
            if not member_times:  # never: adds no day to the union
                continue
            sets.append(member_times)
            if thresholds:
                if len(member_times) == 1 and member_times[0][1] is None:
                    start = member_times[0][0]
                    if earliest is None or start < earliest:
                        earliest = start
                else:
                    thresholds = False
        as_of = facts.as_of
        if thresholds:  # every member is a threshold, always or never: the earliest threshold wins
            if earliest is not None:
                times: TimeSet = ((earliest, None),)
                holds = as_of >= earliest
            else:
                times = timeset.NEVER
                holds = False
        else:
            times = timeset.union(sets)
            holds = timeset.contains(times, as_of)
        joined = " | ".join(parts)
        reason = head + joined + tail if plain else template.format_map({"members": joined})
        if missing is not None and not holds:
            return (CriterionResult(cid, None, reason, citation, confidence, False, None, label),
                    None, None, missing, leap)
        if is_require:
            result = CriterionResult(cid, holds, reason, citation, confidence, False, met_on_of(times, as_of),
                                     label)
        elif is_exclude:
            result = CriterionResult(cid, not holds, reason, citation, confidence, False, None, label)
        else:
            result = CriterionResult(cid, None if holds else True, reason, citation, confidence, False, None,
                                     label)
        return (result, times, holds, None, leap)

    return check
