"""The passphrase field, its button and its inline error: shared by the unlock dialog and the lock screen.

Errors are shown inline, under the field, rather than in a message box: a mistyped passphrase is routine,
and a modal box on top of a lock screen would be one more thing between the user and their work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from eligibility.store import StoreError
from ui.qt_compat import emit


class PassphraseForm(QWidget):
    """``submitted`` carries the passphrase typed; ``attempt`` (when given) is tried at once instead.

    ``attempt(passphrase)`` opens the store or raises: StoreError subclasses (WrongPassphrase, StoreLocked,
    StoreCorrupt ...) are shown inline; their wording is already meant for the user. Anything else is a bug
    and propagates to the app's error path.
    """

    submitted = Signal(str)
    succeeded = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, button_text: str = "",
                 attempt: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        # Keep the passphrase out of the clipboard and out of input-method history.
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
                                       | Qt.InputMethodHint.ImhHiddenText)
        self.button = QPushButton(button_text or self.tr("&Unlock"))
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Passphrase error"))
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.BrightText)
                         if palette.color(QPalette.ColorRole.Window).lightness() < 128 else Qt.GlobalColor.darkRed)
        self.error.setPalette(palette)
        self.error.hide()

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self.field.returnPressed.connect(self._submit)
        self.button.clicked.connect(self._submit)
        self.field.textEdited.connect(self._typing)

    def set_attempt(self, attempt: Callable[[str], object] | None) -> None:
        self._attempt = attempt

    def _typing(self, _text: str) -> None:
        self.error.hide()

    def _submit(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            self.show_error(self.tr("Type the passphrase first."))
            return
        if self._attempt is None:
            emit(self.submitted, passphrase)
            return
        self.set_busy(True)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._attempt(passphrase)
        except StoreError as exc:
            self.show_error(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.set_busy(False)
            passphrase = ""
        self.clear()
        emit(self.succeeded, result)

    def show_error(self, text: str) -> None:
        """Show ``text`` under the field and empty the field, ready for another try."""
        self.error.setText(text)
        self.error.show()
        self.field.clear()
        self.field.setFocus()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def set_busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.button.setEnabled(not busy)

    def clear(self) -> None:
        self.field.clear()
        self.error.clear()
        self.error.hide()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
