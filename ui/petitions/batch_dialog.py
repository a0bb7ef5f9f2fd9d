"""Documents for a group at once: everyone with one status under one program, one file each, into a folder.

All the work runs on workers that open their own Store (a connection belongs to its thread): first the
people are gathered and the folder checked for files that would be replaced, then, after one question
about those (skip them all, replace them all, or stop), the documents are generated with a progress bar
and a Cancel button, and each one written is recorded in the store. Files are written whole or not at all
(``generate`` writes beside the target and renames), so cancelling never leaves half a PDF.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eligibility import petitions
from eligibility.petitions.content import office_problems
from eligibility.petitions.templates import load_template
from eligibility.records import Determination, Status
from eligibility.settings import Settings
from eligibility.store import Store
from eligibility.workspace import Engine, evaluation_is_current, program_title
from ui.background import TaskContext, TaskHandle, run_in_background
from ui.dialogs import dialogs
from ui.errors import show_error
from ui.petitions.generate_dialog import pack_versions, section_title
from ui.petitions.office_settings import LABELS, OFFICE_KEYS, edit_office_settings
from ui.petitions.wording import counted
from ui.qt_compat import emit
from ui.words import status_label

_WARN = "#a4262c"

StoreOpener = Callable[[], Store]


class ExistingChoice:
    CANCEL = 0
    SKIP = 1
    OVERWRITE = 2


class ExistingFilesDialog(QDialog):
    """Asked once per batch: what to do with every file that is already in the folder."""

    def __init__(self, parent: QWidget | None, *, existing: list[str], total: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files already exist"))
        layout = QVBoxLayout(self)
        shown = existing[:8]
        more = len(existing) - len(shown)
        names = "\n".join(f"  • {n}" for n in shown) + (
            "\n  " + self.tr("… and {n} more").format(n=more) if more else "")
        text = QLabel(self.tr("{files} already in the folder:").format(
                          files=counted(len(existing), "file to generate is", "files to generate are")) + "\n" + names + "\n\n"
                      + self.tr("Skip them and generate the other {rest}, replace them all, or stop?").format(
                          rest=total - len(existing)))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        self.skip_button = buttons.addButton(self.tr("&Skip existing"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.overwrite_button = buttons.addButton(self.tr("&Replace all"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.skip_button.setDefault(True)
        self.skip_button.clicked.connect(lambda: self.done(ExistingChoice.SKIP))
        self.overwrite_button.clicked.connect(lambda: self.done(ExistingChoice.OVERWRITE))
        self.cancel_button.clicked.connect(lambda: self.done(ExistingChoice.CANCEL))
        layout.addWidget(buttons)


@dataclass(slots=True)
class Prepared:
    items: list[petitions.BatchItem]
    existing: list[str]  # file names already in the folder
    versions: dict[str, str] = field(default_factory=dict)  # person_id → pack versions to record


@dataclass(slots=True)
class BatchOutcome:
    result: petitions.BatchResult
    total: int
    recorded: int
    record_failures: list[str] = field(default_factory=list)


def gather(store: Store, *, person_ids: list[str], kind: str, out_dir: Path, as_of: date,
           engine: Engine | None, cancelled: Callable[[], bool] = lambda: False,
           progress: Callable[[int, int], None] | None = None) -> Prepared:
    """The batch items (facts, fresh determinations, exhibits) and the files that already exist."""
    items: list[petitions.BatchItem] = []
    existing: list[str] = []
    versions: dict[str, str] = {}
    total = len(person_ids)
    for n, pid in enumerate(person_ids, start=1):
        if cancelled():
            break
        person = store.get_person(pid)
        dets: list[Determination]
        if engine is not None:
            dets = engine.evaluate(person, as_of)  # pure, so equal to the stored results when they are current
        else:
            dets = [s.determination for s in store.get_determinations(pid)]
        exhibits = () if kind == "client-summary" else tuple(
            (e.title, Path(e.file_path)) for e in store.list_exhibits(pid))
        items.append(petitions.BatchItem(person=person, determinations=tuple(dets), exhibits=exhibits))
        versions[pid] = pack_versions(dets)
        name = petitions.document_filename(kind, person)
        if (out_dir / name).exists():
            existing.append(name)
        if progress is not None:
            progress(n, total)
    return Prepared(items, existing, versions)


def handwritten_sections(kind: str) -> list[str]:
    """Sections whose template text always holds [[…]] for the user to replace (a batch cannot write them)."""
    try:
        template = load_template(kind)
    except (petitions.TemplateError, OSError):
        return []
    return [section_title(sec, sec.id) for sec in template.sections
            if not sec.when and "[[" in sec.text]


class BatchDialog(QDialog):
    """Documents ▸ Generate for a group…  ``finished_batch`` carries the BatchOutcome when a run ends."""

    finished_batch = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, open_store: StoreOpener, settings: Settings,
                 as_of: date, programs: Mapping[str, str], engine: Engine | None = None,
                 program: str | None = None, status: Status = Status.ELIGIBLE, kind: str | None = None,
                 out_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Generate documents for a group"))
        self.open_store = open_store
        self.settings = settings
        self.as_of = as_of
        self.engine = engine
        self.programs = dict(programs)
        self.out_dir: Path | None = out_dir
        self.index: dict[str, list[tuple[str, Status, date | None]]] | None = None
        self.results_current = True
        self.outcome: BatchOutcome | None = None
        self._task: TaskHandle | None = None
        self._phase = ""
        self._close_when_done = False
        # Cancel is also a flag of the dialog's own, read by the worker: it works even before the pool has
        # handed back the task handle (the inline pool of the tests runs the whole task inside start()).
        self._stop = threading.Event()
        self._build()
        if program and (i := self.program_combo.findData(program)) >= 0:
            self.program_combo.setCurrentIndex(i)
        if (i := self.status_combo.findData(status.value)) >= 0:
            self.status_combo.setCurrentIndex(i)
        if kind and (i := self.kind_combo.findData(kind)) >= 0:
            self.kind_combo.setCurrentIndex(i)
        for combo in (self.program_combo, self.status_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self._update())
        self._load_index()
        self.resize(640, 520)

    # ======================================================================= building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One document per person, named ID_LASTNAME_kind.pdf, from the facts and "
                               "results as of {date}, with the template text and each person's exhibits.").format(
                                   date=self.as_of.isoformat()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.program_combo = QComboBox()
        self.program_combo.setAccessibleName(self.tr("Program"))
        for pid in sorted(self.programs, key=lambda p: program_title(p, self.programs)):
            self.program_combo.addItem(program_title(pid, self.programs), pid)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Document kind"))
        for kind in petitions.DOCUMENT_KINDS:
            self.kind_combo.addItem(petitions.DOCUMENT_NAMES[kind], kind)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(self.out_dir) if self.out_dir else "")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("Choose the folder for the documents"))
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        self.folder_button = QPushButton(self.tr("&Choose…"))
        self.folder_button.setAccessibleName(self.tr("Choose output folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form.addRow(self.tr("&Program:"), self.program_combo)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Document:"), self.kind_combo)
        form.addRow(self.tr("&Folder:"), folder_row)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field_item is not None and field_item.widget() is not None:
                label.widget().setBuddy(field_item.widget())  # type: ignore[union-attr]
        self.folder_label_buddy = form.itemAt(3, QFormLayout.ItemRole.LabelRole).widget()
        self.folder_label_buddy.setBuddy(self.folder_button)  # type: ignore[union-attr]
        layout.addLayout(form)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("People selected"))
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.handwritten_label = QLabel()
        self.handwritten_label.setWordWrap(True)
        self.handwritten_label.setStyleSheet(f"color: {_WARN};")
        self.handwritten_label.setAccessibleName(self.tr("Text to write by hand"))
        layout.addWidget(self.handwritten_label)
        office_row = QHBoxLayout()
        self.office_label = QLabel()
        self.office_label.setWordWrap(True)
        self.office_label.setStyleSheet(f"color: {_WARN};")
        self.office_label.setAccessibleName(self.tr("Missing office details"))
        self.office_button = QPushButton(self.tr("&Office details…"))
        self.office_button.clicked.connect(self.edit_office)
        office_row.addWidget(self.office_label, 1)
        office_row.addWidget(self.office_button)
        layout.addLayout(office_row)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the batch"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("A summary of the run appears here: written, skipped and failed, "
                                                "with the reason for each failure."))
        layout.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox()
        self.generate_button = self.buttons.addButton(self.tr("&Generate"), QDialogButtonBox.ButtonRole.ActionRole)
        self.generate_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.generate_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_progress(False)

    # ======================================================================= selection
    @property
    def program(self) -> str:
        return str(self.program_combo.currentData() or "")

    @property
    def status(self) -> Status:
        return Status(self.status_combo.currentData())

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def selected_ids(self) -> list[str]:
        if self.index is None:
            return []
        program, status = self.program, self.status
        return sorted(pid for pid, entries in self.index.items()
                      if any(p == program and s is status for p, s, _ in entries))

    def _load_index(self) -> None:
        open_store, engine, as_of = self.open_store, self.engine, self.as_of
        self.count_label.setText(self.tr("Counting…"))

        def work(_ctx: TaskContext) -> tuple[dict, bool]:
            with open_store() as store:
                current = engine is None or evaluation_is_current(store, engine, as_of)
                return store.determination_index(), current

        def done(result: tuple[dict, bool]) -> None:
            self.index, self.results_current = result
            self._update()

        def failed(exc: BaseException) -> None:
            self.count_label.setText(self.tr("The people could not be counted."))
            show_error(self, exc)

        self._phase = "count"
        self._task = run_in_background(work, parent=self, on_done=done, on_error=failed)

    def choose_folder(self) -> None:
        folder = dialogs.directory(self, self.tr("Folder for the documents"),
                                   start=str(self.out_dir) if self.out_dir else "")
        if folder is not None:
            self.out_dir = folder
            self.folder_edit.setText(str(folder))
            self._update()

    def edit_office(self) -> None:
        missing = [k for k in OFFICE_KEYS if f"Office setting {k} is not set"
                   in office_problems(self.kind, self.settings.office())]
        if edit_office_settings(self, self.settings, needed=missing):
            self._update()

    def office_missing(self) -> list[str]:
        office = self.settings.office()
        sentences = office_problems(self.kind, office)
        return [k for k in OFFICE_KEYS if f"Office setting {k} is not set" in sentences]

    def _update(self) -> None:
        running = self._running
        for w in (self.program_combo, self.status_combo, self.kind_combo, self.folder_button, self.office_button):
            w.setEnabled(not running)
        if self.index is None:
            self.generate_button.setEnabled(False)
            return
        n = len(self.selected_ids())
        status_text = status_label(self.status).lower()
        self.count_label.setText(self.tr("{people} {status} under {program} as of {date}.").format(
            people=counted(n, "person", "people"), status=status_text,
            program=program_title(self.program, self.programs), date=self.as_of.isoformat()))
        if not self.results_current:
            self.count_label.setText(self.count_label.text() + "\n" + self.tr(
                "⚠ The stored results are not for this date or these rule packs. Evaluate everyone (F5) "
                "first so the selection is right."))
        handwritten = handwritten_sections(self.kind)
        self.handwritten_label.setText(self.tr(
            "⚠ This document has text to write for each person ({sections}). In a batch those people are "
            "listed as failed; prepare it one person at a time from their page.").format(
                sections=", ".join(handwritten)) if handwritten else "")
        self.handwritten_label.setVisible(bool(handwritten))
        missing = self.office_missing()
        if missing:
            self.office_label.setText(self.tr("⚠ This document needs office details that are not set: "
                                              "{fields}.").format(fields=", ".join(LABELS[k] for k in missing)))
        self.office_label.setVisible(bool(missing))
        self.office_button.setVisible(bool(missing))
        self.generate_button.setEnabled(not running and n > 0 and self.out_dir is not None and not missing
                                        and self.results_current)

    @property
    def _running(self) -> bool:
        return self._task is not None and not self._task.done and self._phase in ("prepare", "generate")

    def _show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)

    # ======================================================================= running
    def start(self) -> None:
        """Gather the people, ask once about existing files, then generate."""
        ids = self.selected_ids()
        if self._running or not ids or self.out_dir is None:
            return
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(self, exc, title=self.tr("Output folder"))
            return
        open_store, engine, as_of, kind, out_dir = self.open_store, self.engine, self.as_of, self.kind, self.out_dir
        stop = self._stop
        stop.clear()

        def work(ctx: TaskContext) -> Prepared:
            with open_store() as store:
                return gather(store, person_ids=ids, kind=kind, out_dir=out_dir, as_of=as_of, engine=engine,
                              cancelled=lambda: ctx.cancelled() or stop.is_set(), progress=ctx.report)

        def done(prepared: Prepared) -> None:
            self._task = None
            self._phase = "idle"
            if self._close_when_done or stop.is_set() or len(prepared.items) < len(ids):
                self._finish_cancelled_early()
                return
            overwrite = False
            if prepared.existing:
                dialog = ExistingFilesDialog(self, existing=prepared.existing, total=len(prepared.items))
                try:
                    choice = dialogs.exec(dialog)
                finally:
                    dialog.deleteLater()
                if choice == ExistingChoice.CANCEL:
                    self._show_progress(False)
                    self.summary.setPlainText(self.tr("Nothing was generated: you chose to stop because some "
                                                      "files already exist."))
                    self._update()
                    return
                overwrite = choice == ExistingChoice.OVERWRITE
            self._generate(prepared, overwrite=overwrite)

        def failed(exc: BaseException) -> None:
            self._task = None
            self._phase = "idle"
            self._show_progress(False)
            self._update()
            show_error(self, exc, title=self.tr("Generate documents"))
            if self._close_when_done:
                super(BatchDialog, self).reject()

        self.summary.clear()
        self.outcome = None
        self._show_progress(True)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Gathering the people…"))
        self._phase = "prepare"
        self._task = run_in_background(work, parent=self, on_done=done, on_error=failed,
                                       on_progress=self._progressed)
        self._update()

    def _generate(self, prepared: Prepared, *, overwrite: bool) -> None:
        open_store, kind, out_dir, as_of = self.open_store, self.kind, self.out_dir, self.as_of
        office = self.settings.office()
        items = prepared.items
        stop = self._stop
        assert out_dir is not None

        def work(ctx: TaskContext) -> BatchOutcome:
            result = petitions.batch_generate(items, kind=kind, out_dir=out_dir, office=office, as_of=as_of,
                                              overwrite=overwrite, progress=ctx.report,
                                              cancelled=lambda: ctx.cancelled() or stop.is_set())
            recorded, failures = 0, []
            by_path = {out_dir / petitions.document_filename(kind, i.person): i.person.person_id for i in items}
            with open_store() as store:
                for doc in result.written:
                    pid = by_path.get(Path(doc.path)) if doc.path is not None else None
                    if pid is None:
                        continue
                    try:
                        store.record_document(person_id=pid, kind=kind, file_path=str(doc.path),
                                              sha256=doc.sha256, pages=doc.pages,
                                              pack_version=prepared.versions.get(pid, ""))
                        recorded += 1
                    except Exception as exc:  # noqa: BLE001 - one record that fails must not lose the others
                        failures.append(f"{pid}: {type(exc).__name__}")
            return BatchOutcome(result=result, total=len(items), recorded=recorded, record_failures=failures)

        def done(outcome: BatchOutcome) -> None:
            self._task = None
            self._phase = "idle"
            self.outcome = outcome
            self._show_progress(False)
            self.summary.setPlainText(self.summary_text(outcome))
            self._update()
            emit(self.finished_batch, outcome)
            if self._close_when_done:
                super(BatchDialog, self).reject()

        def failed(exc: BaseException) -> None:
            self._task = None
            self._phase = "idle"
            self._show_progress(False)
            self.summary.setPlainText(self.tr("The batch stopped because of an error. Files already written are "
                                              "complete; check the folder."))
            self._update()
            show_error(self, exc, title=self.tr("Generate documents"))
            if self._close_when_done:
                super(BatchDialog, self).reject()

        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Generating %v of %m"))
        self.cancel_button.setEnabled(True)
        self._phase = "generate"
        self._task = run_in_background(work, parent=self, on_done=done, on_error=failed,
                                       on_progress=self._progressed)
        self._update()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if self._phase == "prepare":
            self.progress.setFormat(self.tr("Gathering %v of %m"))

    def _finish_cancelled_early(self) -> None:
        self._show_progress(False)
        self.summary.setPlainText(self.tr("Cancelled before any document was generated."))
        self._update()
        if self._close_when_done:
            super().reject()

    def cancel(self) -> None:
        if self._phase in ("prepare", "generate"):
            self._stop.set()
            if self._task is not None and not self._task.done:
                self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Stopping after the current document…"))

    def summary_text(self, outcome: BatchOutcome) -> str:
        result = outcome.result
        lines = [self.tr("Folder: {folder}").format(folder=str(self.out_dir))]
        done = len(result.written) + len(result.skipped_existing) + len(result.failed)
        if result.cancelled:
            lines.append(self.tr("Cancelled after {done} of {total} people; no file was left half-written.")
                         .format(done=done, total=outcome.total))
        lines.append(self.tr("Written: {n}").format(n=len(result.written)))
        lines.append(self.tr("Skipped (the file already existed): {n}").format(n=len(result.skipped_existing)))
        lines.append(self.tr("Failed: {n}").format(n=len(result.failed)))
        for pid, reason in result.failed:
            lines.append(f"  • {pid}: {reason}")
        if outcome.record_failures:
            lines.append(self.tr("Written but not recorded in the store: {n}").format(
                n=len(outcome.record_failures)))
            lines += [f"  • {line}" for line in outcome.record_failures]
        return "\n".join(lines)

    def reject(self) -> None:
        if self._running:
            # Stop first: the worker records what it wrote, and the dialog closes when it has.
            self._close_when_done = True
            self.cancel()
            return
        super().reject()


def open_batch_dialog(parent: QWidget | None, *, open_store: StoreOpener, settings: Settings, as_of: date,
                      programs: Mapping[str, str], engine: Engine | None = None, program: str | None = None,
                      status: Status = Status.ELIGIBLE, kind: str | None = None) -> BatchOutcome | None:
    """Run the dialog modally; returns the last run's outcome (None when nothing ran)."""
    dialog = BatchDialog(parent, open_store=open_store, settings=settings, as_of=as_of, programs=programs,
                         engine=engine, program=program, status=status, kind=kind)
    try:
        dialogs.exec(dialog)
        return dialog.outcome
    finally:
        dialog.deleteLater()
