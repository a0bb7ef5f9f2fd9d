"""File ▸ Import roster: pick a file, map its columns, preview, import in a worker, read the report.

Column mappings are remembered per header signature (a hash of the header names) in QSettings, so the
next export from the same system maps itself. Headers are column names, never a person's data.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from eligibility.intake import (
    CANONICAL_CONDUCT_COLUMNS,
    CANONICAL_ROSTER_COLUMNS,
    REQUIRED_CONDUCT_COLUMNS,
    REQUIRED_ROSTER_COLUMNS,
    ImportReport,
    IntakeCancelled,
    IntakeError,
    preview_rows,
    read_header,
    read_import,
    suggest_mapping,
)
from eligibility.store import Cancelled, ImportOutcome, Store
from ui.background import TaskContext, TaskHandle, run_in_background
from ui.dialogs import dialogs
from ui.errors import plain_message, show_error
from ui.geometry import resize_within_screen

FILE_FILTER = "Rosters (*.csv *.txt *.xlsx *.xlsm);;All files (*)"
_IGNORE = ""
from ui.qt_compat import emit


def header_signature(headers: list[str]) -> str:
    return hashlib.sha256("\x1f".join(h.strip().lower() for h in headers).encode("utf-8")).hexdigest()[:24]


def remembered_mapping(qsettings: QSettings, kind: str, headers: list[str]) -> dict[str, str] | None:
    raw = qsettings.value(f"import/mapping/{kind}/{header_signature(headers)}")
    if not raw:
        return None
    try:
        mapping = json.loads(str(raw))
    except ValueError:
        return None
    canonical = CANONICAL_ROSTER_COLUMNS if kind == "roster" else CANONICAL_CONDUCT_COLUMNS
    return {h: f for h, f in mapping.items() if h in headers and f in canonical}


def remember_mapping(qsettings: QSettings, kind: str, headers: list[str], mapping: dict[str, str]) -> None:
    qsettings.setValue(f"import/mapping/{kind}/{header_signature(headers)}", json.dumps(mapping, sort_keys=True))


@dataclass
class ImportResult:
    report: ImportReport
    outcome: ImportOutcome


# ============================================================================ pages
class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the files"))
        self.setSubTitle(self.tr("A roster (CSV or Excel), one row per person, and optionally a conduct file "
                                 "with rules violations, chronos and programmes."))
        form = QFormLayout(self)
        self.roster_edit = QLineEdit()
        self.roster_edit.setAccessibleName(self.tr("Roster file"))
        self.conduct_edit = QLineEdit()
        self.conduct_edit.setAccessibleName(self.tr("Conduct file (optional)"))
        for label, edit, slot in ((self.tr("&Roster file"), self.roster_edit, self._browse_roster),
                                  (self.tr("&Conduct file (optional)"), self.conduct_edit, self._browse_conduct)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            button = QPushButton(self.tr("Browse…"))
            button.setAccessibleName(self.tr("Browse for {what}").format(what=edit.accessibleName()))
            button.clicked.connect(slot)
            row.addWidget(button)
            form.addRow(label, row)
            edit.textChanged.connect(self._check)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("File problem"))
        form.addRow(self.message)
        self.roster_headers: list[str] = []
        self.conduct_headers: list[str] = []
        self._ok = False

    def _browse_roster(self) -> None:
        path = dialogs.open_file(self, self.tr("Roster file"), self.tr(FILE_FILTER))
        if path is not None:
            self.roster_edit.setText(str(path))

    def _browse_conduct(self) -> None:
        path = dialogs.open_file(self, self.tr("Conduct file"), self.tr(FILE_FILTER))
        if path is not None:
            self.conduct_edit.setText(str(path))

    def roster_path(self) -> Path | None:
        text = self.roster_edit.text().strip()
        return Path(text) if text else None

    def conduct_path(self) -> Path | None:
        text = self.conduct_edit.text().strip()
        return Path(text) if text else None

    def _check(self) -> None:
        self._ok = False
        self.roster_headers, self.conduct_headers = [], []
        problems: list[str] = []
        for path, target in ((self.roster_path(), "roster"), (self.conduct_path(), "conduct")):
            if path is None:
                continue
            if not path.is_file():
                problems.append(self.tr("There is no file at {path}.").format(path=str(path)))
                continue
            try:
                headers = read_header(path)
            except (IntakeError, OSError) as exc:
                problems.append(plain_message(exc))
                continue
            if target == "roster":
                self.roster_headers = headers
            else:
                self.conduct_headers = headers
        self.message.setText("\n".join(f"⚠ {p}" for p in problems))
        self._ok = bool(self.roster_headers) and not problems
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        return self._ok


class _MappingTable(QTableWidget):
    """File header → canonical field, one combo box per header."""

    def __init__(self, kind: str, accessible_name: str) -> None:
        super().__init__(0, 3)
        self.kind = kind
        self.setAccessibleName(accessible_name)
        self.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Means"), self.tr("First value")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.headers: list[str] = []
        self.combos: list[QComboBox] = []

    def set_headers(self, headers: list[str], mapping: dict[str, str], first_row: list[str],
                    on_change: Callable[[], None]) -> None:
        canonical = CANONICAL_ROSTER_COLUMNS if self.kind == "roster" else CANONICAL_CONDUCT_COLUMNS
        required = REQUIRED_ROSTER_COLUMNS if self.kind == "roster" else REQUIRED_CONDUCT_COLUMNS
        self.headers = list(headers)
        self.combos = []
        self.setRowCount(len(headers))
        for i, header in enumerate(headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(i, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {name}").format(name=header))
            combo.addItem(self.tr("(ignore this column)"), _IGNORE)
            for field in canonical:
                combo.addItem(field + (" *" if field in required else ""), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, _IGNORE))))
            combo.currentIndexChanged.connect(lambda _i: on_change())
            self.setCellWidget(i, 1, combo)
            self.combos.append(combo)
            sample = QTableWidgetItem(first_row[i] if i < len(first_row) else "")
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(i, 2, sample)

    def mapping(self) -> dict[str, str]:
        return {h: str(c.currentData()) for h, c in zip(self.headers, self.combos) if c.currentData()}

    def problems(self) -> list[str]:
        required = REQUIRED_ROSTER_COLUMNS if self.kind == "roster" else REQUIRED_CONDUCT_COLUMNS
        chosen = list(self.mapping().values())
        out = []
        missing = [f for f in required if f not in chosen]
        if missing:
            out.append(self.tr("{file}: choose a column for {fields}.").format(
                file=self.kind, fields=", ".join(missing)))
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        if twice:
            out.append(self.tr("{file}: {fields} is chosen for more than one column.").format(
                file=self.kind, fields=", ".join(twice)))
        return out


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Say what each column of the file holds. Fields marked * are required. "
                                 "Suggestions come from the column names; your choices are remembered for "
                                 "files with the same columns."))
        layout = QVBoxLayout(self)
        self.roster_table = _MappingTable("roster", self.tr("Roster column mapping"))
        self.conduct_label = QLabel(self.tr("Conduct file"))
        self.conduct_table = _MappingTable("conduct", self.tr("Conduct column mapping"))
        layout.addWidget(QLabel(self.tr("Roster file")))
        layout.addWidget(self.roster_table, 2)
        layout.addWidget(self.conduct_label)
        layout.addWidget(self.conduct_table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Mapping problems"))
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        files = self._wizard.file_page
        q = self._wizard.qsettings
        roster = files.roster_path()
        assert roster is not None
        first = _first_row(roster)
        mapping = remembered_mapping(q, "roster", files.roster_headers)
        if mapping is None:
            mapping = suggest_mapping(files.roster_headers, "roster")
        self.roster_table.set_headers(files.roster_headers, mapping, first, self._check)
        has_conduct = bool(files.conduct_headers)
        self.conduct_label.setVisible(has_conduct)
        self.conduct_table.setVisible(has_conduct)
        if has_conduct:
            conduct = files.conduct_path()
            assert conduct is not None
            cmap = remembered_mapping(q, "conduct", files.conduct_headers)
            if cmap is None:
                cmap = suggest_mapping(files.conduct_headers, "conduct")
            self.conduct_table.set_headers(files.conduct_headers, cmap, _first_row(conduct), self._check)
        self._check()

    def _check(self) -> None:
        problems = self.roster_table.problems()
        if self.conduct_table.isVisible() or self._wizard.file_page.conduct_headers:
            problems += self.conduct_table.problems()
        self.message.setText("\n".join(f"⚠ {p}" for p in problems))
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        problems = self.roster_table.problems()
        if self._wizard.file_page.conduct_headers:
            problems += self.conduct_table.problems()
        return not problems

    def validatePage(self) -> bool:
        files = self._wizard.file_page
        q = self._wizard.qsettings
        remember_mapping(q, "roster", files.roster_headers, self.roster_table.mapping())
        if files.conduct_headers:
            remember_mapping(q, "conduct", files.conduct_headers, self.conduct_table.mapping())
        return True


def _first_row(path: Path) -> list[str]:
    try:
        rows = preview_rows(path, 1)
    except (IntakeError, OSError):
        return []
    return rows[0] if rows else []


class PreviewPage(QWizardPage):
    PREVIEW_ROWS = 10

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the first rows"))
        self.setSubTitle(self.tr("This is how the first rows will be read. Every row is checked during the "
                                 "import; rows with problems are left out and listed in the report."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Preview of the first rows"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        # Once the import starts there is no going back to change the mapping of a half-read file.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def initializePage(self) -> None:
        files = self._wizard.file_page
        mapping = self._wizard.mapping_page.roster_table.mapping()
        roster = files.roster_path()
        assert roster is not None
        try:
            rows = preview_rows(roster, self.PREVIEW_ROWS)
        except (IntakeError, OSError) as exc:
            rows = []
            show_error(self, exc)
        columns = [(i, mapping[h]) for i, h in enumerate(files.roster_headers) if h in mapping]
        columns.sort(key=lambda c: CANONICAL_ROSTER_COLUMNS.index(c[1]))
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([field for _, field in columns])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (i, _field) in enumerate(columns):
                self.table.setItem(r, c, QTableWidgetItem(row[i] if i < len(row) else ""))
        self.table.resizeColumnsToContents()


class ProgressPage(QWizardPage):
    """Runs the import in a worker; Cancel stops it and nothing is kept."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Reading and checking every row…"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self._task: TaskHandle | None = None
        self._finished = False
        self.failed_message = ""

    def initializePage(self) -> None:
        self._finished = False
        self.failed_message = ""
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.label.setText(self.tr("Reading and checking every row…"))
        w = self._wizard
        roster = w.file_page.roster_path()
        conduct = w.file_page.conduct_path() if w.file_page.conduct_headers else None
        mapping = w.mapping_page.roster_table.mapping()
        conduct_mapping = w.mapping_page.conduct_table.mapping() if conduct else None
        today, known, open_store = w.today, w.known_ids, w.store_opener
        assert roster is not None

        def work(ctx: TaskContext) -> ImportResult:
            def reading(done: int, total: int) -> None:
                ctx.report(done * 50 // max(total, 1), 100)

            def saving(done: int, total: int) -> None:
                ctx.report(50 + done * 50 // max(total, 1), 100)

            parsed = read_import(roster, conduct, today=today, known_person_ids=known, mapping=mapping,
                                 conduct_mapping=conduct_mapping, progress=reading, cancelled=ctx.cancelled)
            if ctx.cancelled():
                raise IntakeCancelled()
            with open_store() as store:
                outcome = store.import_people(parsed.people, extra_conduct=parsed.extra_conduct,
                                              source=roster.name, progress=saving, cancelled=ctx.cancelled)
            return ImportResult(parsed.report, outcome)

        self._task = run_in_background(work, parent=self, on_done=self._done, on_error=self._failed,
                                       on_progress=lambda d, t: (self.bar.setRange(0, t), self.bar.setValue(d)))

    def cancel(self) -> None:
        if self._task is not None and not self._task.done:
            self._task.cancel()
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _done(self, result: ImportResult) -> None:
        self._wizard.result = result
        self._finished = True
        self.cancel_button.setEnabled(False)
        self.bar.setValue(self.bar.maximum())
        emit(self.completeChanged)
        QTimer.singleShot(0, self._wizard.next)

    def _failed(self, exc: BaseException) -> None:
        self._finished = True
        self.cancel_button.setEnabled(False)
        if isinstance(exc, (IntakeCancelled, Cancelled)):
            self.failed_message = self.tr("The import was cancelled. Nothing was added to the store.")
        else:
            self.failed_message = plain_message(exc) + " " + self.tr("Nothing was added to the store.")
        self.label.setText(f"⚠ {self.failed_message}")
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        return self._finished and self._wizard.result is not None

    def validatePage(self) -> bool:
        return self._wizard.result is not None


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import report"))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.errors_label = QLabel(self.tr("&Rejected rows"))
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.setAccessibleName(self.tr("Rejected rows"))
        self.errors.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.errors_label.setBuddy(self.errors)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Cop&y report"))
        self.save_button = QPushButton(self.tr("&Save report as CSV…"))
        self.copy_button.setAccessibleName(self.tr("Copy the report to the clipboard"))
        self.save_button.setAccessibleName(self.tr("Save the rejected rows as a CSV file"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save_csv)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        result = self._wizard.result
        if result is None:
            return
        report, outcome = result.report, result.outcome
        self.summary.setText(report.summary() + "\n" + self.tr(
            "Store: {created} added, {updated} updated, {unchanged} unchanged, {conduct} conduct entries added."
        ).format(created=f"{outcome.created:,}", updated=f"{outcome.updated:,}",
                 unchanged=f"{outcome.unchanged:,}", conduct=f"{outcome.conduct_added:,}"))
        self.errors.setPlainText("\n".join(str(e) for e in report.errors) if report.errors
                                 else self.tr("No rows were rejected."))
        self.save_button.setEnabled(bool(report.errors))

    def report_text(self) -> str:
        return self.summary.text() + "\n\n" + self.errors.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    def save_csv(self) -> None:
        result = self._wizard.result
        if result is None:
            return
        path = dialogs.save_file(self, self.tr("Save import report"), self.tr("CSV files (*.csv)"),
                                 start="import-report.csv")
        if path is None:
            return
        buffer = io.StringIO()
        result.report.to_csv(buffer)
        try:
            path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
        except OSError as exc:
            show_error(self, exc)


class ImportWizard(QWizard):
    FILES, MAPPING, PREVIEW, PROGRESS, REPORT = range(5)

    def __init__(self, parent: QWidget | None, *, store_opener: Callable[[], Store], known_ids: set[str],
                 today: date, qsettings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.store_opener = store_opener
        self.known_ids = known_ids
        self.today = today
        self.qsettings = qsettings
        self.result: ImportResult | None = None
        self.file_page = FilePage()
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.progress_page = ProgressPage(self)
        self.report_page = ReportPage(self)
        for i, page in enumerate((self.file_page, self.mapping_page, self.preview_page, self.progress_page,
                                  self.report_page)):
            self.setPage(i, page)
        resize_within_screen(self, width=820, height=560)

    @property
    def outcome(self) -> ImportOutcome | None:
        return self.result.outcome if self.result else None

    def reject(self) -> None:
        self.progress_page.cancel()
        super().reject()


__all__ = ["ImportWizard", "header_signature", "remember_mapping", "remembered_mapping"]
