"""The one door every modal dialog goes through, so tests can answer it in advance and never hang.

Modelled on KeePassXC's ``MessageBox::setNextAnswer``: a test queues answers with ``set_next_answer``;
when the queue is empty and ``strict`` is set (the test suite sets it), an unexpected dialog fails the
test instead of blocking it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class UnexpectedDialog(AssertionError):
    """A modal dialog opened in a test that queued no answer for it."""


@dataclass(frozen=True, slots=True)
class Shown:
    kind: str
    title: str
    text: str


class Dialogs:
    def __init__(self) -> None:
        self._answers: deque[Any] = deque()
        self.strict = False
        self.shown: list[Shown] = []

    # ---- for tests ---------------------------------------------------------------------------------
    def set_next_answer(self, answer: Any) -> None:
        """Queue the answer of the next modal dialog.

        For questions a bool, for file dialogs a Path (or None for Cancel), for ``exec`` a dialog code or a
        callable that receives the dialog (to fill it in) and returns the code.
        """
        self._answers.append(answer)

    def reset(self) -> None:
        self._answers.clear()
        self.shown.clear()

    @property
    def pending(self) -> int:
        return len(self._answers)

    def _take(self, kind: str, title: str, text: str) -> tuple[bool, Any]:
        self.shown.append(Shown(kind, title, text))
        if self._answers:
            return True, self._answers.popleft()
        if self.strict:
            raise UnexpectedDialog(f"unanswered {kind} dialog: {title}: {text}")
        return False, None

    # ---- message boxes -----------------------------------------------------------------------------
    def question(self, parent: QWidget | None, title: str, text: str, *, yes_text: str = "",
                 default_yes: bool = False) -> bool:
        queued, answer = self._take("question", title, text)
        if queued:
            return bool(answer)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        yes = box.addButton(yes_text or box.tr("Yes"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes if default_yes else no)
        box.exec()
        return box.clickedButton() is yes

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        queued, _ = self._take("information", title, text)
        if not queued:
            QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, *, details: str = "") -> None:
        queued, _ = self._take("error", title, text)
        if queued:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setInformativeText(details)
        box.exec()

    # ---- files -------------------------------------------------------------------------------------
    def open_file(self, parent: QWidget | None, title: str, name_filter: str, *, start: str = "") -> Path | None:
        queued, answer = self._take("open_file", title, name_filter)
        if queued:
            return Path(answer) if answer else None
        name, _ = QFileDialog.getOpenFileName(parent, title, start, name_filter)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, name_filter: str, *, start: str = "") -> Path | None:
        queued, answer = self._take("save_file", title, name_filter)
        if queued:
            return Path(answer) if answer else None
        name, _ = QFileDialog.getSaveFileName(parent, title, start, name_filter)
        return Path(name) if name else None

    def directory(self, parent: QWidget | None, title: str, *, start: str = "") -> Path | None:
        queued, answer = self._take("directory", title, "")
        if queued:
            return Path(answer) if answer else None
        name = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(name) if name else None

    # ---- custom dialogs ----------------------------------------------------------------------------
    def exec(self, dialog: QDialog) -> int:
        """Run ``dialog`` modally, or, in a test, let the queued answer fill it in and decide."""
        queued, answer = self._take("dialog", dialog.windowTitle(), type(dialog).__name__)
        if queued:
            if callable(answer):
                dialog.show()  # as exec() would, so the dialog is laid out and initialised (a wizard's first page)
                code = answer(dialog)
            else:
                code = answer
            code = int(code if code is not None else QDialog.DialogCode.Rejected.value)
            if code == QDialog.DialogCode.Accepted.value:
                dialog.accept()
            else:
                dialog.reject()
            return code
        return dialog.exec()


dialogs = Dialogs()
