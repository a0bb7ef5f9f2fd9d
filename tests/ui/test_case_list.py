"""The case list: rows from the store, filtering by name and status, sorting, counts, and speed."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import Qt

from eligibility.records import Jurisdiction, Status
from eligibility.workspace import COLUMNS, CaseRow
from ui.case_model import PERSON_ID_ROLE, CaseListModel
from ui.qt_compat import emit


def _cell(model, row: int, column: str) -> str:
    return model.data(model.index(row, COLUMNS.index(column)), Qt.ItemDataRole.DisplayRole)


def test_opening_a_store_shows_everyone_with_their_best_status(window):
    model = window.model
    assert model.rowCount() == 5
    names = [_cell(model, r, "name") for r in range(model.rowCount())]
    assert names == sorted(names, key=str.lower)  # sorted by name by default
    row = model.view_row_of("TA1001")
    assert _cell(model, row, "name") == "Alvarez, Testa"
    assert _cell(model, row, "status") == "Eligible"
    assert _cell(model, row, "served") == "31 y 5 m"
    assert _cell(model, row, "age") == "56"
    assert _cell(model, row, "next_date") == "2010-06-10"  # eligible since then (LA DA policy and others)
    federal = model.view_row_of("TE5005")
    assert _cell(model, federal, "status") == "Not yet"
    assert _cell(model, federal, "next_date") == "2027-01-02"
    # The status carries an icon beside its word, never colour alone.
    assert not model.data(model.index(row, COLUMNS.index("status")), Qt.ItemDataRole.DecorationRole).isNull()
    assert "5 people" in window.counts_label.text()
    assert "5 people" in window.count_label.text()


def test_typing_a_name_filters_the_list(window, qtbot):
    qtbot.keyClicks(window.search, "brook")
    assert window.model.rowCount() == 1
    assert _cell(window.model, 0, "person_id") == "TB2002"
    window.search.clear()
    qtbot.keyClicks(window.search, "TD40")  # by ID too
    assert [window.model.person_id_at(r) for r in range(window.model.rowCount())] == ["TD4004"]
    assert "1 of 5 people" == window.count_label.text()


def test_a_search_that_hides_everyone_says_so(window, qtbot):
    qtbot.keyClicks(window.search, "zzzz")
    assert window.model.rowCount() == 0
    assert window.list_stack.currentWidget() is window.empty_state
    assert "zzzz" in window.empty_label.text()
    window.empty_clear.click()
    assert window.model.rowCount() == 5
    assert window.list_stack.currentWidget() is window.table


def test_status_filter_keeps_only_that_status_and_counts_match(window, qtbot):
    window.filters.set_checked(statuses=[Status.NOT_YET])
    model = window.model
    ids = {model.person_id_at(r) for r in range(model.rowCount())}
    assert ids == {"TE5005"}
    emit(window.counts_timer.timeout)
    texts = [window.filters.statuses.item(i).text() for i in range(window.filters.statuses.count())]
    assert "Not yet  (1)" in texts
    assert "Eligible  (4)" in texts


def test_program_and_status_filter_use_that_programs_status(window):
    window.filters.set_checked(programs=["ca-elderly-parole"], statuses=[Status.NOT_YET])
    ids = {window.model.person_id_at(r) for r in range(window.model.rowCount())}
    assert ids == {"TB2002"}  # eligible for youth parole, but not yet for elderly parole


def test_jurisdiction_filter(window):
    window.filters.set_checked(jurisdictions=[Jurisdiction.DC, Jurisdiction.US])
    ids = {window.model.person_id_at(r) for r in range(window.model.rowCount())}
    assert ids == {"TD4004", "TE5005"}


def test_clicking_a_header_sorts(window, qtbot):
    header = window.table.horizontalHeader()
    column = COLUMNS.index("age")
    window.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    ages = [int(_cell(window.model, r, "age")) for r in range(window.model.rowCount())]
    assert ages == sorted(ages, reverse=True)
    assert header.sortIndicatorSection() == column


def test_case_list_model_passes_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.model)
    window.filters.set_checked(statuses=[Status.ELIGIBLE])
    qtmodeltester.check(window.model)


def _synthetic_rows(n: int) -> list[CaseRow]:
    statuses = list(Status)
    return [CaseRow(person_id=f"X{i:06d}", name=f"Last{i % 977:03d}, First{i % 113}", age=20 + i % 60,
                    age_at_offense=14 + i % 40, served_months=i % 480, jurisdiction=list(Jurisdiction)[i % 4],
                    best=statuses[i % 5], best_program="ca-youth-parole", next_date=date(2000 + i % 40, 1, 1),
                    statuses=(("ca-youth-parole", statuses[i % 5]),),
                    search=f"last{i % 977:03d}, first{i % 113}\tx{i:06d}") for i in range(n)]


def test_filter_keystroke_and_sort_are_fast_on_100000_rows(qtbot):
    from eligibility.workspace import CaseFilter

    model = CaseListModel()
    model.set_rows(_synthetic_rows(100_000), as_of=date(2026, 11, 27))
    start = time.perf_counter()
    model.set_filter(CaseFilter(text="last12"))
    filtered = time.perf_counter() - start
    assert 0 < model.rowCount() < 100_000
    model.set_filter(CaseFilter())
    start = time.perf_counter()
    model.sort(COLUMNS.index("served"), Qt.SortOrder.DescendingOrder)
    sorted_in = time.perf_counter() - start
    assert model.data(model.index(0, 0), PERSON_ID_ROLE) is not None
    served = [model.all_rows[i].served_months for i in model._view[:1000]]
    assert served == sorted(served, reverse=True)
    assert filtered < 0.1, f"filter took {filtered * 1000:.0f} ms"
    assert sorted_in < 0.2, f"sort took {sorted_in * 1000:.0f} ms"


def test_the_shown_order_after_any_filter_is_the_filtered_rows_sorted_afresh(qtbot):
    """Filters that keep most rows pick them out of the cached whole order; the result must be exactly a
    fresh stable sort of the kept rows, ties included (few distinct keys here, so ties are everywhere)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from eligibility.workspace import CaseFilter, filter_rows, prepare_view, sort_indexes

    rows = _synthetic_rows(300)
    texts = st.sampled_from(["", "l", "last", "last00", "first1", "x0002", "zz", "t"])
    flts = st.builds(CaseFilter, text=texts, statuses=st.frozensets(st.sampled_from(list(Status)), max_size=2),
                     jurisdictions=st.frozensets(st.sampled_from(list(Jurisdiction)), max_size=1))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(flts, min_size=1, max_size=6), st.integers(0, len(COLUMNS) - 1), st.booleans(), st.booleans())
    def check(filters, column, descending, prepared):
        model = CaseListModel()
        model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        view = (prepare_view(rows, CaseFilter(), COLUMNS[column], descending=descending, as_of=date(2026, 1, 1))
                if prepared else None)
        model.set_rows(rows, as_of=date(2026, 1, 1), prepared=view)
        for flt in filters:
            model.set_filter(flt)
            expected = sort_indexes(rows, filter_rows(rows, flt), COLUMNS[column], descending=descending)
            assert [model.person_id_at(i) for i in range(model.rowCount())] == [rows[i].person_id for i in expected]

    check()
