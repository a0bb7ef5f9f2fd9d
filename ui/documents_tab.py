"""The Documents tab: documents generated for the person and the exhibits attached to their file.

Generating petitions from here comes with the petitions UI; for now the tab lists what the store holds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from eligibility.store import Exhibit, StoredDocument


class DocumentsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        docs_label = QLabel(self.tr("Generated &documents"))
        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Generated documents"))
        docs_label.setBuddy(self.documents)
        ex_label = QLabel(self.tr("E&xhibits"))
        self.exhibits = QListWidget()
        self.exhibits.setAccessibleName(self.tr("Exhibits"))
        ex_label.setBuddy(self.exhibits)
        self.hint = QLabel(self.tr("Petitions and letters generated for this person will be listed here."))
        self.hint.setWordWrap(True)
        for w in (docs_label, self.documents, ex_label, self.exhibits, self.hint):
            layout.addWidget(w)

    def set_items(self, documents: list[StoredDocument], exhibits: list[Exhibit]) -> None:
        self.documents.clear()
        self.exhibits.clear()
        for d in documents:
            pages = self.tr("1 page") if d.pages == 1 else self.tr("{n} pages").format(n=d.pages)
            self.documents.addItem(f"{d.created_at.astimezone().strftime('%Y-%m-%d')} · {d.kind} · {pages} · "
                                   f"{d.file_path}")
        for e in exhibits:
            self.exhibits.addItem(f"{e.position}. {e.title} · {e.file_path}")
        if not documents:
            self.documents.addItem(self.tr("No documents yet."))
        if not exhibits:
            self.exhibits.addItem(self.tr("No exhibits yet."))
