"""The audit trail in the app: a table of entries with filters, and a CSV export safe for spreadsheets.

The view never touches the store itself: ``fetch`` is handed an ``AuditFilter`` and returns entries, so the
window decides which thread reads the store. The export holds personal data (the details of each change),
so it is written owner-only, atomically, and reported to ``on_exported`` for the audit trail to record.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eligibility.intake.export import neutralize_cell
from eligibility.safe_files import write_text_atomically
from eligibility.store import AuditEntry, AuditFilter
from ui.dialogs import dialogs
from ui.errors import show_error
from ui.geometry import resize_within_screen

Fetch = Callable[[AuditFilter], Sequence[AuditEntry]]
_ModelIndex = QModelIndex | QPersistentModelIndex

CSV_COLUMNS = ("id", "at", "os_user", "staff", "action", "entity", "entity_id", "details", "prev_hash", "hash")


def details_summary(details: dict[str, Any], *, limit: int = 160) -> str:
    """One line for the table; the full JSON is in the tooltip and the export."""
    text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def audit_csv_row(entry: AuditEntry) -> list[str]:
    cells = [str(entry.id), entry.at.isoformat(), entry.os_user, entry.staff, entry.action, entry.entity,
             entry.entity_id, json.dumps(entry.details, ensure_ascii=False, sort_keys=True, default=str),
             entry.prev_hash, entry.hash]
    return [neutralize_cell(c) for c in cells]


def write_audit_csv(entries: Sequence[AuditEntry], path: Path) -> int:
    """Write ``entries`` to ``path`` (UTF-8 with BOM for Excel), owner-only, via a temp file and a rename."""
    def write(fh) -> None:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for entry in entries:
            writer.writerow(audit_csv_row(entry))

    write_text_atomically(path, write, encoding="utf-8-sig")
    return len(entries)


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("When", "Action", "Person", "Staff", "Computer user", "Details")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if column == 1:
                return entry.action
            if column == 2:
                return entry.entity_id if entry.entity == "person" else ""
            if column == 3:
                return entry.staff
            if column == 4:
                return entry.os_user
            if column == 5:
                return details_summary(entry.details)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return json.dumps(entry.details, ensure_ascii=False, sort_keys=True, indent=1, default=str)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return entry.at.isoformat()
        return None


def _day_start_utc(day: date) -> datetime:
    # The user picks days on their own calendar; the trail stores UTC.
    return datetime.combine(day, time.min).astimezone()


class AuditView(QDialog):
    """Filters: action, person ID, from and to dates (inclusive, in local time), and free text."""

    def __init__(self, parent: QWidget | None = None, *, fetch: Fetch, actions: Sequence[str],
                 on_exported: Callable[[Path, int], None] | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        resize_within_screen(self, width=980, height=560)
        self._fetch = fetch
        self._on_exported = on_exported
        today = today or date.today()

        self.action_box = QComboBox()
        self.action_box.setAccessibleName(self.tr("Action"))
        self.action_box.addItem(self.tr("All actions"), None)
        for action in actions:
            self.action_box.addItem(action, action)
        self.person_field = QLineEdit()
        self.person_field.setPlaceholderText(self.tr("Person ID"))
        self.person_field.setAccessibleName(self.tr("Person ID"))
        self.text_field = QLineEdit()
        self.text_field.setPlaceholderText(self.tr("Search the details"))
        self.text_field.setAccessibleName(self.tr("Search the details"))
        self.from_check = QCheckBox(self.tr("&From"))
        self.from_date = QDateEdit(QDate(today.year, today.month, 1))
        self.to_check = QCheckBox(self.tr("&To"))
        self.to_date = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Action:")))
        filters.addWidget(self.action_box)
        filters.addWidget(self.person_field)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_date)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_date)
        filters.addWidget(self.text_field, 1)

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(len(AuditTableModel.COLUMNS) - 1,
                                                           QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        # Typing in a field refreshes after a pause, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.action_box.currentIndexChanged.connect(self.refresh)
        self.person_field.textChanged.connect(self._debounce.start)
        self.text_field.textChanged.connect(self._debounce.start)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        for signal in (self.from_check.toggled, self.to_check.toggled):
            signal.connect(self.refresh)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export_dialog)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.from_check.isChecked():
            since = _day_start_utc(self.from_date.date().toPython())
        if self.to_check.isChecked():
            until = _day_start_utc(self.to_date.date().toPython() + timedelta(days=1))
        return AuditFilter(action=self.action_box.currentData(), entity_id=self.person_field.text().strip() or None,
                           since=since, until=until, text=self.text_field.text().strip() or None)

    def refresh(self) -> None:
        self._debounce.stop()
        try:
            entries = self._fetch(self.current_filter())
        except Exception as exc:  # noqa: BLE001 - shown on the one error path; the dialog stays usable
            show_error(self, exc, title=self.tr("Audit trail"))
            return
        self.model.set_entries(entries)
        self.table.scrollToBottom()  # the trail reads oldest first (its hash-chain order); the latest is in view
        self.count_label.setText(self.tr("%n entries", "", len(entries)))
        self.export_button.setEnabled(bool(entries))

    def export_to(self, path: Path) -> int:
        count = write_audit_csv(self.model.entries(), path)
        if self._on_exported is not None:
            self._on_exported(Path(path), count)
        return count

    def export_dialog(self) -> None:
        path = dialogs.save_file(self, self.tr("Export the audit trail"), self.tr("CSV files (*.csv)"),
                                 start="audit-trail.csv")
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        try:
            count = self.export_to(path)
        except Exception as exc:  # noqa: BLE001 - a full disk or a refused folder is shown, not raised
            show_error(self, exc, title=self.tr("Export the audit trail"))
            return
        self.count_label.setText(self.tr("Exported %n entries to {name}.", "", count).format(name=path.name))
