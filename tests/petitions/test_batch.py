"""Batch generation: predictable names, skip what exists, progress, cancel, and per-person failures."""

from __future__ import annotations

from dataclasses import replace

from eligibility.petitions import BatchItem, batch_generate, document_filename
from tests.petitions.petition_samples import (
    AS_OF,
    OFFICE,
    ca_person,
    elderly_determination,
    youth_determination,
)


def _items(n: int) -> list[BatchItem]:
    items = []
    for i in range(n):
        person = ca_person(person_id=f"AB{i:04d}", last_name=f"Trần-{i}")
        items.append(BatchItem(person=person, determinations=(youth_determination(person),
                                                               elderly_determination(person))))
    return items


def test_filename_is_predictable_and_filesystem_safe():
    assert document_filename("bph-letter", ca_person()) == "BK4471_NGUYEN_bph-letter.pdf"
    odd = ca_person(person_id="A/12 345", last_name="O'Brien de la Cruz")
    assert document_filename("ca-1172.1", odd) == "A-12-345_OBRIEN-DE-LA-CRUZ_ca-1172.1.pdf"
    assert document_filename("client-summary", ca_person(person_id="..", last_name="")) == \
        "unknown_UNKNOWN_client-summary.pdf"


def test_batch_writes_one_file_per_person_with_progress(tmp_path):
    calls = []
    result = batch_generate(_items(3), kind="client-summary", out_dir=tmp_path / "out", office=OFFICE,
                            as_of=AS_OF, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "AB0000_TRAN-0_client-summary.pdf", "AB0001_TRAN-1_client-summary.pdf", "AB0002_TRAN-2_client-summary.pdf"]
    assert [d.path.name for d in result.written] == sorted(p.name for p in (tmp_path / "out").iterdir())
    assert result.failed == [] and result.skipped_existing == [] and not result.cancelled


def test_existing_files_are_skipped_unless_overwrite(tmp_path):
    items = _items(2)
    existing = tmp_path / document_filename("client-summary", items[0].person)
    existing.write_bytes(b"reviewed and signed")
    result = batch_generate(items, kind="client-summary", out_dir=tmp_path, office=OFFICE, as_of=AS_OF)
    assert result.skipped_existing == [existing]
    assert existing.read_bytes() == b"reviewed and signed"
    assert len(result.written) == 1
    again = batch_generate(items, kind="client-summary", out_dir=tmp_path, office=OFFICE, as_of=AS_OF,
                           overwrite=True)
    assert len(again.written) == 2 and again.skipped_existing == []
    assert existing.read_bytes().startswith(b"%PDF-")


def test_cancel_stops_before_the_next_person(tmp_path):
    done = []
    result = batch_generate(_items(5), kind="client-summary", out_dir=tmp_path, office=OFFICE, as_of=AS_OF,
                            progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 2)
    assert result.cancelled
    assert len(result.written) == 2 and len(list(tmp_path.iterdir())) == 2


def test_a_failure_is_recorded_and_the_batch_goes_on(tmp_path):
    items = _items(3)
    broken = replace(items[1].person, case_number="")
    items[1] = BatchItem(person=broken, determinations=items[1].determinations,
                         narrative={"referral": "Referred by the Secretary of the CDCR on May 1, 2026."})
    items = [BatchItem(person=i.person, determinations=i.determinations,
                       narrative={"referral": "Referred by the Secretary of the CDCR on May 1, 2026."})
             if i.person is not broken else i for i in items]
    result = batch_generate(items, kind="ca-1172.1", out_dir=tmp_path, office=OFFICE, as_of=AS_OF)
    assert [d.path.name for d in result.written] == ["AB0000_TRAN-0_ca-1172.1.pdf", "AB0002_TRAN-2_ca-1172.1.pdf"]
    assert result.failed == [("AB0001", "The case number is missing")]


def test_default_narrative_placeholders_fail_every_motion_plainly(tmp_path):
    result = batch_generate(_items(2), kind="ca-1172.1", out_dir=tmp_path, office=OFFICE, as_of=AS_OF)
    assert result.written == []
    assert [pid for pid, _ in result.failed] == ["AB0000", "AB0001"]
    assert all("The referral" in message for _, message in result.failed)
    assert list(tmp_path.iterdir()) == []
