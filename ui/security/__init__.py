"""Security pieces of the desktop app: unlock, idle lock, lock screen, passphrase choice, audit view.

Each piece stands alone (tests drive them without the main window). ``ui.main_window.MainWindow`` wires
them in as described below (File ▸ Restore from backup…, Encrypt this store…, Change passphrase…;
Tools ▸ Audit trail…; the integrity check and daily backup after every open, in ``_start_safety_checks``):

Opening a store
    ``MainWindow(store_opener=passphrase_store_opener(window, staff=...))`` (``unlock_dialog``): plain
    stores open at once; encrypted ones show ``UnlockDialog`` through ``ui.dialogs.dialogs.exec`` (so tests
    pre-answer it). A wrong passphrase is shown inline and the dialog stays open. The opener sets
    ``window.connect_factory`` (the SQLCipher connection factory) for background work. At start, the app
    opens the initial store with the same opener; ``open_with_passphrase(path, parent, staff=)`` is the
    underlying function, returning ``(store, connect_factory)`` or None on Cancel.
    After opening, call ``eligibility.store.backup.maybe_backup_on_open(store, now=datetime.now().astimezone(),
    keep=settings.get("backup.keep"))`` (daily backup). ``StoreCorrupt`` from opening names the newest backup:
    offer File > Restore with it. The open-time integrity check reads every page (about 0.8 s at 100,000
    people); to keep the UI thread free, open with ``check_integrity=False`` and run
    ``crypto.verify_integrity(path, connect=window.connect_factory)`` in ``run_in_background``.

New store, encrypting, changing the passphrase
    ``NewPassphraseDialog(allow_plain=True)`` for File > New (encrypted by default; the opt-out shows a
    warning), then ``crypto.create_store(path, passphrase=dialog.passphrase)`` (None = plain).
    ``NewPassphraseDialog()`` + ``crypto.encrypt_in_place(path, passphrase)`` (store closed) to encrypt a
    plain store. ``NewPassphraseDialog(ask_current=True)`` + ``crypto.rekey(store, dialog.current,
    dialog.passphrase)`` to change it: cancel background work first (its connections use the old key),
    then set ``window.connect_factory = crypto.connect_encrypted(dialog.passphrase)``.

Idle lock
    ``IdleLockController(window, settings.get("security.lock_minutes"), shortcut="Ctrl+L")`` once the window
    exists; it calls ``window.lock()`` after the idle minutes (wall clock, so sleep counts) or on the
    shortcut, and emits ``locked``. Call ``controller.unlocked()`` from the window's ``unlocked`` signal and
    ``controller.set_minutes(n)`` when the setting changes. NOTE: the main window currently binds Ctrl+L
    to "Go to the case list" and Ctrl+Shift+K to Lock; Qt fires neither on an ambiguous shortcut, so either
    move "Go to the case list" or pass ``shortcut=None`` and keep the window's own Lock action.
    ``window.lock()`` must close the store, clear the models and set ``connect_factory = None`` (it holds the
    passphrase); covering the screen is not enough.

Lock screen
    ``LockScreen(window, attempt=lambda p: crypto.open_store(path, passphrase=p, staff=...))``:
    ``cover()`` in ``lock()``; ``unlocked`` carries the reopened Store for ``window.unlock(store)``. The
    window may use its own stacked lock page instead; the overlay also covers menus, toolbars and docks.

Audit view
    ``AuditView(window, fetch=store.audit_entries, actions=store.audit_actions(),
    on_exported=lambda path, n: store.record_event("audit_exported", details={"file": path.name, "rows": n}))``
    and ``dialogs.exec(view)``. The CSV neutralises formula-like cells and is written owner-only.

File > Restore
    ``MainWindow.restore_from_backup`` does all of this with ``RestoreDialog`` (backups newest first). Close the store (``window.lock()`` or ``set_store(None)``), then ``backup.restore(backup_path, store_path,
    passphrase=...)`` (the backup's passphrase: the one the store had when it was made; ask with
    ``UnlockDialog``), then reopen. ``backup.list_backups(store_path)`` lists them newest first.
"""

from ui.security.audit_view import AuditTableModel, AuditView, write_audit_csv
from ui.security.idle_lock import IdleLockController
from ui.security.lock_screen import LockScreen
from ui.security.new_passphrase_dialog import NewPassphraseDialog
from ui.security.passphrase_form import PassphraseForm
from ui.security.restore_dialog import RestoreDialog
from ui.security.unlock_dialog import UnlockDialog, open_with_passphrase, passphrase_store_opener

__all__ = [
    "AuditTableModel",
    "AuditView",
    "IdleLockController",
    "LockScreen",
    "NewPassphraseDialog",
    "PassphraseForm",
    "RestoreDialog",
    "UnlockDialog",
    "open_with_passphrase",
    "passphrase_store_opener",
    "write_audit_csv",
]
