"""Exhibits: attach a PDF with a title (copied, owner-only, hashed), reorder, remove; anything else is refused."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.ui_petitions.conftest import make_pdf
from ui.petitions.exhibit_files import ExhibitFileError, check_pdf, exhibits_dir
from ui.petitions.exhibits_panel import ExhibitsPanel, reorder_exhibits, suggested_title


@pytest.fixture
def store(store_path):
    from eligibility.store import Store

    s = Store.open(store_path)
    yield s
    s.close()


@pytest.fixture
def panel(qtbot, store):
    widget = ExhibitsPanel()
    qtbot.addWidget(widget)
    widget.set_person(store, "TA1001")
    return widget


def _answer_title(title: str):
    def fill(dialog) -> int:
        dialog.title_edit.setText(title)
        dialog.accept()
        return dialog.result()
    return fill


def _attach(panel, dialogs, source: Path, title: str) -> None:
    dialogs.set_next_answer(source)
    dialogs.set_next_answer(_answer_title(title))
    panel.add_button.click()


def test_attach_copies_hashes_and_records(panel, store, tmp_path, _strict_dialogs):
    source = make_pdf(tmp_path / "anger_management-certificate.pdf", pages=2)
    _attach(panel, _strict_dialogs, source, "Certificate, Anger Management")
    [exhibit] = store.list_exhibits("TA1001")
    copy = Path(exhibit.file_path)
    assert exhibit.title == "Certificate, Anger Management"
    assert copy.parent == exhibits_dir() and copy != source and copy.name.endswith(".pdf")
    assert "TA1001" not in copy.name and "Alvarez" not in copy.name
    assert exhibit.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600
        assert exhibits_dir().stat().st_mode & 0o777 == 0o700
    assert panel.list.item(0).text() == "Exhibit A. Certificate, Anger Management"
    assert "2 pages" in panel.status.text()


def test_a_file_that_is_not_a_pdf_is_refused_with_a_message(panel, store, tmp_path, _strict_dialogs):
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 not a pdf at all")
    _strict_dialogs.set_next_answer(letter)
    _strict_dialogs.set_next_answer(None)  # acknowledges the error message
    panel.add_button.click()
    shown = _strict_dialogs.shown[-1]
    assert shown.kind == "error" and shown.title == "This file cannot be attached"
    assert "letter.docx" in shown.text and "not a PDF" in shown.text
    assert store.list_exhibits("TA1001") == []
    assert list(exhibits_dir().iterdir()) == []


def test_a_damaged_pdf_is_refused(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n garbage with no objects")
    with pytest.raises(ExhibitFileError, match="damaged or not a readable PDF"):
        check_pdf(broken)


def test_cancelling_the_title_keeps_nothing(panel, store, tmp_path, _strict_dialogs):
    _strict_dialogs.set_next_answer(make_pdf(tmp_path / "chrono.pdf"))
    _strict_dialogs.set_next_answer(0)  # Cancel in the title dialog
    panel.add_button.click()
    assert store.list_exhibits("TA1001") == []
    assert list(exhibits_dir().iterdir()) == []


def test_reorder_and_remove(panel, store, tmp_path, _strict_dialogs):
    for name in ("first", "second", "third"):
        _attach(panel, _strict_dialogs, make_pdf(tmp_path / f"{name}.pdf", text=name), name.capitalize())
    assert panel.titles() == ["First", "Second", "Third"]
    panel.list.setCurrentRow(2)
    panel.up_button.click()
    assert [e.title for e in store.list_exhibits("TA1001")] == ["First", "Third", "Second"]
    assert panel.selected().title == "Third"  # the moved exhibit stays selected
    panel.up_button.click()
    assert panel.titles() == ["Third", "First", "Second"]
    assert not panel.up_button.isEnabled()
    panel.list.setCurrentRow(1)
    panel.down_button.click()
    assert panel.titles() == ["Third", "Second", "First"]
    files = {e.title: Path(e.file_path) for e in store.list_exhibits("TA1001")}
    assert all(p.is_file() for p in files.values())  # moving never touches the copies

    panel.list.setCurrentRow(0)
    _strict_dialogs.set_next_answer(False)
    panel.remove_button.click()
    assert panel.titles() == ["Third", "Second", "First"]
    _strict_dialogs.set_next_answer(True)
    panel.remove_button.click()
    assert [e.title for e in store.list_exhibits("TA1001")] == ["Second", "First"]
    assert not files["Third"].exists() and files["Second"].exists()


def test_reorder_rejects_an_incomplete_order(store, tmp_path):
    from ui.petitions.exhibit_files import copy_exhibit

    for title in ("A", "B"):
        copy, digest, _ = copy_exhibit(make_pdf(tmp_path / f"{title}.pdf"), dest_dir=exhibits_dir())
        store.add_exhibit("TA1001", title=title, file_path=str(copy), sha256=digest)
    ids = [e.id for e in store.list_exhibits("TA1001")]
    with pytest.raises(ValueError):
        reorder_exhibits(store, "TA1001", ids[:1])
    assert [e.title for e in reorder_exhibits(store, "TA1001", list(reversed(ids)))] == ["B", "A"]


def test_suggested_title_reads_like_words():
    assert suggested_title(Path("chrono_128B-2019.pdf")) == "Chrono 128B 2019"
    assert suggested_title(Path("___.pdf")) == ""
