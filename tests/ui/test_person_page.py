"""One person's page: determinations with citations, editing with validation as you type, undo and redo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from eligibility.records import ConductKind, Status
from ui.conduct_tab import ConductEntryDialog
from ui.person_page import PersonPage


def _open(window, pid: str) -> PersonPage:
    assert window.select_person(pid)
    return window.person_page


def _elderly_block(text: str) -> str:
    start = text.index("Elderly parole")
    return text[start:start + 900]


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_opening_a_person_shows_each_program_with_reason_and_citation(window):
    page = _open(window, "TA1001")
    assert page.title.text().startswith("Alvarez, Testa  ·  TA1001  ·  CA")
    assert "Age 56" in page.subtitle.text()
    window.show_tab(PersonPage.ELIGIBILITY)
    text = page.eligibility.text()
    block = _elderly_block(text)
    assert "Eligible since 2020-03-15" in block
    assert "Met · Age 50 or older: age 56 on 2026-11-27; needs 50" in block
    assert "Cal. Penal Code § 3055(a)" in block
    # Every program that applies to a Californian gets a block, the best first.
    assert "Youth offender parole" in text and "Medical" in text or "medical" in text
    assert text.index("Eligible") < text.index("Not eligible")


def test_unsettled_law_and_findings_to_establish_are_marked(window):
    page = _open(window, "TA1001")
    text = page.eligibility.text()
    assert "Findings to establish" in text
    assert "☐" in text
    assert "Unsettled law" in text


def test_an_invalid_date_shows_the_message_and_blocks_saving(window, qtbot):
    facts = _open(window, "TA1001").facts
    edit = facts.fields["date_of_birth"]
    _retype(qtbot, edit, "1970-02-30")
    label = facts.error_labels["date_of_birth"]
    assert label.isVisible()
    assert "Expected a real date as YYYY-MM-DD or MM/DD/YYYY" in label.text()
    assert edit.accessibleDescription().startswith("Expected a real date")
    assert not facts.save_button.isEnabled()
    assert facts.summary_label.text() == "1 field needs attention before saving."
    _retype(qtbot, edit, "03/15/1980")
    assert not label.isVisible()
    assert facts.save_button.isEnabled()


def test_fixing_a_fact_re_evaluates_and_undo_restores_it(window, qtbot):
    page = _open(window, "TA1001")
    facts = page.facts
    _retype(qtbot, facts.fields["date_of_birth"], "1980-13-15")
    assert facts.error_labels["date_of_birth"].isVisible()
    _retype(qtbot, facts.fields["date_of_birth"], "1980-03-15")
    qtbot.mouseClick(facts.save_button, Qt.MouseButton.LeftButton)
    block = _elderly_block(page.eligibility.text())
    assert "Not yet: eligible on 2030-03-15" in block
    assert "age 46 on 2026-11-27; needs 50" in block
    stored = {d.determination.program: d.determination for d in window.store.get_determinations("TA1001")}
    assert stored["ca-elderly-parole"].status is Status.NOT_YET
    assert window.store.get_person("TA1001").date_of_birth == date(1980, 3, 15)
    assert window.model.row_for("TA1001").age == 46
    assert window.act_undo.isEnabled() and "Edit person" in window.act_undo.text()

    window.table.setFocus()
    window.act_undo.trigger()
    assert window.store.get_person("TA1001").date_of_birth == date(1970, 3, 15)
    assert facts.fields["date_of_birth"].text() == "1970-03-15"
    assert "Eligible since 2020-03-15" in _elderly_block(page.eligibility.text())
    assert window.model.row_for("TA1001").age == 56

    window.act_redo.trigger()
    assert window.store.get_person("TA1001").date_of_birth == date(1980, 3, 15)
    assert "Not yet: eligible on 2030-03-15" in _elderly_block(page.eligibility.text())


def test_adding_and_removing_conduct_is_one_undoable_step_each(window, qtbot, dialogs_answer_conduct):
    page = _open(window, "TB2002")
    conduct = page.conduct
    assert conduct.model.rowCount() == 0
    dialogs_answer_conduct("2024-05-01", ConductKind.SERIOUS_RVR, violent="yes")
    conduct.add_button.click()
    assert conduct.model.rowCount() == 1
    assert conduct.model.data(conduct.model.index(0, 1)) == "Serious RVR (115)"
    assert conduct.model.data(conduct.model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "Serious rules violation (115)"
    assert len(window.store.get_person("TB2002").conduct) == 1
    # A recent violent serious violation closes the sample office policy's window.
    office = {d.determination.program: d.determination for d in window.store.get_determinations("TB2002")}
    assert office["sample-office-policy"].status is Status.NOT_YET
    window.undo()
    assert conduct.model.rowCount() == 0
    assert window.store.get_person("TB2002").conduct == ()


def test_conduct_dialog_refuses_a_bad_date(qtbot, today):
    dialog = ConductEntryDialog("TB2002", today=today)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("2024-02-30")
    assert "Expected a real date" in dialog.error_label.text()
    from PySide6.QtWidgets import QDialogButtonBox

    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.date_edit.setText("2030-01-01")
    assert "after today" in dialog.error_label.text()


def test_conduct_model_passes_the_model_tester(qtmodeltester, window):
    page = _open(window, "TA1001")
    assert page.conduct.model.rowCount() == 1
    qtmodeltester.check(page.conduct.model)


def test_new_person_validates_and_saves(window, qtbot):
    window.act_new_person.trigger()
    facts = window.person_page.facts
    assert facts.is_new and not facts.save_button.isEnabled()
    values = {"person_id": "TF6006", "last_name": "Fenwick", "first_name": "Trial", "date_of_birth": "1960-01-01",
              "offense_date": "1990-01-01", "custody_start": "1990-01-02", "term_years": "40"}
    for key, text in values.items():
        _retype(qtbot, facts.fields[key], text)
    assert facts.save_button.isEnabled(), facts.summary_label.text()
    facts.save_button.click()
    assert window.store.has_person("TF6006")
    assert window.model.view_row_of("TF6006") >= 0
    assert window.person_page.title.text().startswith("Fenwick, Trial")
    window.undo()
    assert not window.store.has_person("TF6006")
    assert window.model.view_row_of("TF6006") == -1


def test_a_new_person_cannot_take_an_existing_id(window, qtbot):
    window.act_new_person.trigger()
    facts = window.person_page.facts
    values = {"person_id": "TA1001", "last_name": "X", "first_name": "Y", "date_of_birth": "1960-01-01",
              "offense_date": "1990-01-01", "custody_start": "1990-01-02"}
    for key, text in values.items():
        _retype(qtbot, facts.fields[key], text)
    facts.save_button.click()
    assert "already in the store" in facts.error_labels["person_id"].text()
    assert window.store.get_person("TA1001").last_name == "Alvarez"


def test_delete_asks_first_and_undo_brings_the_person_and_notes_back(window, dialogs_fixture):
    _open(window, "TC3003")
    window.person_page.notes.editor.setPlainText("Called the family.")
    window.person_page.notes.add_button.click()
    assert [n.text for n in window.store.list_notes("TC3003")] == ["Called the family."]
    dialogs_fixture.set_next_answer(False)
    window.act_delete_person.trigger()
    assert window.store.has_person("TC3003")
    dialogs_fixture.set_next_answer(True)
    window.act_delete_person.trigger()
    assert dialogs_fixture.shown[-1].kind == "question" and "Castro, Fixture" in dialogs_fixture.shown[-1].text
    assert not window.store.has_person("TC3003")
    assert window.model.rowCount() == 4
    window.undo()
    assert window.store.has_person("TC3003")
    assert [n.text for n in window.store.list_notes("TC3003")] == ["Called the family."]
    assert window.model.rowCount() == 5


def test_notes_add_edit_delete_with_undo(window):
    notes = _open(window, "TD4004").notes
    notes.editor.setPlainText("First contact by letter.")
    notes.add_button.click()
    assert notes.list.count() == 1
    notes.list.setCurrentRow(0)
    notes.editor.setPlainText("First contact by letter; replied.")
    notes.save_button.click()
    assert window.store.list_notes("TD4004")[0].text == "First contact by letter; replied."
    notes.list.setCurrentRow(0)
    notes.delete_button.click()
    assert window.store.list_notes("TD4004") == []
    window.undo()
    assert [n.text for n in window.store.list_notes("TD4004")] == ["First contact by letter; replied."]


def test_switching_person_with_unsaved_changes_asks(window, qtbot, dialogs_fixture):
    facts = _open(window, "TA1001").facts
    _retype(qtbot, facts.fields["county"], "Fresno")
    dialogs_fixture.set_next_answer(False)
    window.table.selectRow(window.model.view_row_of("TB2002"))
    qtbot.wait(10)
    assert window.person_page.person.person_id == "TA1001"
    assert facts.fields["county"].text() == "Fresno"
    dialogs_fixture.set_next_answer(True)
    window.table.selectRow(window.model.view_row_of("TB2002"))
    assert window.person_page.person.person_id == "TB2002"
    assert window.store.get_person("TA1001").county == "Kern"


def test_re_evaluating_one_person_takes_well_under_10_ms(window, engine, today):
    import time

    person = window.store.get_person("TA1001")
    timings = []
    for _ in range(30):
        start = time.perf_counter()
        engine.evaluate(person, today)
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[len(timings) // 2] < 0.010


def test_undo_reaches_a_note_that_came_back_under_a_new_id(window):
    notes = _open(window, "TD4004").notes
    notes.editor.setPlainText("Original text.")
    notes.add_button.click()
    notes.list.setCurrentRow(0)
    notes.editor.setPlainText("Edited text.")
    notes.save_button.click()
    notes.list.setCurrentRow(0)
    notes.delete_button.click()
    window.undo()  # the deletion: the note returns with a new id
    assert [n.text for n in window.store.list_notes("TD4004")] == ["Edited text."]
    window.undo()  # the edit, on the note's new id
    assert [n.text for n in window.store.list_notes("TD4004")] == ["Original text."]
    window.redo()
    assert [n.text for n in window.store.list_notes("TD4004")] == ["Edited text."]
    window.undo()
    window.undo()  # the addition
    assert window.store.list_notes("TD4004") == []
    window.redo()
    window.redo()
    assert [n.text for n in window.store.list_notes("TD4004")] == ["Edited text."]


def test_changing_the_date_while_editing_keeps_the_edits(window, qtbot):
    from datetime import date

    facts = _open(window, "TA1001").facts
    _retype(qtbot, facts.fields["county"], "Fresno")
    window.set_as_of(date(2012, 1, 1))
    assert facts.fields["county"].text() == "Fresno" and facts.dirty
    assert "age 41 on 2012-01-01" in window.person_page.eligibility.text()


def test_documents_tab_lists_generated_documents_and_exhibits(window, tmp_path):
    window.store.record_document(person_id="TB2002", kind="bph-letter", file_path=str(tmp_path / "letter.pdf"),
                                 sha256="0" * 64, pages=3, pack_version="2026.11.1")
    window.store.add_exhibit("TB2002", title="Certificate of completion", file_path=str(tmp_path / "cert.pdf"),
                             sha256="1" * 64)
    documents = _open(window, "TB2002").documents
    first = documents.documents.item(0).text()
    assert "Letter to the Board of Parole Hearings" in first and "3 pages" in first and "letter.pdf" in first
    assert "file moved or deleted" in first  # the record stays visible when its file is gone
    assert documents.exhibits.item(0).text().startswith("Exhibit A. Certificate of completion")
    assert documents.prepare_button.isEnabled()
    empty = _open(window, "TA1001").documents
    assert empty.documents.item(0).text() == "No documents yet."
    assert empty.exhibits_panel.person_id == "TA1001" and empty.exhibits_panel.exhibits == []
    assert empty.exhibits.item(0).text().startswith("No exhibits yet.")
