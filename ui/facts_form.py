"""The Facts tab: an editable form that checks every field as you type, with the importer's parsers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eligibility.records import FLAG_MEANINGS, ConductEntry, Flag, Jurisdiction, Person, SentenceType
from eligibility.workspace import person_fields, validate_person_fields
from ui.qt_compat import emit
from ui.words import jurisdiction_label


class _ClickableLabel(QLabel):
    """The wrapping text of a checkbox: clicking it ticks the box, as clicking a checkbox's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mousePressEvent(self, event: object) -> None:
        if self._box.isEnabled():
            self._box.toggle()


class FactsForm(QWidget):
    """Shows one person's facts; emits ``save_requested(Person)`` when the user saves a valid change."""

    save_requested = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.min
        self._original: Person | None = None
        self._is_new = False
        self._dirty = False
        self._loading = False
        self._conduct: tuple[ConductEntry, ...] = ()
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.flag_boxes: dict[Flag, QCheckBox] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)

        person_box = QGroupBox(self.tr("Person"))
        self._person_form = QFormLayout(person_box)
        self._add_text("person_id", self.tr("&ID"), person_box, placeholder=self.tr("CDCR, BOP or DOC number"))
        self._add_text("last_name", self.tr("&Last name"), person_box)
        self._add_text("first_name", self.tr("&First name"), person_box)
        self._add_text("date_of_birth", self.tr("Date of &birth"), person_box, date_field=True)
        self._add_combo("jurisdiction", self.tr("J&urisdiction"), person_box,
                        [(j.value, f"{j.value} — {jurisdiction_label(j)}") for j in Jurisdiction])
        self._add_text("race_ethnicity", self.tr("Race/ethnicity"), person_box,
                       placeholder=self.tr("for population reports only; never used by a rule"))
        self._add_text("sex", self.tr("Sex"), person_box)
        layout.addWidget(person_box)

        case_box = QGroupBox(self.tr("Controlling case and custody"))
        self._case_form = QFormLayout(case_box)
        self._add_text("offense_date", self.tr("&Offense date"), case_box, date_field=True)
        self._add_text("custody_start", self.tr("&Custody start"), case_box, date_field=True)
        self._add_text("custody_breaks", self.tr("Custody brea&ks"), case_box,
                       placeholder=self.tr("YYYY-MM-DD..YYYY-MM-DD; … (first day out..day back)"))
        self._add_text("controlling_offense", self.tr("Controlling offense"), case_box)
        self._add_text("case_number", self.tr("Case number"), case_box)
        self._add_text("county", self.tr("County / district"), case_box)
        layout.addWidget(case_box)

        sentence_box = QGroupBox(self.tr("Sentence"))
        self._sentence_form = QFormLayout(sentence_box)
        self._add_combo("sentence_type", self.tr("Sentence &type"), sentence_box,
                        [(s.value, self._sentence_name(s)) for s in SentenceType])
        self._add_text("sentence_date", self.tr("Sentence &date"), sentence_box, date_field=True)
        self._add_text("term_years", self.tr("Term (years)"), sentence_box)
        self._add_text("term_months", self.tr("Term (months)"), sentence_box)
        self._add_text("min_term_years", self.tr("Life term minimum (years)"), sentence_box,
                       placeholder=self.tr("15 for 15-to-life, 25 for 25-to-life"))
        layout.addWidget(sentence_box)

        flags_box = QGroupBox(self.tr("Flags"))
        flags_layout = QVBoxLayout(flags_box)
        for flag in Flag:
            # A checkbox's own text cannot wrap, so the meaning sits in a wrapping label beside it.
            box = QCheckBox()
            box.setToolTip(flag.value)
            box.setAccessibleName(self.tr("Flag: {meaning}").format(meaning=FLAG_MEANINGS[flag]))
            box.toggled.connect(self._changed)
            meaning = _ClickableLabel(FLAG_MEANINGS[flag], box)
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(meaning, 1)
            self.flag_boxes[flag] = box
            flags_layout.addLayout(row)
        layout.addWidget(flags_box)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Form status"))
        buttons.addWidget(self.summary_label, 1)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes to this person"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons({})

    # ---- building ----------------------------------------------------------------------------------
    @staticmethod
    def _sentence_name(s: SentenceType) -> str:
        from eligibility.records import SENTENCE_TYPE_NAMES

        return f"{s.value} — {SENTENCE_TYPE_NAMES[s]}"

    def _form_for(self, box: QWidget) -> QFormLayout:
        form: QFormLayout = box.layout()  # type: ignore[assignment]
        # On a narrow pane a long label goes above its field instead of pushing the field out of sight.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _add_row(self, key: str, label_text: str, box: QWidget, widget: QWidget) -> None:
        label = QLabel(label_text)
        label.setBuddy(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.setVisible(False)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        self._form_for(box).addRow(label, column)
        widget.setAccessibleName(label_text.replace("&", ""))
        self.error_labels[key] = error

    def _add_text(self, key: str, label_text: str, box: QWidget, *, placeholder: str = "",
                  date_field: bool = False) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"field_{key}")
        if date_field:
            edit.setPlaceholderText(self.tr("YYYY-MM-DD or MM/DD/YYYY"))
            edit.setMaxLength(19)
        elif placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._changed)
        self.fields[key] = edit
        self._add_row(key, label_text, box, edit)

    def _add_combo(self, key: str, label_text: str, box: QWidget, items: list[tuple[str, str]]) -> None:
        combo = QComboBox()
        combo.setObjectName(f"field_{key}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._changed)
        self.fields[key] = combo
        self._add_row(key, label_text, box, combo)

    # ---- state -------------------------------------------------------------------------------------
    def set_today(self, today: date) -> None:
        self._today = today

    @property
    def original(self) -> Person | None:
        return self._original

    @property
    def is_new(self) -> bool:
        return self._is_new

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_person(self, person: Person | None, *, is_new: bool = False) -> None:
        self._loading = True
        try:
            self._original = person
            self._is_new = is_new
            self._conduct = person.conduct if person else ()
            values = person_fields(person) if person else {}
            for key, widget in self.fields.items():
                text = values.get(key, "")
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(text)) if text else 0)
                else:
                    widget.setText(text)
            for flag, box in self.flag_boxes.items():
                box.setChecked(bool(person and flag in person.flags))
            self.fields["person_id"].setReadOnly(not is_new)  # type: ignore[union-attr]
            self.setEnabled(person is not None or is_new)
        finally:
            self._loading = False
        self._set_dirty(is_new)
        self._update_buttons(self.validate()[1] if (person or is_new) else {})

    def start_new(self, template: Person | None = None) -> None:
        self.set_person(template, is_new=True)
        if template is None:
            for widget in self.fields.values():
                if isinstance(widget, QLineEdit):
                    widget.clear()
        self.fields["person_id"].setFocus()
        self._update_buttons(self.validate()[1])

    def set_conduct(self, conduct: tuple[ConductEntry, ...]) -> None:
        """The conduct tab edits the record; the form keeps it so a save writes facts and conduct together."""
        self._conduct = conduct

    def field_text(self, key: str) -> str:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        return widget.text()

    def validate(self) -> tuple[Person | None, dict[str, str]]:
        values = {key: self.field_text(key) for key in self.fields}
        flags = frozenset(f for f, box in self.flag_boxes.items() if box.isChecked())
        return validate_person_fields(values, flags=flags, conduct=self._conduct, today=self._today)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._update_buttons(self.validate()[1])

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            emit(self.dirty_changed, dirty)

    def _update_buttons(self, errors: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            message = errors.get(key, "")
            widget = self.fields[key]
            show = bool(message) and (self._dirty or not self._is_new or bool(self.field_text(key)))
            if self._is_new and message == "Required." and not self.field_text(key):
                show = False  # a blank new form is not a list of mistakes
            label.setText(f"⚠ {self.tr(message)}" if show else "")
            label.setVisible(show)
            widget.setAccessibleDescription(message if show else "")
        if errors:
            count = len(errors)
            self.summary_label.setText(self.tr("1 field needs attention before saving.") if count == 1 else
                                       self.tr("{n} fields need attention before saving.").format(n=count))
        elif self._dirty:
            self.summary_label.setText(self.tr("Unsaved changes."))
        else:
            self.summary_label.setText("")
        self.save_button.setEnabled(self._dirty and not errors)
        self.revert_button.setEnabled(self._dirty and not self._is_new)

    def save(self) -> None:
        person, errors = self.validate()
        if person is None:
            self._update_buttons(errors)
            first = next(iter(k for k in self.fields if k in errors), None)
            if first:
                self.fields[first].setFocus()
            return
        if not self._dirty:
            return
        emit(self.save_requested, person)

    def mark_saved(self, person: Person) -> None:
        self.set_person(person, is_new=False)

    def revert(self) -> None:
        self.set_person(self._original, is_new=self._is_new)
