"""The audit view: filters by action, person, dates and text; CSV export that spreadsheets cannot run."""

from __future__ import annotations

import csv
import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate

from eligibility.store import AuditEntry, AuditFilter
from eligibility.store.crypto import open_store
from tests.security.factory import MARKER_ID, PASSPHRASE, marker_person, people
from ui.dialogs import dialogs
from ui.security import AuditView

FORMULA_STAFF = "=HYPERLINK(\"http://evil.invalid\",\"click\")"


@pytest.fixture
def store(enc_path):
    s = open_store(enc_path, passphrase=PASSPHRASE, staff=FORMULA_STAFF)
    s.save_person(replace(marker_person(), county="Kern"))
    s.import_people(people(3))
    s.add_note(MARKER_ID, "+1 called back")
    yield s
    s.close()


@pytest.fixture
def view(qtbot, store):
    exported: list[tuple[Path, int]] = []
    v = AuditView(fetch=store.audit_entries, actions=store.audit_actions(),
                  on_exported=lambda p, n: exported.append((p, n)), today=date(2026, 11, 27))
    v.exported = exported  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    return v


def _actions(view: AuditView) -> list[str]:
    return [view.model.entry(r).action for r in range(view.model.rowCount())]


def test_the_model_is_a_well_behaved_qt_model(view, qtmodeltester):
    qtmodeltester.check(view.model)


def test_everything_is_listed_at_first(view, store):
    assert _actions(view) == [e.action for e in store.audit_entries()]
    assert view.count_label.text().startswith(str(len(store.audit_entries())))


def test_filter_by_action(view):
    view.action_box.setCurrentIndex(view.action_box.findData("import"))
    assert _actions(view) == ["import", "import"]  # the fixture's and this test's


def test_filter_by_person(view, qtbot):
    view.person_field.setText(MARKER_ID)
    qtbot.waitUntil(lambda: _actions(view) == ["person_updated", "note_added"])
    assert view.model.data(view.model.index(0, 2)) == MARKER_ID


def test_filter_by_text(view, qtbot):
    view.text_field.setText("Kern")
    qtbot.waitUntil(lambda: _actions(view) == ["person_updated"])


def test_filter_by_dates_uses_whole_local_days(qtbot):
    local = datetime.now().astimezone().tzinfo
    def entry(i: int, at: datetime) -> AuditEntry:
        return AuditEntry(i, at, "u", "", f"a{i}", "", "", {}, "0" * 64, "1" * 64)
    entries = [entry(1, datetime(2026, 11, 1, 23, 59, tzinfo=local)),
               entry(2, datetime(2026, 11, 2, 0, 0, tzinfo=local)),
               entry(3, datetime(2026, 11, 3, 23, 59, 59, tzinfo=local)),
               entry(4, datetime(2026, 11, 4, 0, 0, tzinfo=local))]
    seen: list[AuditFilter] = []

    def fetch(flt: AuditFilter) -> list[AuditEntry]:
        seen.append(flt)
        return [e for e in entries if (flt.since is None or e.at >= flt.since)
                and (flt.until is None or e.at < flt.until)]

    v = AuditView(fetch=fetch, actions=[], today=date(2026, 11, 27))
    qtbot.addWidget(v)
    v.from_check.setChecked(True)
    v.from_date.setDate(QDate(2026, 11, 2))
    v.to_check.setChecked(True)
    v.to_date.setDate(QDate(2026, 11, 3))
    assert [v.model.entry(r).id for r in range(v.model.rowCount())] == [2, 3]
    assert seen[-1].since is not None and seen[-1].since.utcoffset() is not None


def test_the_store_filters_dates_in_utc_too(view, store):
    now = datetime.now(UTC)
    view.from_check.setChecked(True)
    view.from_date.setDate(QDate.currentDate().addDays(1))
    assert view.model.rowCount() == 0
    view.from_date.setDate(QDate.currentDate().addDays(-1))
    assert view.model.rowCount() == len(store.audit_entries())
    assert all(e.at <= now + timedelta(seconds=5) for e in view.model.entries())


def test_the_export_neutralises_formulas_is_private_and_is_reported(view, tmp_path, store):
    path = tmp_path / "audit.csv"
    count = view.export_to(path)
    assert count == view.model.rowCount() and view.exported == [(path, count)]
    assert os.stat(path).st_mode & 0o777 == 0o600
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:5] == ["id", "at", "os_user", "staff", "action"]
    staff_cells = {r[3] for r in rows[1:]}
    assert "'" + FORMULA_STAFF in staff_cells and FORMULA_STAFF not in staff_cells
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert not list(tmp_path.glob(".audit.csv.*"))  # no temp file left


def test_export_through_the_file_dialog(view, tmp_path):
    dialogs.reset()
    dialogs.set_next_answer(tmp_path / "trail")
    view.export_dialog()
    assert (tmp_path / "trail.csv").exists()
    assert "Exported" in view.count_label.text()
    dialogs.reset()


def test_a_fetch_error_is_shown_and_the_view_survives(qtbot):
    from eligibility.store import StoreError

    def failing(_flt: AuditFilter) -> list[AuditEntry]:
        raise StoreError("The store is closed.")

    dialogs.reset()
    dialogs.set_next_answer(None)  # the error dialog
    v = AuditView(fetch=failing, actions=["import"])
    qtbot.addWidget(v)
    assert dialogs.shown[-1].text == "The store is closed." and v.model.rowCount() == 0
    dialogs.reset()


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", "=cmd|' /C calc'!A0"])
def test_each_dangerous_start_is_neutralised_in_every_text_column(cell):
    from ui.security.audit_view import audit_csv_row

    entry = AuditEntry(7, datetime(2026, 11, 2, tzinfo=UTC), cell, cell, cell, cell, cell, {}, cell, cell)
    row = audit_csv_row(entry)
    assert row[2:7] == ["'" + cell] * 5 and row[8:] == ["'" + cell] * 2
    assert row[0] == "7" and row[7] == "{}"


def test_harmless_cells_are_left_exactly_as_they_are():
    from ui.security.audit_view import audit_csv_row

    entry = AuditEntry(1, datetime(2026, 11, 2, tzinfo=UTC), "alice", "A. Advocate", "import", "person",
                       "AB1234", {"note": "=not at the start"}, "0" * 64, "f" * 64)
    assert audit_csv_row(entry)[2:7] == ["alice", "A. Advocate", "import", "person", "AB1234"]
