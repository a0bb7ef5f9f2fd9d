"""Tools ▸ Settings: office details used by petitions, the staff name for the audit trail, preferences."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eligibility.settings import SPECS, Settings, SettingsError

_TEXT_KEYS = ("office.organisation", "office.attorney_name", "office.bar_number", "office.phone", "office.email",
              "staff.name")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        labels = {
            "office.organisation": self.tr("&Organisation"), "office.attorney_name": self.tr("&Attorney"),
            "office.bar_number": self.tr("&Bar number"), "office.phone": self.tr("&Telephone"),
            "office.email": self.tr("&E-mail"), "staff.name": self.tr("&Your name (audit trail)"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for key in _TEXT_KEYS:
            edit = QLineEdit(str(settings.get(key)))
            edit.setAccessibleName(labels[key].replace("&", ""))
            edit.setToolTip(SPECS[key].help)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.address = QPlainTextEdit(str(settings.get("office.address")))
        self.address.setAccessibleName(self.tr("Office address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        form.addRow(self.tr("Add&ress"), self.address)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 30)
        self.lock_minutes.setValue(int(settings.get("security.lock_minutes")))
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        form.addRow(self.tr("&Lock when idle for"), self.lock_minutes)
        self.leap = QComboBox()
        self.leap.setAccessibleName(self.tr("29 February convention"))
        self.leap.addItem(self.tr("1 March (default; never claims a date early)"), "march_1")
        self.leap.addItem(self.tr("28 February"), "feb_28")
        self.leap.setCurrentIndex(max(0, self.leap.findData(settings.get("dates.leap_day"))))
        form.addRow(self.tr("29 February &falls on"), self.leap)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            for key, edit in self.edits.items():
                self.settings.set(key, edit.text())
            self.settings.set("office.address", self.address.toPlainText().replace("\n", "\\n"))
            self.settings.set("security.lock_minutes", str(self.lock_minutes.value()))
            self.settings.set("dates.leap_day", str(self.leap.currentData()))
        except (SettingsError, OSError) as exc:
            self.error.setText(f"⚠ {exc}")
            return
        super().accept()
