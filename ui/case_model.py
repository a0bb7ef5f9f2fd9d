"""The case list: a table model over plain Python lists of ``CaseRow``, filtered and sorted in Python.

No QSortFilterProxyModel: the model holds every row once and a list of indexes for the current filter and
order, so a filter keystroke over 100,000 people is one list comprehension and a sort is one ``sorted``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from eligibility.workspace import (
    COLUMNS,
    CaseFilter,
    CaseRow,
    ListView,
    column_keys,
    filter_rows,
    program_title,
    served_text,
    sort_indexes,
    status_text,
)
from ui.icons import status_icon
from ui.words import status_label

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

_Role = Qt.ItemDataRole
# The roles ``data`` answers; a view asks for about eight per cell it paints or measures (font, colours,
# check state ...), so the others are turned away before any work.
_ROLES = frozenset({_Role.DisplayRole, _Role.AccessibleTextRole, _Role.DecorationRole, _Role.ToolTipRole,
                    _Role.TextAlignmentRole, PERSON_ID_ROLE, STATUS_ROLE})


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


def column_titles() -> dict[str, str]:
    return {
        "name": _tr("Name"), "person_id": _tr("ID"), "age": _tr("Age"), "age_at_offense": _tr("Age at\noffense"),
        "served": _tr("Served"), "jurisdiction": _tr("Juris."), "status": _tr("Best status"),
        "next_date": _tr("Eligible from"),
    }


_HEADER_TIPS = {
    "age": "Age on the as-of date", "age_at_offense": "Age on the date of the controlling offense",
    "served": "Time in custody on the as-of date (years and months)", "jurisdiction": "Jurisdiction",
    "status": "The most favourable result across programs",
    "next_date": "For the best result: the day eligibility began, or the day it will begin",
}


class CaseListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._position: dict[str, int] = {}
        self._view: list[int] = []
        self._filter = CaseFilter()
        self._sort_column = "name"
        self._descending = False
        self._as_of = date.min
        self._titles: dict[str, str] = {}
        self._headers = column_titles()
        self._keys: dict[str, list] = {}  # column → one sort key per row of _rows, built on first use
        # (column, descending) → every row's index in that order, built on first use: a filter that keeps
        # many rows picks them out of it instead of sorting them again at every keystroke.
        self._orders: dict[tuple[str, bool], list[int]] = {}

    # ---- contents ----------------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseRow], *, as_of: date, titles: dict[str, str] | None = None,
                 prepared: ListView | None = None) -> None:
        """Show ``rows``. ``prepared`` (from ``workspace.prepare_view`` on a worker) spares the UI thread the
        filtering and sorting, when it was made for these rows and the model's current filter and order."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys.clear()
        self._orders.clear()
        self._as_of = as_of
        if titles is not None:
            self._titles = titles
        if prepared is not None and prepared.fits(self._rows, self._filter, self._sort_column, self._descending):
            self._position = prepared.position
            self._keys[self._sort_column] = prepared.keys
            self._view = prepared.view
            if len(prepared.view) == len(self._rows):  # everyone shown: that is the whole order
                self._orders[(self._sort_column, self._descending)] = list(prepared.view)
        else:
            self._position = {r.person_id: i for i, r in enumerate(self._rows)}
            self._recompute()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], as_of=self._as_of)

    @property
    def all_rows(self) -> list[CaseRow]:
        return self._rows

    def visible_rows(self) -> list[CaseRow]:
        return [self._rows[i] for i in self._view]

    def upsert_row(self, row: CaseRow) -> None:
        """Replace (or add) one person's row; the filter and order are applied again."""
        self.beginResetModel()
        pos = self._position.get(row.person_id)
        self._keys.clear()
        self._orders.clear()
        if pos is None:
            self._position[row.person_id] = len(self._rows)
            self._rows.append(row)
        else:
            self._rows[pos] = row
        self._recompute()
        self.endResetModel()

    def remove_person(self, person_id: str) -> None:
        if person_id not in self._position:
            return
        self.beginResetModel()
        self._rows = [r for r in self._rows if r.person_id != person_id]
        self._keys.clear()
        self._orders.clear()
        self._position = {r.person_id: i for i, r in enumerate(self._rows)}
        self._recompute()
        self.endResetModel()

    def row_for(self, person_id: str) -> CaseRow | None:
        pos = self._position.get(person_id)
        return self._rows[pos] if pos is not None else None

    def view_row_of(self, person_id: str) -> int:
        pos = self._position.get(person_id)
        if pos is None:
            return -1
        try:
            return self._view.index(pos)
        except ValueError:
            return -1

    def person_id_at(self, view_row: int) -> str | None:
        if 0 <= view_row < len(self._view):
            return self._rows[self._view[view_row]].person_id
        return None

    # ---- filter and sort ---------------------------------------------------------------------------
    @property
    def current_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, flt: CaseFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._recompute()
        self.endResetModel()

    def _keys_for(self, column: str) -> list:
        keys = self._keys.get(column)
        if keys is None or len(keys) != len(self._rows):
            keys = self._keys[column] = column_keys(self._rows, column)
        return keys

    def _order(self) -> list[int]:
        """Every row's index in the current order (sorts are stable, so equal keys keep the rows' order)."""
        key = (self._sort_column, self._descending)
        order = self._orders.get(key)
        if order is None or len(order) != len(self._rows):
            order = self._orders[key] = sort_indexes(self._rows, list(range(len(self._rows))), self._sort_column,
                                                     descending=self._descending,
                                                     keys=self._keys_for(self._sort_column))
        return order

    def _recompute(self) -> None:
        keep = filter_rows(self._rows, self._filter)
        if len(keep) * 8 > len(self._rows):
            # Most rows kept (an empty or one-letter search): picking them out of the whole order is one
            # pass, where sorting them again took 40 ms and more at 100,000 rows. The same order: the whole
            # order is a stable sort of every row, and ``keep`` is in the rows' order.
            order = self._order()
            if len(keep) == len(self._rows):
                self._view = list(order)
            else:
                kept = set(keep)
                self._view = [i for i in order if i in kept]
            return
        self._view = sort_indexes(self._rows, keep, self._sort_column, descending=self._descending,
                                  keys=self._keys_for(self._sort_column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-order the rows shown, as a model reset: the window keeps the selection by person ID, so
        persistent indexes need no remapping, and a reset is as fast as a layout change here."""
        if not 0 <= column < len(COLUMNS):
            return
        self.beginResetModel()
        self._sort_column = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._view = sort_indexes(self._rows, self._view, self._sort_column, descending=self._descending,
                                  keys=self._keys_for(self._sort_column))
        self.endResetModel()

    @property
    def sort_column(self) -> str:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return COLUMNS.index(self._sort_column), order

    # ---- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(_HEADER_TIPS.get(COLUMNS[section], ""))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._view) or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self._rows[self._view[index.row()]]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return status_icon(row.best)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "status" and row.best_program:
                return _tr("Best: {program}").format(program=program_title(row.best_program, self._titles))
            if column == "served":
                return _tr("Time in custody on {date}, by anniversaries").format(date=self._as_of.isoformat())
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("age", "age_at_offense", "served"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PERSON_ID_ROLE:
            return row.person_id
        if role == STATUS_ROLE:
            return row.best.value if row.best else ""
        return None

    def _display(self, row: CaseRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "person_id":
            return row.person_id
        if column == "age":
            return str(row.age)
        if column == "age_at_offense":
            return str(row.age_at_offense)
        if column == "served":
            return served_text(row.served_months)
        if column == "jurisdiction":
            return row.jurisdiction.value
        if column == "status":
            if row.best is None:
                return _tr("Not evaluated")
            return status_label(row.best)
        if column == "next_date":
            if row.next_date is None:
                return ""
            return row.next_date.isoformat()
        return status_text(row.best, row.next_date, as_of=self._as_of)
