"""Documents in the main window: the menu, the toolbar button and the Documents tab reach the petitions UI."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QDialog

from ui.person_page import PersonPage


def _save_client_summary(target: Path, dialogs_fixture):
    """Answer the generate dialog: choose the summary, preview it, then Save As… to ``target``."""
    seen: dict[str, object] = {}

    def answer(dialog) -> int:
        dialog.kind_combo.setCurrentIndex(dialog.kinds.index("client-summary"))
        assert dialog.generate_button.isEnabled(), dialog.problems
        dialog.generate_button.click()
        seen["pages"] = dialog.preview.page_count
        seen["title"] = dialog.windowTitle()
        dialogs_fixture.set_next_answer(target)  # the Save As… file dialog
        dialog.save_button.click()
        return QDialog.DialogCode.Rejected.value  # Close, as the user does after saving

    return answer, seen


def test_prepare_a_document_for_the_selected_demo_person_adds_a_row(make_window, demo_path, office_settings,
                                                                   dialogs_fixture, tmp_path):
    window = make_window(demo_path)
    pid = window.model.person_id_at(12)
    assert window.select_person(pid)
    tab = window.person_page.documents
    assert tab.document_count() == 0 and window.act_prepare_document.isEnabled()
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    answer, seen = _save_client_summary(target, dialogs_fixture)
    dialogs_fixture.set_next_answer(answer)

    window.act_prepare_document.trigger()

    person = window.store.get_person(pid)
    assert person.display_name in str(seen["title"]) and seen["pages"] >= 1
    assert target.read_bytes().startswith(b"%PDF-")
    assert tab.document_count() == 1
    row = tab.documents.item(0).text()
    assert "Plain-language summary" in row and "summary.pdf" in row and "moved or deleted" not in row
    [record] = window.store.list_documents(pid)
    assert record.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert window.person_page.tabs.currentIndex() == PersonPage.DOCUMENTS


def test_the_documents_tab_button_and_the_toolbar_open_the_same_dialog(window, office_settings,
                                                                       dialogs_fixture, tmp_path):
    window.select_person("TA1001")
    button = window.toolbar.widgetForAction(window.act_prepare_document)
    assert button is not None and button.text() == "Generate…"
    assert window.act_prepare_document.shortcut().toString() == "Ctrl+G"
    assert window.act_prepare_document in window.documents_menu.actions()
    answer, _ = _save_client_summary(tmp_path / "a.pdf", dialogs_fixture)
    dialogs_fixture.set_next_answer(answer)
    window.person_page.documents.prepare_button.click()
    assert window.person_page.documents.document_count() == 1
    assert dialogs_fixture.shown[0].text == "GenerateDialog"


def test_prepare_waits_for_unsaved_facts(window, dialogs_fixture, qtbot):
    window.select_person("TA1001")
    field = window.person_page.facts.fields["county"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Fresno")
    assert window.person_page.facts.dirty
    dialogs_fixture.set_next_answer(None)
    window.prepare_document()
    assert "Save or undo the changes" in dialogs_fixture.shown[-1].text


def test_without_a_person_the_document_actions_are_off(window):
    assert window._current_pid is None
    assert not window.act_prepare_document.isEnabled()
    assert not window.person_page.documents.prepare_button.isEnabled()
    assert window.act_batch_documents.isEnabled()


def test_generate_for_a_group_writes_one_file_per_person_and_refreshes_the_tab(window, office_settings,
                                                                              dialogs_fixture, tmp_path):
    from eligibility.records import Status

    window.select_person("TA1001")  # the one person eligible for elderly parole in the fixture store
    out = tmp_path / "letters"

    def run(dialog) -> int:
        dialog.program_combo.setCurrentIndex(dialog.program_combo.findData("ca-elderly-parole"))
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(Status.ELIGIBLE.value))
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("client-summary"))
        dialogs_fixture.set_next_answer(out)  # the folder chooser
        dialog.choose_folder()
        assert dialog.generate_button.isEnabled(), dialog.count_label.text()
        dialog.generate_button.click()
        return QDialog.DialogCode.Rejected.value

    dialogs_fixture.set_next_answer(run)
    window.act_batch_documents.trigger()
    written = sorted(p.name for p in out.glob("*.pdf"))
    assert len(written) == 1 and written[0].startswith("TA1001")
    assert window.person_page.documents.document_count() == 1
    assert "TA1001" in window.person_page.documents.documents.item(0).text()
