"""The import wizard: choose files, map columns, preview, import in a worker, read the report of bad rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from ui.import_wizard import ImportWizard, remembered_mapping

HEADER = ["Inmate Number", "Last", "First", "DOB", "State", "Offense Date", "Arrest Date", "Sentence", "Years"]
GOOD_1 = ["TG7001", "Garber", "Imported", "1965-04-04", "CA", "1992-02-02", "1992-02-03", "determinate", "40"]
BAD_DATE = ["TG7002", "Hollis", "Rejected", "1975-02-30", "CA", "1999-01-01", "1999-01-02", "determinate", "20"]
BAD_TYPE = ["TG7003", "Ives", "Rejected", "1980-01-01", "CA", "2000-01-01", "2000-01-02", "forever", ""]
GOOD_2 = ["TG7004", "Jessup", "Imported", "04/05/1970", "DC", "1990-05-05", "1990-05-06", "determinate", "45"]


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    path = tmp_path / "export from records.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for row in (GOOD_1, BAD_DATE, BAD_TYPE, GOOD_2):
            writer.writerow(row)
    return path


def _wizard(window, qtbot) -> ImportWizard:
    wizard = ImportWizard(window, store_opener=window._open_worker_store, known_ids=window.store.person_ids(),
                          today=window.today, qsettings=window.qsettings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _run_to_report(wizard: ImportWizard, qtbot, roster: Path) -> None:
    wizard.file_page.roster_edit.setText(str(roster))
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    assert wizard.mapping_page.isComplete(), wizard.mapping_page.message.text()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=5000)


def test_columns_are_suggested_from_their_names(window, qtbot, roster_file):
    wizard = _wizard(window, qtbot)
    wizard.file_page.roster_edit.setText(str(roster_file))
    wizard.next()
    mapping = wizard.mapping_page.roster_table.mapping()
    assert mapping["Inmate Number"] == "person_id"
    assert mapping["DOB"] == "date_of_birth"
    assert mapping["Arrest Date"] == "custody_start"
    assert mapping["Sentence"] == "sentence_type"


def test_a_missing_required_column_blocks_the_next_step(window, qtbot, roster_file):
    wizard = _wizard(window, qtbot)
    wizard.file_page.roster_edit.setText(str(roster_file))
    wizard.next()
    table = wizard.mapping_page.roster_table
    combo = table.combos[table.headers.index("DOB")]
    combo.setCurrentIndex(0)  # ignore this column
    assert not wizard.mapping_page.isComplete()
    assert "date_of_birth" in wizard.mapping_page.message.text()


def test_a_file_that_is_not_there_is_explained(window, qtbot, tmp_path):
    wizard = _wizard(window, qtbot)
    wizard.file_page.roster_edit.setText(str(tmp_path / "nope.csv"))
    assert not wizard.file_page.isComplete()
    assert "There is no file" in wizard.file_page.message.text()


def test_preview_shows_the_first_rows_under_the_canonical_fields(window, qtbot, roster_file):
    wizard = _wizard(window, qtbot)
    wizard.file_page.roster_edit.setText(str(roster_file))
    wizard.next()
    wizard.next()
    table = wizard.preview_page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:3] == ["person_id", "last_name", "first_name"]
    assert table.rowCount() == 4
    assert table.item(0, 0).text() == "TG7001"


def test_import_with_bad_rows_shows_the_report_and_keeps_the_good_rows(window, qtbot, roster_file, tmp_path,
                                                                      dialogs_fixture):
    wizard = _wizard(window, qtbot)
    _run_to_report(wizard, qtbot, roster_file)
    report = wizard.report_page
    assert "2 people" in report.summary.text() and "2 rows rejected" in report.summary.text()
    text = report.errors.toPlainText()
    assert "row 3, column date_of_birth: '1975-02-30'" in text
    assert "row 4, column sentence_type: 'forever'" in text
    assert window.store.has_person("TG7001") and window.store.has_person("TG7004")
    assert not window.store.has_person("TG7002")
    # Copyable ...
    report.copy()
    from PySide6.QtGui import QGuiApplication

    assert "1975-02-30" in QGuiApplication.clipboard().text()
    # ... and savable as CSV.
    out = tmp_path / "report.csv"
    dialogs_fixture.set_next_answer(out)
    report.save_button.click()
    lines = list(csv.reader(out.open(encoding="utf-8")))
    assert lines[0] == ["file", "row", "column", "value", "expected"]
    assert [line[1:3] for line in lines[1:]] == [["3", "date_of_birth"], ["4", "sentence_type"]]


def test_the_mapping_is_remembered_for_the_same_header(window, qtbot, roster_file):
    wizard = _wizard(window, qtbot)
    wizard.file_page.roster_edit.setText(str(roster_file))
    wizard.next()
    table = wizard.mapping_page.roster_table
    years = table.combos[table.headers.index("Years")]
    years.setCurrentIndex(years.findData("min_term_years"))  # a deliberate, unusual choice
    wizard.next()  # leaving the page remembers it
    assert remembered_mapping(window.qsettings, "roster", HEADER)["Years"] == "min_term_years"
    wizard.close()
    again = _wizard(window, qtbot)
    again.file_page.roster_edit.setText(str(roster_file))
    again.next()
    assert again.mapping_page.roster_table.mapping()["Years"] == "min_term_years"
    stored = " ".join(str(window.qsettings.value(k)) for k in window.qsettings.allKeys())
    assert "Garber" not in stored and "TG7001" not in stored  # header names only, never a person's data


def test_cancelling_keeps_nothing(window, qtbot, roster_file, monkeypatch):
    wizard = _wizard(window, qtbot)
    page = wizard.progress_page
    original = page.initializePage

    def cancel_first() -> None:
        # The inline pool runs the task at once, so ask for the cancel before it starts.
        import ui.import_wizard as wiz

        real = wiz.run_in_background

        def cancelled_run(fn, **kwargs):
            def wrapped(ctx):
                ctx.cancel()
                return fn(ctx)
            return real(wrapped, **kwargs)

        monkeypatch.setattr(wiz, "run_in_background", cancelled_run)
        original()

    monkeypatch.setattr(page, "initializePage", cancel_first)
    wizard.file_page.roster_edit.setText(str(roster_file))
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PROGRESS
    assert "cancelled" in page.label.text()
    assert not window.store.has_person("TG7001")
    assert not page.isComplete()


def test_the_main_window_import_adds_people_to_the_list(window, qtbot, roster_file, dialogs_fixture):
    def drive(wizard: QWizard) -> int:
        _run_to_report(wizard, qtbot, roster_file)
        return 1

    dialogs_fixture.set_next_answer(drive)
    window.act_import.trigger()
    assert window.model.rowCount() == 7
    row = window.model.row_for("TG7004")
    assert row is not None and row.best is not None  # imported people are evaluated at once


def test_an_excel_roster_goes_through_the_same_steps(window, qtbot, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "roster.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(GOOD_1)
    sheet.append(BAD_DATE)
    book.save(path)
    wizard = _wizard(window, qtbot)
    _run_to_report(wizard, qtbot, path)
    assert "row 3, column date_of_birth" in wizard.report_page.errors.toPlainText()
    assert window.store.has_person("TG7001")
