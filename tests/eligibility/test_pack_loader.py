"""Pack loader: every shipped pack validates; mistakes are reported with file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from eligibility.records import Confidence
from eligibility.rules import PackError, collect_packs, load_pack, load_packs, shipped_packs_dir

CONTRACT_IDS = {
    "ca-youth-parole", "ca-elderly-parole", "ca-juvenile-lwop-petition", "ca-medical-release",
    "la-da-2020-policy", "us-compassionate-age", "dc-second-look", "dc-compassionate-age",
    "md-juvenile-restoration", "sample-office-policy",
}
JURISDICTIONS = {
    "ca-youth-parole": "CA", "ca-elderly-parole": "CA", "ca-juvenile-lwop-petition": "CA",
    "ca-medical-release": "CA", "la-da-2020-policy": "CA", "us-compassionate-age": "US",
    "dc-second-look": "DC", "dc-compassionate-age": "DC", "md-juvenile-restoration": "MD",
    "sample-office-policy": "all",
}

GOOD = '''\
id = "my-office"
title = "My office policy"
jurisdiction = "CA"
version = "2026.1.0"
effective_date = 2026-01-01
kind = "office_policy"
summary = "Test policy."

[[criteria]]
id = "age"
kind = "age_on_date"
at_least = 55
citation = "Office memo 1"
confidence = "confirmed"
template = "age {age} on {as_of}; needs {years}{when}"

[[criteria]]
id = "group"
kind = "any_of"
citation = "Office memo 2"
confidence = "secondary"

[[criteria.any]]
id = "served"
kind = "time_served"
years = 10

[[criteria.any]]
id = "young"
kind = "age_at_offense"
below = 21
'''


def write(tmp_path: Path, text: str, name: str = "my-office.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> PackError:
    with pytest.raises(PackError) as info:
        load_pack(write(tmp_path, text))
    return info.value


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(needle)


def test_every_shipped_pack_validates() -> None:
    packs, errors = collect_packs(include_user_dir=False)
    assert errors == []
    assert {p.id for p in packs} == CONTRACT_IDS
    for pack in packs:
        assert pack.jurisdiction == JURISDICTIONS[pack.id]
        assert pack.version and pack.summary and pack.source.parent == shipped_packs_dir()
        for c in pack.criteria:
            assert c.citation.strip(), (pack.id, c.id)
            assert isinstance(c.confidence, Confidence)


def test_a_good_office_pack_loads(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, GOOD))
    assert pack.id == "my-office" and [c.id for c in pack.criteria] == ["age", "group"]
    assert [m.id for m in pack.criteria[1].members] == ["served", "young"]
    # Members inherit the group's citation and confidence.
    assert pack.criteria[1].members[0].citation == "Office memo 2"


def test_office_pack_in_user_dir_is_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDLOOK_DATA_DIR", str(tmp_path / "data"))
    from eligibility.paths import user_packs_dir

    write(user_packs_dir(), GOOD)
    ids = {p.id for p in load_packs()}
    assert "my-office" in ids and CONTRACT_IDS <= ids


def test_duplicate_pack_id_is_reported(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace('"my-office"', '"sample-office-policy"'), "copy.toml")
    packs, errors = collect_packs([tmp_path], include_user_dir=False)
    assert len(errors) == 1 and "already used" in str(errors[0]) and errors[0].file.name == "copy.toml"
    # The shipped pack keeps the id; the copy is left out.
    assert [p.source.name for p in packs if p.id == "sample-office-policy"] == ["sample-office-policy.toml"]
    with pytest.raises(PackError):
        load_packs([tmp_path], include_user_dir=False)


def test_bad_kind(tmp_path: Path) -> None:
    text = GOOD.replace('kind = "age_on_date"', 'kind = "age_on_dat"')
    err = error_for(tmp_path, text)
    assert err.line == line_of(text, "age_on_dat")
    assert err.field == "criteria[age].kind" and "unknown kind" in err.problem
    assert str(err).startswith(f"{err.file}, line {err.line}, field criteria[age].kind: ")


def test_missing_citation(tmp_path: Path) -> None:
    text = GOOD.replace('citation = "Office memo 1"\n', "")
    err = error_for(tmp_path, text)
    assert err.field == "criteria[age].citation" and "missing" in err.problem
    assert err.line == line_of(text, "[[criteria]]", 1)  # the table that lacks it


def test_wrong_type(tmp_path: Path) -> None:
    text = GOOD.replace("at_least = 55", 'at_least = "55"')
    err = error_for(tmp_path, text)
    assert err.line == line_of(text, 'at_least = "55"')
    assert err.field == "criteria[age].at_least" and "whole number" in err.problem


def test_unknown_field(tmp_path: Path) -> None:
    text = GOOD.replace("at_least = 55", "at_least = 55\nminimum = 3")
    err = error_for(tmp_path, text)
    assert err.line == line_of(text, "minimum = 3")
    assert err.field == "criteria[age].minimum" and "unknown field" in err.problem


def test_unknown_field_in_a_group_member(tmp_path: Path) -> None:
    text = GOOD.replace("years = 10", "years = 10\nyear = 3")
    err = error_for(tmp_path, text)
    assert err.line == line_of(text, "year = 3")
    assert err.field == "criteria[group].any[served].year"


def test_unknown_top_level_field_and_bad_values(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace('kind = "office_policy"', 'kind = "office_policy"\nowner = "x"'))
    assert err.field == "owner" and err.line == 7
    err = error_for(tmp_path, GOOD.replace('"CA"', '"TX"'))
    assert err.field == "jurisdiction" and err.line == 3
    err = error_for(tmp_path, GOOD.replace('confidence = "secondary"', 'confidence = "likely"'))
    assert err.field == "criteria[group].confidence" and err.line == line_of(GOOD, 'confidence = "secondary"')


def test_template_with_unknown_placeholder(tmp_path: Path) -> None:
    text = GOOD.replace("needs {years}{when}", "needs {yeers}")
    err = error_for(tmp_path, text)
    assert err.field == "criteria[age].template" and "{yeers}" in err.problem
    assert err.line == line_of(text, "{yeers}")


def test_bad_when_condition_and_path(tmp_path: Path) -> None:
    text = GOOD.replace("at_least = 55", 'at_least = 55\nwhen = { sentence = ["life"] }')
    err = error_for(tmp_path, text)
    assert err.field == "criteria[age].when.sentence" and err.line == line_of(text, "when = {")
    text = GOOD.replace("at_least = 55", 'at_least = 55\npath = "nowhere"')
    err = error_for(tmp_path, text)
    assert err.field == "criteria[age].path" and err.line == line_of(text, 'path = "nowhere"')


def test_time_driven_kind_cannot_exclude(tmp_path: Path) -> None:
    text = GOOD.replace("at_least = 55", 'at_least = 55\nrole = "exclude"')
    err = error_for(tmp_path, text)
    assert err.field == "criteria[age].role" and "changes with time" in err.problem


def test_duplicate_criterion_id(tmp_path: Path) -> None:
    text = GOOD.replace('id = "group"', 'id = "age"')
    err = error_for(tmp_path, text)
    assert "another criterion" in err.problem and err.line == line_of(text, 'id = "age"', 2)


def test_invalid_toml_reports_its_line(tmp_path: Path) -> None:
    text = GOOD.replace("at_least = 55", "at_least = = 55")
    err = error_for(tmp_path, text)
    assert err.line == line_of(text, "at_least = = 55") and "not valid TOML" in err.problem


def test_missing_top_level_field(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD.replace('version = "2026.1.0"\n', ""))
    assert err.field == "version" and "missing" in err.problem


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(PackError) as info:
        load_pack(tmp_path / "absent.toml")
    assert "cannot be read" in str(info.value)
