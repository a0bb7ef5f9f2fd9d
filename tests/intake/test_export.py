"""Canonical export: exact columns and formats, and read → write → read gives the same people."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility.demo import generate_people
from eligibility.intake import (
    CANONICAL_CONDUCT_COLUMNS,
    CANONICAL_ROSTER_COLUMNS,
    read_import,
    write_canonical,
    write_conduct_csv,
    write_roster_csv,
)
from eligibility.records import (
    ConductEntry,
    ConductKind,
    CustodyBreak,
    Division,
    Flag,
    Jurisdiction,
    Person,
    SentenceType,
)

from .conftest import TODAY


def _person(**kw) -> Person:
    base = {"person_id": "XA0001", "last_name": "Peña", "first_name": "José", "date_of_birth": date(1985, 4, 12),
                "jurisdiction": Jurisdiction.CA, "offense_date": date(2004, 6, 1), "custody_start": date(2004, 6, 3),
                "sentence_type": SentenceType.LIFE}
    base.update(kw)
    return Person(**base)


def _rows(write, people) -> list[list[str]]:
    out = io.StringIO(newline="")
    write(people, out)
    return list(csv.reader(io.StringIO(out.getvalue(), newline="")))


def test_roster_columns_and_formats():
    p = _person(custody_breaks=(CustodyBreak(date(2006, 1, 1), date(2006, 3, 1)),
                                CustodyBreak(date(2007, 1, 1), date(2007, 2, 1))),
                sentence_date=date(2005, 1, 10), min_term_years=25,
                flags=frozenset({Flag.VIOLENT_FELONY, Flag.SECOND_STRIKE, Flag.SERIOUS_FELONY}),
                controlling_offense="PC 187(a), first degree", county="Los Angeles")
    header, row = _rows(write_roster_csv, [p])
    assert tuple(header) == CANONICAL_ROSTER_COLUMNS
    cells = dict(zip(header, row))
    assert cells["date_of_birth"] == "1985-04-12" and cells["sentence_date"] == "2005-01-10"
    assert cells["custody_breaks"] == "2006-01-01..2006-03-01;2007-01-01..2007-02-01"
    assert cells["flags"] == "second_strike;serious_felony;violent_felony"
    assert cells["term_years"] == "" and cells["min_term_years"] == "25"
    assert cells["controlling_offense"] == "PC 187(a), first degree"
    assert cells["jurisdiction"] == "CA" and cells["sentence_type"] == "life"


def test_conduct_columns_and_violent_values():
    p = _person(conduct=(
        ConductEntry("XA0001", date(2010, 1, 2), ConductKind.SERIOUS_RVR, Division.A1, True, "x"),
        ConductEntry("XA0001", date(2011, 1, 2), ConductKind.ADMINISTRATIVE_RVR, None, False, ""),
        ConductEntry("XA0001", date(2012, 1, 2), ConductKind.PROGRAM, None, None, "GED"),
    ))
    header, *rows = _rows(write_conduct_csv, [p])
    assert tuple(header) == CANONICAL_CONDUCT_COLUMNS
    assert rows == [["XA0001", "2010-01-02", "serious_rvr", "A-1", "yes", "x"],
                    ["XA0001", "2011-01-02", "administrative_rvr", "", "no", ""],
                    ["XA0001", "2012-01-02", "program", "", "", "GED"]]


def test_formula_cells_are_neutralised_and_come_back_exactly(tmp_path):
    p = _person(last_name="=HYPERLINK(\"x\")", first_name="+Ana", controlling_offense="-", county="@home",
                conduct=(ConductEntry("XA0001", date(2010, 1, 2), ConductKind.COUNSELING, None, None, "=1+1"),))
    header, row = _rows(write_roster_csv, [p])
    assert dict(zip(header, row))["last_name"] == "'=HYPERLINK(\"x\")"
    write_roster_csv([p], tmp_path / "roster.csv")
    write_conduct_csv([p], tmp_path / "conduct.csv")
    assert "'=1+1" in (tmp_path / "conduct.csv").read_text(encoding="utf-8")
    parsed = read_import(tmp_path / "roster.csv", tmp_path / "conduct.csv", today=TODAY)
    assert parsed.report.errors == [] and parsed.people == [p]


def test_counts_and_paths_and_bom(tmp_path):
    people = generate_people(30, seed=3, as_of=TODAY)
    assert write_roster_csv(people, tmp_path / "r.csv", bom=True) == 30
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbfperson_id,")
    n = write_conduct_csv(people, str(tmp_path / "c.csv"))
    assert n == sum(len(p.conduct) for p in people)
    assert write_canonical(iter(people), roster=tmp_path / "r2.csv", conduct=tmp_path / "c2.csv") == (30, n)
    assert (tmp_path / "c2.csv").read_bytes() == (tmp_path / "c.csv").read_bytes()
    parsed = read_import(tmp_path / "r.csv", tmp_path / "c.csv", today=TODAY)
    assert parsed.people == people


def test_read_write_read_is_exact_for_a_messy_file(tmp_path):
    messy = ("\ufeff Person ID ;Last Name;First Name;DOB;Jurisdiction;Offense Date;Custody Start;Sentence Type;"
             'Flags\r\n XA1 ;Müller;Zoë;2/29/1984;ca;6/1/2004;2004-06-03;LWOP;" Tried_As_Adult ;violent_felony"\r\n'
             "\r\n")
    (tmp_path / "in.csv").write_bytes(messy.encode("utf-8"))
    mapping = {"Person ID": "person_id", "Last Name": "last_name", "First Name": "first_name",
               "DOB": "date_of_birth", "Jurisdiction": "jurisdiction", "Offense Date": "offense_date",
               "Custody Start": "custody_start", "Sentence Type": "sentence_type", "Flags": "flags"}
    first = read_import(tmp_path / "in.csv", today=TODAY, mapping=mapping)
    assert first.report.errors == [] and first.people[0].date_of_birth == date(1984, 2, 29)
    write_roster_csv(first.people, tmp_path / "out.csv")
    second = read_import(tmp_path / "out.csv", today=TODAY)
    assert second.people == first.people


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
# The importer stores text stripped and in Unicode NFC, so those are the texts that come back unchanged.
clean_texts = texts.map(lambda t: unicodedata.normalize("NFC", t.strip())).filter(lambda t: t == t.strip())
past = st.dates(min_value=date(1930, 1, 1), max_value=date(1975, 12, 31))  # every later date stays before TODAY


@st.composite
def people(draw) -> Person:
    dob = draw(past)
    offense = dob + timedelta(days=draw(st.integers(min_value=0, max_value=12000)))
    custody = offense + timedelta(days=draw(st.integers(min_value=0, max_value=400)))
    breaks = []
    cursor = custody
    for length in draw(st.lists(st.integers(min_value=1, max_value=500), max_size=3)):
        start = cursor + timedelta(days=draw(st.integers(min_value=0, max_value=800)))
        breaks.append(CustodyBreak(start, start + timedelta(days=length)))
        cursor = start + timedelta(days=length)
    person_id = draw(st.text(alphabet="ABCXYZ0123456789-", min_size=1, max_size=8))
    entries = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        kind = draw(st.sampled_from(ConductKind))
        division = draw(st.none() | st.sampled_from(Division)) if kind is ConductKind.SERIOUS_RVR else None
        entries.append(ConductEntry(person_id, custody + timedelta(days=draw(st.integers(min_value=0, max_value=3000))),
                                    kind, division, draw(st.none() | st.booleans()), draw(clean_texts)))
    conduct = tuple(dict.fromkeys(entries))
    return Person(
        person_id=person_id, last_name=draw(clean_texts.filter(bool)), first_name=draw(clean_texts.filter(bool)),
        date_of_birth=dob, jurisdiction=draw(st.sampled_from(Jurisdiction)), offense_date=offense,
        custody_start=custody, sentence_type=draw(st.sampled_from(SentenceType)), custody_breaks=tuple(breaks),
        sentence_date=draw(st.none() | st.just(custody + timedelta(days=30))),
        term_years=draw(st.none() | st.integers(min_value=0, max_value=99)),
        term_months=draw(st.none() | st.integers(min_value=0, max_value=600)),
        min_term_years=draw(st.none() | st.integers(min_value=0, max_value=99)),
        controlling_offense=draw(clean_texts), case_number=draw(clean_texts), county=draw(clean_texts),
        flags=frozenset(draw(st.sets(st.sampled_from(Flag)))), race_ethnicity=draw(clean_texts),
        sex=draw(clean_texts), conduct=conduct)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people())
def test_round_trip_property(tmp_path, person):
    """Any person whose facts are valid and whose text is stripped survives export and import unchanged."""
    write_roster_csv([person], tmp_path / "roster.csv")
    write_conduct_csv([person], tmp_path / "conduct.csv")
    parsed = read_import(tmp_path / "roster.csv", tmp_path / "conduct.csv", today=TODAY)
    assert parsed.report.errors == []
    assert parsed.people == [person]
