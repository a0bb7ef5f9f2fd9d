"""The office details every petition prints (the ``office.*`` settings), edited and checked in one place.

They are saved through ``eligibility.settings.Settings``, the same file the CLI's ``settings set`` writes, so
what the app shows is what ``python main.py petition`` uses. An empty field is allowed (not every office has
every detail); the generate dialog lists the ones a document needs before it can be made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eligibility.settings import Settings, SettingsError
from ui.qt_compat import emit

OFFICE_KEYS: tuple[str, ...] = ("office.organisation", "office.attorney_name", "office.bar_number",
                                "office.address", "office.phone", "office.email")

LABELS: dict[str, str] = {
    "office.organisation": "Organisation",
    "office.attorney_name": "Attorney name",
    "office.bar_number": "Bar number",
    "office.address": "Address",
    "office.phone": "Telephone",
    "office.email": "E-mail",
}

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_PHONE_CHARS = re.compile(r"[0-9 +().\-/]+(?:\s*(?:ext\.?|x)\s*[0-9]+)?", re.IGNORECASE)
_BAR = re.compile(r"[A-Za-z0-9][A-Za-z0-9 \-]*")
_MAX_LINE = {"office.organisation": 160, "office.attorney_name": 120, "office.bar_number": 20,
             "office.phone": 40, "office.email": 120}
_MAX_ADDRESS_LINES = 6
_MAX_ADDRESS_LINE = 100


def clean_address(text: str) -> str:
    """One address line per line, trimmed, with blank lines dropped (the documents print them as typed)."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def validate_office(values: Mapping[str, str]) -> dict[str, str]:
    """key → what is wrong with its value, for every value that would print badly. Empty values pass."""
    problems: dict[str, str] = {}
    for key in OFFICE_KEYS:
        value = str(values.get(key, "")).strip()
        if not value:
            continue
        if key == "office.address":
            lines = clean_address(value).split("\n")
            if len(lines) > _MAX_ADDRESS_LINES:
                problems[key] = f"Use at most {_MAX_ADDRESS_LINES} lines; the caption has no room for more."
            elif any(len(line) > _MAX_ADDRESS_LINE for line in lines):
                problems[key] = f"Keep each line under {_MAX_ADDRESS_LINE} characters."
            continue
        if "\n" in value or "\r" in value:
            problems[key] = "Use a single line."
        elif len(value) > _MAX_LINE[key]:
            problems[key] = f"Keep this under {_MAX_LINE[key]} characters."
        elif key == "office.email" and not _EMAIL.fullmatch(value):
            problems[key] = "Enter an e-mail address such as clinic@example.org."
        elif key == "office.phone" and (not _PHONE_CHARS.fullmatch(value)
                                        or sum(ch.isdigit() for ch in value) < 7):
            problems[key] = "Enter a telephone number such as (510) 555-0142."
        elif key == "office.bar_number" and not _BAR.fullmatch(value):
            problems[key] = "Use letters, digits, spaces and hyphens only."
    return problems


class OfficeSettingsForm(QWidget):
    """The six fields with their inline problems. ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, values: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        mnemonics = {"office.organisation": "&Organisation", "office.attorney_name": "&Attorney name",
                     "office.bar_number": "&Bar number", "office.address": "Add&ress",
                     "office.phone": "&Telephone", "office.email": "&E-mail"}
        placeholders = {"office.organisation": "Bayview Post-Conviction Clinic",
                        "office.attorney_name": "Alexandra Q. Whitfield", "office.bar_number": "298765",
                        "office.phone": "(510) 555-0142", "office.email": "clinic@example.org"}
        for key in OFFICE_KEYS:
            if key == "office.address":
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(str(values.get(key, "")))
                edit.setTabChangesFocus(True)
                edit.setPlaceholderText(self.tr("1200 Harbor Street, Suite 400\nOakland, CA 94612"))
                edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
                edit.textChanged.connect(self._edited)
            else:
                edit = QLineEdit(str(values.get(key, "")))
                edit.setPlaceholderText(self.tr("e.g. {example}").format(example=placeholders[key]))
                edit.textChanged.connect(lambda _t: self._edited())
            edit.setAccessibleName(LABELS[key])
            edit.setObjectName(key.replace(".", "_"))
            label = QLabel(self.tr(mnemonics[key]))
            label.setBuddy(edit)
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet("color: #a4262c;")
            error.setAccessibleName(self.tr("{field} problem").format(field=LABELS[key]))
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.edits[key] = edit
            self.error_labels[key] = error
            self.field_labels[key] = label
        self.validate()

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, edit in self.edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            out[key] = clean_address(text) if key == "office.address" else text.strip()
        return out

    def set_value(self, key: str, text: str) -> None:
        edit = self.edits[key]
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        else:
            edit.setText(text)

    def mark_needed(self, keys: Iterable[str]) -> None:
        """Flag the fields a document is waiting for, so the user sees where to type."""
        needed = set(keys)
        for key, label in self.field_labels.items():
            font = label.font()
            font.setBold(key in needed)
            label.setFont(font)
            label.setToolTip(self.tr("The document you are preparing needs this.") if key in needed else "")
        for key in OFFICE_KEYS:
            if key in needed:
                self.edits[key].setFocus()
                break

    def validate(self) -> dict[str, str]:
        problems = validate_office(self.values())
        for key, label in self.error_labels.items():
            label.setText(f"⚠ {problems[key]}" if key in problems else "")
            label.setVisible(key in problems)
        return problems

    def _edited(self) -> None:
        self.validate()
        emit(self.changed)


def save_office_values(settings: Settings, values: Mapping[str, str]) -> None:
    """Write the office fields that changed (the Settings dialog and this one both save through here)."""
    for key, value in values.items():
        if str(settings.get(key)) != value:
            settings.set(key, value)


class OfficeSettingsDialog(QDialog):
    """Tools ▸ Office details… and the button in the generate dialog both open this."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 needed: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office details for petitions"))
        self.settings = settings
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These details print on every petition and letter: the attorney block, the "
                               "letterhead and the signature. The command line uses the same settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = OfficeSettingsForm(settings.office(), self)
        layout.addWidget(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._update_save)
        self.form.mark_needed(needed)
        self._update_save()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    @property
    def save_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _update_save(self) -> None:
        self.save_button.setEnabled(not self.form.validate())

    def accept(self) -> None:
        if self.form.validate():
            return
        try:
            save_office_values(self.settings, self.form.values())
        except (SettingsError, OSError) as exc:
            self.error.setText(self.tr("⚠ The settings could not be saved: {reason}").format(reason=exc))
            self.error.show()
            return
        super().accept()


def edit_office_settings(parent: QWidget | None, settings: Settings, *, needed: Iterable[str] = ()) -> bool:
    """Open the editor through the dialog wrapper; True when the user saved."""
    from ui.dialogs import dialogs

    dialog = OfficeSettingsDialog(settings, parent, needed=needed)
    try:
        return dialogs.exec(dialog) == QDialog.DialogCode.Accepted.value
    finally:
        dialog.deleteLater()
