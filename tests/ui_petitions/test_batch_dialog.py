"""Batches over the demo store: one file per person, progress, cancel, the existing-files question, records."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from eligibility import petitions
from eligibility.records import Status
from tests.ui_petitions.conftest import TODAY
from ui.petitions.batch_dialog import BatchDialog, ExistingChoice


@pytest.fixture
def make_dialog(qtbot, engine, office_settings, demo_path):
    from eligibility.store import Store

    def make(out_dir: Path, *, program: str = "ca-elderly-parole", kind: str = "bph-letter") -> BatchDialog:
        dialog = BatchDialog(None, open_store=lambda: Store.open(demo_path), settings=office_settings,
                             as_of=TODAY, programs=engine.programs, engine=engine, program=program,
                             status=Status.ELIGIBLE, kind=kind, out_dir=out_dir)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def _expected_ids(demo_store, engine, program: str) -> list[str]:
    return sorted(p.person_id for p in demo_store.load_people()
                  if any(d.program == program and d.status is Status.ELIGIBLE
                         for d in engine.evaluate(p, TODAY)))


def test_count_and_one_file_per_person_with_records(make_dialog, demo_store, engine, tmp_path):
    out = tmp_path / "letters"
    dialog = make_dialog(out)
    expected = _expected_ids(demo_store, engine, "ca-elderly-parole")
    assert len(expected) > 3
    assert dialog.count_label.text().startswith(f"{len(expected)} people eligible under")
    seen: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: seen.append((v, dialog.progress.maximum())))
    dialog.generate_button.click()
    outcome = dialog.outcome
    assert outcome is not None and not outcome.result.cancelled
    written = sorted(out.glob("*.pdf"))
    people = {p.person_id: p for p in demo_store.load_people()}
    assert [p.name for p in written] == sorted(petitions.document_filename("bph-letter", people[pid])
                                               for pid in expected
                                               if pid not in {f for f, _ in outcome.result.failed})
    assert len(written) + len(outcome.result.failed) == len(expected)
    assert all(len(PdfReader(str(p)).pages) >= 1 for p in written)
    assert seen and seen[-1] == (len(expected), len(expected))
    recorded = [d for d in demo_store.list_documents() if d.kind == "bph-letter"]
    assert sorted(Path(d.file_path).name for d in recorded) == [p.name for p in written]
    assert "Written: " + str(len(written)) in dialog.summary.toPlainText()


def test_cancel_stops_and_leaves_no_half_written_file(make_dialog, tmp_path):
    out = tmp_path / "cancelled"
    dialog = make_dialog(out)
    original = dialog._progressed

    def progressed(done: int, total: int) -> None:
        original(done, total)
        if dialog._phase == "generate" and done == 2:
            dialog.cancel_button.click()

    dialog._progressed = progressed  # type: ignore[method-assign]
    dialog.generate_button.click()
    outcome = dialog.outcome
    assert outcome is not None and outcome.result.cancelled
    assert len(outcome.result.written) == 2
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(d.path).name for d in outcome.result.written)
    assert not any(p.name.endswith(".part") or p.name.startswith(".") for p in out.iterdir())
    assert "Cancelled after 2 of" in dialog.summary.toPlainText()


def test_existing_files_are_asked_about_once_and_skipped(make_dialog, demo_store, engine, tmp_path,
                                                         _strict_dialogs):
    out = tmp_path / "again"
    out.mkdir()
    first = demo_store.get_person(_expected_ids(demo_store, engine, "ca-elderly-parole")[0])
    kept = out / petitions.document_filename("bph-letter", first)
    kept.write_bytes(b"reviewed and signed copy")
    dialog = make_dialog(out)
    _strict_dialogs.set_next_answer(ExistingChoice.SKIP)
    dialog.generate_button.click()
    assert [s.kind for s in _strict_dialogs.shown] == ["dialog"]  # one question for the whole batch
    assert kept.read_bytes() == b"reviewed and signed copy"
    assert dialog.outcome is not None and dialog.outcome.result.skipped_existing == [kept]
    assert "Skipped (the file already existed): 1" in dialog.summary.toPlainText()

    _strict_dialogs.set_next_answer(ExistingChoice.OVERWRITE)
    dialog.generate_button.click()
    assert kept.read_bytes().startswith(b"%PDF-")


def test_choosing_cancel_at_the_question_generates_nothing(make_dialog, tmp_path, demo_store, engine,
                                                           _strict_dialogs):
    out = tmp_path / "stop"
    out.mkdir()
    first = demo_store.get_person(_expected_ids(demo_store, engine, "ca-elderly-parole")[0])
    (out / petitions.document_filename("bph-letter", first)).write_bytes(b"x")
    dialog = make_dialog(out)
    _strict_dialogs.set_next_answer(ExistingChoice.CANCEL)
    dialog.generate_button.click()
    assert len(list(out.iterdir())) == 1
    assert demo_store.list_documents() == []


def test_missing_office_details_block_the_batch(qtbot, engine, settings, demo_path, tmp_path):
    from eligibility.store import Store

    dialog = BatchDialog(None, open_store=lambda: Store.open(demo_path), settings=settings, as_of=TODAY,
                         programs=engine.programs, engine=engine, program="ca-elderly-parole",
                         kind="bph-letter", out_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.generate_button.isEnabled()
    assert dialog.office_label.isVisible() and "Attorney name" in dialog.office_label.text()


def test_documents_with_hand_written_sections_are_flagged(make_dialog, tmp_path):
    dialog = make_dialog(tmp_path, kind="ca-1172.1")
    assert dialog.handwritten_label.isVisible()
    assert "The referral" in dialog.handwritten_label.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("client-summary"))
    assert not dialog.handwritten_label.isVisible()


def test_the_event_loop_keeps_turning_during_a_batch(qtbot, make_dialog, tmp_path):
    """With the real thread pool: a timer keeps firing while 60-odd documents are generated."""
    from PySide6.QtCore import QTimer

    from ui.background import set_pool

    set_pool(None)
    dialog = make_dialog(tmp_path / "live", program="la-da-2020-policy", kind="client-summary")
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=10_000)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(dialog.progress.value()))
    timer.start()
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    timer.stop()
    assert len(dialog.outcome.result.written) > 30
    assert len(ticks) >= 5
    progress_seen = {v for v in ticks if v > 0}
    assert len(progress_seen) >= 2  # the bar moved while the timer was firing
