"""The right pane: one person's header line and their Facts, Conduct, Eligibility, Documents and Notes tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from eligibility.dates import age_on, person_served_on
from eligibility.records import Person
from ui.conduct_tab import ConductTab
from ui.documents_tab import DocumentsTab
from ui.eligibility_view import EligibilityView
from ui.facts_form import FactsForm
from ui.notes_tab import NotesTab


class PersonPage(QWidget):
    FACTS, CONDUCT, ELIGIBILITY, DOCUMENTS, NOTES = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Person"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 2, 6)  # narrow sides: on a laptop every pixel goes to the tabs
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.empty = QLabel(self.tr("Choose a person in the list to see their facts and eligibility."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Person name and ID"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setAccessibleName(self.tr("Person summary"))
        self.subtitle.setWordWrap(True)
        page_layout.addWidget(self.title)
        page_layout.addWidget(self.subtitle)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Person tabs"))
        self.facts = FactsForm()
        self.conduct = ConductTab()
        self.eligibility = EligibilityView()
        self.documents = DocumentsTab()
        self.notes = NotesTab()
        self.tabs.addTab(self.facts, self.tr("&Facts"))
        self.tabs.addTab(self.conduct, self.tr("C&onduct"))
        self.tabs.addTab(self.eligibility, self.tr("E&ligibility"))
        self.tabs.addTab(self.documents, self.tr("Doc&uments"))
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        page_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(page)
        self.person: Person | None = None

    def show_empty(self) -> None:
        self.person = None
        self.facts.set_person(None)
        self.stack.setCurrentIndex(0)

    def show_header(self, person: Person | None, *, as_of: date, new: bool = False) -> None:
        self.person = person
        self.stack.setCurrentIndex(1)
        if person is None or new:
            self.title.setText(self.tr("New person"))
            self.subtitle.setText(self.tr("Fill in the facts from the roster or the abstract of judgment, "
                                          "then save."))
            return
        self.title.setText(f"{person.display_name}  ·  {person.person_id}  ·  {person.jurisdiction.value}")
        served = person_served_on(person, as_of)
        self.subtitle.setText(self.tr("Age {age} · {offense} at offense · served {served} on {date}").format(
            age=age_on(person.date_of_birth, as_of), offense=age_on(person.date_of_birth, person.offense_date),
            served=str(served), date=as_of.isoformat()))
