"""summarize_conduct: counts, last dates, years since the last serious RVR by anniversaries."""

from __future__ import annotations

from datetime import date

from eligibility.conduct import summarize_conduct
from eligibility.records import ConductKind, Division


def test_summary_of_a_mixed_record(person) -> None:
    who = person(dob=date(1970, 1, 1), offense=date(1999, 1, 1), custody=date(2000, 1, 1), conduct=(
        (date(2004, 3, 1), "serious_rvr", {"division": "A-1", "violent": True}),
        (date(2014, 11, 28), "serious_rvr", {"division": "D"}),
        (date(2016, 5, 5), "administrative_rvr", {}),
        (date(2018, 2, 2), "counseling", {}),
        (date(2019, 6, 1), "program", {}),
        (date(2021, 6, 1), "program", {}),
        (date(2022, 1, 1), "laudatory", {}),
        (date(2023, 1, 1), "work", {}),
        (date(2027, 1, 1), "serious_rvr", {}),  # after the as-of date: not on the record yet
    ))
    s = summarize_conduct(who, date(2026, 11, 27))
    assert s.last_serious_rvr == date(2014, 11, 28)
    # 2014-11-28 → 2026-11-27 is one day short of 12 years: 11 whole years.
    assert s.years_since_last_serious == 11
    assert s.last_rvr_any == date(2016, 5, 5) and s.last_counseling == date(2018, 2, 2)
    assert s.counts_by_kind[ConductKind.SERIOUS_RVR] == 2 and s.counts_by_kind[ConductKind.PROGRAM] == 2
    assert s.serious_by_division == {Division.A1: 1, Division.D: 1}
    assert [e.date for e in s.violent_entries] == [date(2004, 3, 1)]
    assert [e.date for e in s.programs] == [date(2019, 6, 1), date(2021, 6, 1)]
    assert len(s.laudatory) == 1 and len(s.work) == 1
    assert s.text == ("No serious rules violation in 11 years (last 2014-11-28); 1 violent entry; "
                      "2 programmes completed; 1 laudatory chrono.")


def test_summary_of_a_clean_record(person) -> None:
    who = person(dob=date(1970, 1, 1), offense=date(1999, 1, 1), custody=date(2000, 1, 1))
    s = summarize_conduct(who, date(2026, 11, 27))
    assert s.last_serious_rvr is None and s.years_since_last_serious is None
    assert s.text.startswith("No serious rules violation on record in 26 years of custody")


def test_recent_serious_rvr(person) -> None:
    who = person(dob=date(1970, 1, 1), offense=date(1999, 1, 1), custody=date(2000, 1, 1),
                 conduct=((date(2026, 6, 1), "serious_rvr", {}),))
    s = summarize_conduct(who, date(2026, 11, 27))
    assert s.years_since_last_serious == 0
    assert s.text.startswith("Serious rules violation within the last year (2026-06-01)")
