"""File ▸ Restore from backup…: choose one of the store's backups, newest first, with its date and kind."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eligibility.store.backup import BackupInfo
from eligibility.store.crypto import is_encrypted


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def _reason_text(reason: str) -> str:
    labels = {
        "daily": _tr("daily backup"),
        "manual": _tr("made by hand"),
        "pre-migration": _tr("before an upgrade"),
        "before-restore": _tr("the store as it was before a restore"),
    }
    return labels.get(reason, reason)


def backup_label(info: BackupInfo) -> str:
    """One line per backup: local date and time, why it was made, and whether it is encrypted."""
    when = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    try:
        protected = _tr("encrypted") if is_encrypted(info.path) else _tr("NOT encrypted")
    except OSError:
        protected = _tr("unreadable")
    return f"{when} · {_reason_text(info.reason)} · {protected}"


class RestoreDialog(QDialog):
    """After ``Accepted``, ``chosen`` is the selected backup. The list comes newest first, as given."""

    def __init__(self, backups: Sequence[BackupInfo], *, store_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setModal(True)
        self._backups = list(backups)
        intro = QLabel(self.tr(
            "Choose the backup of {name} to restore. The store as it is now is kept as a backup of its own "
            "(“before a restore”), so this can be undone by restoring that one. Changes made after the "
            "chosen backup are not in it.").format(name=store_name))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for info in self._backups:
            item = QListWidgetItem(backup_label(info))
            item.setToolTip(str(info.path))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if self._backups:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.restore_button.setEnabled(bool(self._backups))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    @property
    def chosen(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def choose(self, row: int) -> None:
        """Select the ``row``-th backup (0 = newest), as a click would (tests and pre-answered dialogs)."""
        self.list.setCurrentRow(row)
