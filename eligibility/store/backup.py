"""Backups of a store: daily on open, before every migration, on request; rotation; restore.

A backup is a ``VACUUM INTO`` copy: one self-contained file, consistent even while the store is in use,
and encrypted with the store's own key when the store is encrypted (SQLCipher keys the copy like its
source), so a backup never holds anything the store itself would not show in the clear. Each is written
owner-only under a temporary name and renamed into place, so a crash or a full disk never leaves a
half-written file that looks like a backup.

Backups sit in a ``backups`` folder beside the store and are named
``<store stem>-<UTC time>-<reason>.slbackup``; only the "daily" ones are rotated (``backup.keep``):
pre-migration, manual and before-restore copies are kept until the user removes them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eligibility.store.connection import DATABASE_ERRORS, create_private_file, friendly_error
from eligibility.store.errors import PassphraseRequired, StoreCorrupt, StoreError, WrongPassphrase
from eligibility.store.instance_lock import InstanceLock

if TYPE_CHECKING:
    from sqlite_utils import Database

    from eligibility.store.store import Store

BACKUP_SUFFIX = ".slbackup"
DAILY = "daily"
MANUAL = "manual"
PRE_MIGRATION = "pre-migration"
BEFORE_RESTORE = "before-restore"
ROTATED_REASONS = frozenset({DAILY})

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME_TAIL = re.compile(r"^(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<reason>[a-z][a-z-]*)"
                        + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC, from the file name (file times change when a folder is copied)
    reason: str


def default_backup_dir(store_path: Path) -> Path:
    directory = Path(store_path).parent / "backups"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(directory, 0o700)
    except OSError as exc:
        raise friendly_error(exc, directory / "x") from exc
    return directory


def list_backups(store_path: Path, directory: Path | None = None) -> list[BackupInfo]:
    """The store's backups in ``directory`` (default: beside it), newest first."""
    store_path = Path(store_path)
    directory = directory if directory is not None else store_path.parent / "backups"
    prefix = store_path.stem + "-"
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(directory.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        match = _NAME_TAIL.match(entry.name[len(prefix):])
        if match is None:
            continue
        made = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append((made, int(match["n"] or 0), BackupInfo(entry, made, match["reason"])))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [info for _, _, info in found]


def latest_backup(store_path: Path, directory: Path | None = None) -> Path | None:
    backups = [b for b in list_backups(store_path, directory) if b.reason != BEFORE_RESTORE]
    return backups[0].path if backups else None


def _new_backup_path(store_path: Path, directory: Path, *, reason: str, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime(_STAMP)
    candidate = directory / f"{store_path.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    n = 1
    while candidate.exists():
        n += 1
        candidate = directory / f"{store_path.stem}-{stamp}-{n}-{reason}{BACKUP_SUFFIX}"
    return candidate


def _fsync_path(path: Path, *, directory: bool = False) -> None:
    if directory and os.name != "posix":
        return  # Windows cannot open a folder to flush it; NTFS journals the rename itself
    # A file must be opened for writing: Windows' _commit refuses a read-only descriptor.
    fd = os.open(path, os.O_RDONLY if directory else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _vacuum_into(conn: Any, dest: Path, *, source: Path) -> Path:
    """Copy the database behind ``conn`` to ``dest`` (which must not exist) safely; returns ``dest``."""
    if dest.exists():
        raise StoreError(f"{dest} already exists; choose another file name.")
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    # VACUUM INTO accepts an existing empty file; creating it first is what makes the copy owner-only.
    create_private_file(partial)
    try:
        conn.execute("VACUUM INTO ?", (str(partial),))
        _fsync_path(partial)
        os.replace(partial, dest)
        _fsync_path(dest.parent, directory=True)
    except DATABASE_ERRORS as exc:
        partial.unlink(missing_ok=True)
        raise friendly_error(exc, dest) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise friendly_error(exc, dest) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


def backup_to(store: Store, dest: Path | str, *, reason: str = MANUAL) -> Path:
    """Write one backup to exactly ``dest`` (``python main.py backup --out FILE``); never rotated."""
    dest = Path(dest)
    _vacuum_into(store._conn, dest, source=store.path)
    store.record_event("backup_created", details={"file": dest.name, "reason": reason,
                                                  "encrypted": store.encrypted})
    return dest


def backup_store(store: Store, dest_dir: Path | str | None = None, *, keep: int, reason: str = DAILY,
                 now: datetime | None = None) -> Path:
    """Back the store up into ``dest_dir`` (default: ``backups`` beside it) and rotate the daily ones.

    ``keep`` is the ``backup.keep`` setting: after the new file is safely in place, the oldest daily
    backups beyond that many are deleted.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    directory = Path(dest_dir) if dest_dir is not None else default_backup_dir(store.path)
    if dest_dir is not None:
        directory.mkdir(parents=True, exist_ok=True)
    when = now or datetime.now(UTC)
    dest = _new_backup_path(store.path, directory, reason=reason, now=when)
    backup_to(store, dest, reason=reason)
    if reason in ROTATED_REASONS:
        rotate_backups(store.path, directory, keep=keep, reason=reason)
    return dest


def rotate_backups(store_path: Path, directory: Path, *, keep: int, reason: str = DAILY) -> list[Path]:
    """Delete the oldest ``reason`` backups beyond ``keep``; returns what was deleted."""
    mine = [b for b in list_backups(store_path, directory) if b.reason == reason]
    removed: list[Path] = []
    for old in mine[keep:]:
        try:
            old.path.unlink()
        except FileNotFoundError:
            continue
        removed.append(old.path)
    return removed


def _keep_setting() -> int:
    from eligibility.settings import SPECS, Settings, SettingsError

    try:
        return int(Settings().get("backup.keep"))
    except SettingsError:  # an unreadable settings file must not stop the backup itself
        return int(SPECS["backup.keep"].default)


def maybe_backup_on_open(store: Store, *, now: datetime, keep: int | None = None,
                         dest_dir: Path | str | None = None) -> Path | None:
    """The daily backup: make one unless the store already has a backup from ``now``'s calendar day.

    ``now`` must carry a time zone; the day is the one in that zone (the user's, when the app passes
    ``datetime.now().astimezone()``), so the backup falls on the first open of each working day.
    ``keep`` defaults to the ``backup.keep`` setting.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if keep is None:
        keep = _keep_setting()
    if store.path == Path(":memory:"):
        return None
    directory = Path(dest_dir) if dest_dir is not None else store.path.parent / "backups"
    today = now.date()
    for existing in list_backups(store.path, directory):
        if existing.reason != BEFORE_RESTORE and existing.made_at.astimezone(now.tzinfo).date() >= today:
            return None
    return backup_store(store, directory if dest_dir is not None else None, keep=keep, reason=DAILY, now=now)


def backup_before_migration(db: Database, path: Path) -> Path:
    """Called by ``Store.open`` before it migrates an existing store: a way back if the migration is wrong."""
    directory = default_backup_dir(path)
    dest = _new_backup_path(path, directory, reason=PRE_MIGRATION, now=datetime.now(UTC))
    return _vacuum_into(db.conn, dest, source=path)


def restore(backup_path: Path | str, store_path: Path | str, *, passphrase: str | None,
            staff: str = "") -> Path | None:
    """Replace the store with a backup, keeping the current store as a "before-restore" backup.

    The store must be closed (StoreLocked otherwise). ``passphrase`` is the backup's: the one the store had
    when the backup was made. The backup is checked on a private copy first, so a damaged backup or a
    wrong passphrase leaves the store untouched. The restored store's audit trail records "restore".
    Returns where the replaced store was put (None when there was no store).
    """
    from eligibility.store.crypto import _open_unlocked, _remove_store_files

    backup_path, store_path = Path(backup_path), Path(store_path)
    if not backup_path.is_file():
        raise StoreError(f"There is no backup at {backup_path}.")
    with InstanceLock(store_path):
        temp = store_path.with_name(f"{store_path.stem}.restoring{store_path.suffix}")
        _remove_store_files(temp)
        try:
            _copy_private(backup_path, temp)
            wal = Path(str(backup_path) + "-wal")
            if wal.exists():  # a before-restore copy of a store that was not closed cleanly
                _copy_private(wal, Path(str(temp) + "-wal"))
            try:
                restored = _open_unlocked(temp, passphrase=passphrase, staff=staff)
            except StoreCorrupt:
                raise StoreCorrupt(f"The backup {backup_path.name} is damaged; choose another backup. "
                                   "The store was not changed.") from None
            except WrongPassphrase:
                raise WrongPassphrase(f"That passphrase does not open the backup {backup_path.name}. A backup "
                                      "keeps the passphrase the store had when it was made.") from None
            except PassphraseRequired:
                raise PassphraseRequired(f"The backup {backup_path.name} is encrypted. Enter the passphrase "
                                         "the store had when it was made.") from None
            try:
                restored.record_event("restore", details={"backup": backup_path.name})
            finally:
                restored.close()
            aside = None
            if store_path.exists():
                aside = _new_backup_path(store_path, default_backup_dir(store_path), reason=BEFORE_RESTORE,
                                         now=datetime.now(UTC))
                os.replace(store_path, aside)
                current_wal = Path(str(store_path) + "-wal")
                if current_wal.exists():
                    os.replace(current_wal, Path(str(aside) + "-wal"))
                Path(str(store_path) + "-shm").unlink(missing_ok=True)
            os.replace(temp, store_path)
            _fsync_path(store_path.parent, directory=True)
        except OSError as exc:
            raise friendly_error(exc, store_path) from exc
        finally:
            _remove_store_files(temp)
    return aside


def _copy_private(source: Path, dest: Path) -> None:
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
