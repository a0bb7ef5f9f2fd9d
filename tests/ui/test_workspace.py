"""The Qt-free glue under the case list: filtering, sorting, counts and dates (with hypothesis properties)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from eligibility.records import STATUS_RANK, Jurisdiction, Status
from eligibility.workspace import (
    COLUMNS,
    CaseFilter,
    CaseRow,
    column_keys,
    facet_counts,
    filter_rows,
    hiding_filter,
    make_row,
    prepare_view,
    served_text,
    sort_indexes,
    sort_indexes_in_slices,
    status_text,
    store_counts,
    validate_person_fields,
)

PROGRAMS = ("ca-youth-parole", "ca-elderly-parole", "dc-second-look")
dates = st.dates(min_value=date(1940, 1, 1), max_value=date(2060, 12, 31))


@st.composite
def rows(draw) -> CaseRow:
    pid = draw(st.text("ABC0123", min_size=2, max_size=6))
    last = draw(st.sampled_from(["Ames", "Bell", "Cruz", "Diaz", "ames"]))
    statuses = tuple(sorted({p: draw(st.sampled_from(list(Status)))
                             for p in draw(st.lists(st.sampled_from(PROGRAMS), max_size=3))}.items()))
    best = min((s for _, s in statuses), key=STATUS_RANK.__getitem__, default=None)
    return CaseRow(person_id=pid, name=f"{last}, X", age=draw(st.integers(18, 90)),
                   age_at_offense=draw(st.integers(12, 80)), served_months=draw(st.integers(0, 700)),
                   jurisdiction=draw(st.sampled_from(list(Jurisdiction))), best=best,
                   best_program=statuses[0][0] if statuses else "",
                   next_date=draw(st.none() | dates), statuses=statuses,
                   search=f"{last.lower()}, x\tx {last.lower()}\t{pid.lower()}")


filters = st.builds(CaseFilter, text=st.sampled_from(["", "am", "bell", "zz", " A "]),
                    statuses=st.frozensets(st.sampled_from(list(Status)), max_size=2),
                    programs=st.frozensets(st.sampled_from(PROGRAMS), max_size=2),
                    jurisdictions=st.frozensets(st.sampled_from(list(Jurisdiction)), max_size=2))


@settings(max_examples=150, deadline=None)
@given(st.lists(rows(), max_size=30), filters)
def test_filter_keeps_exactly_the_rows_that_match(case_rows, flt):
    kept = filter_rows(case_rows, flt)
    assert kept == sorted(kept)
    for i, row in enumerate(case_rows):
        matches = ((not flt.text.strip() or flt.text.strip().lower() in row.search)
                   and (not flt.jurisdictions or row.jurisdiction in flt.jurisdictions)
                   and (not flt.programs or bool(row.programs & flt.programs)))
        if matches and flt.statuses:
            relevant = ({s for p, s in row.statuses if p in flt.programs} if flt.programs else {row.best})
            matches = bool(relevant & flt.statuses)
        assert (i in kept) == matches


@settings(max_examples=100, deadline=None)
@given(st.lists(rows(), max_size=30), filters)
def test_status_counts_are_what_ticking_that_status_would_show(case_rows, flt):
    counts = facet_counts(case_rows, flt)
    for status in Status:
        ticked = CaseFilter(text=flt.text, statuses=frozenset({status}), programs=flt.programs,
                            jurisdictions=flt.jurisdictions)
        assert counts.statuses.get(status, 0) == len(filter_rows(case_rows, ticked))


@settings(max_examples=200, deadline=None)
@given(st.lists(rows(), max_size=30), filters)
def test_program_and_jurisdiction_counts_are_what_ticking_that_choice_would_show(case_rows, flt):
    # Many drawn filters tick nothing (only a search, or nothing at all): the tallies' shortcut is held to
    # the same definition as the general count.
    counts = facet_counts(case_rows, flt)
    for program in PROGRAMS:
        ticked = CaseFilter(text=flt.text, statuses=flt.statuses, programs=frozenset({program}),
                            jurisdictions=flt.jurisdictions)
        assert counts.programs.get(program, 0) == len(filter_rows(case_rows, ticked))
    for jurisdiction in Jurisdiction:
        ticked = CaseFilter(text=flt.text, statuses=flt.statuses, programs=flt.programs,
                            jurisdictions=frozenset({jurisdiction}))
        assert counts.jurisdictions.get(jurisdiction, 0) == len(filter_rows(case_rows, ticked))
    if not (flt.statuses or flt.programs or flt.jurisdictions):
        assert sum(counts.statuses.values()) == len(filter_rows(case_rows, flt))  # "not evaluated" included


@settings(max_examples=100, deadline=None)
@given(st.lists(rows(), max_size=40), st.sampled_from(COLUMNS), st.booleans())
def test_sorting_orders_by_the_column_and_keeps_every_row(case_rows, column, descending):
    order = sort_indexes(case_rows, list(range(len(case_rows))), column, descending=descending)
    assert sorted(order) == list(range(len(case_rows)))
    keys = column_keys(case_rows, column)
    seen = [keys[i] for i in order]
    assert seen == sorted(seen, reverse=descending)


@settings(max_examples=150, deadline=None)
@given(st.lists(rows(), max_size=60), st.sampled_from(COLUMNS), st.booleans(), st.integers(1, 9), filters)
def test_sorting_in_slices_gives_the_order_of_one_sort_ties_included(case_rows, column, descending, size, flt):
    # Few distinct keys (five names, three statuses ...), so equal keys are common: their order must match too.
    kept = filter_rows(case_rows, flt)
    assert (sort_indexes_in_slices(case_rows, kept, column, descending=descending, slice_size=size)
            == sort_indexes(case_rows, kept, column, descending=descending))


@settings(max_examples=60, deadline=None)
@given(st.lists(rows(), max_size=30), filters, st.sampled_from(COLUMNS), st.booleans(), dates, rows())
def test_a_prepared_view_is_what_the_list_would_work_out_itself(case_rows, flt, column, descending, as_of, extra):
    view = prepare_view(case_rows, flt, column, descending=descending, as_of=as_of)
    assert view.view == sort_indexes(case_rows, filter_rows(case_rows, flt), column, descending=descending)
    assert view.keys == column_keys(case_rows, column)
    assert view.counts == facet_counts(case_rows, flt)
    assert view.totals == store_counts(case_rows, as_of=as_of)
    assert view.position == {r.person_id: i for i, r in enumerate(case_rows)}
    assert view.fits(case_rows, flt, column, descending)
    assert not view.fits(case_rows, flt, column, not descending)
    assert not view.fits([*case_rows, extra], flt, column, descending)  # made for other rows


def test_missing_dates_sort_last_and_status_sorts_by_rank_then_date():
    base = dict(name="A, B", age=40, age_at_offense=20, served_months=1, jurisdiction=Jurisdiction.CA,
                best_program="p", search="a")
    r = [CaseRow(person_id="1", best=Status.NOT_YET, next_date=date(2030, 1, 1), **base),
         CaseRow(person_id="2", best=Status.ELIGIBLE, next_date=None, **base),
         CaseRow(person_id="3", best=Status.ELIGIBLE, next_date=date(2001, 1, 1), **base),
         CaseRow(person_id="4", best=None, next_date=None, **base)]
    assert [r[i].person_id for i in sort_indexes(r, [0, 1, 2, 3], "next_date")] == ["3", "1", "2", "4"]
    assert [r[i].person_id for i in sort_indexes(r, [0, 1, 2, 3], "status")] == ["3", "2", "1", "4"]


@given(st.integers(0, 2000))
def test_served_text_is_whole_years_and_months(months):
    years, rest = divmod(months, 12)
    assert served_text(months) == f"{years} y {rest} m"


@given(dates, dates)
def test_status_words_say_since_or_the_date(as_of, eligible_on):
    assert status_text(Status.NOT_YET, eligible_on, as_of=as_of) == f"Not yet ({eligible_on.isoformat()})"
    eligible = status_text(Status.ELIGIBLE, eligible_on, as_of=as_of)
    assert eligible == (f"Eligible since {eligible_on.isoformat()}" if eligible_on <= as_of else "Eligible")


@settings(max_examples=100, deadline=None)
@given(dates, st.lists(dates, max_size=20))
def test_within_12_months_counts_exactly_the_next_year(as_of, next_dates):
    base = dict(name="A, B", age=40, age_at_offense=20, served_months=1, jurisdiction=Jurisdiction.CA,
                best_program="p", search="a", best=Status.NOT_YET)
    case_rows = [CaseRow(person_id=str(i), next_date=d, **base) for i, d in enumerate(next_dates)]
    counts = store_counts(case_rows, as_of=as_of)
    try:
        horizon = as_of.replace(year=as_of.year + 1)
    except ValueError:
        horizon = date(as_of.year + 1, 3, 1)
    assert counts.not_yet_within_year == sum(1 for d in next_dates if d <= horizon)
    assert horizon - as_of in (timedelta(days=365), timedelta(days=366))


def test_the_row_of_a_person_uses_anniversaries(people):
    alvarez = people[0]
    row = make_row(alvarez, [("ca-elderly-parole", Status.ELIGIBLE, date(2020, 3, 15)),
                             ("ca-medical-release", Status.NOT_ELIGIBLE, None)], as_of=date(2026, 11, 27))
    assert (row.age, row.age_at_offense, row.served_months) == (56, 25, 31 * 12 + 5)
    assert row.best is Status.ELIGIBLE and row.next_date == date(2020, 3, 15)
    day_before = make_row(alvarez, [], as_of=date(2026, 3, 14))
    assert day_before.age == 55 and day_before.best is None


def test_hiding_filter_names_the_culprit():
    base = dict(name="Ames, X", age=40, age_at_offense=20, served_months=1, best_program="ca-youth-parole",
                search="ames, x", next_date=None)
    r = [CaseRow(person_id="1", jurisdiction=Jurisdiction.CA, best=Status.ELIGIBLE,
                 statuses=(("ca-youth-parole", Status.ELIGIBLE),), **base)]
    assert hiding_filter(r, CaseFilter(text="zzz")) == "search"
    assert hiding_filter(r, CaseFilter(jurisdictions=frozenset({Jurisdiction.DC}))) == "jurisdiction"
    assert hiding_filter(r, CaseFilter(programs=frozenset({"dc-second-look"}))) == "program"
    assert hiding_filter(r, CaseFilter(statuses=frozenset({Status.EXCLUDED}))) == "status"


def test_the_editor_uses_the_importers_rules(people, today):
    from eligibility.workspace import person_fields

    fields = person_fields(people[0])
    person, errors = validate_person_fields(fields, flags=people[0].flags, conduct=people[0].conduct, today=today)
    assert errors == {} and person == people[0]
    bad = {**fields, "offense_date": "1960-01-01", "custody_breaks": "2000-01-01..1999-01-01",
           "term_years": "12.5", "date_of_birth": "2030-01-01"}
    _, errors = validate_person_fields(bad, flags=frozenset(), today=today)
    assert errors["date_of_birth"].startswith("Expected a date on or before 2026-11-27")
    assert "custody_breaks" in errors and "term_years" in errors


@settings(max_examples=300, deadline=None)
@given(dates, st.integers(0, 60 * 12), dates, st.booleans(), st.sampled_from(["march_1", "feb_28"]))
def test_the_fast_months_served_count_agrees_with_the_dates_module(start, offset_days, as_of, with_break, leap):
    from dataclasses import replace

    from eligibility.dates import LeapDayRule, person_served_on
    from eligibility.records import CustodyBreak, Person, SentenceType
    from eligibility.workspace import served_months_on

    person = Person("P1", "A", "B", date(1930, 1, 1), Jurisdiction.CA, start, start, SentenceType.LIFE)
    if with_break:
        out = start + timedelta(days=offset_days + 1)
        person = replace(person, custody_breaks=(CustodyBreak(out, out + timedelta(days=40)),))
    rule = LeapDayRule(leap)
    assert served_months_on(person, as_of, leap=rule) == person_served_on(person, as_of, leap=rule).total_months


def test_the_workspace_glue_imports_without_qt():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = ("import sys, eligibility.workspace; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_cancelled_evaluation_keeps_the_earlier_results_and_frees_its_records_in_slices(people, today,
                                                                                          monkeypatch):
    import pytest

    from eligibility import workspace
    from eligibility.store import Store

    released: list[int] = []
    real_release = workspace.release_gradually
    monkeypatch.setattr(workspace, "release_gradually",
                        lambda items, **kw: (released.append(len(items)), real_release(items, **kw))[1])
    engine = workspace.RulesEngine(include_user_dir=False)
    with Store.memory() as store:
        store.import_people(people)
        workspace.evaluate_everyone(store, engine, as_of=today)
        before = store.determination_index()
        released.clear()
        with pytest.raises(workspace.EvaluationCancelled):
            workspace.evaluate_everyone(store, engine, as_of=today.replace(year=today.year + 1),
                                        cancelled=lambda: True)
        assert store.determination_index() == before
    # The results gathered so far (none: cancelled at the first check) and every loaded person.
    assert released == [0, len(people)]
