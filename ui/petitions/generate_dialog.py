"""Prepare one person's petition or letter: choose, check, edit, generate, preview, save, record.

The order is the one a careful attorney follows. Everything the document still needs (office details, case
facts, text to write by hand) is listed before anything is generated, and Generate stays off until the list
is empty. The PDF is made on a worker thread into memory, shown, and written only where the user saves it;
the store then records person, kind, time, pack versions, file and SHA-256.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eligibility import petitions
from eligibility.petitions.content import office_problems
from eligibility.petitions.documents import write_atomically
from eligibility.petitions.facts import long_date
from eligibility.petitions.templates import load_template, to_complete
from eligibility.records import Determination, Person
from eligibility.settings import Settings
from eligibility.store import Store, StoredDocument
from ui.background import TaskContext, TaskHandle, run_in_background
from ui.dialogs import dialogs
from ui.errors import show_error
from ui.geometry import resize_within_screen
from ui.petitions.exhibits_panel import STORE_ERRORS, ExhibitsPanel
from ui.petitions.office_settings import LABELS, OFFICE_KEYS, edit_office_settings
from ui.petitions.pdf_preview import PdfLoadError, PdfPreview
from ui.petitions.wording import counted
from ui.qt_compat import emit

_MARKER_OPEN, _MARKER_CLOSE = "[[", "]]"
_WARN = "#a4262c"
_OK = "#107c10"


def pack_versions(determinations: Sequence[Determination]) -> str:
    """What the store records as the pack version: every program the document drew on, as the CLI does."""
    return ", ".join(sorted({f"{d.program} {d.pack_version}" for d in determinations}))


class MarkerHighlighter(QSyntaxHighlighter):
    """Text in [[double brackets]] must be replaced before generating: show it so it cannot be missed."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.format = QTextCharFormat()
        self.format.setBackground(QColor("#fff1a8"))
        self.format.setForeground(QColor("#7a2e00"))
        self.format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        # Block state 1: a marker opened in an earlier paragraph is still open here.
        inside = self.previousBlockState() == 1
        marker_start, i = 0, 0
        while True:
            if inside:
                end = text.find(_MARKER_CLOSE, i)
                if end < 0:
                    self._mark(text, marker_start, len(text))
                    self.setCurrentBlockState(1)
                    return
                self._mark(text, marker_start, end + len(_MARKER_CLOSE))
                i, inside = end + len(_MARKER_CLOSE), False
            else:
                start = text.find(_MARKER_OPEN, i)
                if start < 0:
                    break
                marker_start, i, inside = start, start + len(_MARKER_OPEN), True
        self.setCurrentBlockState(0)

    def _mark(self, text: str, start: int, end: int) -> None:
        # Qt counts UTF-16 code units; Python counts code points (they differ beyond the BMP).
        def units(n: int) -> int:
            return len(text[:n].encode("utf-16-le")) // 2

        self.setFormat(units(start), units(end) - units(start), self.format)


@dataclass(frozen=True, slots=True)
class Problems:
    """missing_requirements' sentences, sorted by where the user fixes them."""

    office: tuple[str, ...]
    narrative: tuple[str, ...]
    other: tuple[str, ...]
    missing_office_keys: tuple[str, ...]

    @property
    def all(self) -> tuple[str, ...]:
        return self.office + self.other + self.narrative

    def __bool__(self) -> bool:
        return bool(self.all)


def sort_problems(kind: str, problems: Sequence[str], office: Mapping[str, str]) -> Problems:
    office_sentences = office_problems(kind, office)
    missing_keys = tuple(k for k in OFFICE_KEYS if not str(office.get(k, "")).strip()
                         and f"Office setting {k} is not set" in office_sentences)
    office_part = tuple(p for p in problems if p in office_sentences)
    narrative = tuple(p for p in problems if p not in office_sentences
                      and p.startswith(("Section '", "The narrative section")))
    other = tuple(p for p in problems if p not in office_part and p not in narrative)
    return Problems(office_part, narrative, other, missing_keys)


class SectionEditor(QWidget):
    """One narrative section: its heading, the text (markers highlighted) and a way back to the template."""

    edited = Signal()

    def __init__(self, *, section_id: str, title: str, text: str, default: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_id = section_id
        self.title = title
        self.default = default
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Text of section {title}").format(title=title))
        self.edit.setTabChangesFocus(True)
        # Before the text: a highlighter attached afterwards only paints on the next event-loop turn.
        self.highlighter = MarkerHighlighter(self.edit.document())
        self.edit.setPlainText(text)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Section status"))
        self.reset_button = QPushButton(self.tr("Restore the template text"))
        self.reset_button.clicked.connect(self.restore_default)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.reset_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.edit, 1)
        layout.addLayout(row)
        self.edit.textChanged.connect(self._changed)
        self._changed(notify=False)

    @property
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    @property
    def to_complete(self) -> list[str]:
        return to_complete(self.text)

    def restore_default(self) -> None:
        if self.text != self.default:
            self.edit.setPlainText(self.default)

    def _changed(self, notify: bool = True) -> None:
        todo = self.to_complete
        if todo:
            self.hint.setText(self.tr("⚠ Replace the highlighted [[…]] text ({places}).").format(
                places=counted(len(todo), "place", "places")))
            self.hint.setStyleSheet(f"color: {_WARN};")
        elif not self.text.strip():
            self.hint.setText(self.tr("This section is empty."))
            self.hint.setStyleSheet("")
        else:
            self.hint.setText(self.tr("Edited.") if self.text != self.default else "")
            self.hint.setStyleSheet("")
        self.reset_button.setEnabled(self.text != self.default)
        if notify:
            emit(self.edited)


class GenerateDialog(QDialog):
    """One person, one document at a time; ``document_saved`` fires for every document recorded."""

    document_saved = Signal(object)  # StoredDocument

    def __init__(self, parent: QWidget | None = None, *, store: Store, settings: Settings, person: Person,
                 determinations: Sequence[Determination], as_of: date, kind: str | None = None,
                 save_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.person = person
        self.determinations = tuple(determinations)
        self.as_of = as_of
        self.save_dir = save_dir
        self.saved: list[StoredDocument] = []
        self.office = settings.office()
        self.kinds = petitions.applicable_kinds(person, self.determinations)
        self._drafts: dict[str, dict[str, str]] = {}  # kind → the user's text, kept when switching kinds
        self._editors: list[SectionEditor] = []
        self._pdf: bytes | None = None
        self._generated: petitions.GeneratedDocument | None = None
        self._generated_key: tuple | None = None
        self._task: TaskHandle | None = None
        self._save_task: TaskHandle | None = None
        self.problems = Problems((), (), (), ())
        self._shown_kind = ""

        self.setWindowTitle(self.tr("Prepare a document: {name} ({id})").format(
            name=person.display_name, id=person.person_id))
        self.setSizeGripEnabled(True)
        self._build()
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(250)
        self._recheck_timer.timeout.connect(self.recheck)
        if kind in self.kinds:
            self.kind_combo.setCurrentIndex(self.kinds.index(kind))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        resize_within_screen(self, width=1280, height=820)

    # ======================================================================= building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QLabel(self.tr("<b>{name}</b> · {id} · {jurisdiction} · facts and results as of {date}").format(
            name=_html(self.person.display_name), id=_html(self.person.person_id),
            jurisdiction=self.person.jurisdiction.value, date=long_date(self.as_of)))
        header.setAccessibleName(self.tr("Person and date"))
        outer.addWidget(header)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        kind_label = QLabel(self.tr("&Document:"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Document kind"))
        kind_label.setBuddy(self.kind_combo)
        for kind in self.kinds:
            self.kind_combo.addItem(petitions.DOCUMENT_NAMES[kind], kind)
        row.addWidget(kind_label)
        row.addWidget(self.kind_combo, 1)
        left_layout.addLayout(row)

        self.requirements_box = QGroupBox(self.tr("Before generating"))
        req_layout = QVBoxLayout(self.requirements_box)
        self.requirements_status = QLabel()
        self.requirements_status.setWordWrap(True)
        self.requirements_status.setAccessibleName(self.tr("Requirements status"))
        self.requirements_list = QListWidget()
        self.requirements_list.setAccessibleName(self.tr("What the document still needs"))
        self.requirements_list.setWordWrap(True)
        self.requirements_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.requirements_list.itemActivated.connect(self._requirement_activated)
        req_buttons = QHBoxLayout()
        self.office_button = QPushButton(self.tr("&Office details…"))
        self.office_button.setAccessibleName(self.tr("Edit office details"))
        self.office_button.setToolTip(self.tr("Organisation, attorney, bar number, address, telephone and e-mail"))
        self.office_button.clicked.connect(self.edit_office)
        req_buttons.addWidget(self.office_button)
        req_buttons.addStretch(1)
        req_layout.addWidget(self.requirements_status)
        req_layout.addWidget(self.requirements_list)
        req_layout.addLayout(req_buttons)
        left_layout.addWidget(self.requirements_box)

        self.sections = QTabWidget()
        self.sections.setAccessibleName(self.tr("Narrative sections"))
        self.sections.setUsesScrollButtons(True)
        self.sections.setDocumentMode(True)
        left_layout.addWidget(self.sections, 1)

        self.exhibits_panel = ExhibitsPanel()
        self.exhibits_panel.set_person(self.store, self.person.person_id)
        self.exhibits_panel.exhibits_changed.connect(self._exhibits_changed)
        self.exhibits_note = QLabel()
        self.exhibits_note.setWordWrap(True)
        exhibits_tab = QWidget()
        ex_layout = QVBoxLayout(exhibits_tab)
        ex_layout.addWidget(self.exhibits_note)
        ex_layout.addWidget(self.exhibits_panel, 1)
        self._exhibits_tab = exhibits_tab
        splitter.addWidget(left)

        self.preview = PdfPreview()
        self.preview.setMinimumWidth(420)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 640])
        outer.addWidget(splitter, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        outer.addWidget(line)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox()
        self.generate_button = self.buttons.addButton(self.tr("&Generate preview"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("&Save As…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.generate_button.setAccessibleName(self.tr("Generate preview"))
        self.save_button.setAccessibleName(self.tr("Save as"))
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.generate_button.setDefault(True)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        if not self.kinds:
            self.kind_combo.setEnabled(False)
            self.kind_combo.addItem(self.tr("No document applies to this person"), "")

    # ======================================================================= state
    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData() or "")

    def narrative(self) -> dict[str, str]:
        return {e.section_id: e.text for e in self._editors}

    def exhibits(self) -> list[tuple[str, Path]]:
        if self.kind == "client-summary":
            return []  # one page for the family: the core refuses exhibits on it
        return [(e.title, Path(e.file_path)) for e in self.exhibits_panel.exhibits]

    def _input_key(self) -> tuple:
        return (self.kind, tuple(self.narrative().items()), tuple(sorted(self.office.items())),
                tuple((t, str(p)) for t, p in self.exhibits()))

    @property
    def preview_is_current(self) -> bool:
        return self._pdf is not None and self._generated_key == self._input_key()

    def _keep_drafts(self) -> None:
        """Remember the sections the user changed; the rest follow the template (and the settings) as they change."""
        if self._shown_kind and self._editors:
            self._drafts[self._shown_kind] = {e.section_id: e.text for e in self._editors if e.text != e.default}

    def _kind_changed(self) -> None:
        self._keep_drafts()
        self._shown_kind = self.kind
        self._rebuild_sections()
        if self._pdf is not None:
            self._discard_preview(self.tr("Generate the document to see it here."))
        self.recheck()

    def _refill_defaults(self) -> None:
        """The template text depends on office details and exhibits: fill it again, keeping the user's edits."""
        current = self.sections.currentIndex()
        self._keep_drafts()
        self._rebuild_sections()
        self.sections.setCurrentIndex(min(current, self.sections.count() - 1))

    def _discard_preview(self, message: str) -> None:
        self.preview.clear(message)
        self._pdf = None
        self._generated = None
        self._generated_key = None

    def _rebuild_sections(self) -> None:
        while self.sections.count():
            widget = self.sections.widget(0)
            self.sections.removeTab(0)
            if widget is not self._exhibits_tab:
                widget.deleteLater()
        self._editors = []
        kind = self.kind
        if not kind:
            self._set_status(self.tr("None of the four documents applies to this person with the current "
                                     "results (the Eligibility tab says why)."), warn=True)
            return
        try:
            defaults = petitions.default_narrative(kind, person=self.person, determinations=self.determinations,
                                                   office=self.office, as_of=self.as_of, exhibits=self.exhibits())
            template = load_template(kind)
        except (petitions.TemplateError, OSError) as exc:
            self._set_status(self.tr("The template for this document cannot be used: {reason}").format(
                reason=exc), warn=True)
            return
        draft = self._drafts.get(kind, {})
        for sid, default in defaults.items():
            section = template.section(sid)
            title = section_title(section, sid)
            editor = SectionEditor(section_id=sid, title=title, text=draft.get(sid, default), default=default)
            editor.edited.connect(self._narrative_edited)
            self._editors.append(editor)
            self.sections.addTab(editor, title)
        self.sections.addTab(self._exhibits_tab, "")
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        first_flagged = -1
        shorts = [_short(e.title) for e in self._editors]
        for i, editor in enumerate(self._editors):
            # Two sections that shorten alike ("Declaration (…)") keep their full titles, cut at a word.
            short = shorts[i] if shorts.count(shorts[i]) == 1 else _short(editor.title.replace(" (", ", ")
                                                                         .rstrip(")"), limit=40)
            flagged = bool(editor.to_complete)
            self.sections.setTabText(i, ("⚠ " if flagged else "") + short)
            self.sections.setTabToolTip(i, editor.title + (
                "\n" + self.tr("Still to write: {what}").format(what="; ".join(editor.to_complete))
                if flagged else ""))
            if flagged and first_flagged < 0:
                first_flagged = i
        index = self.sections.indexOf(self._exhibits_tab)
        if index >= 0:
            n = len(self.exhibits_panel.exhibits)
            self.sections.setTabText(index, self.tr("Exhibits ({n})").format(n=n))
            # Said once, only where it matters: the panel's own label already explains the order.
            self.exhibits_note.setText(self.tr("A client summary is one page for the person and their family; "
                                               "exhibits are not appended to it."))
            self.exhibits_note.setVisible(self.kind == "client-summary")

    def flagged_sections(self) -> list[str]:
        """Titles of the sections that still hold [[…]] text."""
        return [e.title for e in self._editors if e.to_complete]

    def _narrative_edited(self) -> None:
        self._update_tab_titles()
        self._update_buttons()
        self._recheck_timer.start()

    def _exhibits_changed(self) -> None:
        self._refill_defaults()
        self.recheck()

    # ======================================================================= checking
    def recheck(self) -> Problems:
        """Ask the core what the document still needs, and show it."""
        self._recheck_timer.stop()
        kind = self.kind
        self.requirements_list.clear()
        if not kind:
            self.problems = Problems((), (), (self.tr("No document applies to this person."),), ())
            self.requirements_status.setText(self.tr("Nothing to generate."))
            self._update_buttons()
            return self.problems
        try:
            found = petitions.missing_requirements(kind, person=self.person, determinations=self.determinations,
                                                   office=self.office, narrative=self.narrative(),
                                                   exhibits=self.exhibits(), as_of=self.as_of)
        except (petitions.TemplateError, OSError) as exc:
            found = [self.tr("The template cannot be used: {reason}").format(reason=exc)]
        self.problems = sort_problems(kind, found, self.office)
        groups = ((self.problems.office, self.tr("Office details"), "office"),
                  (self.problems.other, self.tr("Case facts (edit them on the Facts tab)"), "facts"),
                  (self.problems.narrative, self.tr("Text to write"), "narrative"))
        for sentences, heading, role in groups:
            if not sentences:
                continue
            head = QListWidgetItem(heading)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.requirements_list.addItem(head)
            for sentence in sentences:
                item = QListWidgetItem("   • " + self._friendly(sentence))
                item.setData(Qt.ItemDataRole.UserRole, role)
                item.setData(Qt.ItemDataRole.UserRole + 1, sentence)
                item.setToolTip(sentence)
                self.requirements_list.addItem(item)
        if self.problems:
            self.requirements_status.setText(self.tr("⚠ {things} to do before this document can be generated:").format(
                things=counted(len(self.problems.all), "thing", "things")))
            self.requirements_status.setStyleSheet(f"color: {_WARN};")
            self.requirements_list.show()
        else:
            self.requirements_status.setText(self.tr("✓ Everything this document needs is there."))
            self.requirements_status.setStyleSheet(f"color: {_OK};")
            self.requirements_list.hide()
        self.office_button.setDefault(bool(self.problems.office))
        self._update_buttons()
        return self.problems

    def _friendly(self, sentence: str) -> str:
        for key in OFFICE_KEYS:
            if sentence == f"Office setting {key} is not set":
                return self.tr("{field} is not set").format(field=LABELS[key])
        return sentence

    def _requirement_activated(self, item: QListWidgetItem) -> None:
        role = item.data(Qt.ItemDataRole.UserRole)
        if role == "office":
            self.edit_office()
        elif role == "narrative":
            for i, editor in enumerate(self._editors):
                if editor.to_complete or not editor.text.strip():
                    self.sections.setCurrentIndex(i)
                    editor.edit.setFocus()
                    break

    def _update_buttons(self) -> None:
        busy = self._task is not None and not self._task.done
        saving = self._save_task is not None and not self._save_task.done
        self.generate_button.setEnabled(bool(self.kind) and not self.problems and not busy and not saving)
        current = self.preview_is_current
        self.save_button.setEnabled(current and not busy and not saving)
        self.kind_combo.setEnabled(bool(self.kinds) and not busy and not saving)
        if self._pdf is not None and not current and not busy:
            self._set_status(self.tr("The text, settings or exhibits changed after this preview. Generate it "
                                     "again before saving."), warn=True)

    def _set_status(self, text: str, *, warn: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {_WARN};" if warn else "")

    def edit_office(self) -> None:
        if edit_office_settings(self, self.settings, needed=self.problems.missing_office_keys):
            self.office = self.settings.office()
            self._refill_defaults()
            self.recheck()

    # ======================================================================= generating
    def generate(self) -> None:
        if self.recheck() or not self.kind:
            self._set_status(self.tr("The document is not ready: see the list above."), warn=True)
            return
        kind, person, dets, office = self.kind, self.person, self.determinations, dict(self.office)
        narrative, exhibits, as_of = self.narrative(), self.exhibits(), self.as_of
        key = self._input_key()

        def work(_ctx: TaskContext) -> tuple[bytes, petitions.GeneratedDocument]:
            buffer = io.BytesIO()
            doc = petitions.generate(kind, person=person, determinations=dets, office=office, as_of=as_of,
                                     out=buffer, narrative=narrative, exhibits=exhibits)
            return buffer.getvalue(), doc

        def done(result: tuple[bytes, petitions.GeneratedDocument]) -> None:
            data, doc = result
            try:
                pages = self.preview.load_bytes(data)
            except PdfLoadError as exc:
                self._pdf = None
                self._set_status(str(exc), warn=True)
                self._update_buttons()
                return
            self._pdf, self._generated, self._generated_key = data, doc, key
            self._set_status(self.tr("Preview of {pages}. Read it through, then Save As… to keep it.").format(
                pages=counted(pages, "page", "pages")))
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            if isinstance(exc, petitions.MissingRequirements):
                self.recheck()
                self._set_status(self.tr("The document is not ready: see the list above."), warn=True)
            elif isinstance(exc, (petitions.ExhibitError, petitions.TemplateError)):
                self._set_status(str(exc), warn=True)
            else:
                self._set_status(self.tr("The document could not be generated."), warn=True)
                show_error(self, exc, title=self.tr("Generate document"))

        self._set_status(self.tr("Generating…"))
        self._task = run_in_background(work, parent=self, on_done=done, on_error=failed)
        self._update_buttons()

    # ======================================================================= saving
    def suggested_path(self) -> Path:
        name = petitions.document_filename(self.kind, self.person)
        return (self.save_dir / name) if self.save_dir is not None else Path(name)

    def save_as(self) -> Path | None:
        """Ask where, refuse to replace a file without a yes, write atomically, then record it."""
        if not self.preview_is_current or self._pdf is None or self._generated is None:
            return None
        path = dialogs.save_file(self, self.tr("Save document"), self.tr("PDF documents (*.pdf)"),
                                 start=str(self.suggested_path()))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path.exists() and not dialogs.question(
                self, self.tr("Replace file?"),
                self.tr("“{name}” already exists in {folder}. Replace it with this document?").format(
                    name=path.name, folder=str(path.parent)), yes_text=self.tr("Replace")):
            self._set_status(self.tr("Not saved: the existing file was kept."))
            return None
        data, doc, kind = self._pdf, self._generated, self.kind
        person_id = self.person.person_id
        versions = pack_versions(self.determinations)

        def work(_ctx: TaskContext) -> Path:
            write_atomically(data, path)
            return path

        def done(saved: Path) -> None:
            self.save_dir = saved.parent
            try:
                record = self.store.record_document(person_id=person_id, kind=kind, file_path=str(saved),
                                                    sha256=doc.sha256, pages=doc.pages, pack_version=versions)
            except STORE_ERRORS as exc:
                self._set_status(self.tr("Saved to {path}, but it could not be recorded in the store.").format(
                    path=str(saved)), warn=True)
                show_error(self, exc, title=self.tr("Record document"))
                self._update_buttons()
                return
            self.saved.append(record)
            self._set_status(self.tr("Saved to {path} and recorded (SHA-256 {hash}…).").format(
                path=str(saved), hash=doc.sha256[:12]))
            self._update_buttons()
            emit(self.document_saved, record)

        def failed(exc: BaseException) -> None:
            self._set_status(self.tr("Not saved."), warn=True)
            self._update_buttons()
            show_error(self, exc, title=self.tr("Save document"))

        self._set_status(self.tr("Saving…"))
        self._save_task = run_in_background(work, parent=self, on_done=done, on_error=failed)
        self._update_buttons()
        return path

    # ======================================================================= closing
    def reject(self) -> None:
        if self._save_task is not None and not self._save_task.done:
            return  # never abandon a half-finished save; it takes a moment
        if self._task is not None and not self._task.done:
            self._task.cancel()
        if self._pdf is not None and not self.saved and not dialogs.question(
                self, self.tr("Close without saving?"),
                self.tr("The generated document has not been saved. Close and discard it?"),
                yes_text=self.tr("Discard")):
            return
        self.preview.clear()
        self._pdf = None
        super().reject()


def section_title(section: object, sid: str) -> str:
    label = getattr(section, "label", "") if section is not None else ""
    heading = getattr(section, "heading", "") if section is not None else ""
    if label:
        return label
    if heading and "{" not in heading:
        return heading.strip(" .").capitalize() if heading.isupper() else heading.strip(" .")
    return sid.replace("_", " ").capitalize()


def _short(title: str, limit: int = 28) -> str:
    """Tab text: the title up to its first bracket or colon, cut at a word."""
    for stop in (" (", ":"):
        if stop in title:
            title = title.split(stop)[0]
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_generate_dialog(parent: QWidget | None, *, store: Store, settings: Settings, person: Person,
                         determinations: Sequence[Determination], as_of: date,
                         kind: str | None = None) -> list[StoredDocument]:
    """Run the dialog modally; returns the documents it saved and recorded (to refresh the Documents tab)."""
    dialog = GenerateDialog(parent, store=store, settings=settings, person=person,
                            determinations=determinations, as_of=as_of, kind=kind)
    try:
        dialogs.exec(dialog)
        return list(dialog.saved)
    finally:
        dialog.deleteLater()
