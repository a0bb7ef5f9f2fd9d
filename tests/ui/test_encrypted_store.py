"""An encrypted store: opened with its passphrase, background work uses the same key, locking forgets it."""

from __future__ import annotations

from tests.ui.conftest import PASSPHRASE
from ui.qt_compat import emit


def test_open_lock_and_unlock_an_encrypted_store(make_window, encrypted_path, dialogs_fixture, qtbot):
    from ui.security.unlock_dialog import passphrase_store_opener

    window = make_window()
    window.store_opener = passphrase_store_opener(window)

    def type_passphrase(dialog) -> int:
        dialog.try_passphrase(PASSPHRASE)
        return dialog.result()

    dialogs_fixture.set_next_answer(type_passphrase)
    assert window.open_store_path(encrypted_path)
    assert window.store.encrypted and "(encrypted)" in window.store_label.text()
    # The list was loaded by background work that opened the store with the same key.
    assert window.model.rowCount() == 5
    assert window.connect_factory is not None

    window.lock()
    assert window.store is None and window.connect_factory is None and window.model.rowCount() == 0
    cover = window._lock_cover
    assert cover is not None and cover.isVisible()
    cover.form.field.setText("wrong passphrase here")
    cover.form.button.click()
    assert window.is_locked and cover.form.error_text()
    cover.form.field.setText(PASSPHRASE)
    cover.form.button.click()
    assert not window.is_locked and not cover.isVisible()
    assert window.model.rowCount() == 5
    assert window.store.encrypted


def test_a_new_store_is_encrypted_by_default(make_window, tmp_path, dialogs_fixture):
    from eligibility.store.crypto import is_encrypted

    window = make_window()

    def choose(dialog) -> int:
        dialog.fill(PASSPHRASE)
        emit(dialog.buttons.accepted)
        return dialog.result()

    dialogs_fixture.set_next_answer(tmp_path / "clinic.slstore")
    dialogs_fixture.set_next_answer(choose)
    window.act_new_store.trigger()
    assert window.store is not None and window.store.encrypted
    assert is_encrypted(tmp_path / "clinic.slstore")
    assert window.model.rowCount() == 0 and window.connect_factory is not None
