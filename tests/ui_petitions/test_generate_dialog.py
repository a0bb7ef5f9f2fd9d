"""One person's document: requirements listed first, narrative editing, preview, Save As, store record."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.petitions.petition_samples import OFFICE
from tests.ui_petitions.conftest import TODAY
from ui.petitions.generate_dialog import GenerateDialog, MarkerHighlighter


@pytest.fixture
def open_dialog(qtbot, engine):
    made: list[GenerateDialog] = []

    def make(store, settings, person_id: str, *, kind: str | None = None) -> GenerateDialog:
        person = store.get_person(person_id)
        dialog = GenerateDialog(None, store=store, settings=settings, person=person,
                                determinations=engine.evaluate(person, TODAY), as_of=TODAY, kind=kind)
        dialog.show()  # not qtbot.addWidget: its close() would meet the "discard the preview?" question
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.done(0)  # not reject(): that would ask about an unsaved preview
        dialog.deleteLater()


def _requirement_texts(dialog: GenerateDialog) -> list[str]:
    return [dialog.requirements_list.item(i).text() for i in range(dialog.requirements_list.count())]


def _fill_office(dialog_under_test):
    def fill(editor) -> int:
        for key, value in OFFICE.items():
            editor.form.set_value(key, value)
        editor.accept()
        return editor.result()
    return fill


def _replace_markers(dialog: GenerateDialog, text: str = "The Secretary of the Department of Corrections "
                     "and Rehabilitation recommended recall on May 1, 2026; the Court received it on May 8, "
                     "2026.") -> None:
    import re

    for editor in dialog._editors:
        if editor.to_complete:
            editor.set_text(re.sub(r"\[\[.+?\]\]", text, editor.text, flags=re.DOTALL))


def test_missing_office_details_are_listed_and_block_generate(qtbot, store_path, settings, open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, settings, "TA1001", kind="bph-letter")
        texts = _requirement_texts(dialog)
        assert "Office details" in texts
        for field in ("Organisation", "Attorney name", "Address", "Telephone", "E-mail"):
            assert any(t.strip() == f"• {field} is not set" for t in texts), field
        assert "5 things to do" in dialog.requirements_status.text()
        assert not dialog.generate_button.isEnabled()
        assert dialog.office_button.isVisible()


def test_filling_the_office_details_unblocks_generate_and_refills_the_text(qtbot, store_path, settings,
                                                                         open_dialog, _strict_dialogs):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, settings, "TA1001", kind="bph-letter")
        closing = next(e for e in dialog._editors if e.section_id == "closing")
        assert OFFICE["office.phone"] not in closing.text
        _strict_dialogs.set_next_answer(_fill_office(dialog))
        qtbot.mouseClick(dialog.office_button, qtbot_left())
        assert dialog.generate_button.isEnabled()
        assert "Everything this document needs" in dialog.requirements_status.text()
        closing = next(e for e in dialog._editors if e.section_id == "closing")
        assert OFFICE["office.phone"] in closing.text  # the template text follows the new settings
        assert settings.office()["office.bar_number"] == OFFICE["office.bar_number"]


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_text_left_in_double_brackets_is_named_and_blocks_generate(qtbot, store_path, office_settings,
                                                                  open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="ca-1172.1")
        assert dialog.flagged_sections() == ["The referral (who recommended recall, and when)"]
        texts = _requirement_texts(dialog)
        assert "Text to write" in texts
        assert any("The referral (who recommended recall, and when)" in t and "still needs" in t for t in texts)
        flagged_tab = [dialog.sections.tabText(i) for i in range(dialog.sections.count())
                       if dialog.sections.tabText(i).startswith("⚠")]
        assert flagged_tab == ["⚠ The referral"]
        assert not dialog.generate_button.isEnabled()

        _replace_markers(dialog)
        dialog.recheck()
        assert dialog.flagged_sections() == []
        assert dialog.generate_button.isEnabled()
        assert not any(dialog.sections.tabText(i).startswith("⚠") for i in range(dialog.sections.count()))


def test_markers_are_highlighted_in_the_editor(qtbot, store_path, office_settings, open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="ca-1172.1")
        editor = next(e for e in dialog._editors if e.to_complete)
        assert isinstance(editor.highlighter, MarkerHighlighter)
        document = editor.edit.document()
        block = document.begin()
        highlighted, plain = "", ""
        while block.isValid():
            for fmt_range in block.layout().formats():
                highlighted += block.text()[fmt_range.start:fmt_range.start + fmt_range.length]
            if not block.layout().formats():
                plain += block.text()
            block = block.next()
        assert highlighted.startswith("[[") and highlighted.endswith("]]")
        assert "[[" not in plain


def test_generate_preview_save_and_record(qtbot, demo_store, office_settings, open_dialog, tmp_path,
                                          _strict_dialogs):
    pid = next(p.person_id for p in demo_store.load_people()
               if "bph-letter" in _kinds(demo_store, p.person_id))
    dialog = open_dialog(demo_store, office_settings, pid, kind="bph-letter")
    assert dialog.generate_button.isEnabled(), _requirement_texts(dialog)
    qtbot.mouseClick(dialog.generate_button, qtbot_left())
    assert dialog.preview.has_document
    expected_pages = len(PdfReader(io.BytesIO(dialog._pdf)).pages)
    assert dialog.preview.page_count == expected_pages >= 1
    assert dialog.preview.page_count_label.text() == f"of {expected_pages}"
    assert dialog.save_button.isEnabled()
    assert list(tmp_path.glob("**/*.pdf")) == []  # the preview wrote nothing to disk

    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    _strict_dialogs.set_next_answer(target)
    qtbot.mouseClick(dialog.save_button, qtbot_left())
    data = target.read_bytes()
    records = demo_store.list_documents(pid)
    assert len(records) == 1
    record = records[0]
    assert record.kind == "bph-letter" and record.file_path == str(target)
    assert record.sha256 == hashlib.sha256(data).hexdigest()
    assert record.pages == expected_pages
    assert "ca-" in record.pack_version and "2026" in record.pack_version
    assert "recorded" in dialog.status.text()
    assert dialog.saved == records
    assert target.stat().st_mode & 0o077 == 0


def _kinds(store, pid):
    from eligibility import petitions
    from eligibility.workspace import RulesEngine

    person = store.get_person(pid)
    return petitions.applicable_kinds(person, RulesEngine(include_user_dir=False).evaluate(person, TODAY))


def test_save_as_refuses_to_replace_a_file_without_a_yes(qtbot, store_path, office_settings, open_dialog,
                                                          tmp_path, _strict_dialogs):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="client-summary")
        dialog.generate()
        existing = tmp_path / "summary.pdf"
        existing.write_bytes(b"the user's own file")
        _strict_dialogs.set_next_answer(existing)
        _strict_dialogs.set_next_answer(False)  # "Replace file?" → no
        assert dialog.save_as() is None
        assert existing.read_bytes() == b"the user's own file"
        assert store.list_documents("TA1001") == []
        assert _strict_dialogs.shown[-1].kind == "question" and "already exists" in _strict_dialogs.shown[-1].text

        _strict_dialogs.set_next_answer(existing)
        _strict_dialogs.set_next_answer(True)
        assert dialog.save_as() == existing
        assert existing.read_bytes().startswith(b"%PDF-")
        assert len(store.list_documents("TA1001")) == 1


def test_editing_after_the_preview_requires_a_new_preview(qtbot, store_path, office_settings, open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="client-summary")
        dialog.generate()
        assert dialog.save_button.isEnabled()
        dialog._editors[0].set_text(dialog._editors[0].text + " Edited after the preview.")
        assert not dialog.save_button.isEnabled()
        assert "Generate it again" in dialog.status.text()
        dialog.generate()
        assert dialog.save_button.isEnabled()


def test_the_edited_narrative_is_in_the_document(qtbot, store_path, office_settings, open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="client-summary")
        dialog._editors[0].set_text("Dear Testa, this is a sentence typed in the dialog.")
        dialog.generate()
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog._pdf)).pages)
        assert "this is a sentence typed in the dialog" in " ".join(text.split())


def test_only_applicable_documents_are_offered(qtbot, store_path, office_settings, open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dc = open_dialog(store, office_settings, "TD4004")
        assert [dc.kind_combo.itemData(i) for i in range(dc.kind_combo.count())] == ["client-summary"]
        ca = open_dialog(store, office_settings, "TA1001")
        assert [ca.kind_combo.itemData(i) for i in range(ca.kind_combo.count())] == \
            ["ca-1172.1", "bph-letter", "client-summary"]


def test_missing_case_facts_are_listed_apart_from_settings(qtbot, store_path, office_settings, open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TB2002", kind="bph-letter")
        texts = _requirement_texts(dialog)
        assert "Case facts (edit them on the Facts tab)" in texts
        assert any("controlling offense is missing" in t for t in texts)
        assert "Office details" not in texts
        assert not dialog.generate_button.isEnabled()


def test_exhibits_go_into_the_petition(qtbot, store_path, office_settings, open_dialog, tmp_path):
    from eligibility.store import Store
    from tests.ui_petitions.conftest import make_pdf
    from ui.petitions.exhibit_files import copy_exhibit, exhibits_dir

    with Store.open(store_path) as store:
        copy, digest, _ = copy_exhibit(make_pdf(tmp_path / "cert.pdf", pages=2), dest_dir=exhibits_dir())
        store.add_exhibit("TA1001", title="Certificate of completion", file_path=str(copy), sha256=digest)
        dialog = open_dialog(store, office_settings, "TA1001", kind="bph-letter")
        index = dialog.sections.indexOf(dialog._exhibits_tab)
        assert dialog.sections.tabText(index) == "Exhibits (1)"
        dialog.generate()
        reader = PdfReader(io.BytesIO(dialog._pdf))
        text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
        assert "Certificate of completion" in text
        assert dialog.preview.page_count == len(reader.pages)
        assert "Certificate page 2" in text


def test_switching_documents_keeps_the_users_edits(qtbot, store_path, office_settings, open_dialog):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="client-summary")
        dialog._editors[0].set_text("My own greeting.")
        dialog.kind_combo.setCurrentIndex(dialog.kinds.index("bph-letter"))
        assert all(e.text != "My own greeting." for e in dialog._editors)
        dialog.kind_combo.setCurrentIndex(dialog.kinds.index("client-summary"))
        assert dialog._editors[0].text == "My own greeting."


def test_screenshots(qtbot, store_path, office_settings, open_dialog):
    """Not an assertion of looks: keeps the PNGs the brief asks to review in /tmp."""
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="ca-1172.1")
        dialog.resize(1280, 820)
        qtbot.wait(50)
        assert not dialog.grab().isNull()
        dialog.grab().save(str(Path("/tmp") / "petitions_generate_1172.png"))


def test_closing_with_an_unsaved_preview_asks_first(qtbot, store_path, office_settings, open_dialog,
                                                   _strict_dialogs):
    from eligibility.store import Store

    with Store.open(store_path) as store:
        dialog = open_dialog(store, office_settings, "TA1001", kind="client-summary")
        dialog.generate()
        _strict_dialogs.set_next_answer(False)
        dialog.reject()
        assert dialog.isVisible() and dialog.preview.has_document
        _strict_dialogs.set_next_answer(True)
        dialog.reject()
        assert not dialog.isVisible() and not dialog.preview.has_document
