"""The passphrase dialog shown before an encrypted store opens (at start, on File > Open, on unlock)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from eligibility.store import Store
from eligibility.store.crypto import connect_encrypted, is_encrypted, open_store
from ui.dialogs import dialogs
from ui.security.passphrase_form import PassphraseForm


class UnlockDialog(QDialog):
    """Asks for the passphrase of ``store_path`` and tries it with ``attempt`` until it works or is cancelled.

    A wrong passphrase is shown inline under the field, and the dialog stays open for another try. On
    success ``result_value`` holds what ``attempt`` returned (the open Store, for ``open_store``).
    """

    def __init__(self, store_path: Path, *, attempt: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock {name}").format(name=store_path.name))
        self.setModal(True)
        self.result_value: Any = None
        self.intro = QLabel(self.tr("{name} is encrypted. Enter its passphrase to open it.").format(
            name=store_path.name))
        self.intro.setWordWrap(True)
        self.form = PassphraseForm(self, attempt=attempt)
        self.form.succeeded.connect(self._succeeded)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.focus()

    def _succeeded(self, value: object) -> None:
        self.result_value = value
        self.accept()

    def try_passphrase(self, passphrase: str) -> None:
        """Type ``passphrase`` and press Unlock (what a user does; tests and pre-answers use it)."""
        self.form.field.setText(passphrase)
        self.form.button.click()

    def reject(self) -> None:
        self.form.clear()
        super().reject()


def open_with_passphrase(path: Path, parent: QWidget | None, *, staff: str = "",
                         check_integrity: bool = False) -> tuple[Store, Callable | None] | None:
    """Open ``path`` for the window: plain stores at once, encrypted ones through the UnlockDialog.

    Returns the Store and the connection factory the window's background work must use to open the same
    store on its own thread (None for a plain store), or None when the user cancelled. The integrity check
    is off by default because it reads every page: the window runs it in the background once the store
    is shown (``MainWindow.set_store``).
    """
    path = Path(path)
    if not is_encrypted(path):
        return open_store(path, passphrase=None, staff=staff, check_integrity=check_integrity), None
    chosen: dict[str, Callable] = {}

    def attempt(passphrase: str) -> Store:
        store = open_store(path, passphrase=passphrase, staff=staff, check_integrity=check_integrity)
        chosen["connect"] = connect_encrypted(passphrase)
        return store

    dialog = UnlockDialog(path, attempt=attempt, parent=parent)
    try:
        if dialogs.exec(dialog) != QDialog.DialogCode.Accepted.value or dialog.result_value is None:
            return None
        return dialog.result_value, chosen["connect"]
    finally:
        dialog.deleteLater()


def passphrase_store_opener(window: Any, *, staff: str = "") -> Callable[[Path, QWidget], Store | None]:
    """A ``MainWindow(store_opener=...)`` that asks for the passphrase of encrypted stores.

    It also sets ``window.connect_factory`` to the matching connection factory (None for plain stores), so
    the window's background work opens the same store on its own thread; ``window.lock()`` should set it
    back to None, since the factory holds the passphrase.
    """
    def opener(path: Path, parent: QWidget) -> Store | None:
        opened = open_with_passphrase(path, parent, staff=staff)
        if opened is None:
            return None
        store, connect = opened
        window.connect_factory = connect
        return store
    return opener
