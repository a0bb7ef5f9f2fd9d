"""The Notes tab: dated notes on a person; adding, editing and deleting go through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eligibility.records import Note

_NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
from ui.qt_compat import emit


class NotesTab(QWidget):
    note_added = Signal(str)  # text
    note_edited = Signal(object, str)  # Note, new text
    note_deleted = Signal(object)  # Note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes on this person"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._picked)
        layout.addWidget(self.list, 2)
        label = QLabel(self.tr("&Note text"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setTabChangesFocus(True)
        label.setBuddy(self.editor)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add &new note"))
        self.save_button = QPushButton(self.tr("Save &edit"))
        self.delete_button = QPushButton(self.tr("&Delete note"))
        for b in (self.add_button, self.save_button, self.delete_button):
            b.setAccessibleName(b.text().replace("&", ""))
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.editor.textChanged.connect(self._update)
        self._update()

    def set_notes(self, notes: list[Note]) -> None:
        self.list.clear()
        for note in notes:
            first = note.text.strip().splitlines()[0] if note.text.strip() else ""
            author = f" · {note.author}" if note.author else ""
            item = QListWidgetItem(f"{note.created_at.astimezone().strftime('%Y-%m-%d %H:%M')}{author}\n{first}")
            item.setData(_NOTE_ROLE, note)
            self.list.addItem(item)
        self.editor.clear()
        self._update()

    def current_note(self) -> Note | None:
        item = self.list.currentItem()
        return item.data(_NOTE_ROLE) if item is not None else None

    def _picked(self, current: QListWidgetItem | None, _previous: object) -> None:
        note = current.data(_NOTE_ROLE) if current is not None else None
        self.editor.setPlainText(note.text if note else "")
        self._update()

    def _update(self) -> None:
        text = self.editor.toPlainText().strip()
        note = self.current_note()
        self.add_button.setEnabled(bool(text))
        self.save_button.setEnabled(note is not None and bool(text) and text != note.text.strip())
        self.delete_button.setEnabled(note is not None)

    def _add(self) -> None:
        text = self.editor.toPlainText().strip()
        if text:
            emit(self.note_added, text)

    def _save(self) -> None:
        note = self.current_note()
        text = self.editor.toPlainText().strip()
        if note is not None and text:
            emit(self.note_edited, note, text)

    def _delete(self) -> None:
        note = self.current_note()
        if note is not None:
            emit(self.note_deleted, note)
