"""Whole-window flows: the demo store, the as-of date, locking, exports, layout memory, the error path."""

from __future__ import annotations

import csv
import dataclasses
import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton, QTableView

from eligibility.records import Status
from eligibility.store import Store, StoreError
from eligibility.workspace import create_demo_store
from ui.qt_compat import emit


def _no_encryption(dialog) -> int:
    """Answer the new-store passphrase dialog by opting out of encryption (after its warning)."""
    dialog.plain_box.setChecked(True)
    assert dialog.plain_warning.isVisibleTo(dialog)
    emit(dialog.buttons.accepted)
    return dialog.result()


def test_first_run_opens_the_demo_store_with_a_banner(make_window, tmp_path, settings, today):
    from ui.app import open_initial_store
    from ui.main_window import plain_store_opener

    default = tmp_path / "data" / "cases.slstore"
    opener = plain_store_opener()
    store = open_initial_store(None, settings=settings, today=today, default_path=default,
                               opener=lambda p: opener(p, None))
    assert default.exists() and store.is_demo
    window = make_window()
    window.set_store(store)
    assert window.model.rowCount() == 200
    assert window.banner.isVisible() and "fictional" in window.banner.label.text()
    assert "(demo)" in window.store_label.text()
    assert all(r.best is not None for r in window.model.all_rows)  # evaluated on first open
    window.set_store(None)
    # The second start opens the same store rather than making a new one.
    again = open_initial_store(None, settings=settings, today=today, default_path=default,
                               opener=lambda p: opener(p, None))
    assert again.count_people() == 200
    again.close()


def test_changing_the_as_of_date_re_evaluates_everyone(window, qtbot):
    assert window.model.row_for("TA1001").status_for("ca-elderly-parole") is Status.ELIGIBLE
    window.as_of_edit.setDate(date(2012, 1, 1))
    emit(window.as_of_timer.timeout)  # what the debounce timer does once typing stops
    assert window.as_of == date(2012, 1, 1)
    row = window.model.row_for("TA1001")
    assert row.age == 41
    assert row.status_for("ca-elderly-parole") is Status.NOT_YET  # 50 only in 2020
    assert row.status_for("ca-youth-parole") is Status.NOT_YET  # 25-to-life: the 25th year from 2019
    stored = window.store.get_determinations("TA1001")
    assert {s.determination.as_of for s in stored} == {date(2012, 1, 1)}
    assert "as of 2012-01-01" in window.counts_label.text()
    assert window.select_person("TA1001")
    assert "age 41 on 2012-01-01" in window.person_page.eligibility.text()


def test_lock_hides_everything_and_unlock_brings_it_back(window):
    window.select_person("TA1001")
    window.act_lock.trigger()
    assert window.is_locked and window.store is None
    assert window.model.rowCount() == 0
    assert window.stack.currentWidget() is window.lock_screen
    assert window.person_page.person is None
    assert not window.act_new_person.isEnabled()
    assert window.unlock()
    assert window.model.rowCount() == 5
    assert window.stack.currentWidget() is window.splitter


def test_export_of_the_filtered_list_neutralises_cells(window, qtbot, tmp_path, dialogs_fixture):
    person = window.store.get_person("TB2002")
    window.store.save_person(dataclasses.replace(person, last_name="=HYPERLINK(1)"))
    window.reload()
    qtbot.keyClicks(window.search, "hyperlink")
    assert window.model.rowCount() == 1
    out = tmp_path / "list.csv"
    dialogs_fixture.set_next_answer(out)
    window.act_export_list.trigger()
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0][:3] == ["person_id", "name", "age"]
    assert len(rows) == 2
    assert rows[1][0] == "TB2002" and rows[1][1].startswith("'=HYPERLINK")
    assert window.store.audit_entries()[-1].action == "export_list"


def test_export_of_the_canonical_roster(window, tmp_path, dialogs_fixture):
    folder = tmp_path / "out"
    folder.mkdir()
    dialogs_fixture.set_next_answer(folder)
    window.act_export_roster.trigger()
    roster = list(csv.DictReader((folder / "roster.csv").open(encoding="utf-8")))
    assert {r["person_id"] for r in roster} == {"TA1001", "TB2002", "TC3003", "TD4004", "TE5005"}
    conduct = list(csv.DictReader((folder / "conduct.csv").open(encoding="utf-8")))
    assert [(c["person_id"], c["kind"]) for c in conduct] == [("TA1001", "serious_rvr")]


def test_layout_is_remembered_and_holds_no_personal_data(make_window, store_path, qsettings, qtbot):
    first = make_window(store_path)
    qtbot.wait(20)
    first.splitter.setSizes([190, 300, 400])
    sizes = first.splitter.sizes()
    first.table.horizontalHeader().resizeSection(1, 123)
    first.select_person("TA1001")
    first.close()
    second = make_window(store_path)
    qtbot.wait(20)
    assert abs(second.width() - first.width()) <= 12  # the offscreen platform may shift a frame slightly
    assert second.splitter.sizes()[0] == sizes[0]  # the filter pane as the user left it
    assert abs(second.splitter.sizes()[2] - sizes[2]) <= 12
    assert second.table.horizontalHeader().sectionSize(1) == 123
    ini = Path(qsettings.fileName()).read_text(encoding="latin-1")
    for secret in ("Alvarez", "TA1001", "1970-03-15"):
        assert secret not in ini


def test_new_store_starts_empty_and_says_how_to_begin(window, tmp_path, dialogs_fixture):
    dialogs_fixture.set_next_answer(tmp_path / "clinic")
    dialogs_fixture.set_next_answer(_no_encryption)
    window.act_new_store.trigger()
    assert window.store is not None and window.store.path == tmp_path / "clinic.slstore"
    assert window.model.rowCount() == 0
    assert window.list_stack.currentWidget() is window.empty_state
    assert "Import a roster" in window.empty_label.text()
    assert window.empty_import.isVisible()


def test_opening_something_that_is_not_a_store_explains_it(window, tmp_path, dialogs_fixture):
    bogus = tmp_path / "notes.slstore"
    bogus.write_bytes(b"not a database at all, just text" * 10)
    dialogs_fixture.set_next_answer(bogus)
    dialogs_fixture.set_next_answer(None)  # the error dialog
    window.act_open_store.trigger()
    error = dialogs_fixture.shown[-1]
    assert error.kind == "error" and "not a Second Look store" in error.text
    assert window.store is not None and window.model.rowCount() == 5  # the open store stays


def test_settings_dialog_saves_office_details(window, settings, dialogs_fixture):
    def fill(dialog) -> int:
        dialog.office.set_value("office.organisation", "Example Defender Clinic")
        dialog.office.set_value("office.address", "1 Main St\nSpringfield")
        dialog.staff_name.setText("Pat Reviewer")
        dialog.accept()
        return dialog.result()

    dialogs_fixture.set_next_answer(fill)
    window.act_settings.trigger()
    assert settings.get("office.organisation") == "Example Defender Clinic"
    assert settings.get("office.address") == "1 Main St\nSpringfield"
    assert settings.get("staff.name") == "Pat Reviewer"


def test_settings_and_office_details_share_one_editor_and_its_checks(window, settings, dialogs_fixture):
    from ui.petitions import OfficeSettingsForm

    def bad_email(dialog) -> int:
        assert isinstance(dialog.office, OfficeSettingsForm)
        dialog.office.set_value("office.email", "not an address")
        assert "e-mail address" in dialog.office.error_labels["office.email"].text()
        dialog.accept()  # refused while a field is wrong
        return dialog.result()

    dialogs_fixture.set_next_answer(bad_email)
    window.act_settings.trigger()
    assert settings.get("office.email") == ""

    def office(dialog) -> int:
        dialog.form.set_value("office.email", "clinic@example.org")
        dialog.accept()
        return dialog.result()

    dialogs_fixture.set_next_answer(office)
    window.act_office.trigger()
    assert settings.get("office.email") == "clinic@example.org"
    assert window.act_office in window.tools_menu.actions()


def test_without_rule_packs_the_list_still_opens_and_says_why(make_window, store_path):
    window = make_window(store_path, with_engine=False)
    assert window.model.rowCount() == 5
    assert window.engine_banner.isVisible()
    assert not window.act_evaluate.isEnabled()


def test_errors_reach_the_user_in_plain_words_and_the_log_has_no_personal_data(qtbot, tmp_path,
                                                                              dialogs_fixture):
    from eligibility import logs
    from ui import errors

    path = errors.configure_logging()
    assert path == logs.log_file()  # one log, the one the CLI writes too
    dialogs_fixture.set_next_answer(None)
    errors.show_error(None, StoreError("The store is in use by another program."))
    assert dialogs_fixture.shown[-1].text == "The store is in use by another program."
    try:
        raise RuntimeError("Alvarez TA1001 born 1970-03-15")
    except RuntimeError as exc:
        dialogs_fixture.set_next_answer(None)
        errors.show_error(None, exc)
    shown = dialogs_fixture.shown[-1]
    assert "did not expect" in shown.text and "Alvarez" not in shown.text
    for handler in logging.getLogger("secondlook").handlers:
        handler.flush()
    log = path.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in log and "test_app.py" in log
    assert "Alvarez" not in log and "TA1001" not in log and "1970-03-15" not in log


def test_every_control_has_an_accessible_name_and_every_menu_action_a_key(window):
    unnamed = []
    for cls in (QLineEdit, QComboBox, QTableView, QListWidget, QPushButton):
        for widget in window.findChildren(cls):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts of a compound control (the spin box inside the date edit)
            if not (widget.accessibleName() or (isinstance(widget, QPushButton) and widget.text())):
                unnamed.append(f"{cls.__name__} {widget.objectName()}")
    assert unnamed == []
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_demo_store_can_be_made_again_without_touching_an_existing_file(tmp_path, today):
    path = tmp_path / "demo.slstore"
    store = create_demo_store(path, today=today)
    assert store.is_demo and store.count_people() == 200
    store.close()
    try:
        create_demo_store(path, today=today)
    except StoreError:
        pass
    else:  # pragma: no cover - the assertion below explains
        raise AssertionError("creating over an existing store must fail")
    with Store.open(path) as again:
        assert again.count_people() == 200


def test_an_empty_store_offers_the_demo_store(window, tmp_path, dialogs_fixture):
    dialogs_fixture.set_next_answer(tmp_path / "empty")
    dialogs_fixture.set_next_answer(_no_encryption)
    window.act_new_store.trigger()
    assert window.empty_demo.isVisible()
    window.empty_demo.click()
    assert window.store.is_demo and window.model.rowCount() == 200
    assert window.banner.isVisible()
    window.set_store(None)
    window.act_open_demo.trigger()  # the second time it opens the same file
    assert window.store.is_demo and window.model.rowCount() == 200


def test_a_broken_office_pack_is_named_in_a_banner(make_window, store_path):
    window = make_window()
    window._engine_problem = "office.toml, line 3, field id: expected text"
    window.set_store(None)
    assert window.engine_banner.isVisible()
    assert "office.toml" in window.engine_banner.label.text()


def test_locking_closes_open_dialogs_that_could_show_data(window, qtbot, today):
    from ui.conduct_tab import ConductEntryDialog

    dialog = ConductEntryDialog("TA1001", today=today, parent=window)
    dialog.show()
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()


def test_a_store_evaluated_for_another_day_shows_its_rows_then_brings_them_up_to_date(
        make_window, store_path, monkeypatch):
    """With real threads the rows appear first and the evaluation follows; the order is what matters."""
    from ui import main_window as mw

    seen: list[str] = []
    real_set_rows = mw.MainWindow._set_rows
    real_evaluate = mw.MainWindow.evaluate_all
    monkeypatch.setattr(mw.MainWindow, "_set_rows", lambda self, rows, **kw: (
        seen.append(f"rows:{sum(r.best is not None for r in rows)}"), real_set_rows(self, rows, **kw))[1])
    monkeypatch.setattr(mw.MainWindow, "evaluate_all", lambda self: (seen.append("evaluate"),
                                                                     real_evaluate(self))[1])
    window = make_window(store_path)
    assert seen == ["rows:0", "evaluate", "rows:5"]  # never evaluated: rows first, then results
    seen.clear()
    window.set_store(None)
    window.open_store_path(store_path)
    assert seen == ["rows:5"]  # results current for this date: nothing to redo


def test_changing_the_leap_day_setting_re_evaluates_everyone(qtbot, tmp_path, settings, qsettings, dialogs_fixture):
    from eligibility.dates import LeapDayRule
    from eligibility.records import Jurisdiction, Person, SentenceType
    from eligibility.workspace import RulesEngine
    from ui.main_window import MainWindow

    # Born 29 February 1976: the 50th birthday falls on 1 March 2026 by default, on 28 February otherwise.
    leapling = Person("TL0229", "Leap", "Day", date(1976, 2, 29), Jurisdiction.CA, date(1995, 1, 1),
                      date(1995, 1, 2), SentenceType.LIFE, min_term_years=15)
    path = tmp_path / "leap.slstore"
    with Store.create(path) as store:
        store.import_people([leapling])
    window = MainWindow(engine=RulesEngine(include_user_dir=False), settings=settings, today=date(2026, 11, 27),
                        qsettings=qsettings)
    try:
        window.show()
        assert window.open_store_path(path)
        window.set_as_of(date(2026, 2, 28))

        def leap_reason() -> str:
            det = next(s.determination for s in window.store.get_determinations("TL0229")
                       if s.determination.program == "ca-elderly-parole")
            assert det.status is Status.NEEDS_REVIEW  # the answer turns on the convention either way
            return next(c.reason for c in det.criteria if c.id.startswith("leap"))

        assert "with 29 February taken as 1 March" in leap_reason().split(",")[0]

        def choose_feb_28(dialog) -> int:
            dialog.leap.setCurrentIndex(dialog.leap.findData("feb_28"))
            dialog.accept()
            return dialog.result()

        dialogs_fixture.set_next_answer(choose_feb_28)
        window.act_settings.trigger()
        assert settings.get("dates.leap_day") == "feb_28"
        assert window.engine.leap is LeapDayRule.FEB_28
        assert "with 29 February taken as 28 February" in leap_reason().split(",")[0]  # re-evaluated
    finally:
        window.person_page.facts.set_person(None)
        window.close()


def test_the_person_pane_detaches_and_comes_back_on_lock(window):
    window.select_person("TA1001")
    window.act_detach_person.trigger()
    assert window.person_page.window() is not window and window.person_page.isVisible()
    assert window.person_page.title.text().startswith("Alvarez, Testa")
    window.lock()
    assert window.person_page.window() is window and not window.act_detach_person.isChecked()
    window.unlock()
    window.act_detach_person.trigger()
    window._person_window.close()  # closing the separate window docks the pane again
    assert window.person_page.window() is window


def test_people_added_outside_the_app_are_evaluated_when_the_store_opens(make_window, store_path, people):
    import dataclasses as dc

    window = make_window(store_path)
    window.set_store(None)
    with Store.open(store_path) as store:  # e.g. `main.py import` while the app was closed
        store.import_people([dc.replace(people[1], person_id="TZ9009", last_name="Zeller")])
    assert window.open_store_path(store_path)
    assert window.model.row_for("TZ9009").best is not None


def test_first_run_on_a_1366x768_laptop_shows_every_column_and_every_person_tab(make_window, demo_path, qtbot):
    from PySide6.QtCore import QRect

    window = make_window()
    laptop = QRect(0, 0, 1366, 768)
    window._first_geometry(laptop)
    qtbot.waitUntil(lambda: window.width() == round(1366 * 0.9))
    assert abs(window.height() - round(768 * 0.9)) <= 2
    assert laptop.contains(window.frameGeometry().center())
    assert window.open_store_path(demo_path)
    qtbot.waitUntil(lambda: window.model.rowCount() == 200)
    window.select_person(window.model.person_id_at(12))
    qtbot.wait(20)

    header = window.table.horizontalHeader()
    viewport = window.table.viewport().width()
    for column in range(header.count()):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport, (column, left, viewport)
    assert window.table.horizontalScrollBar().maximum() == 0  # nothing scrolls sideways
    # The name column keeps room for a typical name; the fixed columns hold their widest cell.
    assert header.sectionSize(0) >= window.table.fontMetrics().horizontalAdvance("Al-Sayed, Efraín")
    for column in range(1, header.count()):
        assert header.sectionSize(column) >= window.table.sizeHintForColumn(column), column
    tabs = window.person_page.tabs.tabBar()
    assert tabs.width() >= tabs.sizeHint().width()  # Facts … Notes all shown, no scroll arrows
    assert window.person_page.width() >= window.person_page.minimumWidth()


def test_the_desktop_file_name_is_set_at_start(monkeypatch):
    from PySide6.QtGui import QGuiApplication

    import ui.app

    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own; put the test's back
    monkeypatch.setattr(QGuiApplication, "setDesktopFileName", staticmethod(seen.append))
    monkeypatch.setattr(ui.app, "Settings", _Refused)
    monkeypatch.setattr(ui.app, "show_error", lambda *_a, **_k: None)
    assert ui.app.run_app(["secondlook"]) == 1
    assert seen == ["org.secondlook.SecondLook"]


class _Refused:
    """Settings that cannot be read: run_app stops right after setting up the application."""

    def __init__(self) -> None:
        from eligibility.settings import SettingsError

        raise SettingsError("unreadable")


def test_big_dialogs_are_shrunk_to_the_screen(qtbot):
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.geometry import SCREEN_SHARE, resize_within_screen

    available = QApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    resize_within_screen(dialog, width=available.width() * 2, height=available.height() * 2)
    assert dialog.width() == round(available.width() * SCREEN_SHARE)
    assert dialog.height() == round(available.height() * SCREEN_SHARE)
    resize_within_screen(dialog, width=300, height=200)  # a size that fits is kept as asked
    assert (dialog.width(), dialog.height()) == (300, 200)


def test_the_window_layout_is_kept_in_second_looks_config_folder(qapp, tmp_path, monkeypatch):
    # A test run, a benchmark or the bundle's smoke check sets SECONDLOOK_CONFIG_DIR: the window it shows
    # must not leave its size in the user's own layout (a 928-pixel window did, once).
    from PySide6.QtCore import QSettings

    from ui.app import use_config_dir_for_window_layout

    monkeypatch.setenv("SECONDLOOK_CONFIG_DIR", str(tmp_path / "config"))
    before = QSettings.defaultFormat()
    try:
        use_config_dir_for_window_layout()
        layout = QSettings()
        layout.setValue("window/test", 1)
        layout.sync()
        where = Path(layout.fileName())
        assert where.is_relative_to(tmp_path / "config")
        assert where.suffix == ".ini" and where.exists()
    finally:
        QSettings.setDefaultFormat(before)
