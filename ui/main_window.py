"""The main window: filters on the left, the case list in the centre, the person on the right.

The window's Store is used only on the main thread, for quick reads and single-person edits. Work over
everyone (loading the list, evaluating the store, importing, exporting) runs through
``run_in_background`` and opens its own Store there.
"""

from __future__ import annotations

import dataclasses
import gc
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from eligibility.gcpause import collector_paused, release_gradually
from eligibility.records import ConductEntry, Person, Status
from eligibility.safe_files import write_text_atomically
from eligibility.settings import Settings
from eligibility.store import Store, StoreError
from eligibility.store.case_list import case_rows
from eligibility.workspace import (
    COLUMNS,
    CaseFilter,
    CaseRow,
    Engine,
    EvaluationCancelled,
    FilterCounts,
    ListView,
    StoreCounts,
    evaluate_everyone,
    evaluate_one,
    evaluation_is_current,
    facet_counts,
    hiding_filter,
    prepare_view,
    row_from_determinations,
    store_counts,
    write_case_list_csv,
)
from ui.background import TaskContext, TaskHandle, run_in_background, wait_for_workers
from ui.banner import Banner
from ui.case_model import CaseListModel
from ui.dialogs import dialogs
from ui.errors import show_error
from ui.filter_panel import FilterPanel
from ui.icons import icon
from ui.person_page import PersonPage
from ui.qt_compat import emit
from ui.undo import (
    UndoStack,
    add_note_command,
    delete_note_command,
    delete_person_command,
    edit_note_command,
    save_person_command,
)

Connect = Callable[[Path], Any] | None
FIRST_RUN_SHARE = 0.9  # of the available screen, when no window geometry is remembered
FIRST_RUN_MAX = (1800, 1100)  # beyond this a wider window only spreads the list thinner
NAME_COLUMN_CHARS = 21  # "D'Angelo, DeShawn" and most names in full
COLUMNS_STATUS = COLUMNS.index("status")  # the Best status column of the case list
COLUMNS_NEXT_DATE = COLUMNS.index("next_date")  # its "Eligible from" column
FIT_SLICE_S = 0.02  # the longest stretch of column measuring in one turn of the event loop
StoreOpener = Callable[[Path, QWidget], Store | None]


def plain_store_opener(*, staff: str = "") -> StoreOpener:
    """Open through ``crypto.open_store`` (instance lock) with no passphrase; the window checks integrity.

    An encrypted store raises PassphraseRequired here; the security layer replaces this opener with one
    that asks for the passphrase and sets ``window.connect_factory`` to the matching connection factory
    before returning the store, so background work can open the same store on its own thread.
    """
    def open_plain(path: Path, _parent: QWidget) -> Store | None:
        from eligibility.store.crypto import open_store

        # The integrity check reads every page; the window runs it in the background once the list shows.
        return open_store(path, passphrase=None, staff=staff, check_integrity=False)
    return open_plain


class MainWindow(QMainWindow):
    """``store_opener`` opens a store file for the window (the security layer swaps in one that asks for
    the passphrase and returns an encrypted Store); ``connect`` is the same connection factory, used by
    background work to open its own Store on the worker thread."""

    locked = Signal()
    unlocked = Signal()
    rows_loaded = Signal()
    evaluation_finished = Signal()

    def __init__(self, *, engine: Engine | None, settings: Settings, today: date, connect: Connect = None,
                 store_opener: StoreOpener | None = None, qsettings: QSettings | None = None,
                 engine_problem: str = "") -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Second Look"))
        self.setWindowIcon(icon("app"))
        self.engine = engine
        self.settings = settings
        self.today = today
        self.as_of = today
        self.connect_factory = connect
        self.store_opener = store_opener or plain_store_opener(staff=str(settings.get("staff.name")))
        self.qsettings = qsettings or QSettings()
        self.store: Store | None = None
        self.store_path: Path | None = None
        self.is_locked = False
        self._engine_problem = engine_problem
        self._titles: dict[str, str] = dict(engine.programs) if engine else {}
        self._current_pid: str | None = None
        self._load_task: TaskHandle | None = None
        self._safety_due: Store | None = None  # the store whose integrity check and backup wait for its list
        self._eval_task: TaskHandle | None = None
        self._last_evaluated: datetime | None = None
        self._evaluating = False
        self._splitter_restored = False
        self._first_run_layout = False  # True until the user's own splitter sizes exist
        self._columns_fitted = False
        self._columns_to_fit: list[int] = []  # columns still to measure (see _fit_columns_once)
        self._lock_cover: QWidget | None = None
        self._person_window: QWidget | None = None
        self.undo_stack = UndoStack(self)
        self.undo_stack.changed.connect(self._update_actions)
        self.undo_stack.applied.connect(self._apply_changes)
        self.model = CaseListModel(self)

        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._wire()
        self.filters.set_programs(self._titles)
        self._restore_layout()
        self._update_actions()
        self._show_store_state()

    # ======================================================================= building
    def _build_central(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(4, 4, 4, 0)
        outer.setSpacing(4)
        self.banner = Banner()
        self.engine_banner = Banner()
        self.safety_banner = Banner()  # the daily backup and the integrity check report here, never modally
        outer.addWidget(self.banner)
        outer.addWidget(self.engine_banner)
        outer.addWidget(self.safety_banner)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.filters = FilterPanel()
        self.filters.setMinimumWidth(180)
        self.splitter.addWidget(self.filters)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or ID…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search by name or ID"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("People shown"))
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        middle_layout.addLayout(top)
        self.list_stack = QStackedWidget()
        self.table = QTableView()
        self.table.setObjectName("case_list")
        self.table.setAccessibleName(self.tr("Case list"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name takes whatever width the other columns leave, so nothing scrolls sideways on a laptop.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widths = (165, 82, 40, 68, 72, 50, 112, 118)
        for i, w in enumerate(widths):
            header.resizeSection(i, w)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.list_stack.addWidget(self.table)
        self.empty_state = QWidget()
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Empty list"))
        empty_layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_import = QPushButton(self.tr("Import a roster…"))
        self.empty_demo = QPushButton(self.tr("Open the demo store"))
        self.empty_demo.setAccessibleName(self.tr("Open the demo store of fictional people"))
        self.empty_clear = QPushButton(self.tr("Clear filters"))
        buttons.addWidget(self.empty_import)
        buttons.addWidget(self.empty_demo)
        buttons.addWidget(self.empty_clear)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        self.list_stack.addWidget(self.empty_state)
        middle_layout.addWidget(self.list_stack, 1)
        self.splitter.addWidget(middle)

        self.person_page = PersonPage()
        self.person_page.setMinimumWidth(360)
        self.person_page.facts.set_today(self.today)
        self.splitter.addWidget(self.person_page)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([200, 745, 421])
        # Once the user drags a handle, their sizes are the layout (and are remembered), not the fitted ones.
        self.splitter.splitterMoved.connect(lambda _pos, _index: setattr(self, "_first_run_layout", False))
        self.stack.addWidget(self.splitter)

        self.lock_screen = QWidget()
        lock_layout = QVBoxLayout(self.lock_screen)
        lock_layout.addStretch(1)
        self.lock_label = QLabel(self.tr("Second Look is locked. No case data is shown or held in memory."))
        self.lock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lock_layout.addWidget(self.lock_label)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        lock_layout.addLayout(row)
        lock_layout.addStretch(2)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(central)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.person_page.tabs)

    def _action(self, text: str, *, shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
                slot: Callable[[], Any] | None = None, icon_name: str = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if not isinstance(shortcut, QKeySequence) else shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.act_new_store = self._action(self.tr("&New store…"), slot=self.new_store,
                                          tip=self.tr("Create an empty case store file"))
        self.act_open_store = self._action(self.tr("&Open store…"), shortcut=sk.Open, slot=self.open_store_dialog,
                                           tip=self.tr("Open another case store file"))
        self.act_open_demo = self._action(self.tr("Open the &demo store"), slot=self.open_demo_store,
                                          tip=self.tr("Practice on a store of fictional people"))
        self.act_import = self._action(self.tr("&Import roster…"), shortcut="Ctrl+I", slot=self.import_roster,
                                       icon_name="import", tip=self.tr("Import people from a CSV or Excel roster"))
        self.act_export_roster = self._action(self.tr("Export &roster…"), slot=self.export_roster,
                                              icon_name="export",
                                              tip=self.tr("Write roster.csv and conduct.csv in the canonical form"))
        self.act_export_list = self._action(self.tr("Export &filtered list…"), shortcut="Ctrl+E",
                                            slot=self.export_filtered_list,
                                            tip=self.tr("Write the people shown in the list to a CSV file"))
        self.act_quit = self._action(self.tr("&Quit"), shortcut=sk.Quit, slot=self.close)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_undo = self._action(self.tr("&Undo"), shortcut="Ctrl+Z", slot=self.undo)
        self.act_redo = self._action(self.tr("&Redo"), shortcut="Ctrl+Shift+Z", slot=self.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_new_person = self._action(self.tr("&New person"), shortcut="Ctrl+N", slot=self.new_person,
                                           icon_name="person-add", tip=self.tr("Add a person by hand"))
        self.act_delete_person = self._action(self.tr("&Delete person…"), shortcut="Ctrl+Del",
                                              slot=self.delete_person, icon_name="delete",
                                              tip=self.tr("Delete the selected person from the store"))
        self.act_find = self._action(self.tr("&Find…"), shortcut=sk.Find, slot=self.focus_search)
        self.act_focus_list = self._action(self.tr("Go to the case &list"), shortcut="F6",
                                           slot=lambda: self.table.setFocus())
        self.act_clear_filters = self._action(self.tr("&Clear filters"), shortcut="Ctrl+Shift+L",
                                              slot=self.clear_filters)
        self.act_show_filters = self._action(self.tr("Show &filters"), shortcut="Ctrl+Shift+F")
        self.act_show_filters.setCheckable(True)
        self.act_show_filters.setChecked(True)
        self.act_show_filters.toggled.connect(self.filters.setVisible)
        self.act_show_person = self._action(self.tr("Show &person pane"), shortcut="Ctrl+Shift+P")
        self.act_show_person.setCheckable(True)
        self.act_show_person.setChecked(True)
        self.act_show_person.toggled.connect(self.person_page.setVisible)
        self.act_detach_person = self._action(self.tr("&Detach person pane"), shortcut="Ctrl+Shift+D",
                                              tip=self.tr("Show the person in a window of its own, e.g. on a "
                                                          "second screen"))
        self.act_detach_person.setCheckable(True)
        self.act_detach_person.toggled.connect(self.set_person_detached)
        self.act_reset_layout = self._action(self.tr("&Reset layout"), slot=self.reset_layout)
        self.tab_actions: list[QAction] = []
        for i, name in enumerate((self.tr("&Facts"), self.tr("&Conduct"), self.tr("&Eligibility"),
                                  self.tr("&Documents"), self.tr("&Notes"))):
            act = self._action(name, shortcut=f"Alt+{i + 1}", slot=lambda i=i: self.show_tab(i))
            self.tab_actions.append(act)
        self.act_evaluate = self._action(self.tr("&Evaluate everyone"), shortcut="F5", slot=self.evaluate_all,
                                         icon_name="evaluate",
                                         tip=self.tr("Evaluate everyone in the store as of the chosen date"))
        self.act_settings = self._action(self.tr("&Settings…"), shortcut=sk.Preferences, slot=self.open_settings,
                                         tip=self.tr("Office details used in petitions, and preferences"))
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_lock = self._action(self.tr("&Lock"), shortcut="Ctrl+L", slot=self.lock, icon_name="lock",
                                     tip=self.tr("Hide all case data until unlocked"))
        self.act_about = self._action(self.tr("&About Second Look"), slot=self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_documents = self._action(self.tr("Show the person's &documents"),
                                          slot=lambda: self.show_tab(PersonPage.DOCUMENTS))
        self.act_prepare_document = self._action(
            self.tr("&Prepare a document…"), shortcut="Ctrl+G", slot=self.prepare_document, icon_name="document",
            tip=self.tr("A petition, letter or plain-language summary for the selected person"))
        self.act_prepare_document.setIconText(self.tr("Generate…"))
        self.act_batch_documents = self._action(
            self.tr("Generate for a &group…"), shortcut="Ctrl+Shift+G", slot=self.generate_for_group,
            tip=self.tr("One document per person for everyone with a status under a program, into a folder"))
        self.act_audit = self._action(self.tr("&Audit trail…"), slot=self.show_audit_trail,
                                      tip=self.tr("Every change to this store: who, when, what"))
        self.act_restore = self._action(self.tr("Res&tore from backup…"), slot=self.restore_from_backup,
                                        tip=self.tr("Replace this store with one of its backups"))
        self.act_encrypt = self._action(self.tr("En&crypt this store…"), slot=self.encrypt_store,
                                        tip=self.tr("Protect this store with a passphrase"))
        self.act_change_passphrase = self._action(self.tr("C&hange passphrase…"), slot=self.change_passphrase,
                                                  tip=self.tr("Choose a new passphrase for this store"))
        self.act_office = self._action(self.tr("&Office details…"), slot=self.edit_office_details,
                                       tip=self.tr("Organisation, attorney and address printed on petitions"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.act_new_store, self.act_open_store, self.act_open_demo, None, self.act_import,
                  self.act_export_roster, self.act_export_list, None, self.act_restore, self.act_encrypt,
                  self.act_change_passphrase, None, self.act_lock, None, self.act_quit):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for a in (self.act_undo, self.act_redo, None, self.act_new_person, self.act_delete_person, None,
                  self.act_find):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        view_menu = bar.addMenu(self.tr("&View"))
        for a in (self.act_show_filters, self.act_show_person, self.act_detach_person, None, self.act_focus_list,
                  self.act_clear_filters,
                  None, self.act_reset_layout):
            view_menu.addSeparator() if a is None else view_menu.addAction(a)
        people_menu = bar.addMenu(self.tr("&People"))
        people_menu.addAction(self.act_new_person)
        people_menu.addAction(self.act_delete_person)
        people_menu.addSeparator()
        for a in self.tab_actions:
            people_menu.addAction(a)
        documents_menu = bar.addMenu(self.tr("&Documents"))
        documents_menu.addAction(self.act_prepare_document)
        documents_menu.addAction(self.act_batch_documents)
        documents_menu.addSeparator()
        documents_menu.addAction(self.act_documents)
        self.documents_menu = documents_menu
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.act_evaluate)
        tools_menu.addAction(self.act_audit)
        tools_menu.addSeparator()
        tools_menu.addAction(self.act_office)
        tools_menu.addAction(self.act_settings)
        self.tools_menu = tools_menu
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = self.addToolBar(self.tr("Main toolbar"))
        tb.setObjectName("main_toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.act_import)
        tb.addAction(self.act_new_person)
        tb.addAction(self.act_evaluate)
        tb.addAction(self.act_prepare_document)
        tb.addSeparator()
        label = QLabel(self.tr("  &As of: "))
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setObjectName("as_of")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.as_of_edit.setAccessibleName(self.tr("Evaluate as of date"))
        self.as_of_edit.setToolTip(self.tr("The date on which eligibility is judged; changing it re-evaluates "
                                           "everyone"))
        label.setBuddy(self.as_of_edit)
        tb.addWidget(label)
        tb.addWidget(self.as_of_edit)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Set the as-of date to today"))
        self.today_button.clicked.connect(lambda: self.as_of_edit.setDate(
            QDate(self.today.year, self.today.month, self.today.day)))
        tb.addWidget(self.today_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addAction(self.act_lock)
        self.toolbar = tb

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.store_label = QLabel()
        self.store_label.setAccessibleName(self.tr("Store"))
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Counts"))
        bar.addWidget(self.store_label)
        bar.addWidget(self.counts_label, 1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.progress_cancel = QToolButton()
        self.progress_cancel.setText(self.tr("Cancel"))
        self.progress_cancel.setAccessibleName(self.tr("Cancel the running evaluation"))
        self.progress_cancel.clicked.connect(self.cancel_evaluation)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.progress_cancel)
        self.progress.hide()
        self.progress_cancel.hide()

    def _wire(self) -> None:
        self.search.textChanged.connect(self._apply_filter)
        self.filters.filters_changed.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._model_reset)
        self.as_of_timer = QTimer(self)
        self.as_of_timer.setSingleShot(True)
        self.as_of_timer.setInterval(400)
        self.as_of_timer.timeout.connect(self._as_of_settled)
        self.as_of_edit.dateChanged.connect(lambda _d: self.as_of_timer.start())
        self.counts_timer = QTimer(self)
        self.counts_timer.setSingleShot(True)
        self.counts_timer.setInterval(120)
        self.counts_timer.timeout.connect(self._update_counts)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_some_columns)
        self.empty_import.clicked.connect(self.import_roster)
        self.empty_demo.clicked.connect(self.open_demo_store)
        self.empty_clear.clicked.connect(self.clear_filters)
        self.unlock_button.clicked.connect(self.request_unlock)
        facts = self.person_page.facts
        facts.save_requested.connect(self._save_person)
        self.person_page.conduct.conduct_edited.connect(self._conduct_edited)
        notes = self.person_page.notes
        notes.note_added.connect(self._note_added)
        notes.note_edited.connect(self._note_edited)
        notes.note_deleted.connect(self._note_deleted)
        self.person_page.documents.prepare_requested.connect(self.prepare_document)

    # ======================================================================= layout memory
    def _restore_layout(self) -> None:
        """Geometry, splitter and column layout only: QSettings never holds anything about a person."""
        q = self.qsettings
        geometry = q.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_geometry()
        state = q.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        header = q.value("caselist/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        self.model.sort(*self._header_sort())

    def _first_geometry(self, available: QRect | None = None) -> None:
        """First start (nothing remembered): about 90% of the screen, centred.

        On a very large screen the window stops growing at a size where the list is still easy to scan,
        and on a small one it never exceeds what the screen offers. The splitter is fitted to the columns
        once the window has its real size (``_fit_splitter``).
        """
        self._first_run_layout = True
        if available is None:
            screen = self.screen() or QApplication.primaryScreen()
            if screen is None:
                self.resize(1320, 740)
                return
            available = screen.availableGeometry()
        width = min(available.width(), max(round(available.width() * FIRST_RUN_SHARE), 800), FIRST_RUN_MAX[0])
        height = min(available.height(), max(round(available.height() * FIRST_RUN_SHARE), 560), FIRST_RUN_MAX[1])
        self.setGeometry(available.x() + (available.width() - width) // 2,
                         available.y() + (available.height() - height) // 2, width, height)

    def list_width_needed(self) -> int:
        """Pixels the case list needs to show every column, the name at a readable width, and no sideways
        scrolling: the fixed columns as they are now, plus the vertical scroll bar and the frame."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(i) for i in range(header.count()) if i != 0 and not header.isSectionHidden(i))
        name = self.table.fontMetrics().averageCharWidth() * NAME_COLUMN_CHARS
        scroll = self.table.verticalScrollBar().sizeHint().width()
        return fixed + name + scroll + 2 * self.table.frameWidth() + 2

    def _fit_splitter(self) -> None:
        """Without remembered sizes, share the width: the filters at their minimum, the list as wide as its
        columns need, and the person page the rest (never under its minimum, and at least a third when
        the screen allows it)."""
        if not self._first_run_layout:
            return
        handles = self.splitter.handleWidth() * (self.splitter.count() - 1)
        total = self.splitter.width() - handles
        if total <= 0:
            return
        filters = self.filters.minimumWidth() if self.filters.isVisible() else 0
        margins = self.person_page.layout().contentsMargins()
        # Every tab of the person page in view: a tab bar with scroll arrows hides Notes at the end.
        tabs = self.person_page.tabs.tabBar().sizeHint().width() + margins.left() + margins.right() + 4
        person_min = max(self.person_page.minimumWidth(), tabs)
        room = total - filters
        middle = max(self.list_width_needed(), room - max(person_min, round(total * 0.34)))
        middle = max(0, min(middle, room - person_min))
        self.splitter.setSizes([filters, middle, room - middle])

    def _fit_columns_once(self) -> None:
        """Without a remembered column layout, size the columns to the first rows shown (names capped).

        Measuring a column asks the model for 200 rows' cells, about 8 ms a column at 100,000 people, so
        the columns are measured a few at a time on the next turns of the event loop (``_fit_timer``, a
        child of the window: it dies with it) rather than in one stretch that freezes the window just as
        the list appears.
        """
        if self._columns_fitted or isinstance(self.qsettings.value("caselist/header"), QByteArray):
            self._columns_fitted = True
            return
        if self.model.rowCount() == 0:
            return
        self._columns_fitted = True
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        # A view never shown yet is unpolished: its cells would be measured in a font smaller than they show.
        self.table.ensurePolished()
        self._columns_to_fit = list(range(1, len(COLUMNS)))
        self._fit_timer.start()

    def _fit_some_columns(self) -> None:
        """One turn of ``_fit_columns_once``: measure columns for up to FIT_SLICE_S, then let the loop run."""
        if not self._columns_to_fit:
            return
        if self.model.rowCount() == 0:  # the list was emptied meanwhile (another store, locked): fit the next
            self._columns_to_fit = []
            self._columns_fitted = False
            return
        header = self.table.horizontalHeader()
        # A header wider than its cells ("Age at offense", "Eligible from") wraps onto two lines instead of
        # widening the column: on a laptop those pixels are what lets the name and every column show at once.
        style, metrics = header.style(), header.fontMetrics()
        chrome = (2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
                  + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 2)
        started = time.perf_counter()
        while self._columns_to_fit and time.perf_counter() - started < FIT_SLICE_S:
            column = self._columns_to_fit.pop(0)
            words = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "").split()
            widest_word = max((metrics.horizontalAdvance(w) for w in words), default=0) + chrome
            # The cell hint leaves no room for the grid line and the focus frame, and dates got elided.
            header.resizeSection(column, max(self.table.sizeHintForColumn(column) + 4, widest_word))
        if self._columns_to_fit:
            self._fit_timer.start()
            return
        header.resizeSection(COLUMNS_STATUS, max(header.sectionSize(COLUMNS_STATUS), 112))
        # A new store's rows come before their results: leave room for the dates the evaluation will bring.
        date_width = self.table.fontMetrics().horizontalAdvance("0000-00-00") + 10
        header.resizeSection(COLUMNS_NEXT_DATE, max(header.sectionSize(COLUMNS_NEXT_DATE), date_width))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_splitter()  # the columns now have their real widths

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # Restored once the window has its real size; before that the splitter would rescale the sizes.
            self._splitter_restored = True
            splitter = self.qsettings.value("window/splitter")
            if isinstance(splitter, QByteArray):
                self.splitter.restoreState(splitter)
                self._first_run_layout = False
            else:
                self._first_run_layout = True
                self._fit_splitter()

    def _header_sort(self) -> tuple[int, Qt.SortOrder]:
        h = self.table.horizontalHeader()
        return h.sortIndicatorSection(), h.sortIndicatorOrder()

    def save_layout(self) -> None:
        q = self.qsettings
        q.setValue("window/geometry", self.saveGeometry())
        q.setValue("window/state", self.saveState())
        q.setValue("window/splitter", self.splitter.saveState())
        q.setValue("caselist/header", self.table.horizontalHeader().saveState())
        q.sync()

    def set_person_detached(self, detached: bool) -> None:
        """Move the person pane into a window of its own (a second screen) and back into the splitter."""
        page = self.person_page
        if detached and self._person_window is None:
            window = _PersonWindow(self)
            window.setWindowTitle(self.tr("Second Look — person"))
            window.closed.connect(lambda: self.act_detach_person.setChecked(False))
            window.layout().addWidget(page)
            page.show()
            geometry = self.qsettings.value("window/person_geometry")
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                window.restoreGeometry(geometry)
            else:
                window.resize(520, 700)
            self._person_window = window
            window.show()
        elif not detached and self._person_window is not None:
            window, self._person_window = self._person_window, None
            self.qsettings.setValue("window/person_geometry", window.saveGeometry())
            self.splitter.addWidget(page)
            page.setVisible(self.act_show_person.isChecked())
            window.closed.disconnect()
            window.close()
            window.deleteLater()
        if self.act_detach_person.isChecked() != detached:
            self.act_detach_person.setChecked(detached)

    def reset_layout(self) -> None:
        self._first_run_layout = True
        self.act_show_filters.setChecked(True)
        self._fit_splitter()
        header = self.table.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
        self.act_show_filters.setChecked(True)
        self.act_show_person.setChecked(True)

    # ======================================================================= store lifecycle
    def set_store(self, store: Store | None) -> None:
        """Show ``store`` (closing the one shown before). None shows the empty, store-less window."""
        if self.store is not None and self.store is not store:
            self._cancel_tasks()
            self.store.close()
        self.store = store
        self.store_path = store.path if store is not None else None
        self.undo_stack.set_store(store)
        self._current_pid = None
        self.model.clear()
        self.person_page.show_empty()
        self._show_store_state()
        self.safety_banner.hide()
        # The integrity check and the daily backup read the whole file; they start once the list is loaded,
        # so they do not compete with the load for the disk and the second core (a backup doubled it).
        self._safety_due = store
        if store is not None:
            self.reload(evaluate_if_stale=True)
        self._update_actions()

    def _show_store_state(self) -> None:
        if self.store is None:
            self.store_label.setText(self.tr("No store open"))
            self.banner.hide()
        else:
            kind = []
            if self.store.encrypted:
                kind.append(self.tr("encrypted"))
            if self.store.is_demo:
                kind.append(self.tr("demo"))
            suffix = f" ({', '.join(kind)})" if kind else ""
            self.store_label.setText(self.tr("Store: {name}{suffix}").format(name=self.store.path.name,
                                                                             suffix=suffix))
            self.store_label.setToolTip(str(self.store.path))
            if self.store.is_demo and self.settings.get("demo.banner"):
                self.banner.show_message(self.tr(
                    "This is the demo store. Everyone in it is fictional, generated for practice. "
                    "Use File ▸ New store to start your own, or File ▸ Import roster to add real people."))
            else:
                self.banner.hide()
        if self.engine is None:
            self.engine_banner.show_message(self.tr(
                "The rule packs could not be loaded, so eligibility cannot be evaluated. Stored results are "
                "shown as they were. {problem}").format(problem=self._engine_problem), closable=False)
        elif self._engine_problem:
            self.engine_banner.show_message(self.tr(
                "Some rule packs could not be loaded and their programs are left out: {problem}").format(
                problem=self._engine_problem))
        else:
            self.engine_banner.hide()
        self._update_empty_state()

    def open_store_path(self, path: Path) -> bool:
        previous_connect = self.connect_factory
        self.connect_factory = None  # an opener for an encrypted store sets the one that matches it
        try:
            store = self.store_opener(path, self)
        except Exception as exc:
            self.connect_factory = previous_connect
            self.show_open_failure(path, exc)
            return False
        if store is None:
            self.connect_factory = previous_connect
            return False
        self.set_store(store)
        return True

    def open_store_dialog(self) -> None:
        if not self._confirm_discard():
            return
        path = dialogs.open_file(self, self.tr("Open store"), self.tr("Second Look stores (*.slstore);;All files (*)"),
                                 start=str(self.store_path.parent) if self.store_path else "")
        if path is not None and self.open_store_path(path):
            self._remember_store(path)

    def new_store(self) -> None:
        if not self._confirm_discard():
            return
        path = dialogs.save_file(self, self.tr("New store"), self.tr("Second Look stores (*.slstore)"),
                                 start=str(self.store_path.parent) if self.store_path else "")
        if path is None:
            return
        if path.suffix != ".slstore":
            path = path.with_suffix(".slstore")
        from eligibility.store.crypto import connect_encrypted, create_store
        from ui.security.new_passphrase_dialog import NewPassphraseDialog

        # Encrypted unless the user reads the warning and opts out (the security design's default).
        chooser = NewPassphraseDialog(self, title=self.tr("Protect the new store"), allow_plain=True)
        try:
            if dialogs.exec(chooser) != QDialog.DialogCode.Accepted.value:
                return
            passphrase = chooser.passphrase
        finally:
            chooser.deleteLater()
        try:
            store = create_store(path, passphrase=passphrase, staff=str(self.settings.get("staff.name")))
        except Exception as exc:
            show_error(self, exc, title=self.tr("New store"))
            return
        self.connect_factory = connect_encrypted(passphrase) if passphrase is not None else None
        passphrase = None
        self.set_store(store)
        self._remember_store(path)

    def open_demo_store(self) -> None:
        """The demo store of fictional people, beside the user's stores (made on first use)."""
        if not self._confirm_discard():
            return
        from eligibility.paths import user_data_dir
        from eligibility.workspace import create_demo_store

        path = user_data_dir() / "demo.slstore"
        if path.exists():
            self.open_store_path(path)
            return
        try:
            store = create_demo_store(path, today=self.today, staff=str(self.settings.get("staff.name")))
        except Exception as exc:
            show_error(self, exc, title=self.tr("Demo store"))
            return
        self.set_store(store)  # type: ignore[arg-type]

    def _remember_store(self, path: Path) -> None:
        try:
            self.settings.set("store.path", str(path))
        except Exception as exc:  # a settings file we cannot write must not stop the work
            show_error(self, exc)

    def _open_worker_store(self) -> Store:
        if self.store_path is None:
            raise StoreError("No store is open.")
        return Store.open(self.store_path, connect=self.connect_factory, staff=str(self.settings.get("staff.name")),
                          encrypted=bool(self.store and self.store.encrypted))

    def _cancel_tasks(self) -> None:
        for task in (self._load_task, self._eval_task):
            if task is not None and not task.done:
                task.cancel()
        self._load_task = self._eval_task = None
        self._evaluating = False
        self.progress.hide()
        self.progress_cancel.hide()

    # ---- locking (the security layer calls these) ------------------------------------------------------
    def lock(self) -> None:
        """Hide all personal data, close the store and drop every reference to people's records.

        Unsaved edits in the form are discarded: a locked screen must not hold them.
        """
        if self.is_locked:
            return
        self.set_person_detached(False)  # the cover must hide the person too
        # An open dialog (the import report, a conduct entry) may show people's data above the cover.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._cancel_tasks()
        self.undo_stack.set_store(None)
        self.model.clear()
        self.person_page.show_empty()
        self.person_page.conduct.set_person("", (), summary="", today=self.today)
        self.person_page.eligibility.set_determinations([])
        self.person_page.notes.set_notes([])
        self.person_page.documents.clear()
        self.search.clear()
        self._current_pid = None
        encrypted = bool(self.store is not None and self.store.encrypted)
        if self.store is not None:
            self.store.close()
            self.store = None
        self.connect_factory = None  # for an encrypted store it holds the passphrase
        self.is_locked = True
        self.stack.setCurrentWidget(self.lock_screen)
        if encrypted and self.store_path is not None:
            self._cover_with_passphrase_form(self.store_path)
        self.banner.hide()
        self.counts_label.clear()
        self._update_actions()
        emit(self.locked)

    def _cover_with_passphrase_form(self, path: Path) -> None:
        """An encrypted store is unlocked with its passphrase on an opaque cover over the whole window."""
        from eligibility.store.crypto import connect_encrypted, open_store
        from ui.security.lock_screen import LockScreen

        staff = str(self.settings.get("staff.name"))

        def attempt(passphrase: str) -> Store:
            store = open_store(path, passphrase=passphrase, staff=staff, check_integrity=False)
            self.connect_factory = connect_encrypted(passphrase)
            return store

        if self._lock_cover is None:
            self._lock_cover = LockScreen(self, attempt=attempt, store_name=path.name)
            self._lock_cover.unlocked.connect(lambda store: self.unlock(store))
        else:
            self._lock_cover.set_attempt(attempt)
            self._lock_cover.set_store_name(path.name)
        self._lock_cover.cover()

    def request_unlock(self) -> None:
        if self.store_path is not None:
            self.unlock()

    def unlock(self, store: Store | None = None) -> bool:
        """Show the data again: with ``store`` when the caller has opened it, or by reopening the last path."""
        if not self.is_locked:
            return True
        if store is None:
            if self.store_path is None:
                return False
            try:
                store = self.store_opener(self.store_path, self)
            except Exception as exc:
                show_error(self, exc, title=self.tr("Unlock"))
                return False
            if store is None:
                return False
        self.is_locked = False
        self.stack.setCurrentWidget(self.splitter)
        self.set_store(store)
        emit(self.unlocked)
        return True

    # ======================================================================= loading and evaluating
    def reload(self, *, evaluate_if_stale: bool = False, select: str | None = None) -> None:
        """Fetch every row; when asked, then evaluate everyone if the stored results are not for this date.

        The rows come first, so a large store is usable at once with its earlier results (the status bar
        shows the evaluation running), rather than blank until everyone has been evaluated again.
        """
        if self.store is None:
            return
        if self._load_task is not None and not self._load_task.done:
            self._load_task.cancel()
        as_of = self.as_of
        engine = self.engine if evaluate_if_stale else None
        leap = self._leap()
        open_store = self._open_worker_store

        flt, column, descending = self.model.current_filter, self.model.sort_column, self.model.descending

        def work(ctx: TaskContext) -> tuple[list[CaseRow], bool, ListView]:
            # The rows straight from the columns they show (no full records), and the list's filter, order
            # and counts worked out here too: the UI thread only hands them to the model.
            with collector_paused():
                with open_store() as store:
                    stale = engine is not None and not evaluation_is_current(store, engine, as_of)
                    rows = case_rows(store, as_of=as_of, leap=leap)
                if ctx.cancelled():
                    release_gradually(rows)  # 100,000 rows freed at once would hold the interpreter
                    raise EvaluationCancelled("superseded")
                prepared = prepare_view(rows, flt, column, descending=descending, as_of=as_of)
            # People added by another program (the CLI) since the last evaluation have no results yet.
            stale = stale or (engine is not None and any(not r.statuses for r in rows))
            return rows, stale, prepared

        self._start_progress(self.tr("Loading…"))
        task_store = self.store

        def done(result: tuple[list[CaseRow], bool, ListView]) -> None:
            self._start_due_safety_checks(task_store)
            if self.store is not task_store or self.as_of != as_of:
                return  # a different store or date was chosen meanwhile
            rows, stale, prepared = result
            self._stop_progress()
            self._set_rows(rows, select=select, prepared=prepared)
            if stale:
                self.evaluate_all()

        def failed(exc: BaseException) -> None:
            self._start_due_safety_checks(task_store)
            self._stop_progress()
            if not isinstance(exc, EvaluationCancelled):
                show_error(self, exc)

        self._load_task = run_in_background(work, parent=self, on_done=done, on_error=failed,
                                            on_progress=self._progress)

    def _leap(self) -> Any:
        from eligibility.dates import LeapDayRule

        try:
            return LeapDayRule(self.settings.get("dates.leap_day"))
        except ValueError:
            return LeapDayRule.MARCH_1

    def evaluate_all(self) -> None:
        """Evaluate everyone for the current as-of date in a worker, then show the new results."""
        if self.store is None or self.engine is None:
            if self.engine is None:
                dialogs.information(self, self.tr("Evaluate"), self.tr(
                    "The rule packs could not be loaded, so there is nothing to evaluate with."))
            return
        if self._eval_task is not None and not self._eval_task.done:
            self._eval_task.cancel()
        engine = self.engine
        as_of = self.as_of
        leap = self._leap()
        open_store = self._open_worker_store
        task_store = self.store

        flt, column, descending = self.model.current_filter, self.model.sort_column, self.model.descending

        def work(ctx: TaskContext) -> tuple[list[CaseRow], ListView]:
            with collector_paused():  # see the load job above
                with open_store() as store:
                    evaluate_everyone(store, engine, as_of=as_of, progress=ctx.report, cancelled=ctx.cancelled)
                    rows = case_rows(store, as_of=as_of, leap=leap)
                prepared = prepare_view(rows, flt, column, descending=descending, as_of=as_of)
            return rows, prepared

        def done(result: tuple[list[CaseRow], ListView]) -> None:
            self._evaluating = False
            self._stop_progress()
            if self.store is not task_store or self.as_of != as_of:
                return
            self._last_evaluated = datetime.now()
            rows, prepared = result
            self._set_rows(rows, select=self._current_pid, prepared=prepared)
            emit(self.evaluation_finished)

        def failed(exc: BaseException) -> None:
            self._evaluating = False
            self._stop_progress()
            if isinstance(exc, EvaluationCancelled):
                self.statusBar().showMessage(self.tr("Evaluation cancelled; the earlier results are kept."), 5000)
            else:
                show_error(self, exc)

        self._evaluating = True
        self._start_progress(self.tr("Evaluating…"))
        # Only the summary line changes ("bringing results up to date…"); the filter panel's counts over
        # every row (0.1 s at 100,000 people) stay as they are until the new rows come.
        self._show_totals(store_counts(self.model.all_rows, as_of=self.as_of))
        self._eval_task = run_in_background(work, parent=self, on_done=done, on_error=failed,
                                            on_progress=self._progress)

    def cancel_evaluation(self) -> None:
        for task in (self._eval_task, self._load_task):
            if task is not None and not task.done:
                task.cancel()

    def set_as_of(self, as_of: date) -> None:
        """Judge everyone as of ``as_of`` (the toolbar date control calls this once the user stops typing)."""
        self.as_of_timer.stop()
        if self.as_of_edit.date().toPython() != as_of:
            self.as_of_edit.blockSignals(True)
            self.as_of_edit.setDate(QDate(as_of.year, as_of.month, as_of.day))
            self.as_of_edit.blockSignals(False)
        if as_of == self.as_of:
            return
        self.as_of = as_of
        self.model.set_rows(self.model.all_rows, as_of=as_of)
        self.evaluate_all()
        if self._current_pid:
            if self.person_page.facts.dirty:
                self._refresh_eligibility(self._current_pid)  # keep the edits being typed
            else:
                self._show_person(self._current_pid, stale=True)

    def _as_of_settled(self) -> None:
        self.set_as_of(self.as_of_edit.date().toPython())

    def _start_progress(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.show()
        self.progress_cancel.show()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Evaluating %v of %m"))

    def _stop_progress(self) -> None:
        if (self._eval_task is None or self._eval_task.done) and (self._load_task is None or self._load_task.done):
            self.progress.hide()
            self.progress_cancel.hide()

    def _set_rows(self, rows: list[CaseRow], *, select: str | None, prepared: ListView | None = None) -> None:
        keep = select or self._current_pid
        self.model.set_rows(rows, as_of=self.as_of, titles=self._titles, prepared=prepared)
        # The rows live as long as the list is open: move everything alive now out of the cycle
        # collector's reach, so later collections (from any thread) no longer walk 100,000 records and
        # stall the window. Reference counting still frees them when the list is replaced.
        gc.freeze()
        if prepared is not None and prepared.fits(rows, self.model.current_filter, self.model.sort_column,
                                                  self.model.descending):
            self.counts_timer.stop()
            self._show_counts(prepared.counts, prepared.totals)
        else:
            # The filter changed while the rows were loading: counted as after a keystroke, once the
            # typing pauses (the model reset started the timer), not now on top of the model's own sort.
            self.counts_timer.start()
        self._fit_columns_once()
        emit(self.rows_loaded)
        if keep and self.model.view_row_of(keep) >= 0:
            self.select_person(keep)
        elif keep:
            self._current_pid = None
            self.person_page.show_empty()

    # ======================================================================= the list
    def current_filter(self) -> CaseFilter:
        return CaseFilter(text=self.search.text(), statuses=frozenset(self.filters.selected_statuses()),
                          programs=frozenset(self.filters.selected_programs()),
                          jurisdictions=frozenset(self.filters.selected_jurisdictions()))

    def _apply_filter(self) -> None:
        keep = self._current_pid
        self.model.set_filter(self.current_filter())
        if keep and self.model.view_row_of(keep) >= 0:
            self._reselect(keep)

    def clear_filters(self) -> None:
        self.search.clear()
        self.filters.clear()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _model_reset(self) -> None:
        self._update_empty_state()
        self.counts_timer.start()
        if self._current_pid and self.model.view_row_of(self._current_pid) >= 0:
            # A sort or filter resets the model; the person on the right stays selected on the left.
            QTimer.singleShot(0, lambda pid=self._current_pid: self._current_pid == pid and self._reselect(pid))

    def _update_counts(self) -> None:
        rows = self.model.all_rows
        self._show_counts(facet_counts(rows, self.model.current_filter), store_counts(rows, as_of=self.as_of))

    def _show_counts(self, filter_counts: FilterCounts, counts: StoreCounts) -> None:
        self.filters.show_counts(filter_counts)
        self._show_totals(counts)

    def _show_totals(self, counts: StoreCounts) -> None:
        """The status bar's summary line (the filter panel's counts are ``_show_counts``)."""
        if self.store is None:
            self.counts_label.clear()
            return
        parts = [self.tr("{n} people").format(n=f"{counts.people:,}"),
                 self.tr("{n} eligible").format(n=f"{counts.by_status.get(Status.ELIGIBLE, 0):,}"),
                 self.tr("{n} not yet ({soon} within 12 months)").format(
                     n=f"{counts.by_status.get(Status.NOT_YET, 0):,}", soon=f"{counts.not_yet_within_year:,}"),
                 self.tr("{n} to review").format(n=f"{counts.by_status.get(Status.NEEDS_REVIEW, 0):,}"),
                 self.tr("as of {date}").format(date=self.as_of.isoformat())]
        if self._evaluating:
            parts.append(self.tr("bringing results up to date…"))
        elif self._last_evaluated is not None:
            parts.append(self.tr("evaluated {time}").format(time=self._last_evaluated.strftime("%H:%M")))
        self.counts_label.setText("  ·  ".join(parts))

    def _update_empty_state(self) -> None:
        shown = self.model.rowCount()
        total = len(self.model.all_rows)
        self.count_label.setText(self.tr("{shown} of {total} people").format(shown=f"{shown:,}", total=f"{total:,}")
                                 if shown != total else self.tr("{total} people").format(total=f"{total:,}"))
        if shown:
            self.list_stack.setCurrentWidget(self.table)
            return
        self.list_stack.setCurrentWidget(self.empty_state)
        if self.store is None:
            self.empty_label.setText(self.tr("No store is open. Use File ▸ Open store or File ▸ New store."))
            self.empty_import.setVisible(False)
            self.empty_demo.setVisible(True)
            self.empty_clear.setVisible(False)
        elif total == 0:
            self.empty_label.setText(self.tr("This store is empty. Import a roster (CSV or Excel) to begin, "
                                             "or add a person with Edit ▸ New person."))
            self.empty_import.setVisible(True)
            self.empty_demo.setVisible(True)
            self.empty_clear.setVisible(False)
        else:
            flt = self.model.current_filter
            culprit = hiding_filter(self.model.all_rows, flt)
            messages = {
                "search": self.tr("No one's name or ID contains “{text}”.").format(text=flt.text.strip()),
                "jurisdiction": self.tr("No one is in the chosen jurisdiction."),
                "program": self.tr("The chosen program applies to no one shown."),
                "status": self.tr("No one shown has the chosen status."),
            }
            self.empty_label.setText(messages.get(culprit, self.tr("No one matches the filters.")))
            self.empty_import.setVisible(False)
            self.empty_demo.setVisible(False)
            self.empty_clear.setVisible(True)

    def select_person(self, person_id: str) -> bool:
        row = self.model.view_row_of(person_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        if self._current_pid != person_id:
            self._show_person(person_id)
        return True

    def _reselect(self, person_id: str) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            row = self.model.view_row_of(person_id)
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pid = self.model.person_id_at(current.row()) if current.isValid() else None
        if pid is None or pid == self._current_pid:
            return
        if not self._confirm_discard():
            if self._current_pid:
                QTimer.singleShot(0, lambda p=self._current_pid: self._reselect(p))
            return
        self._show_person(pid)

    def _confirm_discard(self) -> bool:
        facts = self.person_page.facts
        if not facts.dirty:
            return True
        return dialogs.question(self, self.tr("Unsaved changes"),
                                self.tr("The facts you changed have not been saved. Discard the changes?"),
                                yes_text=self.tr("Discard changes"))

    def show_tab(self, index: int) -> None:
        if self.person_page.stack.currentIndex() == 1:
            self.person_page.tabs.setCurrentIndex(index)
            self.person_page.tabs.currentWidget().setFocus()

    # ======================================================================= one person
    def _show_person(self, person_id: str, *, stale: bool = False) -> None:
        if self.store is None:
            return
        try:
            person = self.store.get_person(person_id)
            stored = self.store.get_determinations(person_id)
            notes = self.store.list_notes(person_id)
            documents = self.store.list_documents(person_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self._current_pid = person_id
        page = self.person_page
        page.show_header(person, as_of=self.as_of)
        page.facts.set_person(person)
        page.conduct.set_person(person_id, person.conduct, summary=self._conduct_summary(person), today=self.today)
        dets = [s.determination for s in stored]
        is_stale = stale or self._evaluating or any(d.as_of != self.as_of for d in dets)
        if self.engine is not None:
            # A determination is a pure function of facts, packs and date, so evaluating afresh (well under a
            # millisecond) shows exactly what is stored, plus what the stored JSON leaves out (criterion labels).
            try:
                dets = self.engine.evaluate(person, self.as_of)
                is_stale = False
            except Exception as exc:
                show_error(self, exc)
        page.eligibility.set_determinations(dets, titles=self._titles, as_of=self.as_of, stale=is_stale)
        page.notes.set_notes(notes)
        page.documents.set_person(self.store, person_id, documents=documents)
        self._update_actions()

    def _refresh_eligibility(self, person_id: str) -> None:
        if self.store is None or self.engine is None:
            return
        try:
            person = self.store.get_person(person_id)
            dets = self.engine.evaluate(person, self.as_of)
        except Exception as exc:
            show_error(self, exc)
            return
        self.person_page.show_header(person, as_of=self.as_of)
        self.person_page.eligibility.set_determinations(dets, titles=self._titles, as_of=self.as_of)

    def _conduct_summary(self, person: Person) -> str:
        try:
            from eligibility.conduct import summarize_conduct
        except ImportError:
            return ""
        try:
            return summarize_conduct(person, self.as_of).text
        except Exception:  # a summary problem must not hide the record itself
            return ""

    def new_person(self) -> None:
        if self.store is None or not self._confirm_discard():
            return
        self.table.selectionModel().clearSelection()
        self._current_pid = None
        self.person_page.show_header(None, as_of=self.as_of, new=True)
        self.person_page.conduct.set_person("", (), summary="", today=self.today)
        self.person_page.eligibility.set_determinations([])
        self.person_page.notes.set_notes([])
        self.person_page.documents.clear()
        self.person_page.tabs.setCurrentIndex(PersonPage.FACTS)
        self.person_page.facts.start_new()
        self._update_actions()

    def _save_person(self, person: Person) -> None:
        if self.store is None:
            return
        facts = self.person_page.facts
        before = None if facts.is_new else facts.original
        if facts.is_new and self.store.has_person(person.person_id):
            facts.error_labels["person_id"].setText(self.tr("⚠ Someone with this ID is already in the store."))
            facts.error_labels["person_id"].setVisible(True)
            return
        if before is not None:
            # Conduct is edited on its own tab and saved at once; keep the stored record, not a stale copy.
            current = self.store.get_person(person.person_id)
            person = dataclasses.replace(person, conduct=current.conduct)
            before = current
        self._push(save_person_command(person, before), select=person.person_id)

    def _conduct_edited(self, entries: tuple[ConductEntry, ...]) -> None:
        if self.store is None or self._current_pid is None:
            return
        current = self.store.get_person(self._current_pid)
        after = dataclasses.replace(current, conduct=tuple(entries))
        self._push(save_person_command(after, current, name=self.tr("Edit conduct")), select=current.person_id)

    def delete_person(self) -> None:
        if self.store is None or self._current_pid is None:
            return
        pid = self._current_pid
        person = self.store.get_person(pid)
        documents = self.store.list_documents(pid)
        extra = ""
        if documents:
            extra = " " + (self.tr("The record of 1 generated document goes with them; the file stays on disk.")
                           if len(documents) == 1 else
                           self.tr("The records of {n} generated documents go with them; the files stay on disk."
                                   ).format(n=len(documents)))
        if not dialogs.question(self, self.tr("Delete person"), self.tr(
                "Delete {name} ({id}) and their conduct, notes and results from this store? "
                "You can undo this with Edit ▸ Undo.").format(name=person.display_name, id=pid) + extra,
                yes_text=self.tr("Delete")):
            return
        notes = self.store.list_notes(pid)
        self.person_page.facts.set_person(None)
        self._push(delete_person_command(person, notes))

    def _note_added(self, text: str) -> None:
        if self._current_pid:
            self._push(add_note_command(self._current_pid, text, author=str(self.settings.get("staff.name"))),
                       select=self._current_pid)

    def _note_edited(self, note: Any, text: str) -> None:
        self._push(edit_note_command(note, text), select=note.person_id)

    def _note_deleted(self, note: Any) -> None:
        self._push(delete_note_command(note), select=note.person_id)

    def _push(self, command: Any, *, select: str | None = None) -> None:
        try:
            self.undo_stack.push(command)
        except Exception as exc:
            show_error(self, exc)
            return
        if select and self.model.view_row_of(select) >= 0 and self._current_pid != select:
            self.select_person(select)

    def undo(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QLineEdit) and focus.isUndoAvailable():
            focus.undo()  # Ctrl+Z in a text field undoes typing first, as everywhere else
            return
        if not self._confirm_discard():
            return
        try:
            self.undo_stack.undo()
        except Exception as exc:
            show_error(self, exc)

    def redo(self) -> None:
        if not self._confirm_discard():
            return
        try:
            self.undo_stack.redo()
        except Exception as exc:
            show_error(self, exc)

    def _apply_changes(self, changes: Any) -> None:
        """Refresh what a command touched: re-evaluate those people, update their rows and the open page."""
        if self.store is None:
            return
        for pid in sorted(changes.person_ids):
            if not self.store.has_person(pid):
                self.model.remove_person(pid)
                if self._current_pid == pid:
                    self._current_pid = None
                    self.person_page.show_empty()
                continue
            person = self.store.get_person(pid)
            if self.engine is not None and changes.tables & {"people", "sentences", "custody_breaks", "conduct"}:
                try:
                    dets = evaluate_one(self.store, self.engine, person, as_of=self.as_of)
                except Exception as exc:
                    show_error(self, exc)
                    dets = [s.determination for s in self.store.get_determinations(pid)]
            else:
                dets = [s.determination for s in self.store.get_determinations(pid)]
            self.model.upsert_row(row_from_determinations(person, dets, as_of=self.as_of, leap=self._leap()))
            if self._current_pid == pid or (self._current_pid is None and self.person_page.facts.is_new):
                if self.model.view_row_of(pid) >= 0:
                    self._reselect(pid)
                self._show_person(pid)
        self._update_actions()

    # ======================================================================= import and export
    def import_roster(self) -> None:
        if self.store is None:
            dialogs.information(self, self.tr("Import"), self.tr("Open or create a store first."))
            return
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self, store_opener=self._open_worker_store, known_ids=self.store.person_ids(),
                              today=self.today, qsettings=self.qsettings)
        dialogs.exec(wizard)
        if wizard.outcome is not None:
            self._show_store_state()
            if self.engine is not None:
                self.evaluate_all()  # the new and changed people have no current results yet
            else:
                self.reload()

    def export_filtered_list(self) -> None:
        rows = self.model.visible_rows()
        if not rows:
            dialogs.information(self, self.tr("Export filtered list"), self.tr("The list is empty."))
            return
        path = dialogs.save_file(self, self.tr("Export filtered list"), self.tr("CSV files (*.csv)"),
                                 start="case-list.csv")
        if path is None:
            return
        as_of = self.as_of
        open_store = self._open_worker_store

        def work(_ctx: TaskContext) -> int:
            n = write_text_atomically(path, lambda fh: write_case_list_csv(rows, fh, as_of=as_of))
            with open_store() as store:
                store.record_event("export_list", details={"rows": n, "file": path.name, "as_of": as_of.isoformat()})
            return n

        run_in_background(work, parent=self, on_done=lambda n: self.statusBar().showMessage(
            self.tr("Wrote {n} people to {file}.").format(n=f"{n:,}", file=path.name), 8000))

    def export_roster(self) -> None:
        if self.store is None:
            return
        folder = dialogs.directory(self, self.tr("Export roster to folder"))
        if folder is None:
            return
        open_store = self._open_worker_store

        def work(_ctx: TaskContext) -> int:
            from eligibility.intake.export import write_conduct_csv, write_roster_csv

            with open_store() as store:
                people = store.load_people()
                n = write_text_atomically(folder / "roster.csv", lambda fh: write_roster_csv(people, fh))
                write_text_atomically(folder / "conduct.csv", lambda fh: write_conduct_csv(people, fh))
                store.record_event("export_roster", details={"people": n, "folder": str(folder)})
            return n

        run_in_background(work, parent=self, on_done=lambda n: self.statusBar().showMessage(
            self.tr("Wrote roster.csv ({n} people) and conduct.csv to {folder}.").format(
                n=f"{n:,}", folder=str(folder)), 8000))

    # ======================================================================= store safety
    def show_open_failure(self, path: Path, exc: BaseException) -> None:
        """A store that would not open: a damaged one is offered a restore; anything else is explained."""
        from eligibility.store import StoreCorrupt

        if isinstance(exc, StoreCorrupt):
            self._offer_restore(path, str(exc))
        else:
            show_error(self, exc, title=self.tr("Open store"))

    def _offer_restore(self, path: Path, message: str) -> None:
        if dialogs.question(self, self.tr("The store is damaged"), message + "\n\n" + self.tr(
                "Restore it from a backup now? The damaged store is kept as a backup of its own."),
                yes_text=self.tr("Restore from backup…"), default_yes=True):
            self.restore_from_backup(path=path)
        elif self.store is None:
            self.store_path = path  # File ▸ Restore from backup… stays within reach
            self._update_actions()

    def _start_due_safety_checks(self, store: Store | None) -> None:
        """The first load of ``store`` has ended (either way): run the checks it postponed, if still shown."""
        if store is not None and self._safety_due is store and self.store is store:
            self._safety_due = None
            self._start_safety_checks()

    def _start_safety_checks(self) -> None:
        """After a store opens: the integrity check, then the daily backup, both off the UI thread.

        The check comes first so a damaged store is never copied into a backup that would push an
        intact one out of the rotation. Neither ever blocks the window: a failed backup is a banner.
        """
        from eligibility.store.backup import maybe_backup_on_open
        from eligibility.store.crypto import verify_integrity
        from eligibility.store.errors import StoreCorrupt

        store = self.store
        if store is None or store.path == Path(":memory:"):
            return
        path, connect, encrypted = store.path, self.connect_factory, store.encrypted
        staff = str(self.settings.get("staff.name"))
        keep = int(self.settings.get("backup.keep"))
        now = datetime.now().astimezone()

        def work(_ctx: TaskContext) -> _SafetyResult:
            try:
                verify_integrity(path, connect=connect)
            except StoreCorrupt as exc:
                return _SafetyResult(corrupt=str(exc))
            try:
                with Store.open(path, connect=connect, staff=staff, encrypted=encrypted) as worker_store:
                    made = maybe_backup_on_open(worker_store, now=now, keep=keep)
            except Exception as exc:  # reported as a banner: a backup problem must not stop the work
                return _SafetyResult(backup_error=exc)
            return _SafetyResult(backup=made)

        def done(result: _SafetyResult) -> None:
            if self.store is not store:
                return  # locked or another store chosen meanwhile
            if result.corrupt:
                self.safety_banner.show_message(result.corrupt)
                self._offer_restore(path, result.corrupt)
            elif result.backup_error is not None:
                self._backup_failed(result.backup_error)
            elif result.backup is not None:
                self.statusBar().showMessage(self.tr("Today's backup was made: {file}.").format(
                    file=result.backup.name), 6000)

        def failed(exc: BaseException) -> None:
            if self.store is store:
                self._backup_failed(exc)

        run_in_background(work, parent=self, on_done=done, on_error=failed)

    def _backup_failed(self, exc: BaseException) -> None:
        from ui.errors import is_expected, log_exception, plain_message

        if not is_expected(exc):
            log_exception(exc)
        self.safety_banner.show_message(self.tr(
            "Today's backup could not be made: {reason} Your work is saved as usual; the backup is tried "
            "again the next time the store opens.").format(reason=plain_message(exc)))

    def show_audit_trail(self) -> None:
        """Tools ▸ Audit trail…: every change to this store, with filters and a spreadsheet-safe export."""
        if self.store is None:
            return
        from ui.security.audit_view import AuditView

        store = self.store

        def exported(path: Path, rows: int) -> None:
            store.record_event("audit_exported", details={"file": path.name, "rows": rows})

        view = AuditView(self, fetch=store.audit_entries, actions=store.audit_actions(), on_exported=exported,
                         today=self.today)
        try:
            dialogs.exec(view)
        finally:
            view.deleteLater()

    def _workers_settled(self, title: str) -> bool:
        """Cancel background work and wait for it to leave the store; say so if it will not."""
        self._cancel_tasks()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            settled = wait_for_workers()
        finally:
            QApplication.restoreOverrideCursor()
        if not settled:
            dialogs.information(self, title, self.tr(
                "Work in the background is still using the store. Try again in a moment."))
        return settled

    def _close_for_maintenance(self) -> Path | None:
        """Close the store (restore and encryption need it closed) but remember where it is."""
        path = self.store_path
        self.set_person_detached(False)
        self.set_store(None)
        self.connect_factory = None
        self.store_path = path
        self._update_actions()
        return path

    def _reopen(self, path: Path) -> None:
        if not self.open_store_path(path):
            self.store_path = path  # File ▸ Restore stays reachable for a store that will not open

    def restore_from_backup(self, *, path: Path | None = None) -> bool:
        """File ▸ Restore from backup…: choose a backup, close the store, restore it, open the result."""
        from eligibility.store.backup import list_backups, restore
        from eligibility.store.crypto import connect_encrypted, is_encrypted, open_store
        from ui.security.restore_dialog import RestoreDialog
        from ui.security.unlock_dialog import UnlockDialog

        path = path or self.store_path
        title = self.tr("Restore from backup")
        if path is None:
            dialogs.information(self, title, self.tr("Open a store first."))
            return False
        if self.store is not None and not self._confirm_discard():
            return False
        backups = list_backups(path)
        if not backups:
            dialogs.information(self, title, self.tr("No backups of {name} were found in {folder}.").format(
                name=path.name, folder=str(path.parent / "backups")))
            return False
        chooser = RestoreDialog(backups, store_name=path.name, parent=self)
        try:
            if dialogs.exec(chooser) != QDialog.DialogCode.Accepted.value or chooser.chosen is None:
                return False
            chosen = chooser.chosen
        finally:
            chooser.deleteLater()
        staff = str(self.settings.get("staff.name"))
        was_open = self.store is not None
        if not self._workers_settled(title):
            return False
        self._close_for_maintenance()
        opened: tuple[Store, Connect] | None = None
        try:
            if is_encrypted(chosen.path):
                keys: dict[str, Connect] = {}

                def attempt(passphrase: str) -> Store:
                    # restore() tries the passphrase on a private copy first: a wrong one changes nothing.
                    restore(chosen.path, path, passphrase=passphrase, staff=staff)
                    keys["connect"] = connect_encrypted(passphrase)
                    return open_store(path, passphrase=passphrase, staff=staff, check_integrity=False)

                dialog = UnlockDialog(chosen.path, attempt=attempt, parent=self)
                dialog.intro.setText(self.tr(
                    "This backup is encrypted. Enter the passphrase the store had when the backup was made."))
                try:
                    if dialogs.exec(dialog) == QDialog.DialogCode.Accepted.value and dialog.result_value:
                        opened = (dialog.result_value, keys.get("connect"))
                finally:
                    dialog.deleteLater()
            else:
                restore(chosen.path, path, passphrase=None, staff=staff)
                opened = (open_store(path, passphrase=None, staff=staff, check_integrity=False), None)
        except Exception as exc:
            show_error(self, exc, title=title)
        if opened is None:
            if was_open:
                self._reopen(path)  # nothing was restored: show the store as it was
            else:
                self.store_path = path
                self._update_actions()
            return False
        store, connect = opened
        self.connect_factory = connect
        self.set_store(store)
        self.statusBar().showMessage(self.tr("Restored the backup from {when}.").format(
            when=chosen.made_at.astimezone().strftime("%Y-%m-%d %H:%M")), 8000)
        return True

    def encrypt_store(self) -> None:
        """File ▸ Encrypt this store…: replace the plain file with an encrypted one of the same name."""
        from eligibility.store.crypto import connect_encrypted, encrypt_in_place, open_store
        from ui.security.new_passphrase_dialog import NewPassphraseDialog

        if self.store is None or self.store.encrypted or not self._confirm_discard():
            return
        chooser = NewPassphraseDialog(self, title=self.tr("Encrypt {name}").format(name=self.store.path.name))
        try:
            if dialogs.exec(chooser) != QDialog.DialogCode.Accepted.value or chooser.passphrase is None:
                return
            passphrase = chooser.passphrase
        finally:
            chooser.deleteLater()
        staff = str(self.settings.get("staff.name"))
        if not self._workers_settled(self.tr("Encrypt store")):
            return
        path = self._close_for_maintenance()
        assert path is not None
        self._start_progress(self.tr("Encrypting…"))
        self.progress_cancel.hide()  # half an encryption cannot be kept: it runs to the end or fails whole

        def work(_ctx: TaskContext) -> None:
            encrypt_in_place(path, passphrase, staff=staff)

        def done(_result: None) -> None:
            self._stop_progress()
            try:
                store = open_store(path, passphrase=passphrase, staff=staff, check_integrity=False)
            except Exception as exc:
                show_error(self, exc, title=self.tr("Encrypt store"))
                self._reopen(path)
                return
            self.connect_factory = connect_encrypted(passphrase)
            self.set_store(store)
            self.safety_banner.show_message(self.tr(
                "{name} is now encrypted. Backups made before now are not: once you have checked the store, "
                "delete the older files in {folder}.").format(name=path.name, folder=str(path.parent / "backups")))

        def failed(exc: BaseException) -> None:
            self._stop_progress()
            show_error(self, exc, title=self.tr("Encrypt store"))
            self._reopen(path)  # encrypt_in_place leaves the plain store as it was on any failure

        run_in_background(work, parent=self, on_done=done, on_error=failed)

    def change_passphrase(self) -> None:
        """File ▸ Change passphrase…: rekey the open store; background work must then use the new key."""
        from eligibility.store.crypto import connect_encrypted, rekey
        from ui.security.new_passphrase_dialog import NewPassphraseDialog

        if self.store is None or not self.store.encrypted:
            return
        chooser = NewPassphraseDialog(self, title=self.tr("Change the passphrase"), ask_current=True)
        try:
            if dialogs.exec(chooser) != QDialog.DialogCode.Accepted.value or chooser.passphrase is None:
                return
            current, new = chooser.current or "", chooser.passphrase
        finally:
            chooser.deleteLater()
        running = any(t is not None and not t.done for t in (self._load_task, self._eval_task))
        if not self._workers_settled(self.tr("Change passphrase")):  # their connections use the old key
            return
        try:
            rekey(self.store, current, new)
        except Exception as exc:
            show_error(self, exc, title=self.tr("Change passphrase"))
            return
        finally:
            current = ""
        self.connect_factory = connect_encrypted(new)
        self.statusBar().showMessage(self.tr(
            "Passphrase changed. Backups made before keep the passphrase they were made with."), 10000)
        if running:
            self.reload(evaluate_if_stale=True)

    # ======================================================================= documents
    def prepare_document(self) -> None:
        """Documents ▸ Prepare a document…: the generate dialog for the selected person, with fresh results."""
        if self.store is None or self._current_pid is None:
            dialogs.information(self, self.tr("Prepare a document"), self.tr("Choose a person in the list first."))
            return
        if self.person_page.facts.dirty:
            dialogs.information(self, self.tr("Prepare a document"), self.tr(
                "Save or undo the changes on the Facts tab first: a document states the facts as stored."))
            return
        from ui.petitions import open_generate_dialog

        pid = self._current_pid
        try:
            person = self.store.get_person(pid)
            if self.engine is not None:
                determinations = self.engine.evaluate(person, self.as_of)
            else:
                determinations = [s.determination for s in self.store.get_determinations(pid)]
        except Exception as exc:
            show_error(self, exc, title=self.tr("Prepare a document"))
            return
        saved = open_generate_dialog(self, store=self.store, settings=self.settings, person=person,
                                     determinations=determinations, as_of=self.as_of)
        # The dialog may also have attached exhibits, so the whole tab is read again even when nothing was saved.
        self._refresh_documents(pid)
        if saved:
            self.show_tab(PersonPage.DOCUMENTS)
            self.statusBar().showMessage(
                self.tr("Saved and recorded {file}.").format(file=Path(saved[-1].file_path).name), 8000)

    def generate_for_group(self) -> None:
        """Documents ▸ Generate for a group…: a folder of documents in the background, with progress."""
        if self.store is None:
            dialogs.information(self, self.tr("Generate for a group"), self.tr("Open or create a store first."))
            return
        from ui.petitions import open_batch_dialog

        outcome = open_batch_dialog(self, open_store=self._open_worker_store, settings=self.settings,
                                    as_of=self.as_of, programs=self.engine.programs if self.engine else {},
                                    engine=self.engine)
        if outcome is not None and self._current_pid is not None:
            self._refresh_documents(self._current_pid)  # the batch recorded documents for the person shown

    def edit_office_details(self) -> None:
        from ui.petitions import edit_office_settings

        if edit_office_settings(self, self.settings):
            self.statusBar().showMessage(self.tr("Office details saved."), 5000)

    def _refresh_documents(self, person_id: str) -> None:
        if self.store is None or self._current_pid != person_id:
            return
        try:
            documents = self.store.list_documents(person_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.person_page.documents.set_person(self.store, person_id, documents=documents)

    # ======================================================================= misc
    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialogs.exec(dialog) == 1:
            self._show_store_state()
            leap = self._leap()
            if self.engine is not None and getattr(self.engine, "leap", leap) != leap:
                # The 29 February convention changes answers: everyone is judged again under the new one.
                self.engine.leap = leap  # type: ignore[attr-defined]
                self.evaluate_all()

    def about(self) -> None:
        from eligibility import __version__

        dialogs.information(self, self.tr("About Second Look"), self.tr(
            "Second Look {version}\n\nScreens people in prison for release and resentencing eligibility and "
            "prepares petitions. Every result cites its law; results marked as unsettled need legal review. "
            "All data stays on this computer.").format(version=__version__))

    def _update_actions(self) -> None:
        has_store = self.store is not None and not self.is_locked
        self.act_undo.setEnabled(has_store and self.undo_stack.can_undo)
        self.act_redo.setEnabled(has_store and self.undo_stack.can_redo)
        self.act_undo.setText(self.tr("&Undo {what}").format(what=self.undo_stack.undo_text)
                              if self.undo_stack.can_undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo {what}").format(what=self.undo_stack.redo_text)
                              if self.undo_stack.can_redo else self.tr("&Redo"))
        for a in (self.act_import, self.act_export_roster, self.act_export_list, self.act_new_person,
                  self.act_find, self.act_lock):
            a.setEnabled(has_store)
        self.act_evaluate.setEnabled(has_store and self.engine is not None)
        self.act_prepare_document.setEnabled(has_store and self._current_pid is not None)
        self.act_batch_documents.setEnabled(has_store)
        encrypted = bool(self.store is not None and self.store.encrypted)
        self.act_audit.setEnabled(has_store)
        self.act_restore.setEnabled(self.store_path is not None and not self.is_locked)
        self.act_encrypt.setEnabled(has_store and not encrypted)
        self.act_change_passphrase.setEnabled(has_store and encrypted)
        self.person_page.documents.prepare_button.setEnabled(has_store and self._current_pid is not None)
        self.act_delete_person.setEnabled(has_store and self._current_pid is not None)
        self.as_of_edit.setEnabled(has_store)
        self.search.setEnabled(has_store)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_locked and not self._confirm_discard():
            event.ignore()
            return
        self.set_person_detached(False)
        self.save_layout()
        self._cancel_tasks()
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)


class _PersonWindow(QWidget):
    """The detached person pane's own window; closing it puts the pane back in the main window."""

    closed = Signal()

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner, Qt.WindowType.Window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        emit(self.closed)
        super().closeEvent(event)


@dataclasses.dataclass(frozen=True, slots=True)
class _SafetyResult:
    """What the after-open checks found: damage (a message), a backup made, or why the backup failed."""

    corrupt: str = ""
    backup: Path | None = None
    backup_error: BaseException | None = None


__all__ = ["MainWindow", "plain_store_opener"]
