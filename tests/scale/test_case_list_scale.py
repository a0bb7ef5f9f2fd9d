"""The case list at small scale: rows from the store (the window's query and full records agree), the Qt
model's filter and sort against plain Python, and the view the window's worker prepares."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eligibility.records import Jurisdiction, Status, best_status
from eligibility.rules import evaluate, load_packs
from eligibility.store import Store
from eligibility.store.case_list import case_rows
from eligibility.workspace import COLUMNS, CaseFilter, CaseRow, build_rows, column_keys, prepare_view
from tests.scale.scale_helpers import AS_OF, SCALE_PEOPLE, Roster
from ui.case_model import PERSON_ID_ROLE, CaseListModel


@pytest.fixture(scope="module")
def rows(template_store: Path) -> list[CaseRow]:
    """As the window loads them: from the columns the list shows."""
    with Store.open(template_store) as store:
        return case_rows(store, as_of=AS_OF)


def test_the_windows_query_gives_the_rows_full_records_give(template_store: Path, rows: list[CaseRow]) -> None:
    with Store.open(template_store) as store:
        assert rows == build_rows(store.load_people(), store.determination_index(), as_of=AS_OF)


def test_a_view_prepared_on_the_worker_is_the_one_the_model_shows(qapp, rows: list[CaseRow]) -> None:
    flt = CaseFilter(text="a", jurisdictions=frozenset({Jurisdiction.CA}))
    own = CaseListModel()
    own.set_filter(flt)
    own.sort(COLUMNS.index("status"), Qt.SortOrder.DescendingOrder)
    own.set_rows(rows, as_of=AS_OF)
    prepared = prepare_view(rows, flt, "status", descending=True, as_of=AS_OF)
    taken = CaseListModel()
    taken.set_filter(flt)
    taken.sort(COLUMNS.index("status"), Qt.SortOrder.DescendingOrder)
    taken.set_rows(rows, as_of=AS_OF, prepared=prepared)
    assert 0 < taken.rowCount() < len(rows)
    assert _visible_ids(taken) == _visible_ids(own)


@pytest.fixture
def model(qapp, rows: list[CaseRow]) -> CaseListModel:
    m = CaseListModel()
    m.set_rows(rows, as_of=AS_OF)
    return m


def _visible_ids(model: CaseListModel) -> list[str]:
    return [model.data(model.index(r, 0), PERSON_ID_ROLE) for r in range(model.rowCount())]


def test_each_row_shows_the_best_result_of_the_engine(rows: list[CaseRow], roster: Roster) -> None:
    assert len(rows) == SCALE_PEOPLE
    packs = load_packs(include_user_dir=False)
    by_id = {r.person_id: r for r in rows}
    for person in roster.people[::7]:
        best = best_status(evaluate(person, packs, AS_OF))
        row = by_id[person.person_id]
        assert (row.best, row.best_program, row.next_date) == (best.status, best.program, best.eligible_on)


@pytest.mark.parametrize("text", ["g", "ga", "gar", "nguy", "xa00", "zzzz-nobody", ""])
def test_a_search_keeps_exactly_the_people_whose_name_or_id_contains_it(model: CaseListModel,
                                                                       rows: list[CaseRow], text: str) -> None:
    model.set_filter(CaseFilter(text=text))
    expected = {r.person_id for r in rows if text.lower() in r.search}
    assert set(_visible_ids(model)) == expected
    assert model.rowCount() == len(expected)


def test_status_and_jurisdiction_filters_combine(model: CaseListModel, rows: list[CaseRow]) -> None:
    flt = CaseFilter(statuses=frozenset({Status.ELIGIBLE, Status.NOT_YET}),
                     jurisdictions=frozenset({Jurisdiction.CA}))
    model.set_filter(flt)
    expected = {r.person_id for r in rows
                if r.best in (Status.ELIGIBLE, Status.NOT_YET) and r.jurisdiction is Jurisdiction.CA}
    assert expected  # the generated roster has such people
    assert set(_visible_ids(model)) == expected


@pytest.mark.parametrize("column", range(len(COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_the_whole_list(model: CaseListModel, rows: list[CaseRow], column: int,
                                          order: Qt.SortOrder) -> None:
    model.sort(column, order)
    keys = dict(zip((r.person_id for r in rows), column_keys(rows, COLUMNS[column]), strict=True))
    shown = [keys[pid] for pid in _visible_ids(model)]
    assert len(shown) == SCALE_PEOPLE
    assert shown == sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder)
