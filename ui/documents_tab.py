"""The Documents tab: the documents generated for the person, a way to prepare another, and their exhibits.

The list shows what the store recorded (kind, date, pages, file); the file itself lives wherever the user
saved it, so a moved or deleted file is marked rather than hidden. Exhibits are the petitions package's
``ExhibitsPanel``: attach, order and remove the PDFs appended to this person's petitions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eligibility.store import Store, StoredDocument
from ui.petitions import ExhibitsPanel
from ui.qt_compat import emit


def _document_name(kind: str) -> str:
    try:
        from eligibility.petitions import DOCUMENT_NAMES
    except ImportError:  # the list still reads without the petitions package
        return kind
    return DOCUMENT_NAMES.get(kind, kind)


class DocumentsTab(QWidget):
    """``prepare_requested`` asks the window to open the generate dialog for the person shown."""

    prepare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        docs_label = QLabel(self.tr("Generated &documents"))
        self.prepare_button = QPushButton(self.tr("&Prepare a document…"))
        self.prepare_button.setAccessibleName(self.tr("Prepare a document"))
        self.prepare_button.setToolTip(self.tr("A petition, a letter or a plain-language summary for this person "
                                               "(Ctrl+G)"))
        self.prepare_button.clicked.connect(lambda: emit(self.prepare_requested))
        heading.addWidget(docs_label, 1)
        heading.addWidget(self.prepare_button)
        top_layout.addLayout(heading)
        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Generated documents"))
        self.documents.setAlternatingRowColors(True)
        self.documents.setWordWrap(True)
        self.documents.setResizeMode(QListView.ResizeMode.Adjust)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.itemActivated.connect(self._open_item)
        docs_label.setBuddy(self.documents)
        top_layout.addWidget(self.documents, 1)
        self.hint = QLabel(self.tr("Double-click a document (or press Enter) to open its file."))
        self.hint.setWordWrap(True)
        top_layout.addWidget(self.hint)
        splitter.addWidget(top)

        self.exhibits_panel = ExhibitsPanel()
        splitter.addWidget(self.exhibits_panel)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter, 1)
        self._documents: list[StoredDocument] = []
        self.set_documents([])

    @property
    def exhibits(self) -> QListWidget:
        """The exhibit list widget (what the user reads), from the panel."""
        return self.exhibits_panel.list

    def set_person(self, store: Store | None, person_id: str | None, *, documents: list[StoredDocument]) -> None:
        """Show ``person_id``'s documents and exhibits; ``(None, None, [])`` clears the tab."""
        self.set_documents(documents)
        self.exhibits_panel.set_person(store, person_id)
        self.prepare_button.setEnabled(store is not None and person_id is not None)

    def clear(self) -> None:
        self.set_person(None, None, documents=[])

    def set_documents(self, documents: list[StoredDocument]) -> None:
        self._documents = sorted(documents, key=lambda d: d.created_at, reverse=True)  # newest first
        self.documents.clear()
        for d in self._documents:
            pages = self.tr("1 page") if d.pages == 1 else self.tr("{n} pages").format(n=d.pages)
            path = Path(d.file_path)
            text = f"{_document_name(d.kind)}\n{d.created_at.astimezone().strftime('%Y-%m-%d %H:%M')} · {pages} · " \
                   f"{path.name}"
            if not path.is_file():
                text += "  " + self.tr("⚠ file moved or deleted")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.file_path)
            item.setToolTip(self.tr("{path}\nSHA-256 {hash}\nRule packs: {packs}").format(
                path=d.file_path, hash=d.sha256, packs=d.pack_version or "—"))
            self.documents.addItem(item)
        if not self._documents:
            item = QListWidgetItem(self.tr("No documents yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.documents.addItem(item)
        self.hint.setVisible(bool(self._documents))

    def document_count(self) -> int:
        return len(self._documents)

    def _open_item(self, item: QListWidgetItem) -> None:
        file_path = item.data(Qt.ItemDataRole.UserRole)
        if file_path and Path(file_path).is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(file_path))
