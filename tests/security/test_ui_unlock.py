"""The unlock dialog and the passphrase-choice dialog (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QDialog, QWidget

from eligibility.store import Store, StoreLocked
from eligibility.store.crypto import open_store
from tests.security.factory import MARKER_ID, OTHER_PASSPHRASE, PASSPHRASE
from ui.dialogs import dialogs
from ui.security import NewPassphraseDialog, UnlockDialog, open_with_passphrase, passphrase_store_opener

ACCEPTED = QDialog.DialogCode.Accepted.value


@pytest.fixture(autouse=True)
def strict_dialogs():
    dialogs.reset()
    dialogs.strict = True
    yield dialogs
    assert dialogs.pending == 0, "a queued dialog answer was never used"
    dialogs.strict = False
    dialogs.reset()


def _dialog(qtbot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path, attempt=lambda p: open_store(path, passphrase=p))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_passphrase_is_shown_inline_and_the_dialog_stays(qtbot, enc_path):
    dialog = _dialog(qtbot, enc_path)
    dialog.try_passphrase("not the passphrase")
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert dialog.form.error_text().startswith("That passphrase does not open cases.slstore")
    assert dialog.form.field.text() == ""  # ready for another try
    dialog.form.field.setText("x")
    dialog.form.field.textEdited.emit("x")
    assert dialog.form.error_text() == ""  # typing again clears the message
    dialog.try_passphrase(PASSPHRASE)
    assert dialog.result() == ACCEPTED
    store = dialog.result_value
    assert isinstance(store, Store) and store.get_person(MARKER_ID)
    store.close()


def test_an_empty_passphrase_is_not_tried(qtbot, enc_path):
    tried: list[str] = []
    dialog = UnlockDialog(enc_path, attempt=tried.append)
    qtbot.addWidget(dialog)
    dialog.try_passphrase("")
    assert tried == [] and dialog.form.error_text() == "Type the passphrase first."


def test_a_store_open_elsewhere_is_explained_inline(qtbot, enc_store):
    dialog = _dialog(qtbot, enc_store.path)
    dialog.try_passphrase(PASSPHRASE)
    assert dialog.result() != ACCEPTED
    assert "already open" in dialog.form.error_text()
    with pytest.raises(StoreLocked):  # and nothing was opened behind the message
        open_store(enc_store.path, passphrase=PASSPHRASE)


def test_the_password_field_does_not_echo(qtbot, enc_path):
    from PySide6.QtWidgets import QLineEdit

    dialog = _dialog(qtbot, enc_path)
    assert dialog.form.field.echoMode() == QLineEdit.EchoMode.Password


def test_open_with_passphrase_asks_only_for_encrypted_stores(qtbot, enc_path, plain_store):
    path = plain_store.path
    plain_store.close()
    store, connect = open_with_passphrase(path, None)  # strict dialogs: asking would fail the test
    assert connect is None and not store.encrypted
    store.close()

    def answer(dialog: UnlockDialog) -> int:
        dialog.try_passphrase(OTHER_PASSPHRASE)
        assert "does not open" in dialog.form.error_text()
        dialog.try_passphrase(PASSPHRASE)
        return dialog.result()

    dialogs.set_next_answer(answer)
    opened = open_with_passphrase(enc_path, None)
    assert opened is not None
    store, connect = opened
    assert store.encrypted and connect is not None
    # the factory opens the same store again, as the window's background work does on its own thread
    with Store.open(enc_path, connect=connect, encrypted=True) as worker:
        assert worker.count_people() == 1
    store.close()


def test_cancelling_the_unlock_opens_nothing(qtbot, enc_path):
    dialogs.set_next_answer(QDialog.DialogCode.Rejected.value)
    assert open_with_passphrase(enc_path, None) is None
    open_store(enc_path, passphrase=PASSPHRASE).close()  # no lock was left behind


def test_the_window_opener_hands_the_connection_factory_to_the_window(qtbot, enc_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.connect_factory = None  # type: ignore[attr-defined]
    opener = passphrase_store_opener(window)
    dialogs.set_next_answer(lambda d: (d.try_passphrase(PASSPHRASE), d.result())[1])
    store = opener(enc_path, window)
    assert store is not None and window.connect_factory is not None  # type: ignore[attr-defined]
    store.close()


def _choose(qtbot, **kwargs) -> NewPassphraseDialog:
    dialog = NewPassphraseDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_passphrase_must_be_long_and_typed_twice(qtbot):
    dialog = _choose(qtbot)
    dialog.fill("short")
    dialog.buttons.accepted.emit()
    assert dialog.result() != ACCEPTED and "at least 10 characters" in dialog.error_text()
    dialog.fill(PASSPHRASE, confirmation=PASSPHRASE + "!")
    dialog.buttons.accepted.emit()
    assert dialog.result() != ACCEPTED and "not the same" in dialog.error_text()
    dialog.fill(PASSPHRASE)
    dialog.buttons.accepted.emit()
    assert dialog.result() == ACCEPTED and dialog.passphrase == PASSPHRASE
    assert dialog.new_field.text() == "" and dialog.confirm_field.text() == ""


def test_opting_out_of_encryption_shows_the_warning_first(qtbot):
    dialog = _choose(qtbot, allow_plain=True)
    assert dialog.plain_warning.isHidden()
    dialog.plain_box.setChecked(True)
    assert not dialog.plain_warning.isHidden() and "can read every name" in dialog.plain_warning.text()
    dialog.buttons.accepted.emit()
    assert dialog.result() == ACCEPTED and dialog.passphrase is None


def test_the_opt_out_is_not_offered_unless_allowed(qtbot):
    dialog = _choose(qtbot)
    assert not dialog.isAncestorOf(dialog.plain_box)


def test_changing_the_passphrase_needs_the_current_one(qtbot):
    dialog = _choose(qtbot, ask_current=True)
    dialog.fill(OTHER_PASSPHRASE)
    dialog.buttons.accepted.emit()
    assert dialog.result() != ACCEPTED and "current passphrase" in dialog.error_text()
    dialog.fill(OTHER_PASSPHRASE, current=PASSPHRASE)
    dialog.buttons.accepted.emit()
    assert dialog.result() == ACCEPTED
    assert (dialog.current, dialog.passphrase) == (PASSPHRASE, OTHER_PASSPHRASE)
