"""A pack's plan for one sentence type, compiled to one Python function with its criteria written out.

The checks built by ``compiler`` are general: each runs a core that returns its figures in a dict, formats
the template from the dict, wraps the answer in tuples, and the evaluator then decided, for every person
again, what role each step has and whether it belongs to a route. All of that is fixed when the pack
loads. Here the time-driven criteria (age, age at the offense, time served, continuous custody, any-of
groups of them, conduct windows) become straight-line code that computes just the figures the template
uses into local variables and writes the reason as one f-string; static kinds look up their one
outcome per deciding fact inline; ``when`` conditions and the pack's conclusion (status, date, summary)
are written out too. Findings to establish and sentence-date criteria still call their compiled check.
Each written-out criterion does exactly what its check does (``tests/eligibility/test_plan_code.py``
holds them equal on generated and hypothesis-drawn people, under both 29 February conventions); the
checks stay the reference, and ``compile_plan(..., write_out=False)`` builds plans that only call them.
This took the engine from 42 to 29 µs a person (docs/performance.md).

No text from a pack file becomes code: the literal text, citations, labels, template pieces and route
ids reach the function through its namespace under generated names; field names are checked against the
kind's own list before they name a variable.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from eligibility.dates import LEAP_RULE_DESCRIPTIONS, format_span
from eligibility.records import Confidence, CriterionResult, Determination, Status
from eligibility.rules import timeset
from eligibility.rules.compiler import met_on_of, missing_reason
from eligibility.rules.kinds import KINDS, template_fields
from eligibility.rules.pack import Criterion, PackPath, Role, RulePack

# A compiled plan: (facts) → (the pack's determination, whether a 29 February or month-end convention
# changed a date it used).
CompiledPlan = Callable[[Any], "tuple[Determination, bool]"]

_WRITTEN_OUT = frozenset({"age_on_date", "age_at_offense", "time_served", "continuous_custody"})
_CONVERSIONS = {None: "", "s": "!s", "r": "!r", "a": "!a"}


def missing_fact_result(fact: str, citation: str, confidence: Confidence) -> CriterionResult:
    """The finding for a ``when`` condition that needs a fact the roster lacks (once per fact)."""
    return CriterionResult(f"missing_{fact}", None, f"{missing_reason(fact)}; it decides which rule applies",
                           citation, confidence, False, None, f"Missing {fact}")


def compile_plan(plan: Sequence[Criterion], *, pack: RulePack, name: str = "plan",
                 write_out: bool = True) -> CompiledPlan:
    """The function ``plan(facts) -> (Determination, leap_used)`` that runs ``plan`` (the pack's criteria
    for one sentence type, in pack order) and combines the results into the pack's answer.

    ``write_out=False`` calls every criterion's compiled check instead: the reference the tests compare
    the written-out form with.
    """
    code = _Code()
    code.ns.update({"DAY_MIN": date.min, "date": date, "EMPTY": frozenset(), "missing_fact_result": missing_fact_result, "CR": CriterionResult,
                    "contains": timeset.contains, "union": timeset.union,
                    "complement": timeset.complement, "first_start_after": timeset.first_start_after, "met_on_of": met_on_of,
                    "NEVER": timeset.NEVER, "ALWAYS": timeset.ALWAYS,
                    "format_span": format_span, "missing_reason": missing_reason,
                    "LEAP_TEXT": dict(LEAP_RULE_DESCRIPTIONS)})
    code.ns.update({"PACK": pack, "PACK_ID": pack.id, "PACK_VERSION": pack.version, "choose_path": choose_path})
    lines = [
        "def plan(facts):",
        "    person = facts.person",
        *(["    path, path_missing = choose_path(PACK, facts)",
           "    path_id = path.id if path is not None else None"] if pack.paths else
          ["    path = path_missing = path_id = None"]),
        "    as_of = facts.as_of",
        "    as_of_iso = facts.as_of_iso",
        "    results = []",
        "    append = results.append",
        "    sets = []",
        "    latest = DAY_MIN",
        "    latest_iso = None",  # the text of ``latest`` when a written-out criterion already wrote it
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
    lines[1:1] = ["    " + line for line in _prologue(code.needs)]
    lines.extend("    " + line for line in _conclusion(code, pack))
    lines.append("    return det, leap_used")
    source = "\n".join(_build_records_in_place(lines, code)) + "\n"
    exec(compile(source, f"<plan {name}>", "exec"), code.ns)  # noqa: S102 - generated names only, see above
    fn = code.ns["plan"]
    fn.source = source  # type: ignore[attr-defined]  # what the plan does, for reading when a pack misbehaves
    return fn


def _prologue(needs: set[str]) -> list[str]:
    """Facts the written-out criteria share: where no 29 February or month-end convention can apply,
    birthdays, anniversaries and served dates are computed directly (``Facts`` does the same, through
    a method call and a cache, which was a tenth of a plan's time)."""
    lines = []
    if "dob" in needs:
        lines += ["dob = facts.dob", "plain_dob = dob.day != 29 or dob.month != 2"]
    if "custody" in needs:
        lines += ["custody = facts.custody_start",
                  "plain_custody = not facts.breaks and custody.day <= 28",
                  "custody_month = custody.year * 12 + custody.month - 1"]
    if "continuous" in needs:
        lines += ["since = facts.continuous_start", "plain_since = since.day != 29 or since.month != 2"]
    return lines


def _conclusion(code: _Code, pack: RulePack) -> list[str]:
    """The status, date and summary from the results, and the Determination, written into the plan.

    ``sets``: day sets of requirements that are not plain thresholds; ``latest``: the latest start among
    the threshold requirements (with thresholds only, the usual case, the days on which every
    requirement holds are "from the latest start on", so no set is built); ``excluded_by``: the first
    exclusion that holds; ``review``: results that make the answer needs_review; ``missing_facts``: a
    finding per roster fact a condition needed.
    """
    code.ns.update({"intersect": timeset.intersect, "interval_containing": timeset.interval_containing,
                    "S_ELIGIBLE": _ELIGIBLE, "S_NOT_YET": _NOT_YET, "S_NOT_ELIGIBLE": _NOT_ELIGIBLE,
                    "S_EXCLUDED": _EXCLUDED, "S_NEEDS_REVIEW": _NEEDS_REVIEW,
                    "FIRST_CITATION": pack.criteria[0].citation, "CONFIRMED": Confidence.CONFIRMED})
    routes = bool(pack.paths)
    lines = []
    if routes:
        lines += ["if path_missing is not None and path is None:",
                  "    if missing_facts is None:",
                  "        missing_facts = {}",
                  "    missing_facts.setdefault(path_missing, CR(",
                  ("        'missing_' + path_missing, None, missing_reason(path_missing) + "
                   "'; it decides which route applies',"),
                  "        FIRST_CITATION, CONFIRMED, False, None, 'Missing ' + path_missing))"]
    lines += ["if missing_facts:",
              "    results.extend(missing_facts.values())",
              "days = None",
              "if sets:",
              "    days = ALWAYS if latest == DAY_MIN else ((latest, None),)",
              "    for ts in sets:",
              "        days = intersect(days, ts)",
              "        if not days:",
              "            break",
              "eligible_on = None",
              "if excluded_by is not None:",
              "    status = S_EXCLUDED",
              "    summary = 'Excluded: ' + excluded_by.reason",
              "elif days is not None and not days:",
              "    status = S_NOT_ELIGIBLE",
              "    summary = 'Not eligible'",
              "    for r in results:",
              "        if r.met is False:",
              "            summary = 'Not eligible: ' + r.reason",
              "            break"]
    if routes:
        lines += ["elif path is None and path_missing is None:",
                  "    status = S_NOT_ELIGIBLE",
                  "    summary = 'Not eligible: no route through this program applies'"]
    lines += ["elif review or missing_facts:",
              "    status = S_NEEDS_REVIEW",
              "    summary = 'Needs review: ' + (review[0] if review else next(iter(missing_facts.values()))).reason",
              "elif days is None:",
              "    if latest == DAY_MIN:",
              "        status = S_ELIGIBLE",
              "        summary = 'Eligible'",
              "    else:",
              "        eligible_on = max(facts.custody_start, latest)",
              "        if eligible_on is latest and latest_iso is not None:",
              "            on_text = latest_iso",
              "        else:",
              "            on_text = eligible_on.isoformat()",
              "        if as_of >= latest:",
              "            status = S_ELIGIBLE",
              "            summary = 'Eligible since ' + on_text",
              "        else:",
              "            status = S_NOT_YET",
              "            summary = 'Not yet: eligible on ' + on_text",
              "else:",
              "    hit = interval_containing(days, as_of)",
              "    if hit is not None:",
              "        status = S_ELIGIBLE",
              "        if hit[0] != DAY_MIN:",
              "            eligible_on = max(facts.custody_start, hit[0])",
              "            summary = 'Eligible since ' + eligible_on.isoformat()",
              "        else:",
              "            summary = 'Eligible'",
              "    else:",
              "        nxt = first_start_after(days, as_of)",
              "        if nxt is None:",
              "            status = S_NOT_ELIGIBLE",
              "            summary = 'Not eligible'",
              "        else:",
              "            status = S_NOT_YET",
              "            eligible_on = max(facts.custody_start, nxt)",
              "            summary = 'Not yet: eligible on ' + eligible_on.isoformat()"]
    if routes:
        lines += ["if path is not None:",
                  "    summary = summary + ' (' + path.name + ')'",
                  "    route_name = path.name",
                  "else:",
                  "    route_name = ''"]
    else:
        lines.append("route_name = ''")
    values = {"person_id": "person.person_id", "program": "PACK_ID", "status": "status",
              "eligible_on": "eligible_on", "pack_version": "PACK_VERSION", "as_of": "as_of",
              "criteria": "tuple(results)", "summary": "summary", "path": "route_name"}
    lines.append(f"det = {code.const(object.__new__)}({code.const(Determination)})")
    for f in dataclasses.fields(Determination):  # every field, or the plan does not compile
        lines.append(f"{code.const(Determination.__dict__[f.name].__set__)}(det, {values.pop(f.name)})")
    if values:
        raise AssertionError(f"Determination has no field {', '.join(values)}")
    return lines


def _build_records_in_place(lines: list[str], code: _Code) -> list[str]:
    """``result = CR(a, b, ...)`` written as stores through the record's slots.

    Calling the class goes through ``type.__call__`` and the record's ``__init__`` frame; storing through
    the slot descriptors directly is the same record (``records._quick_init`` does exactly these stores)
    at four fifths of the cost, and the plans build a few such records for every person and pack.
    """
    setters = [code.const(CriterionResult.__dict__[f.name].__set__) for f in dataclasses.fields(CriterionResult)]
    new = code.const(object.__new__)
    cls = code.const(CriterionResult)
    out: list[str] = []
    for line in lines:
        stripped = line.lstrip()
        if not (stripped.startswith("result = CR(") and stripped.endswith(")")):
            out.append(line)
            continue
        indent = line[: len(line) - len(stripped)]
        args = _split_arguments(stripped[len("result = CR("):-1])
        if len(args) != len(setters):
            raise AssertionError(f"a CriterionResult needs {len(setters)} values: {stripped}")
        out.append(f"{indent}result = {new}({cls})")
        out.extend(f"{indent}{setter}(result, {arg})" for setter, arg in zip(setters, args, strict=True))
    return out


def _split_arguments(text: str) -> list[str]:
    """Split generated call arguments at the commas outside brackets and string literals."""
    args, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
    args.append(text[start:].strip())
    return args


class _Code:
    """The namespace of one generated plan: every value gets a generated name."""

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {}
        self._names: dict[int, str] = {}
        self.needs: set[str] = set()  # which per-person shortcuts the plan's prologue computes

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
        cache = code.const(check.static_cache)
        key = _static_key_expr(code, criterion) or f"{code.const(check.static_key)}(facts)"
        body = [f"out = {cache}.get({key})",
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
    return [*_condition(code, criterion.when),
            "if applies is True:",
            *("    " + line for line in body),
            "elif applies is not False:",
            *("    " + line for line in _missing_fact(code, "applies", criterion))]


def _condition(code: _Code, when: Mapping[str, Any]) -> list[str]:
    """``applies = kinds.compile_condition(when)(facts)``, written out: the keys in the same order, the
    first that does not hold decides (False, or the name of the missing column)."""
    from eligibility.records import Flag, SentenceType

    tests: list[tuple[str, str]] = []  # (the condition fails, what ``applies`` becomes)
    if "sentence_type" in when:
        wanted = code.const(frozenset(SentenceType(x) for x in when["sentence_type"]))
        tests.append((f"person.sentence_type not in {wanted}", "False"))
    if "flags_any" in when:
        tests.append((f"{code.const(frozenset(Flag(x) for x in when['flags_any']))}.isdisjoint(facts.flags)",
                      "False"))
    if "flags_none" in when:
        tests.append((f"not {code.const(frozenset(Flag(x) for x in when['flags_none']))}.isdisjoint(facts.flags)",
                      "False"))
    for key, compare in (("min_term_below", "<"), ("min_term_at_least", ">=")):
        if key in when:
            tests.append(("person.min_term_years is None", "'min_term_years'"))
            tests.append((f"not person.min_term_years {compare} {int(when[key])}", "False"))
    lines = []
    for i, (fails, value) in enumerate(tests):
        lines += [f"{'if' if i == 0 else 'elif'} {fails}:", f"    applies = {value}"]
    return [*lines, "else:", "    applies = True"] if lines else ["applies = True"]


def _static_key_expr(code: _Code, criterion: Criterion) -> str | None:
    """``kinds.static_key(kind, params)(facts)`` as an expression, for the kinds that have one."""
    from eligibility.records import Flag

    if criterion.kind == "sentence_type":
        return "person.sentence_type"
    if criterion.kind == "minimum_term":
        return "person.min_term_years"
    if criterion.kind == "flags":
        wanted = code.const(frozenset(Flag(f) for f in criterion.params["any"]))
        return f"({wanted} & facts.flags if facts.flags else EMPTY)"
    return None


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
                "        latest_iso = None",
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
        code.needs.add("dob")
        lines.append(f"{v}reached = date(dob.year + {int(years)}, dob.month, dob.day) if plain_dob "
                     f"else facts.birthday({int(years)})")
        lines.append(f"{v}years = {int(years)}")
        lines.append(f"{v}as_of = as_of_iso")
        if "age" in used:
            lines.append(f"{v}age = facts.age_now()")
        lines += _reached_texts(v, used)
        return lines, "threshold", None
    if kind == "age_at_offense":
        below = params.get("below")
        years = int(below if below is not None else params["at_least"])
        code.needs.add("dob")
        boundary = code.const(f"the offense was on the {_ordinal(years)} birthday, which counts as age {years}")
        compare = "<" if below is not None else ">="
        lines += [f"{v}offense = person.offense_date",
                  f"{v}limit = date(dob.year + {years}, dob.month, dob.day) if plain_dob else facts.birthday({years})",
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
                      *("    " + line for line in _served_date(code, v, f"min({months}, {v}share)")),
                      f"    {v}as_of = as_of_iso"]
            inner = ["    " + line for line in _served_tail(v, used)]
            lines += inner
            return lines, "threshold", f"{v}note"
        lines += [f"{v}needed = {base}",
                  *_served_date(code, v, str(months)),
                  f"{v}as_of = as_of_iso",
                  *_served_tail(v, used)]
        return lines, "threshold", f"{v}note"
    if kind == "continuous_custody":
        years = int(params["years"])
        code.needs.add("continuous")
        lines += [(f"{v}reached = (date(since.year + {years}, since.month, since.day) if plain_since "
                   f"else facts.continuous_date({years}))"),
                  f"{v}needed = {code.const(format_span(years))}",
                  f"{v}since = facts.continuous_start.isoformat()",
                  f"{v}as_of = as_of_iso",
                  "if facts.continuous_start != facts.custody_start:",
                  f"    {v}note = ('continuity restarts on ' + {v}since + ', the day custody resumed after the last break')",
                  "else:",
                  f"    {v}note = None"]
        if "served" in used:
            lines.append(f"{v}served = facts.continuous_now_text()")
        lines += _reached_texts(v, used)
        return lines, "threshold", f"{v}note"
    raise AssertionError(kind)


def _served_date(code: _Code, v: str, months: str) -> list[str]:
    """``facts.served_date(months)``, computed on the spot when no break or month end is involved."""
    code.needs.add("custody")
    return ["if plain_custody:",
            f"    {v}y, {v}m = divmod(custody_month + {months}, 12)",
            f"    {v}reached = {v}plain = date({v}y, {v}m + 1, custody.day)",
            "else:",
            f"    {v}reached, {v}plain = facts.served_date({months})"]


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


def _fstring(code: _Code, template: str, v: str, allowed: Sequence[str], fixed: Mapping[str, Any]) -> str:
    """The template as an f-string expression over the figure variables ``{v}<field>``.

    Figures that are the same for everyone (``fixed``: the years a criterion needs, the conduct it
    counts) are formatted now, as ``format_map`` would, and join the literal text around them.
    """
    pieces: list[tuple[bool, str]] = []  # (literal, text or expression)
    for literal, field, spec, conversion in string.Formatter().parse(template):
        if literal:
            pieces.append((True, literal))
        if field is None:
            continue
        if field not in allowed or conversion not in _CONVERSIONS or (spec and "{" in spec):
            raise ValueError(f"template field {field!r} cannot be written out")
        if field in fixed:
            value = fixed[field]
            if conversion is not None:
                value = {"s": str, "r": repr, "a": ascii}[conversion](value)
            pieces.append((True, format(value, spec or "")))
            continue
        expr = f"{v}{field}{_CONVERSIONS[conversion]}"
        if spec:
            expr += ":{" + code.const(spec) + "}"
        pieces.append((False, expr))
    merged: list[str] = []
    text = ""
    for is_literal, piece in pieces:
        if is_literal:
            text += piece
            continue
        if text:
            merged.append("{" + code.const(text) + "}")
            text = ""
        merged.append("{" + piece + "}")
    if text:
        merged.append("{" + code.const(text) + "}")
    return 'f"' + "".join(merged) + '"' if merged else "''"


def _fixed(kind: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The figures of a written-out kind that do not depend on the person (as its core sets them)."""
    if kind in ("age_on_date", "age_at_offense"):
        below = params.get("below")
        return {"years": int(params["at_least"] if below is None else below)}
    if kind == "time_served" and params.get("or_term_percent") is None:
        months = 12 * params.get("years", 0) + params.get("months", 0)
        return {"needed": format_span(months // 12, months % 12)}
    if kind == "continuous_custody":
        return {"needed": format_span(int(params["years"]))}
    return {}


def _used(criterion: Criterion) -> frozenset[str]:
    return frozenset(template_fields(criterion.template))


def _written_out(code: _Code, n: int, criterion: Criterion) -> list[str]:
    """A criterion of a time-driven kind, as ``compiler.make_check`` evaluates it."""
    v = f"v{n}_"
    used = _used(criterion)
    figures, shape, notes = _figures(code, v, criterion.kind, criterion.params, used)
    reason = _fstring(code, criterion.template, v, KINDS[criterion.kind].fields,
                     _fixed(criterion.kind, criterion.params))
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
    if role is Role.REQUIRE and shape == "threshold":  # ``times`` is ((reached, None),) or None
        effect = ["if times is None:",
                  "    review.append(result)",
                  f"elif {v}reached > latest:",
                  f"    latest = {v}reached",
                  f"    latest_iso = {v}on"]
    else:
        effect = _effect(role)
    lines += ["if leap:",
              "    leap_used = True",
              "append(result)",
              *effect]
    return lines


def _group(code: _Code, n: int, criterion: Criterion) -> list[str]:
    """An any_of group whose members are all written out, as ``compiler.make_any_of`` evaluates it."""
    lines = ["g_leap = False", "g_missing = None", "g_earliest = None"]
    parts: list[str] = []
    for i, member in enumerate(criterion.members):
        v = f"v{n}m{i}_"
        used = _used(member)
        # Groups of several packs that list the same member each work it out again here, from the
        # dates ``Facts`` remembers for the person: the same answer, without the shared lookup.
        figures, shape, notes = _figures(code, v, member.kind, member.params, used)
        text = _fstring(code, member.template, v, KINDS[member.kind].fields, _fixed(member.kind, member.params))
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
                     f"    {v}state = ' [met]'",
                     "else:",
                     f"    {v}state = ' [not met]'",
                     f"if g_earliest is None or {v}reached < g_earliest:",
                     f"    g_earliest = {v}reached"]
        else:
            body += [f"if {v}holds:",
                     f"    {v}state = ' [met]'",
                     "    g_earliest = DAY_MIN",  # always: the earliest of all starts
                     "else:",
                     f"    {v}state = ' [not met]'"]
        if member.kind == "time_served" and member.params.get("or_term_percent") is not None:
            lines += [f"if {v}missing is not None:",
                      f"    {v}text = missing_reason({v}missing)",
                      f"    {v}state = ''",
                      "    if g_missing is None:",
                      f"        g_missing = {v}missing",
                      "else:",
                      *("    " + line for line in body)]
        else:
            lines += body
        # "name: text [met]", the member's part of the group's reason
        parts.append(f"{{{name}}}{{{v}text}}{{{v}state}}")
    around = criterion.template.split("{members}")
    joined = "{' | '}".join(parts)  # one f-string for the whole reason: no intermediate strings
    if len(around) == 2 and not any(ch in part for part in around for ch in "{}"):
        reason = f'f"{{{code.const(around[0])}}}{joined}{{{code.const(around[1])}}}"'
    else:
        reason = f"{code.const(criterion.template)}.format_map({{'members': f\"{joined}\"}})"
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
    reason = _fstring(code, criterion.template, v, KINDS["conduct_window"].fields,
                     {"what": _conduct_phrase(kinds, divisions, violent), "years": years})
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
              f"        result = {result_for('True', 'None')}",
              f"        {clean}[as_of_iso] = result",
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


# ---- the pack's answer from its criteria ----------------------------------------------------------

_ELIGIBLE, _NOT_YET, _NOT_ELIGIBLE = Status.ELIGIBLE, Status.NOT_YET, Status.NOT_ELIGIBLE
_EXCLUDED, _NEEDS_REVIEW = Status.EXCLUDED, Status.NEEDS_REVIEW
def choose_path(pack: RulePack, facts: Any) -> tuple[PackPath | None, str | None]:
    """The first route whose condition holds, or (None, the fact that kept one from being decided)."""
    missing = None
    for path in pack.paths:
        answer = path.condition(facts) if path.condition else True
        if answer is True:
            return path, None
        if answer is not False and missing is None:
            missing = answer
    return None, missing
