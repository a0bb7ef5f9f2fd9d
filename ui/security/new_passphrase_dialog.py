"""Choosing a passphrase: for a new store, for encrypting a plain one, and for changing it (rekey).

Encryption is the default. Opting out is possible for a new store only after a warning is shown and
ticked, because a plain store on a shared laptop is readable by anyone who can copy the file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eligibility.store.crypto import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from eligibility.store.errors import WeakPassphrase


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class NewPassphraseDialog(QDialog):
    """After ``Accepted``: ``passphrase`` (None when the user chose no encryption) and ``current``.

    ``ask_current`` adds a field for the passphrase in force (changing it); ``allow_plain`` offers the
    opt-out (new stores only).
    """

    def __init__(self, parent: QWidget | None = None, *, title: str = "", ask_current: bool = False,
                 allow_plain: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose a passphrase"))
        self.setModal(True)
        self.passphrase: str | None = None
        self.current: str | None = None
        self.intro = QLabel(self.tr(
            "The passphrase encrypts every case in this store. Use at least {n} characters; a few unrelated "
            "words are easy to remember and hard to guess. There is no way to recover a forgotten "
            "passphrase: keep it somewhere safe.").format(n=MIN_PASSPHRASE_LENGTH))
        self.intro.setWordWrap(True)
        self.current_field = _password_field(self.tr("Current passphrase"))
        self.new_field = _password_field(self.tr("New passphrase"))
        self.confirm_field = _password_field(self.tr("Type it again"))
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("&Current passphrase:"), self.current_field)
        form.addRow(self.tr("&Passphrase:"), self.new_field)
        form.addRow(self.tr("&Again:"), self.confirm_field)
        self.plain_box = QCheckBox(self.tr("Do &not encrypt this store"))
        self.plain_warning = QLabel(self.tr(
            "Without encryption, anyone who can copy the file, from this laptop, a backup or a synced folder, "
            "can read every name, birth date and criminal history in it."))
        self.plain_warning.setWordWrap(True)
        self.plain_warning.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Passphrase problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        if allow_plain:
            layout.addWidget(self.plain_box)
            layout.addWidget(self.plain_warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.plain_box.toggled.connect(self._plain_toggled)
        self._ask_current = ask_current
        self._allow_plain = allow_plain

    def _plain_toggled(self, on: bool) -> None:
        self.plain_warning.setVisible(on)
        self.new_field.setEnabled(not on)
        self.confirm_field.setEnabled(not on)
        self.error.hide()

    def _accept(self) -> None:
        if self._allow_plain and self.plain_box.isChecked():
            self.passphrase = None
            self.accept()
            return
        try:
            if self._ask_current and not self.current_field.text():
                raise WeakPassphrase(self.tr("Enter the current passphrase too."))
            check_new_passphrase(self.new_field.text(), confirmation=self.confirm_field.text())
        except WeakPassphrase as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.passphrase = self.new_field.text()
        self.current = self.current_field.text() if self._ask_current else None
        for field in (self.current_field, self.new_field, self.confirm_field):
            field.clear()
        self.accept()

    def fill(self, passphrase: str, *, confirmation: str | None = None, current: str = "") -> None:
        """Type into the fields as a user would (tests and pre-answered dialogs)."""
        self.current_field.setText(current)
        self.new_field.setText(passphrase)
        self.confirm_field.setText(passphrase if confirmation is None else confirmation)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
