"""The criterion kinds a pack can use, their parameters, and how each is compiled to a check.

A compiled *core* takes ``Facts`` and returns ``(times, fields, notes, missing)``:

* ``times``: the days on which the criterion's condition holds if the facts do not change
  (``timeset.ALWAYS`` / ``NEVER`` for static facts), or None when a fact is missing;
* ``fields``: the figures the plain-language template may use;
* ``notes``: extra clauses the engine appends to the reason (conventions used, boundary cases);
* ``missing``: the roster column that is missing, when ``times`` is None.

Cores are closures built once at load time so evaluation does no parsing or lookups by name.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from eligibility.dates import format_span
from eligibility.records import (
    CONDUCT_KIND_NAMES,
    FLAG_MEANINGS,
    SENTENCE_TYPE_NAMES,
    ConductKind,
    Division,
    Flag,
    SentenceType,
)
from eligibility.rules import timeset
from eligibility.rules.facts import Facts
from eligibility.rules.timeset import ALWAYS, NEVER, TimeSet

CoreResult = tuple["TimeSet | None", dict[str, Any], tuple[str, ...], "str | None"]
Core = Callable[[Facts], CoreResult]


class SharedResult(tuple):
    """A core result that is the same for everyone on an as-of date (a conduct window with no entry in it).

    The compiled check builds its outcome for it once and keeps it in ``outcomes``, so the explanation is
    not formatted again for each of the many people it fits. The result is never mutated; ``outcomes``
    lives as long as the result does, so nothing can mistake one date's outcome for another's.
    """

    outcomes: dict[object, Any]

# Parameter types the loader validates.
INT = "a whole number"
PERCENT = "a whole-number percentage from 1 to 100"
BOOL = "true or false"
DATE = "a date (YYYY-MM-DD)"
FLAGS = "a list of flags"
SENTENCES = "a list of sentence types"
CONDUCT_KINDS = "a list of conduct kinds"
DIVISIONS = "a list of divisions"
CONFIDENCE = "one of confirmed, secondary, unconfirmed"
STRING = "text"

VOCABULARIES: dict[str, tuple[str, ...]] = {
    FLAGS: tuple(f.value for f in Flag),
    SENTENCES: tuple(s.value for s in SentenceType),
    CONDUCT_KINDS: tuple(k.value for k in ConductKind),
    DIVISIONS: tuple(d.value for d in Division),
    CONFIDENCE: ("confirmed", "secondary", "unconfirmed"),
}


class KindSpec:
    """Parameters of one kind: their types, which are required, and which must come alone."""

    __slots__ = ("default_template", "fields", "name", "one_of", "params", "required", "static")

    def __init__(self, name: str, *, params: Mapping[str, str], required: tuple[str, ...] = (),
                 one_of: tuple[str, ...] = (), fields: tuple[str, ...], static: bool,
                 default_template: str) -> None:
        self.name = name
        self.params = dict(params)
        self.required = required
        self.one_of = one_of
        self.fields = fields
        self.static = static
        self.default_template = default_template


KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec("age_on_date", params={"at_least": INT}, required=("at_least",),
                 fields=("age", "years", "as_of", "on", "when"), static=False,
                 default_template="age {age} on {as_of}; needs {years}{when}"),
        KindSpec("age_at_offense", params={"below": INT, "at_least": INT}, one_of=("below", "at_least"),
                 fields=("age", "years", "offense_date"), static=True,
                 default_template="age {age} at the offense on {offense_date}; must be under {years}"),
        KindSpec("time_served", params={"years": INT, "months": INT, "or_term_percent": PERCENT,
                                        "breaks_confidence": CONFIDENCE},
                 fields=("served", "needed", "as_of", "on", "when"), static=False,
                 default_template="served {served} on {as_of}; needs {needed}{when}"),
        KindSpec("continuous_custody", params={"years": INT}, required=("years",),
                 fields=("served", "needed", "since", "as_of", "on", "when"), static=False,
                 default_template="{served} of continuous custody on {as_of} (since {since}); "
                                  "needs {needed}{when}"),
        KindSpec("sentence_type", params={"in": SENTENCES, "not_in": SENTENCES}, one_of=("in", "not_in"),
                 fields=("sentence",), static=True, default_template="sentence: {sentence}"),
        KindSpec("minimum_term", params={"at_least": INT, "below": INT}, one_of=("at_least", "below"),
                 fields=("min_term", "years"), static=True,
                 default_template="minimum term {min_term}"),
        KindSpec("sentence_date", params={"before": DATE, "on_or_after": DATE},
                 one_of=("before", "on_or_after"), fields=("sentence_date", "date"), static=True,
                 default_template="sentenced on {sentence_date}"),
        KindSpec("flags", params={"any": FLAGS}, required=("any",), fields=("found",), static=True,
                 default_template="{found}"),
        KindSpec("conduct_window", params={"years": INT, "conduct_kinds": CONDUCT_KINDS, "violent": BOOL,
                                           "divisions": DIVISIONS},
                 required=("years",), fields=("what", "years", "as_of", "found", "count", "last", "clears"),
                 static=False,
                 default_template="{what} in the {years} years before {as_of}: {found}{clears}"),
        KindSpec("any_of", params={}, fields=("members",), static=False,
                 default_template="any of: {members}"),
        KindSpec("establish", params={"flag": STRING}, fields=(), static=True,
                 default_template="to establish"),
    )
}

# Criterion fields every kind accepts.
COMMON_FIELDS = ("id", "kind", "role", "label", "citation", "confidence", "template", "when", "path")

# ``when`` conditions: the keys, their types, and which roster column they need.
WHEN_KEYS: dict[str, str] = {
    "sentence_type": SENTENCES,
    "min_term_below": INT,
    "min_term_at_least": INT,
    "flags_any": FLAGS,
    "flags_none": FLAGS,
}

FACT_PHRASES: dict[str, str] = {
    "min_term_years": "minimum term of the life sentence (min_term_years)",
    "sentence_date": "sentence date (sentence_date)",
    "term": "imposed term (term_years, term_months)",
}


def template_fields(template: str) -> list[str]:
    """Placeholder names used in a template; raises ValueError for a malformed template."""
    names = []
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None:
            names.append(name)
    return names


def _threshold_phrase(reached: date, as_of: date, reached_iso: str | None = None) -> str:
    """" (since D)" / " (on D)" for a threshold reached on ``reached`` (``reached_iso``: its ISO text)."""
    iso = reached_iso or reached.isoformat()
    if reached <= as_of:
        return f" (since {iso})"
    return f" (on {iso})"


def _flag_text(flags: frozenset[Flag] | set[Flag], wanted: tuple[Flag, ...]) -> str:
    present = [f for f in wanted if f in flags]
    if present:
        return "flagged " + "; ".join(f"{f.value} ({FLAG_MEANINGS[f].lower()})" for f in present)
    return "not flagged " + " or ".join(f.value for f in wanted)


# --- cores -----------------------------------------------------------------------------------------

_CORES: dict[tuple[Any, ...], Core] = {}


def compile_core(kind: str, params: Mapping[str, Any], *, used: frozenset[str] | None = None) -> Core:
    """The core of ``kind``; ``used`` names the template fields to compute (None: all of them).

    Identical specifications get the same core object, so ``Facts.compute`` works it out once per person
    when several packs ask the same question (15 years served, under 18 at the offense ...).
    """
    fields = frozenset(KINDS[kind].fields) if used is None else used
    # breaks_confidence only relabels the result; it does not change what the core computes.
    key = (kind, tuple(sorted((k, v) for k, v in params.items() if k != "breaks_confidence")), fields)
    core = _CORES.get(key)
    if core is None:
        core = _CORES.setdefault(key, _COMPILERS[kind](params, fields))
    return core


def _threshold(reached: date, fields: dict[str, Any], notes: tuple[str, ...], facts: Facts, *, want_on: bool,
               want_when: bool) -> CoreResult:
    """A time-driven core's answer: met from ``reached`` on, with the "on" and "when" figures it was asked for."""
    reached_iso = reached.isoformat()
    if want_on:
        fields["on"] = reached_iso
    if want_when:
        fields["when"] = _threshold_phrase(reached, facts.as_of, reached_iso)
    return ((reached, None),), fields, notes, None


def _age_on_date(params: Mapping[str, Any], used: frozenset[str]) -> Core:
    years = params["at_least"]
    want_age, want_on, want_when = "age" in used, "on" in used, "when" in used

    def core(facts: Facts) -> CoreResult:
        reached = facts.birthday(years)
        fields: dict[str, Any] = {"years": years, "as_of": facts.as_of_iso}
        if want_age:
            fields["age"] = facts.age_now()
        return _threshold(reached, fields, (), facts, want_on=want_on, want_when=want_when)

    return core


def _age_at_offense(params: Mapping[str, Any], used: frozenset[str]) -> Core:
    below = params.get("below")
    years = below if below is not None else params["at_least"]
    boundary_note = f"the offense was on the {_ordinal(years)} birthday, which counts as age {years}"

    def core(facts: Facts) -> CoreResult:
        offense = facts.person.offense_date
        limit = facts.birthday(years)
        holds = offense < limit if below is not None else offense >= limit
        notes: tuple[str, ...] = (boundary_note,) if offense == limit else ()
        fields = {"age": facts.age_at_offense(), "years": years, "offense_date": offense.isoformat()}
        return (ALWAYS if holds else NEVER), fields, notes, None

    return core


def _time_served(params: Mapping[str, Any], used: frozenset[str]) -> Core:
    months = 12 * params.get("years", 0) + params.get("months", 0)
    percent = params.get("or_term_percent")
    base_needed = format_span(months // 12, months % 12)
    want_served, want_on, want_when = "served" in used, "on" in used, "when" in used

    def core(facts: Facts) -> CoreResult:
        needed = base_needed
        target = months
        if percent is not None:
            term = facts.person.term_total_months
            if term is None:
                return None, {}, (), "term"
            share = -(-percent * term // 100)  # ceiling in whole months, never rounding down
            needed = (f"the lesser of {base_needed} and {percent}% of the term of "
                      f"{format_span(term // 12, term % 12)} ({format_span(share // 12, share % 12)})")
            target = min(target, share)
        reached, plain = facts.served_date(target)
        notes: tuple[str, ...] = ()
        if reached != plain:
            notes = (f"{(reached - plain).days} days out of custody push it from {plain.isoformat()}",)
        fields: dict[str, Any] = {"needed": needed, "as_of": facts.as_of_iso}
        if want_served:
            fields["served"] = facts.served_now_text()
        return _threshold(reached, fields, notes, facts, want_on=want_on, want_when=want_when)

    return core


def _continuous_custody(params: Mapping[str, Any], used: frozenset[str]) -> Core:
    years = params["years"]
    needed = format_span(years)
    want_served, want_on, want_when = "served" in used, "on" in used, "when" in used

    def core(facts: Facts) -> CoreResult:
        reached = facts.continuous_date(years)
        notes: tuple[str, ...] = ()
        if facts.continuous_start != facts.custody_start:
            notes = ((f"continuity restarts on {facts.continuous_start.isoformat()}, "
                      "the day custody resumed after the last break"),)
        fields: dict[str, Any] = {"needed": needed, "since": facts.continuous_start.isoformat(),
                                  "as_of": facts.as_of_iso}
        if want_served:
            fields["served"] = facts.continuous_now_text()
        return _threshold(reached, fields, notes, facts, want_on=want_on, want_when=want_when)

    return core


def _sentence_type(params: Mapping[str, Any], _used: frozenset[str]) -> Core:
    if "in" in params:
        wanted, inside = frozenset(SentenceType(s) for s in params["in"]), True
    else:
        wanted, inside = frozenset(SentenceType(s) for s in params["not_in"]), False

    def core(facts: Facts) -> CoreResult:
        st = facts.person.sentence_type
        holds = (st in wanted) is inside
        return (ALWAYS if holds else NEVER), {"sentence": SENTENCE_TYPE_NAMES[st].lower()}, (), None

    return core


def _minimum_term(params: Mapping[str, Any], _used: frozenset[str]) -> Core:
    at_least = params.get("at_least")
    years = at_least if at_least is not None else params["below"]

    def core(facts: Facts) -> CoreResult:
        term = facts.person.min_term_years
        if term is None:
            return None, {}, (), "min_term_years"
        holds = term >= years if at_least is not None else term < years
        return (ALWAYS if holds else NEVER), {"min_term": format_span(term), "years": years}, (), None

    return core


def _sentence_date(params: Mapping[str, Any], _used: frozenset[str]) -> Core:
    before = params.get("before")
    limit: date = before if before is not None else params["on_or_after"]

    def core(facts: Facts) -> CoreResult:
        sentenced = facts.person.sentence_date
        if sentenced is None:
            return None, {}, (), "sentence_date"
        holds = sentenced < limit if before is not None else sentenced >= limit
        fields = {"sentence_date": sentenced.isoformat(), "date": limit.isoformat()}
        return (ALWAYS if holds else NEVER), fields, (), None

    return core


def _flags(params: Mapping[str, Any], _used: frozenset[str]) -> Core:
    wanted = tuple(Flag(f) for f in params["any"])
    wanted_set = frozenset(wanted)

    def core(facts: Facts) -> CoreResult:
        holds = not wanted_set.isdisjoint(facts.flags)
        return (ALWAYS if holds else NEVER), {"found": _flag_text(facts.flags, wanted)}, (), None

    return core


def _conduct_window(params: Mapping[str, Any], _used: frozenset[str]) -> Core:
    years = params["years"]
    kinds = frozenset(ConductKind(k) for k in params.get("conduct_kinds", ())) or None
    divisions = frozenset(Division(d) for d in params.get("divisions", ())) or None
    violent = params.get("violent")
    what = _conduct_phrase(kinds, divisions, violent)
    nothing: dict[str, SharedResult] = {}  # as-of date → the result for a record with no such entry

    def clean(as_of_iso: str) -> SharedResult:
        found = nothing.get(as_of_iso)
        if found is None:
            if len(nothing) >= 64:  # a long-running app that moved through many as-of dates
                nothing.clear()
            found = SharedResult((ALWAYS, {"what": what, "years": years, "as_of": as_of_iso, "found": "none",
                                           "count": 0, "last": "none", "clears": ""}, (), None))
            found.outcomes = {}
            nothing[as_of_iso] = found
        return found

    def core(facts: Facts) -> CoreResult:
        as_of = facts.as_of
        windows = []
        inside: list[date] = []
        for e in facts.conduct():
            if kinds is not None and e.kind not in kinds:
                continue
            if divisions is not None and e.division not in divisions:
                continue
            if violent is not None and bool(e.violent) is not violent:
                continue
            start = e.date
            end = facts.conduct_anniversary(start, years)
            windows.append((start, end))
            if start <= as_of < end:
                inside.append(start)
        if not windows:
            return clean(facts.as_of_iso)
        if len(windows) == 1:  # one entry: the window is one interval
            start, end = windows[0]
            times = ((date.min, start), (end, None)) if start > date.min else ((end, None),)
        else:
            times = timeset.complement(timeset.union((w,) for w in windows))
        clears = ""
        if inside:
            nxt = timeset.first_start_after(times, as_of)
            clears = f"; the window clears on {nxt.isoformat()}" if nxt else ""
        last = max(inside).isoformat() if inside else "none"
        found = f"{len(inside)} (latest {last})" if inside else "none"
        fields = {"what": what, "years": years, "as_of": facts.as_of_iso, "found": found,
                  "count": len(inside), "last": last, "clears": clears}
        return times, fields, (), None

    return core


def _establish(_params: Mapping[str, Any], _used: frozenset[str]) -> Core:
    def core(facts: Facts) -> CoreResult:
        return None, {}, (), None

    return core


_COMPILERS: dict[str, Callable[[Mapping[str, Any], frozenset[str]], Core]] = {
    "age_on_date": _age_on_date,
    "age_at_offense": _age_at_offense,
    "time_served": _time_served,
    "continuous_custody": _continuous_custody,
    "sentence_type": _sentence_type,
    "minimum_term": _minimum_term,
    "sentence_date": _sentence_date,
    "flags": _flags,
    "conduct_window": _conduct_window,
    "establish": _establish,
}


def _conduct_phrase(kinds: frozenset[ConductKind] | None, divisions: frozenset[Division] | None,
                    violent: bool | None) -> str:
    if kinds:
        what = " or ".join(sorted(CONDUCT_KIND_NAMES[k].lower() for k in kinds))
    else:
        what = "conduct"
    if divisions:
        what += " (division " + ", ".join(sorted(d.value for d in divisions)) + ")"
    if violent is True:
        what = "violent " + what
    elif violent is False:
        what = "non-violent " + what
    return what if kinds else what + " entries"


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- when conditions -------------------------------------------------------------------------------

def compile_condition(when: Mapping[str, Any]) -> Callable[[Facts], bool | str]:
    """All keys must hold. Returns True / False, or the missing column's name when it cannot tell."""
    checks: list[Callable[[Facts], bool | str]] = []
    if "sentence_type" in when:
        sentences = frozenset(SentenceType(s) for s in when["sentence_type"])
        checks.append(lambda f: f.person.sentence_type in sentences)
    if "flags_any" in when:
        any_flags = frozenset(Flag(x) for x in when["flags_any"])
        checks.append(lambda f: not any_flags.isdisjoint(f.flags))
    if "flags_none" in when:
        no_flags = frozenset(Flag(x) for x in when["flags_none"])
        checks.append(lambda f: no_flags.isdisjoint(f.flags))
    if "min_term_below" in when:
        below = when["min_term_below"]
        checks.append(lambda f: "min_term_years" if f.person.min_term_years is None
                      else f.person.min_term_years < below)
    if "min_term_at_least" in when:
        at_least = when["min_term_at_least"]
        checks.append(lambda f: "min_term_years" if f.person.min_term_years is None
                      else f.person.min_term_years >= at_least)
    # Cheap keys first (they are listed first), so a False answer skips the ones that might be unknown.
    frozen = tuple(checks)

    def condition(facts: Facts) -> bool | str:
        for check in frozen:
            r = check(facts)
            if r is not True:
                return r
        return True

    return condition


# --- caching of static results ---------------------------------------------------------------------

def static_key(kind: str, params: Mapping[str, Any]) -> Callable[[Facts], Any] | None:
    """For kinds whose outcome depends on one small fact, a function giving that fact.

    The compiled check then keeps one result per value (a handful: sentence types, flag combinations)
    instead of rebuilding identical explanations for every person.
    """
    if kind == "flags":
        wanted = frozenset(Flag(f) for f in params["any"])
        return lambda facts: wanted & facts.flags if facts.flags else frozenset()
    if kind == "sentence_type":
        return lambda facts: facts.person.sentence_type
    if kind == "minimum_term":
        return lambda facts: facts.person.min_term_years
    return None
