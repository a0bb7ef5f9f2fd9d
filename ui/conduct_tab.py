"""The Conduct tab: a person's dated record in prison as a table, with entries added and removed here."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eligibility.records import CONDUCT_KIND_NAMES, ConductEntry, ConductKind, Division
from ui.dialogs import dialogs

_Index = QModelIndex | QPersistentModelIndex
from ui.qt_compat import emit


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConductModel", text)


def _violent_text(v: bool | None) -> str:
    return "" if v is None else (_tr("Yes") if v else _tr("No"))


def _short_kind(kind: ConductKind) -> str:
    """Table-width names; the full name is the tooltip and the accessible text."""
    return {
        ConductKind.SERIOUS_RVR: _tr("Serious RVR (115)"),
        ConductKind.ADMINISTRATIVE_RVR: _tr("Admin. RVR (115)"),
        ConductKind.COUNSELING: _tr("Counseling (128-A)"),
        ConductKind.LAUDATORY: _tr("Laudatory chrono"),
        ConductKind.PROGRAM: _tr("Programme"),
        ConductKind.WORK: _tr("Work"),
    }[kind]


class ConductModel(QAbstractTableModel):
    COLUMNS = ("date", "kind", "division", "violent", "description")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ConductEntry] = []

    def set_entries(self, entries: tuple[ConductEntry, ...] | list[ConductEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: (e.date, e.kind.value, e.description))
        self.endResetModel()

    @property
    def entries(self) -> tuple[ConductEntry, ...]:
        return tuple(self._entries)

    def entry(self, row: int) -> ConductEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (_tr("Date"), _tr("Kind"), _tr("Div."), _tr("Violent"), _tr("Description"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        e = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "date":
                return e.date.isoformat()
            if column == "kind":
                return _short_kind(e.kind) if role == Qt.ItemDataRole.DisplayRole else CONDUCT_KIND_NAMES[e.kind]
            if column == "division":
                return e.division.value if e.division else ""
            if column == "violent":
                return _violent_text(e.violent)
            return e.description
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "description" and e.description:
                return e.description
            if column == "kind":
                return CONDUCT_KIND_NAMES[e.kind]
        return None


class ConductEntryDialog(QDialog):
    """Add one conduct entry; the OK button stays off until the date and kind are right."""

    def __init__(self, person_id: str, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add conduct entry"))
        self._person_id = person_id
        self._today = today
        form = QFormLayout(self)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD or MM/DD/YYYY"))
        self.date_edit.setAccessibleName(self.tr("Date of the entry"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        for kind in ConductKind:
            self.kind_combo.addItem(CONDUCT_KIND_NAMES[kind], kind.value)
        self.division_combo = QComboBox()
        self.division_combo.setAccessibleName(self.tr("Division of a serious violation"))
        self.division_combo.addItem(self.tr("(none)"), "")
        for d in Division:
            self.division_combo.addItem(d.value, d.value)
        self.violent_combo = QComboBox()
        self.violent_combo.setAccessibleName(self.tr("Violent"))
        for text, value in ((self.tr("Not stated"), ""), (self.tr("Yes"), "yes"), (self.tr("No"), "no")):
            self.violent_combo.addItem(text, value)
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("D&ivision"), self.division_combo)
        form.addRow(self.tr("&Violent"), self.violent_combo)
        form.addRow(self.tr("D&escription"), self.description_edit)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.date_edit.textChanged.connect(self._check)
        self.kind_combo.currentIndexChanged.connect(self._check)
        self.division_combo.currentIndexChanged.connect(self._check)
        self._check()

    def entry(self) -> tuple[ConductEntry | None, str]:
        from eligibility.intake import values as v

        text = self.date_edit.text().strip()
        try:
            when = v.parse_date(text)
        except ValueError:
            return None, self.tr("Expected {what}.").format(what=v.DATE_EXPECTED) if text else ""
        if when > self._today:
            return None, self.tr("This date is after today.")
        kind = ConductKind(self.kind_combo.currentData())
        division = Division(self.division_combo.currentData()) if self.division_combo.currentData() else None
        if division is not None and kind is not ConductKind.SERIOUS_RVR:
            return None, self.tr("A division applies only to a serious rules violation.")
        violent = {"": None, "yes": True, "no": False}[self.violent_combo.currentData()]
        return ConductEntry(self._person_id, when, kind, division, violent, self.description_edit.text().strip()), ""

    def _check(self) -> None:
        entry, message = self.entry()
        self.error_label.setText(f"⚠ {message}" if message else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(entry is not None)

    def accept(self) -> None:
        if self.entry()[0] is not None:
            super().accept()


class ConductTab(QWidget):
    """Emits ``conduct_edited(tuple[ConductEntry, ...])`` with the whole new record after an add or remove."""

    conduct_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id = ""
        self._today = date.min
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Conduct summary"))
        layout.addWidget(self.summary)
        self.model = ConductModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conduct timeline"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 124, 40, 54)):
            header.resizeSection(column, width)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add entry…"))
        self.add_button.setAccessibleName(self.tr("Add conduct entry"))
        self.remove_button = QPushButton(self.tr("Re&move selected"))
        self.remove_button.setAccessibleName(self.tr("Remove selected conduct entries"))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_person(self, person_id: str, entries: tuple[ConductEntry, ...], *, summary: str, today: date) -> None:
        self._person_id = person_id
        self._today = today
        self.model.set_entries(entries)
        self.summary.setText(summary or (self.tr("No conduct entries.") if not entries else ""))
        self.setEnabled(bool(person_id))

    def add_entry(self) -> None:
        if not self._person_id:
            return
        dialog = ConductEntryDialog(self._person_id, today=self._today, parent=self)
        if dialogs.exec(dialog) == QDialog.DialogCode.Accepted.value:
            entry, _ = dialog.entry()
            if entry is not None:
                emit(self.conduct_edited, self.model.entries + (entry,))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        keep = tuple(e for i, e in enumerate(self.model.entries) if i not in rows)
        emit(self.conduct_edited, keep)
