"""Loading the case list: the view worked out on the worker, the integrity check and backup after the list,
and the first start's column fitting spread over turns of the event loop."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QHeaderView

from eligibility.store import StoreError
from eligibility.workspace import CaseFilter, prepare_view, row_from_determinations
from tests.ui.conftest import TODAY, sample_people
from ui.case_model import CaseListModel


def _sample_rows(engine) -> list:
    return [row_from_determinations(p, engine.evaluate(p, TODAY), as_of=TODAY) for p in sample_people()]


def _shown(model: CaseListModel) -> list[str]:
    return [model.person_id_at(i) for i in range(model.rowCount())]


def test_the_integrity_check_starts_only_once_the_list_is_loaded(make_window, store_path, monkeypatch):
    from eligibility.store import crypto
    from ui import main_window as mw

    order: list[str] = []
    real_rows, real_verify = mw.case_rows, crypto.verify_integrity
    monkeypatch.setattr(mw, "case_rows", lambda store, **kw: (order.append("rows"), real_rows(store, **kw))[1])
    monkeypatch.setattr(crypto, "verify_integrity",
                        lambda *a, **kw: (order.append("check"), real_verify(*a, **kw))[1])
    window = make_window(store_path)
    assert window.model.rowCount() == 5
    assert order[:2] == ["rows", "check"]  # then the evaluation's own rows (the fixture store is not evaluated)
    assert order.count("check") == 1


def test_a_load_that_fails_still_runs_the_integrity_check(make_window, store_path, monkeypatch, dialogs_fixture):
    from eligibility.store import crypto
    from ui import main_window as mw

    checked: list[str] = []

    def broken(store, **kw):
        raise StoreError("The store reported a problem.")

    monkeypatch.setattr(mw, "case_rows", broken)
    monkeypatch.setattr(crypto, "verify_integrity", lambda *a, **kw: checked.append("check"))
    dialogs_fixture.set_next_answer(True)  # the load's error message
    window = make_window(store_path)
    assert window.model.rowCount() == 0
    assert checked == ["check"]
    assert [s.kind for s in dialogs_fixture.shown] == ["error"]


def test_a_store_closed_before_its_columns_are_fitted_leaves_them_for_the_next_rows(make_window, store_path, qtbot):
    window = make_window()
    header = window.table.horizontalHeader()
    assert window.open_store_path(store_path)
    assert window.model.rowCount() == 5
    assert window._columns_to_fit  # measured on the next turns of the event loop, not as the rows arrive
    window.set_store(None)
    qtbot.wait(30)
    assert not window._columns_to_fit and not window._columns_fitted
    assert window.open_store_path(store_path)
    qtbot.waitUntil(lambda: not window._columns_to_fit)
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    for column in range(1, header.count()):
        assert header.sectionSize(column) >= window.table.sizeHintForColumn(column), column


def test_the_model_takes_a_prepared_view_only_for_its_own_filter_and_order(qtbot, engine):
    rows = _sample_rows(engine)
    model = CaseListModel()
    model.set_filter(CaseFilter(text="ro"))
    own = CaseListModel()
    own.set_filter(CaseFilter(text="ro"))
    own.set_rows(rows, as_of=TODAY)
    expected = _shown(own)
    assert 0 < len(expected) < len(rows)

    for_another_filter = prepare_view(rows, CaseFilter(), "name", descending=False, as_of=TODAY)
    model.set_rows(rows, as_of=TODAY, prepared=for_another_filter)
    assert _shown(model) == expected
    model.sort(0)  # ascending by name, as prepared below: the model's order is its own, not the prepared one
    for_another_order = prepare_view(rows, CaseFilter(text="ro"), "name", descending=True, as_of=TODAY)
    model.set_rows(rows, as_of=TODAY, prepared=for_another_order)
    assert _shown(model) == expected

    fitting = prepare_view(rows, CaseFilter(text="ro"), "name", descending=False, as_of=TODAY)
    assert fitting.view == [own.all_rows.index(own.row_for(pid)) for pid in expected]
    # A prepared view that fits is taken as it is (reversed here, to see that it was used).
    model.set_rows(rows, as_of=TODAY, prepared=dataclasses.replace(fitting, view=fitting.view[::-1]))
    assert _shown(model) == expected[::-1]
    assert model.view_row_of(expected[0]) == len(expected) - 1  # positions came with it


def test_the_window_shows_the_counts_its_worker_worked_out(window):
    def labels() -> list[str]:
        panel = window.filters.statuses
        return [panel.item(i).text() for i in range(panel.count())]

    from_worker, line = labels(), window.counts_label.text()
    assert any(text.endswith("(0)") for text in from_worker) and any(not text.endswith("(0)") for text in from_worker)
    window._update_counts()  # counted afresh on the UI thread
    assert labels() == from_worker and window.counts_label.text() == line
    assert "5 people" in line and f"as of {TODAY.isoformat()}" in line


def test_rows_prepared_for_a_filter_changed_meanwhile_are_filtered_and_counted_by_the_window(window, qtbot):
    def labels() -> list[str]:
        panel = window.filters.statuses
        return [panel.item(i).text() for i in range(panel.count())]

    unfiltered = labels()
    window.search.setText("ro")  # typed while the rows were loading
    rows = list(window.model.all_rows)
    window._set_rows(rows, select=None, prepared=prepare_view(rows, CaseFilter(), "name", descending=False,
                                                              as_of=TODAY))
    assert sorted(_shown(window.model)) == ["TB2002", "TC3003"]
    assert window.counts_timer.isActive()  # counted once the typing pauses, as after any keystroke
    qtbot.waitUntil(lambda: not window.counts_timer.isActive())
    counted = labels()
    assert counted != unfiltered
    window._update_counts()
    assert labels() == counted
