"""The left pane: checkable lists of programs, statuses and jurisdictions, each with a live count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eligibility.records import STATUS_RANK, Jurisdiction, Status
from eligibility.workspace import PROGRAM_SHORT_NAMES, FilterCounts, program_title
from ui.icons import status_icon
from ui.words import jurisdiction_label, status_label

_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
from ui.qt_compat import emit


def short_title(program: str, titles: dict[str, str]) -> str:
    """A name that fits the narrow pane; an office's own pack gets its title without the citation."""
    if program in PROGRAM_SHORT_NAMES:
        return PROGRAM_SHORT_NAMES[program]
    title = program_title(program, titles)
    head, sep, _rest = title.partition(" (")
    return head if sep and head else title


class _CheckList(QListWidget):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)

    def add(self, value: object, text: str, *, icon: object = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(_VALUE_ROLE, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if icon is not None:
            item.setIcon(icon)  # type: ignore[arg-type]
        self.addItem(item)
        return item

    def checked(self) -> list[object]:
        return [self.item(i).data(_VALUE_ROLE) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def fit_height(self, *, max_height: int = 0) -> None:
        """As tall as its items, so the pane shows every choice without an inner scroll bar."""
        total = sum(max(self.sizeHintForRow(i), 18) for i in range(self.count())) or 18
        height = total + 2 * self.frameWidth() + 2
        self.setFixedHeight(min(height, max_height) if max_height else height)

    def keyPressEvent(self, event: object) -> None:  # Space toggles the current item, as in a list of checkboxes
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class FilterPanel(QWidget):
    """Emits ``filters_changed`` whenever a box is ticked or cleared; the window reads the choices."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filters"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.programs = _CheckList(self.tr("Program filter"))
        # Program titles end with their citation; eliding the middle keeps both the name and the section.
        self.programs.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.statuses = _CheckList(self.tr("Status filter"))
        self.jurisdictions = _CheckList(self.tr("Jurisdiction filter"))
        self._program_titles: dict[str, str] = {}
        for title, widget in ((self.tr("&Status"), self.statuses), (self.tr("&Programs"), self.programs),
                              (self.tr("&Jurisdiction"), self.jurisdictions)):
            label = QLabel(title)
            label.setBuddy(widget)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        for s in sorted(Status, key=STATUS_RANK.__getitem__):
            self.statuses.add(s, status_label(s), icon=status_icon(s))
        for j in Jurisdiction:
            self.jurisdictions.add(j, jurisdiction_label(j))
        self.statuses.fit_height()
        self.jurisdictions.fit_height()
        for widget in (self.programs, self.statuses, self.jurisdictions):
            widget.itemChanged.connect(lambda _item: emit(self.filters_changed))

    def set_programs(self, titles: dict[str, str]) -> None:
        """List the programs the loaded packs define, keeping any ticks that still apply."""
        kept = set(self.selected_programs())
        self._program_titles = dict(titles)
        self.programs.blockSignals(True)
        self.programs.clear()
        for pid in sorted(titles, key=lambda p: short_title(p, titles).lower()):
            item = self.programs.add(pid, short_title(pid, titles))
            item.setToolTip(f"{program_title(pid, titles)} ({pid})")
            if pid in kept:
                item.setCheckState(Qt.CheckState.Checked)
        self.programs.blockSignals(False)
        self.programs.fit_height(max_height=400)

    def selected_programs(self) -> list[str]:
        return [str(v) for v in self.programs.checked()]

    def selected_statuses(self) -> list[Status]:
        return [Status(v) for v in self.statuses.checked()]

    def selected_jurisdictions(self) -> list[Jurisdiction]:
        return [Jurisdiction(v) for v in self.jurisdictions.checked()]

    def set_checked(self, *, statuses: list[Status] = (), programs: list[str] = (),  # type: ignore[assignment]
                    jurisdictions: list[Jurisdiction] = ()) -> None:  # type: ignore[assignment]
        for widget, wanted in ((self.statuses, set(statuses)), (self.programs, set(programs)),
                               (self.jurisdictions, set(jurisdictions))):
            widget.blockSignals(True)
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(_VALUE_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)
            widget.blockSignals(False)
        emit(self.filters_changed)

    def clear(self) -> None:
        self.set_checked()

    def show_counts(self, counts: FilterCounts) -> None:
        """Write each choice's count into its label ("Eligible  412") without firing a filter change."""
        for widget, values in ((self.statuses, counts.statuses), (self.programs, counts.programs),
                               (self.jurisdictions, counts.jurisdictions)):
            widget.blockSignals(True)
            for i in range(widget.count()):
                item = widget.item(i)
                value = item.data(_VALUE_ROLE)
                if widget is self.statuses:
                    base = status_label(Status(value))
                elif widget is self.programs:
                    base = short_title(str(value), self._program_titles)
                else:
                    base = jurisdiction_label(Jurisdiction(value))
                n = values.get(value, 0)  # type: ignore[call-overload]
                item.setText(f"{base}  ({n:,})")
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("{name}, {count} people").format(name=base, count=n))
            widget.blockSignals(False)
