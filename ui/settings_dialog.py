"""Tools ▸ Settings: the office details used by petitions, the staff name for the audit trail, preferences.

The office fields are the petitions package's ``OfficeSettingsForm``, the same editor as Tools ▸ Office
details…, so both check and save the details the same way.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eligibility.settings import SPECS, Settings, SettingsError
from ui.petitions.office_settings import OfficeSettingsForm, save_office_values


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        layout = QVBoxLayout(self)
        office_box = QGroupBox(self.tr("Office details for petitions"))
        office_layout = QVBoxLayout(office_box)
        self.office = OfficeSettingsForm(settings.office(), office_box)
        office_layout.addWidget(self.office)
        layout.addWidget(office_box)

        prefs = QGroupBox(self.tr("This computer"))
        form = QFormLayout(prefs)
        self.staff_name = QLineEdit(str(settings.get("staff.name")))
        self.staff_name.setAccessibleName(self.tr("Your name (audit trail)"))
        self.staff_name.setToolTip(SPECS["staff.name"].help)
        form.addRow(self.tr("&Your name (audit trail)"), self.staff_name)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 30)
        self.lock_minutes.setValue(int(settings.get("security.lock_minutes")))
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        form.addRow(self.tr("&Lock when idle for"), self.lock_minutes)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(int(settings.get("backup.keep")))
        self.backup_keep.setAccessibleName(self.tr("Daily backups to keep"))
        self.backup_keep.setToolTip(SPECS["backup.keep"].help)
        form.addRow(self.tr("Daily &backups to keep"), self.backup_keep)
        self.leap = QComboBox()
        self.leap.setAccessibleName(self.tr("29 February convention"))
        self.leap.addItem(self.tr("1 March (default; never claims a date early)"), "march_1")
        self.leap.addItem(self.tr("28 February"), "feb_28")
        self.leap.setCurrentIndex(max(0, self.leap.findData(settings.get("dates.leap_day"))))
        form.addRow(self.tr("29 February &falls on"), self.leap)
        layout.addWidget(prefs)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Settings problem"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.office.changed.connect(self._update_save)
        self._update_save()

    def _update_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.office.validate())

    def accept(self) -> None:
        if self.office.validate():
            return  # the form shows what is wrong beside each field
        try:
            save_office_values(self.settings, self.office.values())
            for key, text in (("staff.name", self.staff_name.text().strip()),
                              ("security.lock_minutes", str(self.lock_minutes.value())),
                              ("backup.keep", str(self.backup_keep.value())),
                              ("dates.leap_day", str(self.leap.currentData()))):
                if str(self.settings.get(key)) != text:
                    self.settings.set(key, text)
        except (SettingsError, OSError) as exc:
            self.error.setText(self.tr("⚠ The settings could not be saved: {reason}").format(reason=exc))
            return
        super().accept()
