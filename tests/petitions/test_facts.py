"""Calendar figures the documents state: anniversaries, ages, months served, and their wording."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from eligibility.petitions import facts
from eligibility.records import ConductEntry, ConductKind, CustodyBreak, Division
from tests.petitions.petition_samples import AS_OF, ca_person

dates = st.dates(min_value=date(1930, 1, 1), max_value=date(2060, 12, 31))


def test_long_date_is_court_style():
    assert facts.long_date(date(2026, 11, 27)) == "November 27, 2026"
    assert facts.long_date(date(2004, 1, 6)) == "January 6, 2004"


def test_leap_day_anniversary_falls_on_first_of_march():
    born = date(2004, 2, 29)
    assert facts.add_months(born, 12) == date(2005, 3, 1)
    assert facts.age_on(born, date(2005, 2, 28)) == 0
    assert facts.age_on(born, date(2005, 3, 1)) == 1
    assert facts.age_on(born, date(2008, 2, 29)) == 4


def test_month_end_rolls_forward():
    assert facts.add_months(date(2021, 1, 31), 1) == date(2021, 3, 1)
    assert facts.whole_months_between(date(2021, 1, 31), date(2021, 2, 28)) == 0
    assert facts.whole_months_between(date(2021, 1, 31), date(2021, 3, 1)) == 1


def test_attains_age_on_birthday_not_day_before():
    born = date(1983, 4, 12)
    assert facts.age_on(born, date(2009, 4, 11)) == 25
    assert facts.age_on(born, date(2009, 4, 12)) == 26


@given(dates, st.integers(min_value=0, max_value=1200))
def test_add_months_then_count_gives_back_the_months(start, months):
    later = facts.add_months(start, months)
    assert facts.whole_months_between(start, later) == months
    if months:
        assert facts.whole_months_between(start, later - timedelta(days=1)) == months - 1


@given(dates, dates)
def test_whole_years_are_anniversaries(start, end):
    years = facts.whole_years_between(start, end)
    if end <= start:
        assert years == 0
        return
    assert facts.add_months(start, 12 * years) <= end
    assert facts.add_months(start, 12 * (years + 1)) > end


@given(dates, st.integers(min_value=1, max_value=400), st.integers(min_value=10, max_value=4000))
def test_a_break_pushes_time_served_back_by_its_length(start, gap, days_after):
    brk_start = start + timedelta(days=gap)
    brk = CustodyBreak(brk_start, brk_start + timedelta(days=30))
    person = ca_person(custody_start=start, custody_breaks=(brk,))
    as_of = brk.end + timedelta(days=days_after)
    plain = ca_person(custody_start=start)
    assert facts.months_served(person, as_of) == facts.months_served(plain, as_of - timedelta(days=30))
    assert facts.months_served(person, as_of) <= facts.months_served(plain, as_of)


def test_open_break_counts_only_up_to_the_as_of_date():
    person = ca_person(custody_start=date(2000, 1, 1),
                       custody_breaks=(CustodyBreak(date(2010, 1, 1), date(2030, 1, 1)),))
    assert facts.break_days_before(person, date(2010, 1, 11)) == 10


def test_years_months_wording():
    assert facts.years_months_text(0) == "0 months"
    assert facts.years_months_text(1) == "1 month"
    assert facts.years_months_text(12) == "1 year"
    assert facts.years_months_text(290) == "24 years and 2 months"


def test_term_text_by_sentence_type():
    assert facts.term_text(ca_person()) == "15 years to life"
    from eligibility.records import SentenceType
    assert facts.term_text(ca_person(sentence_type=SentenceType.DETERMINATE, min_term_years=None,
                                     term_years=12, term_months=4)) == "12 years and 4 months"
    assert facts.term_text(ca_person(sentence_type=SentenceType.DETERMINATE, min_term_years=None)) == ""


def test_office_city_from_a_california_address():
    assert facts.office_city({"office.address": "1200 Harbor Street\nOakland, CA 94612"}) == "Oakland"
    assert facts.office_city({"office.address": "5 Main St, San José, California 95113"}) == "San José"
    assert facts.office_city({"office.address": "10 Elm St, Reno, NV 89501"}) == ""


def test_conduct_paragraph_states_the_record():
    person = ca_person()
    case = facts.CaseFacts.of(person, AS_OF)
    text = facts.conduct_paragraph(person, case.conduct, served_months=case.served_months)
    assert "one serious rules violation" in text
    assert "March 2, 2006, 20 years ago" in text
    assert "None of these entries is recorded as violent" in text
    assert "three programs, including GED, Anger management (52 hours) and Associate of Arts" in text
    assert "one laudatory chrono" in text


def test_conduct_paragraph_with_violence_and_no_programmes():
    person = ca_person(conduct=(
        ConductEntry("BK4471", date(2024, 1, 5), ConductKind.SERIOUS_RVR, Division.A1, True, "Battery"),))
    case = facts.CaseFacts.of(person, AS_OF)
    text = facts.conduct_paragraph(person, case.conduct, served_months=case.served_months)
    assert "One entry involved violence, the most recent on January 5, 2024" in text
    assert "no completed programs" in text


def test_conduct_after_the_as_of_date_is_ignored():
    person = ca_person(conduct=(ConductEntry("BK4471", date(2027, 1, 1), ConductKind.SERIOUS_RVR),))
    summary = facts.summarize_conduct(person, AS_OF)
    assert summary.last_serious_rvr is None
    assert facts.conduct_entries(person, AS_OF) == []
