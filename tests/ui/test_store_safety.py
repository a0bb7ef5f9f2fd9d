"""Security in the window: audit trail, restore, encryption, passphrase change, integrity, backups, locks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import PASSPHRASE
from ui.qt_compat import emit

NEW_PASSPHRASE = "copper meadow umbrella nine"


def _backups(store_path: Path) -> list:
    from eligibility.store.backup import list_backups

    return list_backups(store_path)


def _choose_passphrase(passphrase: str, *, current: str = ""):
    def answer(dialog) -> int:
        dialog.fill(passphrase, current=current)
        emit(dialog.buttons.accepted)
        return dialog.result()
    return answer


def _type_passphrase(passphrase: str):
    def answer(dialog) -> int:
        dialog.try_passphrase(passphrase)
        return dialog.result()
    return answer


def test_opening_a_store_makes_the_daily_backup_once(window, store_path, make_window):
    made = _backups(store_path)
    assert [b.reason for b in made] == ["daily"]
    assert not window.safety_banner.isVisible()
    window.set_store(None)
    assert window.open_store_path(store_path)
    assert len(_backups(store_path)) == 1  # at most one a day


def test_a_failed_daily_backup_is_a_banner_not_a_dialog(make_window, store_path):
    (store_path.parent / "backups").write_text("a file where the backup folder should be")
    window = make_window(store_path)
    assert window.model.rowCount() == 5  # the work goes on
    assert window.safety_banner.isVisible()
    assert "Today's backup could not be made" in window.safety_banner.text()


def test_the_audit_trail_lists_the_last_edit(window, qtbot, dialogs_fixture):
    assert window.select_person("TA1001")
    county = window.person_page.facts.fields["county"]
    county.setFocus()
    county.selectAll()
    qtbot.keyClick(county, Qt.Key.Key_Delete)
    qtbot.keyClicks(county, "Fresno")
    qtbot.mouseClick(window.person_page.facts.save_button, Qt.MouseButton.LeftButton)
    assert window.store.get_person("TA1001").county == "Fresno"
    seen: dict[str, object] = {}

    def look(view) -> int:
        model = view.model
        updates = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "person_updated"]
        assert updates, "the edit is in the trail"
        last = updates[-1]
        seen["person"] = model.index(last, 2).data()
        seen["details"] = model.index(last, 5).data()
        view.person_field.setText("TB2002")
        view.refresh()
        seen["filtered"] = [model.index(r, 1).data() for r in range(model.rowCount())]
        return 0

    dialogs_fixture.set_next_answer(look)
    window.act_audit.trigger()
    assert seen["person"] == "TA1001"
    assert "Fresno" in str(seen["details"]) and "Kern" in str(seen["details"])  # before and after
    assert "person_updated" not in seen["filtered"]


def test_restore_from_a_backup_brings_back_a_deleted_person(window, store_path, dialogs_fixture):
    assert len(_backups(store_path)) == 1  # made when the window opened the store
    assert window.select_person("TB2002")
    dialogs_fixture.set_next_answer(True)  # "Delete person?"
    window.delete_person()
    assert not window.store.has_person("TB2002") and window.model.view_row_of("TB2002") < 0

    labels: list[str] = []

    def choose(dialog) -> int:
        labels.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        dialog.choose(0)
        return 1

    dialogs_fixture.set_next_answer(choose)
    assert window.act_restore.isEnabled()
    window.act_restore.trigger()
    assert len(labels) == 1 and "daily backup" in labels[0] and "NOT encrypted" in labels[0]
    assert window.store is not None and window.store.has_person("TB2002")
    assert window.model.view_row_of("TB2002") >= 0
    reasons = sorted(b.reason for b in _backups(store_path))
    assert reasons == ["before-restore", "daily"]  # the store as it was is kept too
    assert any(e.action == "restore" for e in window.store.audit_entries())


def test_restoring_an_encrypted_backup_asks_for_its_passphrase(make_window, encrypted_path, dialogs_fixture):
    from ui.security.unlock_dialog import passphrase_store_opener

    window = make_window()
    window.store_opener = passphrase_store_opener(window)
    dialogs_fixture.set_next_answer(_type_passphrase(PASSPHRASE))
    assert window.open_store_path(encrypted_path)
    window.store.delete_person("TC3003")
    dialogs_fixture.set_next_answer(lambda dialog: 1)  # the newest backup, preselected

    def wrong_then_right(dialog) -> int:
        dialog.try_passphrase("not the passphrase at all")
        assert dialog.form.error_text() and dialog.isVisible()
        dialog.try_passphrase(PASSPHRASE)
        return dialog.result()

    dialogs_fixture.set_next_answer(wrong_then_right)
    assert window.restore_from_backup()
    assert window.store.encrypted and window.store.has_person("TC3003")
    assert window.model.rowCount() == 5 and window.connect_factory is not None


def test_encrypting_a_plain_store_then_reopening_asks_for_the_passphrase(window, store_path, dialogs_fixture):
    from eligibility.store.crypto import is_encrypted
    from ui.security.unlock_dialog import passphrase_store_opener

    assert window.act_encrypt.isEnabled() and not window.act_change_passphrase.isEnabled()
    dialogs_fixture.set_next_answer(_choose_passphrase(PASSPHRASE))
    window.act_encrypt.trigger()
    assert is_encrypted(store_path)
    assert window.store is not None and window.store.encrypted and window.model.rowCount() == 5
    assert "now encrypted" in window.safety_banner.text()
    assert not window.act_encrypt.isEnabled() and window.act_change_passphrase.isEnabled()
    assert b"Alvarez" not in store_path.read_bytes()

    window.store_opener = passphrase_store_opener(window)
    window.set_store(None)
    dialogs_fixture.set_next_answer(_type_passphrase(PASSPHRASE))
    assert window.open_store_path(store_path)
    assert dialogs_fixture.shown[-1].text == "UnlockDialog"
    assert window.store.encrypted and window.model.rowCount() == 5


def test_changing_the_passphrase_then_lock_and_unlock_needs_the_new_one(make_window, encrypted_path,
                                                                       dialogs_fixture):
    from ui.security.unlock_dialog import passphrase_store_opener

    window = make_window()
    window.store_opener = passphrase_store_opener(window)
    dialogs_fixture.set_next_answer(_type_passphrase(PASSPHRASE))
    assert window.open_store_path(encrypted_path)
    dialogs_fixture.set_next_answer(_choose_passphrase(NEW_PASSPHRASE, current=PASSPHRASE))
    window.act_change_passphrase.trigger()
    assert "Passphrase changed" in window.statusBar().currentMessage()
    window.reload()
    assert window.model.rowCount() == 5  # background work opens the store with the new key

    window.lock()
    cover = window._lock_cover
    cover.form.field.setText(PASSPHRASE)
    cover.form.button.click()
    assert window.is_locked and cover.form.error_text()
    cover.form.field.setText(NEW_PASSPHRASE)
    cover.form.button.click()
    assert not window.is_locked and window.model.rowCount() == 5


def test_a_wrong_current_passphrase_changes_nothing(make_window, encrypted_path, dialogs_fixture):
    from eligibility.store.crypto import open_store
    from ui.security.unlock_dialog import passphrase_store_opener

    window = make_window()
    window.store_opener = passphrase_store_opener(window)
    dialogs_fixture.set_next_answer(_type_passphrase(PASSPHRASE))
    assert window.open_store_path(encrypted_path)
    dialogs_fixture.set_next_answer(_choose_passphrase(NEW_PASSPHRASE, current="a wrong current one"))
    dialogs_fixture.set_next_answer(None)  # the error
    window.change_passphrase()
    assert dialogs_fixture.shown[-1].kind == "error"
    window.set_store(None)
    with open_store(encrypted_path, passphrase=PASSPHRASE) as store:
        assert store.count_people() == 5


def _damage_index(path: Path, index: str = "people_name") -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (index,))]
    conn.close()
    assert pages
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(b"\xa5" * page_size)


def test_a_failed_integrity_check_offers_a_restore(make_window, store_path, dialogs_fixture):
    from eligibility.store import Store
    from eligibility.store.backup import backup_store

    with Store.open(store_path) as store:
        good = backup_store(store, keep=3)
    _damage_index(store_path)
    dialogs_fixture.set_next_answer(False)  # "The store is damaged … Restore it from a backup now?" → not now
    window = make_window(store_path)
    offer = dialogs_fixture.shown[-1]
    assert offer.kind == "question" and offer.title == "The store is damaged"
    assert good.name in offer.text and "Restore it from a backup now?" in offer.text
    assert "is damaged" in window.safety_banner.text()
    assert [b.path for b in _backups(store_path)] == [good]  # no backup of the damaged store was made

    dialogs_fixture.set_next_answer(lambda dialog: 1)  # the newest backup, preselected
    assert window.restore_from_backup()
    assert window.model.rowCount() == 5 and not window.safety_banner.isVisible()
    from eligibility.store.crypto import verify_integrity

    window.set_store(None)
    verify_integrity(store_path)


def test_a_store_that_will_not_open_as_damaged_is_offered_a_restore(window, store_path, dialogs_fixture):
    from eligibility.store import StoreCorrupt

    def damaged(path: Path, _parent) -> None:
        raise StoreCorrupt(f"The store {path} is damaged.")

    window.set_store(None)
    window.store_opener = damaged
    dialogs_fixture.set_next_answer(False)
    assert not window.open_store_path(store_path)
    assert dialogs_fixture.shown[-1].title == "The store is damaged"
    assert window.act_restore.isEnabled()  # File ▸ Restore stays within reach


def test_a_second_instance_is_told_the_store_is_in_use(make_window, store_path, dialogs_fixture):
    import subprocess
    import sys

    # Another Second Look process holds the store open until its stdin closes.
    holder = subprocess.Popen(
        [sys.executable, "-c", ("import sys\nfrom eligibility.store.crypto import open_store\n"
                                f"s = open_store({str(store_path)!r}, passphrase=None)\n"
                                "print('open', flush=True)\nsys.stdin.read()")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout.readline().strip() == "open"
        window = make_window()
        dialogs_fixture.set_next_answer(None)
        assert not window.open_store_path(store_path)
        shown = dialogs_fixture.shown[-1]
        assert shown.kind == "error" and shown.title == "Open store"
        assert "already open in another Second Look window or program" in shown.text
        assert window.store is None
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
