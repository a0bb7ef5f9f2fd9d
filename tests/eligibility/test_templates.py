"""Compiled templates give exactly what ``str.format_map`` gives, and never run text from a pack."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eligibility.rules.templates import compile_template

NAMES = ("age", "years", "as_of", "on", "when", "served", "needed")
literal = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12).map(
    lambda s: s.replace("{", "{{").replace("}", "}}"))
field = st.tuples(st.sampled_from(NAMES), st.sampled_from(["", "!r", "!s"]), st.sampled_from(["", ":>8", ":^5"]))


@given(parts=st.lists(st.tuples(literal, field), max_size=5), tail=literal,
       values=st.fixed_dictionaries({n: st.one_of(st.integers(), st.text(max_size=8)) for n in NAMES}))
def test_a_compiled_template_formats_like_format_map(parts, tail, values) -> None:
    template = "".join(lit + "{" + name + conv + spec + "}" for lit, (name, conv, spec) in parts) + tail
    try:
        expected = template.format_map(values)
    except (ValueError, TypeError) as exc:  # a spec the value does not accept fails the same way
        with pytest.raises(type(exc)):
            compile_template(template)(values)
        return
    assert compile_template(template)(values) == expected


def test_the_shipped_reasons_read_the_same() -> None:
    fields = {"age": 43, "years": 60, "as_of": "2026-12-01", "on": "2043-11-12", "when": " (on 2043-11-12)"}
    template = "age {age} on {as_of}; the Coleman/Plata route needs {years}{when}"
    assert compile_template(template)(fields) == (
        "age 43 on 2026-12-01; the Coleman/Plata route needs 60 (on 2043-11-12)")


@pytest.mark.parametrize("template", [
    'x" + __import__("os").system("false") + "',
    "{age}\"; import os #",
    "{{age}} }} {{",
    "\\n{age}\\",
])
def test_pack_text_with_quotes_and_braces_stays_text(template: str) -> None:
    values = {"age": 7}
    assert compile_template(template)(values) == template.format_map(values)


def test_a_missing_field_is_a_key_error_as_with_format_map() -> None:
    with pytest.raises(KeyError):
        compile_template("age {age}")({})
    assert [name for _, name, _, _ in string.Formatter().parse("age {age}") if name] == ["age"]
