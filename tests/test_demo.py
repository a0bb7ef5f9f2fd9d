"""The demo generator: deterministic, fictional, realistic, and the bundled roster is exactly its output."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eligibility.demo import (
    DEMO_AS_OF,
    DEMO_SEED,
    DEMO_SIZE,
    SCENARIOS,
    add_years,
    generate_people,
    iter_people,
)
from eligibility.intake import read_import, write_conduct_csv, write_roster_csv
from eligibility.paths import resource_path
from eligibility.records import ConductKind, Division, Flag, Jurisdiction, Person, SentenceType

ID_FORMATS = {
    Jurisdiction.CA: re.compile(r"[A-Z]{2}\d{4}"),
    Jurisdiction.US: re.compile(r"\d{5}-\d{3}"),
    Jurisdiction.DC: re.compile(r"DC-\d{6}"),
    Jurisdiction.MD: re.compile(r"MD-\d{7}"),
}


@pytest.fixture(scope="module")
def demo() -> list[Person]:
    return generate_people(DEMO_SIZE, seed=DEMO_SEED, as_of=DEMO_AS_OF)


def age_on(dob: date, day: date) -> int:
    """Whole years, a birthday reached on its anniversary (29 February on 1 March in common years)."""
    years = day.year - dob.year
    return years if add_years(dob, years) <= day else years - 1


def years_served(p: Person, day: date) -> int:
    """Whole years from custody_start to ``day``, less time out of custody (approximate for breaks)."""
    out = sum(b.days for b in p.custody_breaks)
    return age_on(p.custody_start, day - timedelta(days=out))


def _csv(write, people) -> str:
    buffer = io.StringIO(newline="")
    write(people, buffer)
    return buffer.getvalue()


def test_same_seed_same_people_and_prefixes_are_stable():
    first = generate_people(120, seed=5, as_of=DEMO_AS_OF)
    assert first == generate_people(120, seed=5, as_of=DEMO_AS_OF)
    assert generate_people(30, seed=5, as_of=DEMO_AS_OF) == first[:30]
    assert list(iter_people(10, seed=5, as_of=DEMO_AS_OF)) == first[:10]


def test_different_seeds_differ():
    a = generate_people(100, seed=1, as_of=DEMO_AS_OF)
    b = generate_people(100, seed=2, as_of=DEMO_AS_OF)
    assert [p.last_name for p in a] != [p.last_name for p in b]


def test_bundled_files_are_exactly_the_generator_output(demo):
    roster = resource_path("demo", "roster.csv").read_bytes().decode("utf-8")
    conduct = resource_path("demo", "conduct.csv").read_bytes().decode("utf-8")
    assert roster == _csv(write_roster_csv, demo), "regenerate: see resources/demo/README.md"
    assert conduct == _csv(write_conduct_csv, demo), "regenerate: see resources/demo/README.md"


def test_bundled_files_parse_with_zero_errors_into_the_same_people(demo):
    parsed = read_import(resource_path("demo", "roster.csv"), resource_path("demo", "conduct.csv"),
                         today=DEMO_AS_OF)
    assert parsed.report.errors == [] and parsed.report.warnings == []
    assert parsed.report.conduct_duplicates == 0
    assert parsed.people == demo
    assert len(demo) == DEMO_SIZE


def test_bundled_readme_states_provenance():
    text = resource_path("demo", "README.md").read_text(encoding="utf-8")
    assert "eligibility.demo" in text and "fictional" in text


def test_covers_every_vocabulary(demo):
    assert {p.jurisdiction for p in demo} == set(Jurisdiction)
    assert {p.sentence_type for p in demo} == set(SentenceType)
    assert set().union(*(p.flags for p in demo)) == set(Flag)
    entries = [c for p in demo for c in p.conduct]
    assert {c.kind for c in entries} == set(ConductKind)
    assert {c.division for c in entries if c.division is not None} == set(Division)


def test_every_sentence_type_in_california(demo):
    assert {p.sentence_type for p in demo if p.jurisdiction is Jurisdiction.CA} == set(SentenceType)


def test_ids_look_real_but_are_unique_and_fit_their_jurisdiction(demo):
    assert len({p.person_id for p in demo}) == len(demo)
    for p in demo:
        assert ID_FORMATS[p.jurisdiction].fullmatch(p.person_id), p.person_id


def test_names_are_varied_and_include_diacritics_apostrophes_and_hyphens(demo):
    last_names = {p.last_name for p in demo}
    assert {"Nguyễn", "Peña", "Müller", "O'Brien"} <= last_names
    assert any("-" in name for name in last_names)
    assert len(last_names) > 40 and len({p.first_name for p in demo}) > 40


def test_facts_are_internally_consistent(demo):
    for p in demo:
        assert p.date_of_birth <= p.offense_date <= p.custody_start <= DEMO_AS_OF
        assert 14 <= age_on(p.date_of_birth, p.offense_date) <= 75
        if p.sentence_date is not None:
            assert p.offense_date <= p.sentence_date <= DEMO_AS_OF
        for b in p.custody_breaks:
            assert p.custody_start <= b.start < b.end <= DEMO_AS_OF
        if p.sentence_type is SentenceType.DETERMINATE:
            assert p.term_total_months is not None and p.term_total_months > 0
        else:
            assert p.term_years is None
        assert [c.date for c in p.conduct] == sorted(c.date for c in p.conduct)
        for c in p.conduct:
            assert c.person_id == p.person_id and p.custody_start <= c.date < DEMO_AS_OF
            assert all(not (b.start <= c.date < b.end) for b in p.custody_breaks)
            assert (c.division is not None) == (c.kind is ConductKind.SERIOUS_RVR)


def test_conduct_is_realistic(demo):
    kinds = Counter(c.kind for p in demo for c in p.conduct)
    assert kinds[ConductKind.SERIOUS_RVR] < kinds[ConductKind.COUNSELING]
    assert kinds[ConductKind.PROGRAM] > 0 and kinds[ConductKind.LAUDATORY] > 0
    ten_years_ago = add_years(DEMO_AS_OF, -10)
    long_served = [p for p in demo if years_served(p, DEMO_AS_OF) >= 15]
    clean = [p for p in long_served if not any(c.kind is ConductKind.SERIOUS_RVR and c.date >= ten_years_ago
                                               for c in p.conduct)]
    assert len(clean) >= len(long_served) // 2  # many long clean stretches
    assert any(c.violent and c.date >= add_years(DEMO_AS_OF, -3) for p in demo for c in p.conduct)
    assert 2 <= sum(len(p.conduct) for p in demo) / len(demo) <= 7


def test_scenarios_come_first(demo):
    assert len(SCENARIOS) < DEMO_SIZE
    for p, sc in zip(demo, SCENARIOS):
        assert (p.jurisdiction, p.sentence_type) == (sc.jurisdiction, sc.sentence)
        assert p.flags == frozenset(sc.flags)


def test_edge_cases_a_screener_must_get_right(demo):
    ca = [p for p in demo if p.jurisdiction is Jurisdiction.CA]
    assert any(p.sentence_type is SentenceType.LIFE and p.min_term_years is None for p in ca)
    assert any(p.jurisdiction is Jurisdiction.MD and p.sentence_date is None for p in demo)
    assert any(p.jurisdiction is Jurisdiction.MD and p.sentence_date and p.sentence_date >= date(2021, 10, 1)
               and age_on(p.date_of_birth, p.offense_date) < 18 for p in demo)
    assert sum(1 for p in demo if (p.date_of_birth.month, p.date_of_birth.day) == (2, 29)) >= 3
    assert sum(1 for p in demo if p.custody_breaks) >= 3

    def on_birthday(p: Person, n: int) -> bool:
        return p.offense_date == add_years(p.date_of_birth, n)

    assert any(on_birthday(p, 26) for p in ca)
    assert any(on_birthday(p, 25) for p in demo if p.jurisdiction is Jurisdiction.DC)
    assert any(p.offense_date == add_years(p.date_of_birth, 26) - timedelta(days=1)
               for p in ca)


def test_mix_on_both_sides_of_each_programs_thresholds(demo):
    """Not the engine: the facts each program turns on, so every status has people to show it."""
    def group(j: Jurisdiction) -> list[Person]:
        return [p for p in demo if p.jurisdiction is j]

    def at_offense(p: Person) -> int:
        return age_on(p.date_of_birth, p.offense_date)

    def age(p: Person) -> int:
        return age_on(p.date_of_birth, DEMO_AS_OF)

    ca, us, dc, md = (group(j) for j in Jurisdiction)
    # youth parole: under 26 with 15+/under 15 years, 26 or over, and excluded people
    youth = [p for p in ca if at_offense(p) < 26 and p.sentence_type is SentenceType.DETERMINATE]
    assert any(years_served(p, DEMO_AS_OF) >= 15 for p in youth)
    assert any(years_served(p, DEMO_AS_OF) < 14 for p in youth)
    assert any(at_offense(p) >= 26 for p in ca)
    assert any(p.flags & {Flag.THIRD_STRIKE, Flag.SECOND_STRIKE, Flag.ONE_STRIKE} for p in ca)
    # elderly parole: 50 with 20, younger, and the 60/25 path
    assert any(age(p) >= 50 and years_served(p, DEMO_AS_OF) >= 20 for p in ca)
    assert any(age(p) < 50 and years_served(p, DEMO_AS_OF) >= 20 for p in ca)
    assert any(Flag.SECOND_STRIKE in p.flags and age(p) >= 60 and years_served(p, DEMO_AS_OF) >= 25
               for p in ca)
    # juvenile LWOP petition
    jlwop = [p for p in ca if p.sentence_type is SentenceType.LWOP and at_offense(p) < 18]
    assert any(years_served(p, DEMO_AS_OF) >= 15 for p in jlwop)
    assert any(years_served(p, DEMO_AS_OF) < 15 for p in jlwop)
    # medical
    medical = [p for p in ca if p.flags & {Flag.TERMINAL_ILLNESS, Flag.PERMANENT_INCAPACITY}]
    assert any(Flag.PEACE_OFFICER_MURDER in p.flags for p in medical)
    assert any(p.sentence_type in (SentenceType.LWOP, SentenceType.DEATH) for p in medical)
    assert any(p.sentence_type is SentenceType.DETERMINATE for p in medical)
    # federal age ground
    assert any(age(p) >= 65 and years_served(p, DEMO_AS_OF) >= 10 for p in us)
    assert any(age(p) >= 65 and years_served(p, DEMO_AS_OF) < 10 for p in us)
    assert any(age(p) < 65 for p in us)
    # DC Second Look and compassionate release
    assert any(at_offense(p) < 25 and years_served(p, DEMO_AS_OF) >= 15 for p in dc)
    assert any(at_offense(p) < 25 and years_served(p, DEMO_AS_OF) < 15 for p in dc)
    assert any(at_offense(p) >= 25 for p in dc)
    assert any(age(p) >= 60 and years_served(p, DEMO_AS_OF) >= 20 for p in dc)
    # Maryland JRA
    juvenile_md = [p for p in md if at_offense(p) < 18]
    assert any(p.sentence_date and p.sentence_date < date(2021, 10, 1) and years_served(p, DEMO_AS_OF) >= 20
               for p in juvenile_md)
    assert any(p.sentence_date and years_served(p, DEMO_AS_OF) < 20 for p in juvenile_md)
    assert any(at_offense(p) >= 18 for p in md)


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32), size=st.integers(min_value=0, max_value=90),
       as_of=st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)))
def test_any_generated_roster_imports_with_zero_errors(tmp_path_factory, seed, size, as_of):
    people = generate_people(size, seed=seed, as_of=as_of)
    folder = tmp_path_factory.mktemp("gen")
    write_roster_csv(people, folder / "roster.csv")
    write_conduct_csv(people, folder / "conduct.csv")
    parsed = read_import(folder / "roster.csv", folder / "conduct.csv", today=as_of)
    assert parsed.report.errors == []
    assert parsed.people == people


def test_a_large_sample_is_consistent_and_imports_cleanly(tmp_path):
    """Rare branches (leap-day births with short sentences, breaks near the as-of date) need many people."""
    people = generate_people(4000, seed=11, as_of=DEMO_AS_OF)
    write_roster_csv(people, tmp_path / "roster.csv")
    write_conduct_csv(people, tmp_path / "conduct.csv")
    parsed = read_import(tmp_path / "roster.csv", tmp_path / "conduct.csv", today=DEMO_AS_OF)
    assert parsed.report.errors == []
    for p in people:
        assert p.date_of_birth <= p.offense_date <= p.custody_start <= DEMO_AS_OF
    assert sum(1 for p in people if (p.date_of_birth.month, p.date_of_birth.day) == (2, 29)) > 20


def test_size_is_bounded():
    with pytest.raises(ValueError):
        generate_people(-1, as_of=DEMO_AS_OF)
