"""A widget that covers the whole window while it is locked and asks for the passphrase again.

Covering is the visible half of locking only. The window's ``lock()`` must also close the store, clear
its models and drop the connection factory: a covered widget still answers screen readers and keeps its
data in memory. This overlay paints an opaque background and takes the keyboard focus, so nothing behind
it shows or can be typed into.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.qt_compat import emit
from ui.security.passphrase_form import PassphraseForm


class LockScreen(QWidget):
    """An opaque overlay on ``parent``. ``unlocked`` carries what ``attempt`` returned (the reopened store).

    Without ``attempt``, ``unlock_requested`` carries the passphrase and the caller answers with
    ``show_error(text)`` or ``dismiss()``.
    """

    unlocked = Signal(object)
    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget, *, attempt: Callable[[str], object] | None = None,
                 store_name: str = "") -> None:
        super().__init__(parent)
        # Opaque in the theme's own window colour: nothing behind shows through, in light or dark mode.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        self.title = QLabel(self.tr("Second Look is locked"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_store_name(store_name)
        self.form = PassphraseForm(self, attempt=attempt)
        self.form.setMaximumWidth(420)
        self.form.succeeded.connect(self._succeeded)
        self.form.submitted.connect(self.unlock_requested)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        parent.installEventFilter(self)
        self.hide()

    def set_store_name(self, name: str) -> None:
        self.message.setText(
            self.tr("No case data is shown. Enter the passphrase of {name} to continue.").format(name=name)
            if name else self.tr("No case data is shown. Enter the passphrase to continue."))

    def set_attempt(self, attempt: Callable[[str], object] | None) -> None:
        self.form.set_attempt(attempt)

    def cover(self) -> None:
        """Cover the parent entirely (menus, toolbars and docks included) and take the focus."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.form.clear()
        self.show()
        self.raise_()
        self.form.focus()

    def dismiss(self) -> None:
        self.form.clear()
        self.hide()

    def show_error(self, text: str) -> None:
        self.form.show_error(text)

    def _succeeded(self, value: object) -> None:
        self.dismiss()
        emit(self.unlocked, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        if watched is self.parentWidget() and event.type() == QEvent.Type.ChildAdded and self.isVisible():
            self.raise_()  # a dock or toolbar added while locked must not appear over the cover
        return False
