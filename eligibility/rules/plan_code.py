"""A pack's plan for one sentence type, compiled to one Python function with its criteria written out.

The checks built by ``compiler`` are general: each runs a core that returns its figures in a dict, formats
the template from the dict, wraps the answer in tuples, and the evaluator then decides, for every person
again, what role the step has and whether it belongs to a route. All of that is fixed when the pack
loads. Here each time-driven criterion (age, age at the offense, time served, continuous custody, and
any-of groups of them) becomes straight-line code that computes just the figures its template uses into
local variables and writes its reason as one f-string; the other kinds (conduct windows, flags,
sentence facts, findings to establish) still call their compiled check. Each written-out criterion does
exactly what its check does (``tests/eligibility/test_plan_code.py`` holds them equal on generated
rosters, under both 29 February conventions); the checks stay the reference.

No text from a pack file becomes code: the literal text, citations, labels, template pieces and route
ids reach the function through its namespace under generated names; field names are checked against the
kind's own list before they name a variable.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from eligibility.dates import LEAP_RULE_DESCRIPTIONS, format_span
from eligibility.records import Confidence, CriterionResult
from eligibility.rules import timeset
from eligibility.rules.compiler import make_member, met_on_of, missing_reason
from eligibility.rules.kinds import KINDS, compile_core, template_fields
from eligibility.rules.pack import Criterion, Role

# What a compiled plan returns for one person:
#   (results, sets, latest, excluded_by, review, missing_facts, leap_used)
# results: criterion results in pack order (findings for missing ``when`` facts not yet added);
# sets: day sets of requirements that are not plain thresholds; latest: the latest start among threshold
# requirements (their intersection, without building it); excluded_by: the first exclusion that holds;
# review: results that make the answer needs_review; missing_facts: fact → its finding, or None;
# leap_used: a 29 February (or month-end) convention changed a date.
PlanResult = tuple[list, list, date, "CriterionResult | None", list, "dict[str, CriterionResult] | None", bool]
CompiledPlan = Callable[[Any, "str | None"], PlanResult]

_WRITTEN_OUT = frozenset({"age_on_date", "age_at_offense", "time_served", "continuous_custody"})
_CONVERSIONS = {None: "", "s": "!s", "r": "!r", "a": "!a"}


def missing_fact_result(fact: str, citation: str, confidence: Confidence) -> CriterionResult:
    """The finding for a ``when`` condition that needs a fact the roster lacks (once per fact)."""
    return CriterionResult(f"missing_{fact}", None, f"{missing_reason(fact)}; it decides which rule applies",
                           citation, confidence, False, None, f"Missing {fact}")


def compile_plan(plan: Sequence[Criterion], *, name: str = "plan", write_out: bool = True) -> CompiledPlan:
    """The function that runs ``plan`` (criteria in pack order) for one person's facts and route id.

    ``write_out=False`` calls every criterion's compiled check instead: the reference the tests compare
    the written-out form with.
    """
    code = _Code()
    code.ns.update({"DAY_MIN": date.min, "missing_fact_result": missing_fact_result, "CR": CriterionResult,
                    "contains": timeset.contains, "union": timeset.union,
                    "complement": timeset.complement, "first_start_after": timeset.first_start_after, "met_on_of": met_on_of,
                    "NEVER": timeset.NEVER, "ALWAYS": timeset.ALWAYS,
                    "format_span": format_span, "missing_reason": missing_reason,
                    "LEAP_TEXT": dict(LEAP_RULE_DESCRIPTIONS)})
    lines = [
        "def plan(facts, path_id):",
        "    person = facts.person",
        "    as_of = facts.as_of",
        "    as_of_iso = facts.as_of_iso",
        "    results = []",
        "    append = results.append",
        "    sets = []",
        "    latest = DAY_MIN",
        "    excluded_by = None",
        "    review = []",
        "    missing_facts = None",
        "    leap_used = False",
    ]
    for n, criterion in enumerate(plan):
        body = _criterion(code, n, criterion, write_out=write_out)
        if criterion.path is not None:
            lines.append(f"    if path_id == {code.const(criterion.path)}:")
            lines.extend("        " + line for line in body)
        else:
            lines.extend("    " + line for line in body)
    lines.append("    return results, sets, latest, excluded_by, review, missing_facts, leap_used")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<plan {name}>", "exec"), code.ns)  # noqa: S102 - generated names only, see above
    fn = code.ns["plan"]
    fn.source = source  # type: ignore[attr-defined]  # what the plan does, for reading when a pack misbehaves
    return fn


class _Code:
    """The namespace of one generated plan: every value gets a generated name."""

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {}
        self._names: dict[int, str] = {}

    def const(self, value: Any) -> str:
        name = self._names.get(id(value))
        if name is None or self.ns.get(name) is not value:
            name = f"K{len(self.ns)}"
            self.ns[name] = value
            self._names[id(value)] = name
        return name


# ---- one criterion --------------------------------------------------------------------------------

def _criterion(code: _Code, n: int, criterion: Criterion, *, write_out: bool) -> list[str]:
    check = criterion.check
    assert check is not None, "the loader compiles every criterion"
    constant = getattr(check, "constant", None)
    if constant is not None:  # a finding to establish, the same for everyone: no effect on the status
        return [f"append({code.const(constant)})"]
    role = criterion.role
    if role is Role.ESTABLISH:
        call = f"{code.const(check)}(facts)"
        if criterion.when:
            return [f"out = {call}", "if out is not None:", "    append(out[0])"]
        return [f"append({call}[0])"]
    if criterion.when and not write_out:
        return _generic_with_condition(code, criterion)
    if not write_out:
        body = _generic(code, criterion)
    elif criterion.kind in _WRITTEN_OUT:
        body = _written_out(code, n, criterion)
    elif criterion.kind == "any_of" and all(m.kind in _WRITTEN_OUT for m in criterion.members):
        body = _group(code, n, criterion)
    elif criterion.kind == "conduct_window":
        body = _conduct(code, n, criterion)
    elif criterion.when:
        return _generic_with_condition(code, criterion)
    elif getattr(check, "static_cache", None) is not None:
        # A static kind with one outcome per value of its deciding fact (``compiler.make_check``).
        cache, key = code.const(check.static_cache), code.const(check.static_key)
        body = [f"out = {cache}.get({key}(facts))",
                "if out is None:",
                f"    out = {code.const(check)}(facts)",
                "result, times, holds, missing, leap = out",
                "if leap:",
                "    leap_used = True",
                "append(result)",
                *_effect(role)]
    else:
        body = _generic(code, criterion)
    if not criterion.when:
        return body
    # The ``when`` condition comes first, as in the check: False skips, a fact name means it cannot tell.
    cond = code.const(check_condition(criterion))
    return [f"applies = {cond}(facts)",
            "if applies is True:",
            *("    " + line for line in body),
            "elif applies is not False:",
            *("    " + line for line in _missing_fact(code, "applies", criterion))]


def check_condition(criterion: Criterion) -> Callable[[Any], bool | str]:
    from eligibility.rules.kinds import compile_condition

    return compile_condition(criterion.when)  # type: ignore[arg-type]


def _generic(code: _Code, criterion: Criterion) -> list[str]:
    """A criterion without ``when``: its check always answers."""
    return [f"result, times, holds, missing, leap = {code.const(criterion.check)}(facts)",
            "if leap:",
            "    leap_used = True",
            "append(result)",
            *_effect(criterion.role)]


def _generic_with_condition(code: _Code, criterion: Criterion) -> list[str]:
    return [f"out = {code.const(criterion.check)}(facts)",
            "if out is not None:",
            "    result, times, holds, missing, leap = out",
            "    if leap:",
            "        leap_used = True",
            "    if result is None:",
            *("        " + line for line in _missing_fact(code, "(missing or 'fact')", criterion)),
            "    else:",
            "        append(result)",
            *("        " + line for line in _effect(criterion.role))]


def _missing_fact(code: _Code, fact_expr: str, criterion: Criterion) -> list[str]:
    cit, conf = code.const(criterion.citation), code.const(criterion.confidence)
    return ["if missing_facts is None:",
            "    missing_facts = {}",
            f"fact = {fact_expr}",
            "if fact not in missing_facts:",
            f"    missing_facts[fact] = missing_fact_result(fact, {cit}, {conf})"]


def _effect(role: Role) -> list[str]:
    """What a result does to the answer, given ``result``, ``times`` and ``holds``."""
    if role is Role.REQUIRE:
        return ["if times is None:",
                "    review.append(result)",
                "elif len(times) == 1 and times[0][1] is None:",  # a threshold (or always)
                "    if times[0][0] > latest:",
                "        latest = times[0][0]",
                "else:",
                "    sets.append(times)"]
    if role is Role.EXCLUDE:
        return ["if holds:",
                "    if excluded_by is None:",
                "        excluded_by = result",
                "elif holds is None:",
                "    review.append(result)"]
    return ["if holds or holds is None:",
            "    review.append(result)"]


# ---- the figures of each written-out kind ----------------------------------------------------------
# Each mirrors its core in ``kinds``: the same facts methods in the same order (they record a 29 February
# convention in ``facts.leap_used``), the same fields, the same notes. Variables: ``v`` + n + field.

def _figures(code: _Code, v: str, kind: str, params: Mapping[str, Any], used: frozenset[str]
             ) -> tuple[list[str], str, str | None]:
    """Lines computing the figures, the day-set expression, and the notes expression (None: no notes).

    After the lines: ``{v}reached`` is the threshold date (time kinds), or ``{v}holds`` a fixed answer
    (age at the offense); ``{v}missing`` is a roster column that is missing (time served with a share
    of the term), else the figures are all set.
    """
    lines = ["facts.leap_used = False"]
    if kind == "age_on_date":
        years = params["at_least"]
        lines.append(f"{v}reached = facts.birthday({int(years)})")
        lines.append(f"{v}years = {int(years)}")
        lines.append(f"{v}as_of = as_of_iso")
        if "age" in used:
            lines.append(f"{v}age = facts.age_now()")
        lines += _reached_texts(v, used)
        return lines, "threshold", None
    if kind == "age_at_offense":
        below = params.get("below")
        years = int(below if below is not None else params["at_least"])
        boundary = code.const(f"the offense was on the {_ordinal(years)} birthday, which counts as age {years}")
        compare = "<" if below is not None else ">="
        lines += [f"{v}offense = person.offense_date",
                  f"{v}limit = facts.birthday({years})",
                  f"{v}holds = {v}offense {compare} {v}limit",
                  f"{v}age = facts.age_at_offense()",
                  f"{v}years = {years}",
                  f"{v}offense_date = {v}offense.isoformat()"]
        return lines, "fixed", f"{boundary} if {v}offense == {v}limit else None"
    if kind == "time_served":
        months = 12 * params.get("years", 0) + params.get("months", 0)
        base = code.const(format_span(months // 12, months % 12))
        percent = params.get("or_term_percent")
        if percent is not None:
            lines += [f"{v}term = person.term_total_months",
                      f"if {v}term is None:",
                      f"    {v}missing = 'term'",
                      "else:",
                      f"    {v}missing = None",
                      f"    {v}share = -(-{int(percent)} * {v}term // 100)",
                      f"    {v}needed = (f'the lesser of {{{base}}} and {int(percent)}% of the term of '",
                      f"                 f'{{format_span({v}term // 12, {v}term % 12)}} '",
                      f"                 f'({{format_span({v}share // 12, {v}share % 12)}})')",
                      f"    {v}reached, {v}plain = facts.served_date(min({months}, {v}share))",
                      f"    {v}as_of = as_of_iso"]
            inner = ["    " + line for line in _served_tail(v, used)]
            lines += inner
            return lines, "threshold", f"{v}note"
        lines += [f"{v}needed = {base}",
                  f"{v}reached, {v}plain = facts.served_date({months})",
                  f"{v}as_of = as_of_iso",
                  *_served_tail(v, used)]
        return lines, "threshold", f"{v}note"
    if kind == "continuous_custody":
        years = int(params["years"])
        lines += [f"{v}reached = facts.continuous_date({years})",
                  f"{v}needed = {code.const(format_span(years))}",
                  f"{v}since = facts.continuous_start.isoformat()",
                  f"{v}as_of = as_of_iso",
                  f"if facts.continuous_start != facts.custody_start:",
                  f"    {v}note = ('continuity restarts on ' + {v}since + ', the day custody resumed after the last break')",
                  "else:",
                  f"    {v}note = None"]
        if "served" in used:
            lines.append(f"{v}served = facts.continuous_now_text()")
        lines += _reached_texts(v, used)
        return lines, "threshold", f"{v}note"
    raise AssertionError(kind)


def _served_tail(v: str, used: frozenset[str]) -> list[str]:
    lines = [f"if {v}reached != {v}plain:",
             f"    {v}note = f'{{({v}reached - {v}plain).days}} days out of custody push it from {{{v}plain.isoformat()}}'",
             "else:",
             f"    {v}note = None"]
    if "served" in used:
        lines.append(f"{v}served = facts.served_now_text()")
    return lines + _reached_texts(v, used)


def _reached_texts(v: str, used: frozenset[str]) -> list[str]:
    lines = [f"{v}on = {v}reached.isoformat()"]
    if "when" in used:
        lines.append(f"{v}when = (' (since ' if {v}reached <= as_of else ' (on ') + {v}on + ')'")
    return lines


def _fstring(code: _Code, template: str, v: str, allowed: Sequence[str]) -> str:
    """The template as an f-string expression over the figure variables ``{v}<field>``."""
    pieces: list[str] = []
    for literal, field, spec, conversion in string.Formatter().parse(template):
        if literal:
            pieces.append("{" + code.const(literal) + "}")
        if field is None:
            continue
        if field not in allowed or conversion not in _CONVERSIONS or (spec and "{" in spec):
            raise ValueError(f"template field {field!r} cannot be written out")
        expr = f"{v}{field}{_CONVERSIONS[conversion]}"
        if spec:
            expr += ":{" + code.const(spec) + "}"
        pieces.append("{" + expr + "}")
    return 'f"' + "".join(pieces) + '"' if pieces else "''"


def _used(criterion: Criterion) -> frozenset[str]:
    return frozenset(template_fields(criterion.template))


def _written_out(code: _Code, n: int, criterion: Criterion) -> list[str]:
    """A criterion of a time-driven kind, as ``compiler.make_check`` evaluates it."""
    v = f"v{n}_"
    used = _used(criterion)
    figures, shape, notes = _figures(code, v, criterion.kind, criterion.params, used)
    reason = _fstring(code, criterion.template, v, KINDS[criterion.kind].fields)
    cid, cit, label = code.const(criterion.id), code.const(criterion.citation), code.const(criterion.label)
    conf = code.const(criterion.confidence)
    breaks = criterion.params.get("breaks_confidence")
    role = criterion.role
    lines = list(figures)
    lines.append("leap = facts.leap_used")
    finish = [f"reason = {reason}", f"conf = {conf}"]
    if notes is not None:
        finish += [f"note = {notes}",
                   "if note is not None:",
                   "    reason = reason + '; ' + note"]
        if breaks:
            finish.append(f"    conf = {code.const(Confidence(breaks))}")
    finish += ["if leap:",
               "    reason = reason + '; ' + LEAP_TEXT[facts.leap]"]
    if shape == "threshold":
        finish += [f"times = (({v}reached, None),)",
                   f"holds = as_of >= {v}reached"]
        met_on = f"{v}reached"
    else:
        finish += [f"times = ALWAYS if {v}holds else NEVER",
                   f"holds = {v}holds"]
        met_on = "None"  # always (from the first day) or never: no date to name
    if role is Role.REQUIRE:
        finish.append(f"result = CR({cid}, holds, reason, {cit}, conf, False, {met_on}, {label})")
    elif role is Role.EXCLUDE:
        finish.append(f"result = CR({cid}, not holds, reason, {cit}, conf, False, None, {label})")
    else:  # review: the unsettled rule applies, so the criterion is neither met nor failed
        finish.append(f"result = CR({cid}, None if holds else True, reason, {cit}, conf, False, None, {label})")
    if criterion.kind == "time_served" and criterion.params.get("or_term_percent") is not None:
        lines += [f"if {v}missing is not None:",
                  f"    result = CR({cid}, None, missing_reason({v}missing), {cit}, {conf}, False, None, {label})",
                  "    times = None",
                  "    holds = None",
                  "else:",
                  *("    " + line for line in finish)]
    else:
        lines += finish
    lines += ["if leap:",
              "    leap_used = True",
              "append(result)",
              *_effect(role)]
    return lines


def _group(code: _Code, n: int, criterion: Criterion) -> list[str]:
    """An any_of group whose members are all written out, as ``compiler.make_any_of`` evaluates it."""
    lines = ["g_leap = False", "g_missing = None", "g_earliest = None"]
    parts: list[str] = []
    for i, member in enumerate(criterion.members):
        v = f"v{n}m{i}_"
        used = _used(member)
        # The member closure is what other packs' groups share; written out, it is recomputed from the
        # facts' own remembered dates instead, with the same answer.
        make_member(name=member.label, template=member.template,
                    core=compile_core(member.kind, member.params, used=used))
        figures, shape, notes = _figures(code, v, member.kind, member.params, used)
        text = _fstring(code, member.template, v, KINDS[member.kind].fields)
        name = code.const(member.label + ": ")
        lines += figures
        lines.append(f"{v}leap = facts.leap_used")
        lines.append(f"if {v}leap:")
        lines.append("    g_leap = True")
        body = [f"{v}text = {text}"]
        if notes is not None:
            body += [f"{v}note = {notes}",
                     f"if {v}note is not None:",
                     f"    {v}text = {v}text + '; ' + {v}note"]
        body += [f"if {v}leap:",
                 f"    {v}text = {v}text + '; ' + LEAP_TEXT[facts.leap]"]
        if shape == "threshold":
            body += [f"if as_of >= {v}reached:",
                     f"    {v}part = {name} + {v}text + ' [met]'",
                     "else:",
                     f"    {v}part = {name} + {v}text + ' [not met]'",
                     f"if g_earliest is None or {v}reached < g_earliest:",
                     f"    g_earliest = {v}reached"]
        else:
            body += [f"if {v}holds:",
                     f"    {v}part = {name} + {v}text + ' [met]'",
                     "    g_earliest = DAY_MIN",  # always: the earliest of all starts
                     "else:",
                     f"    {v}part = {name} + {v}text + ' [not met]'"]
        if member.kind == "time_served" and member.params.get("or_term_percent") is not None:
            lines += [f"if {v}missing is not None:",
                      f"    {v}part = {name} + missing_reason({v}missing)",
                      "    if g_missing is None:",
                      f"        g_missing = {v}missing",
                      "else:",
                      *("    " + line for line in body)]
        else:
            lines += body
        parts.append(f"{v}part")
    around = criterion.template.split("{members}")
    joined = " + ' | ' + ".join(parts)
    if len(around) == 2 and not any(ch in part for part in around for ch in "{}"):
        reason = f"{code.const(around[0])} + {joined} + {code.const(around[1])}"
    else:
        reason = f"{code.const(criterion.template)}.format_map({{'members': {joined}}})"
    cid, cit, label = code.const(criterion.id), code.const(criterion.citation), code.const(criterion.label)
    conf = code.const(criterion.confidence)
    role = criterion.role
    lines += [f"reason = {reason}",
              "if g_earliest is not None:",
              "    times = ((g_earliest, None),)",
              "    holds = as_of >= g_earliest",
              "else:",
              "    times = NEVER",
              "    holds = False",
              "if g_missing is not None and not holds:",
              f"    result = CR({cid}, None, reason, {cit}, {conf}, False, None, {label})",
              "    times = None",
              "    holds = None"]
    if role is Role.REQUIRE:
        made = f"CR({cid}, holds, reason, {cit}, {conf}, False, met_on_of(times, as_of), {label})"
    elif role is Role.EXCLUDE:
        made = f"CR({cid}, not holds, reason, {cit}, {conf}, False, None, {label})"
    else:
        made = f"CR({cid}, None if holds else True, reason, {cit}, {conf}, False, None, {label})"
    lines += ["else:",
              f"    result = {made}",
              "if g_leap:",
              "    leap_used = True",
              "append(result)",
              *_effect(role)]
    return lines


def _conduct(code: _Code, n: int, criterion: Criterion) -> list[str]:
    """A conduct window, as ``kinds._conduct_window`` and ``compiler.make_check`` evaluate it.

    A record with no matching entry (most people) gets one result per as-of date, built once.
    """
    from eligibility.records import ConductKind, Division
    from eligibility.rules.kinds import _conduct_phrase

    params = criterion.params
    years = int(params["years"])
    kinds = frozenset(ConductKind(k) for k in params.get("conduct_kinds", ())) or None
    divisions = frozenset(Division(d) for d in params.get("divisions", ())) or None
    violent = params.get("violent")
    v = f"v{n}_"
    cid, cit, label = code.const(criterion.id), code.const(criterion.citation), code.const(criterion.label)
    conf = code.const(criterion.confidence)
    role = criterion.role
    reason = _fstring(code, criterion.template, v, KINDS["conduct_window"].fields)
    clean = code.const({})  # as-of date text → the result for a record with no such entry
    filters = []
    if kinds is not None:
        filters.append(f"e.kind not in {code.const(kinds)}")
    if divisions is not None:
        filters.append(f"e.division not in {code.const(divisions)}")
    if violent is not None:
        filters.append(f"bool(e.violent) is not {bool(violent)}")

    def result_for(holds: str, met_on: str) -> str:
        if role is Role.REQUIRE:
            return f"CR({cid}, {holds}, reason, {cit}, {conf}, False, {met_on}, {label})"
        if role is Role.EXCLUDE:
            return f"CR({cid}, not {holds}, reason, {cit}, {conf}, False, None, {label})"
        return f"CR({cid}, None if {holds} else True, reason, {cit}, {conf}, False, None, {label})"

    lines = [f"{v}what = {code.const(_conduct_phrase(kinds, divisions, violent))}",
             f"{v}years = {years}",
             f"{v}as_of = as_of_iso",
             "facts.leap_used = False",
             "windows = []",
             "inside = []",
             "for e in facts.conduct():"]
    if filters:
        lines += [f"    if {' or '.join(filters)}:", "        continue"]
    lines += ["    start = e.date",
              f"    end = facts.conduct_anniversary(start, {years})",
              "    windows.append((start, end))",
              "    if start <= as_of < end:",
              "        inside.append(start)",
              "if not windows:",
              f"    result = {clean}.get(as_of_iso)",
              "    if result is None:",
              f"        if len({clean}) >= 64:",  # a long-running app that moved through many as-of dates
              f"            {clean}.clear()",
              f"        {v}found = 'none'",
              f"        {v}count = 0",
              f"        {v}last = 'none'",
              f"        {v}clears = ''",
              f"        reason = {reason}",
              f"        result = {clean}[as_of_iso] = {result_for('True', 'None')}",
              "    times = ALWAYS",
              "    holds = True",
              "else:",
              "    leap = facts.leap_used",
              "    if len(windows) == 1:",
              "        start, end = windows[0]",
              "        times = ((DAY_MIN, start), (end, None)) if start > DAY_MIN else ((end, None),)",
              "    else:",
              "        times = complement(union((w,) for w in windows))",
              "    if inside:",
              "        nxt = first_start_after(times, as_of)",
              f"        {v}clears = '; the window clears on ' + nxt.isoformat() if nxt else ''",
              f"        {v}last = max(inside).isoformat()",
              f"        {v}count = len(inside)",
              f"        {v}found = f'{{{v}count}} (latest {{{v}last}})'",
              "    else:",
              f"        {v}clears = ''",
              f"        {v}last = 'none'",
              f"        {v}count = 0",
              f"        {v}found = 'none'",
              f"    reason = {reason}",
              "    if leap:",
              "        reason = reason + '; ' + LEAP_TEXT[facts.leap]",
              "        leap_used = True",
              "    if len(times) == 1 and times[0][1] is None:",
              "        holds = as_of >= times[0][0]",
              "        met_on = None if times[0][0] == DAY_MIN else times[0][0]",
              "    else:",
              "        holds = contains(times, as_of)",
              "        met_on = met_on_of(times, as_of)",
              f"    result = {result_for('holds', 'met_on')}",
              "append(result)",
              *_effect(role)]
    return lines


def _ordinal(n: int) -> str:
    from eligibility.rules.kinds import _ordinal as ordinal

    return ordinal(n)
