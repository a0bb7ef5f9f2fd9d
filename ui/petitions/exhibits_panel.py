"""A person's exhibits (certificates, chronos, letters): attach a PDF with a title, reorder, remove.

Petitions append the exhibits in this order, each after a cover page, so the order here is the order the
court sees. Files are copied into the owner-only exhibits folder (see exhibit_files) on a worker thread;
the store records title, copy and hash on the main thread, where the window's Store lives.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eligibility.petitions.brief import exhibit_letter
from eligibility.store import Exhibit, Store, StoreError
from ui.background import TaskContext, run_in_background
from ui.dialogs import dialogs
from ui.errors import show_error
from ui.petitions.exhibit_files import ExhibitFileError, copy_exhibit, discard_copy, exhibits_dir
from ui.petitions.wording import counted
from ui.qt_compat import emit

MAX_TITLE = 120
# What a store call can raise that the user should hear about (anything else is a bug for the excepthook).
STORE_ERRORS: tuple[type[BaseException], ...] = (StoreError, sqlite3.Error, OSError, ValueError)


def suggested_title(source: Path) -> str:
    """“chrono_128B-2019.pdf” → “Chrono 128B 2019”: a start the user edits, not a guess at the contents."""
    words = re.sub(r"[_\-.]+", " ", Path(source).stem).split()
    text = " ".join(words)
    return (text[:1].upper() + text[1:])[:MAX_TITLE] if text else ""


def reorder_exhibits(store: Store, person_id: str, ordered_ids: Sequence[int]) -> list[Exhibit]:
    """Put ``person_id``'s exhibits in ``ordered_ids`` order; returns the new list.

    The store appends new exhibits at the end and has no call to move one, so the exhibits from the first
    changed place onwards are added again in the new order and the old records removed afterwards. Adding
    first means a failure part-way leaves every exhibit listed (at worst twice), never one lost; the copies
    on disk are shared by the old and new records and are not touched. A store that offers
    ``reorder_exhibits`` itself is used instead.
    """
    current = store.list_exhibits(person_id)
    by_id = {e.id: e for e in current}
    if sorted(ordered_ids) != sorted(by_id):
        raise ValueError("The new order must list each of the person's exhibits once.")
    native = getattr(store, "reorder_exhibits", None)
    if callable(native):
        native(person_id, list(ordered_ids))
        return store.list_exhibits(person_id)
    first = next((i for i, (e, wanted) in enumerate(zip(current, ordered_ids)) if e.id != wanted), None)
    if first is None:
        return current
    moving = [by_id[i] for i in ordered_ids[first:]]
    added: list[Exhibit] = []
    try:
        for e in moving:
            added.append(store.add_exhibit(person_id, title=e.title, file_path=e.file_path, sha256=e.sha256))
    except BaseException:
        for e in added:
            store.remove_exhibit(e.id)
        raise
    for e in moving:
        store.remove_exhibit(e.id)
    return store.list_exhibits(person_id)


class ExhibitTitleDialog(QDialog):
    """Ask the title printed on the exhibit's cover page and in the exhibit list."""

    def __init__(self, parent: QWidget | None, *, suggestion: str, pages: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exhibit title"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Title printed on the cover page and in the exhibit list (the PDF has {pages}):")
                       .format(pages=counted(pages, "page", "pages")))
        label.setWordWrap(True)
        self.title_edit = QLineEdit(suggestion)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(self.tr("Exhibit title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Certificate of completion, Anger Management"))
        self.title_edit.selectAll()
        label.setBuddy(self.title_edit)
        layout.addWidget(label)
        layout.addWidget(self.title_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    @property
    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title))

    def accept(self) -> None:
        if self.title:
            super().accept()


class ExhibitsPanel(QWidget):
    """For the Documents tab: ``set_person(store, person_id)``, then the user attaches and arranges PDFs.

    ``exhibits_changed`` fires after every change the store accepted.
    """

    exhibits_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 folder: Callable[[], Path] = exhibits_dir) -> None:
        super().__init__(parent)
        self._folder = folder
        self.store: Store | None = None
        self.person_id: str | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("E&xhibits (appended to petitions in this order)"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exhibits"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        # Long titles and the hint wrap in a narrow pane rather than hiding behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Attach PDF…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Exhibit status"))
        layout.addWidget(self.status)
        self.add_button.clicked.connect(lambda _checked=False: self.attach())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._exhibits: list[Exhibit] = []
        self._update_buttons()

    # ---- state --------------------------------------------------------------------------------------
    def set_person(self, store: Store | None, person_id: str | None) -> None:
        self.store = store
        self.person_id = person_id
        self.status.clear()
        self.refresh()

    @property
    def exhibits(self) -> list[Exhibit]:
        return list(self._exhibits)

    def titles(self) -> list[str]:
        return [e.title for e in self._exhibits]

    def refresh(self, *, select_id: int | None = None) -> None:
        keep = select_id
        if keep is None and 0 <= self.list.currentRow() < len(self._exhibits):
            keep = self._exhibits[self.list.currentRow()].id
        self.list.clear()
        self._exhibits = []
        if self.store is not None and self.person_id is not None:
            try:
                self._exhibits = self.store.list_exhibits(self.person_id)
            except STORE_ERRORS as exc:
                show_error(self, exc)
        for n, e in enumerate(self._exhibits, start=1):  # lettered as the petition letters them
            missing = not Path(e.file_path).is_file()
            text = self.tr("Exhibit {letter}. {title}").format(letter=exhibit_letter(n - 1), title=e.title)
            if missing:
                text += "  " + self.tr("⚠ file missing")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(self.tr("Added {date} · SHA-256 {hash}…").format(
                date=e.added_at.astimezone().strftime("%Y-%m-%d"), hash=e.sha256[:12]))
            self.list.addItem(item)
        if not self._exhibits:
            placeholder = QListWidgetItem(self.tr("No exhibits yet. Attach certificates, chronos or letters "
                                                  "as PDFs."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        elif keep is not None:
            for row, e in enumerate(self._exhibits):
                if e.id == keep:
                    self.list.setCurrentRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_person = self.store is not None and self.person_id is not None and not self._busy
        row = self.list.currentRow() if self._exhibits else -1
        self.add_button.setEnabled(has_person)
        self.remove_button.setEnabled(has_person and row >= 0)
        self.up_button.setEnabled(has_person and row > 0)
        self.down_button.setEnabled(has_person and 0 <= row < len(self._exhibits) - 1)

    # ---- actions ------------------------------------------------------------------------------------
    def attach(self, source: Path | None = None) -> None:
        """Ask for a PDF (unless given), check and copy it off the UI thread, then ask its title."""
        if self.store is None or self.person_id is None or self._busy:
            return
        if source is None:
            source = dialogs.open_file(self, self.tr("Attach an exhibit"),
                                       self.tr("PDF files (*.pdf);;All files (*)"))
            if source is None:
                return
        folder = self._folder
        store, person_id = self.store, self.person_id
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("Checking and copying {file}…").format(file=source.name))

        def work(_ctx: TaskContext) -> tuple[Path, str, int]:
            dest = folder()
            return copy_exhibit(source, dest_dir=dest)

        def done(result: tuple[Path, str, int]) -> None:
            self._busy = False
            self.status.clear()
            copy, digest, pages = result
            if self.store is not store or self.person_id != person_id:
                discard_copy(copy, dest_dir=copy.parent)  # the person changed meanwhile
                self._update_buttons()
                return
            dialog = ExhibitTitleDialog(self, suggestion=suggested_title(source), pages=pages)
            try:
                accepted = dialogs.exec(dialog) == QDialog.DialogCode.Accepted.value
                title = dialog.title
            finally:
                dialog.deleteLater()
            if not accepted or not title:
                discard_copy(copy, dest_dir=copy.parent)
                self._update_buttons()
                return
            try:
                added = store.add_exhibit(person_id, title=title, file_path=str(copy), sha256=digest)
            except STORE_ERRORS as exc:
                discard_copy(copy, dest_dir=copy.parent)
                show_error(self, exc, title=self.tr("Attach exhibit"))
                self._update_buttons()
                return
            self.status.setText(self.tr("Attached “{title}” ({pages}).").format(
                title=title, pages=counted(pages, "page", "pages")))
            self.refresh(select_id=added.id)
            emit(self.exhibits_changed)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.status.clear()
            self._update_buttons()
            if isinstance(exc, ExhibitFileError):
                dialogs.error(self, self.tr("This file cannot be attached"), str(exc))
            else:
                show_error(self, exc, title=self.tr("Attach exhibit"))

        run_in_background(work, parent=self, on_done=done, on_error=failed)

    def selected(self) -> Exhibit | None:
        row = self.list.currentRow()
        return self._exhibits[row] if self._exhibits and 0 <= row < len(self._exhibits) else None

    def remove_selected(self) -> None:
        exhibit = self.selected()
        if exhibit is None or self.store is None:
            return
        if not dialogs.question(self, self.tr("Remove exhibit"), self.tr(
                "Remove “{title}” from this person's exhibits? Petitions generated from now on leave it out. "
                "Second Look's copy is deleted; the file you attached it from is not touched.").format(
                title=exhibit.title), yes_text=self.tr("Remove")):
            return
        try:
            self.store.remove_exhibit(exhibit.id)
        except STORE_ERRORS as exc:
            show_error(self, exc, title=self.tr("Remove exhibit"))
            self.refresh()
            return
        if not any(e.file_path == exhibit.file_path for e in self.store.list_exhibits(exhibit.person_id)):
            try:
                discard_copy(Path(exhibit.file_path), dest_dir=self._folder())
            except OSError:
                pass  # the record is gone; a stray copy in the private folder is not worth an error dialog
        self.status.setText(self.tr("Removed “{title}”.").format(title=exhibit.title))
        self.refresh()
        emit(self.exhibits_changed)

    def move_selected(self, step: int) -> None:
        exhibit = self.selected()
        if exhibit is None or self.store is None or self.person_id is None:
            return
        ids = [e.id for e in self._exhibits]
        row = ids.index(exhibit.id)
        new_row = row + step
        if not 0 <= new_row < len(ids):
            return
        ids[row], ids[new_row] = ids[new_row], ids[row]
        try:
            new = reorder_exhibits(self.store, self.person_id, ids)
        except STORE_ERRORS as exc:
            show_error(self, exc, title=self.tr("Reorder exhibits"))
            self.refresh()
            return
        # Records may have been re-created; select the moved exhibit by its new position.
        self.refresh(select_id=new[new_row].id if new_row < len(new) else None)
        emit(self.exhibits_changed)
