"""Undo as a command layer over the store, not widget state (Anki's ``undo.py``, KeePassXC's commands).

A ``Command`` knows how to apply itself to a Store and how to reverse it; each store call it makes is one
transaction. The stack returns the store's ``Changes`` so views refresh only what the command touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from eligibility.records import Note, Person
from eligibility.store import Changes, Store
from ui.qt_compat import emit


@dataclass
class Command:
    name: str
    do: Callable[[Store], Changes]
    undo: Callable[[Store], Changes]


class UndoStack(QObject):
    """Mirrors ``can_undo``/``undo_text`` for the Edit menu; emits ``applied`` with the Changes of each step."""

    changed = Signal()
    applied = Signal(object)

    def __init__(self, parent: QObject | None = None, *, limit: int = 100) -> None:
        super().__init__(parent)
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._limit = limit
        self._store: Store | None = None

    def set_store(self, store: Store | None) -> None:
        """Commands belong to one store; switching (or locking) forgets them."""
        self._store = store
        note_ids.clear()
        self.clear()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        emit(self.changed)

    def _require_store(self) -> Store:
        if self._store is None:
            raise RuntimeError("no store is open")
        return self._store

    def push(self, command: Command) -> Changes:
        changes = command.do(self._require_store())
        self._done.append(command)
        del self._done[:-self._limit]
        self._undone.clear()
        emit(self.changed)
        emit(self.applied, changes)
        return changes

    def undo(self) -> Changes | None:
        if not self._done:
            return None
        command = self._done.pop()
        try:
            changes = command.undo(self._require_store())
        except BaseException:
            self._done.append(command)
            raise
        self._undone.append(command)
        emit(self.changed)
        emit(self.applied, changes)
        return changes

    def redo(self) -> Changes | None:
        if not self._undone:
            return None
        command = self._undone.pop()
        try:
            changes = command.do(self._require_store())
        except BaseException:
            self._undone.append(command)
            raise
        self._done.append(command)
        emit(self.changed)
        emit(self.applied, changes)
        return changes

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].name if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].name if self._undone else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class NoteIds:
    """Undoing a note's deletion brings it back under a new id; older commands still name the old one.

    Each stack keeps one of these, so every command resolves the id a note has now.
    """

    def __init__(self) -> None:
        self._moved: dict[int, int] = {}

    def current(self, note_id: int) -> int:
        seen = set()
        while note_id in self._moved and note_id not in seen:
            seen.add(note_id)
            note_id = self._moved[note_id]
        return note_id

    def moved(self, old: int, new: int) -> None:
        if old != new:
            self._moved[old] = new

    def clear(self) -> None:
        self._moved.clear()


note_ids = NoteIds()


def _person_changes(person_id: str) -> Changes:
    return Changes(frozenset({person_id}), frozenset({"people"}))


def save_person_command(after: Person, before: Person | None, *, name: str = "") -> Command:
    """Edit (or create, when ``before`` is None) one person; undo restores the earlier facts exactly."""

    def do(store: Store) -> Changes:
        return store.save_person(after)

    def undo(store: Store) -> Changes:
        if before is None:
            return store.delete_person(after.person_id)
        return store.save_person(before)

    return Command(name or (_tr("Add person") if before is None else _tr("Edit person")), do, undo)


def delete_person_command(person: Person, notes: list[Note]) -> Command:
    """Delete one person. Undo brings back their facts, conduct and notes (notes get new ids).

    Determinations are re-derived by the views after undo; generated documents stay on disk but their
    store records go with the person, which the confirmation dialog says.
    """

    def do(store: Store) -> Changes:
        return store.delete_person(person.person_id)

    def undo(store: Store) -> Changes:
        changes = store.save_person(person)
        for note in notes:
            store.add_note(person.person_id, note.text, author=note.author)
        return changes

    return Command(_tr("Delete person"), do, undo)


def add_note_command(person_id: str, text: str, *, author: str) -> Command:
    state: dict[str, int] = {}

    def do(store: Store) -> Changes:
        new_id = store.add_note(person_id, text, author=author).note_id
        if "id" in state:
            note_ids.moved(state["id"], new_id)  # redo: the note is back under another id
        state["id"] = new_id
        return _person_changes(person_id)

    def undo(store: Store) -> Changes:
        store.delete_note(note_ids.current(state["id"]))
        return _person_changes(person_id)

    return Command(_tr("Add note"), do, undo)


def edit_note_command(note: Note, text: str) -> Command:
    def do(store: Store) -> Changes:
        store.update_note(note_ids.current(note.note_id), text)
        return _person_changes(note.person_id)

    def undo(store: Store) -> Changes:
        store.update_note(note_ids.current(note.note_id), note.text)
        return _person_changes(note.person_id)

    return Command(_tr("Edit note"), do, undo)


def delete_note_command(note: Note) -> Command:
    def do(store: Store) -> Changes:
        store.delete_note(note_ids.current(note.note_id))
        return _person_changes(note.person_id)

    def undo(store: Store) -> Changes:
        restored = store.add_note(note.person_id, note.text, author=note.author).note_id
        note_ids.moved(note_ids.current(note.note_id), restored)
        return _person_changes(note.person_id)

    return Command(_tr("Delete note"), do, undo)
