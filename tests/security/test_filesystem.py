"""File permissions, a read-only folder and a full disk: clear errors, and the store never damaged."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eligibility.store import StoreError
from eligibility.store.backup import backup_store, list_backups
from eligibility.store.crypto import create_store, open_store
from tests.security.factory import PASSPHRASE, people

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _can_mount() -> bool:
    return IS_ROOT and sys.platform.startswith("linux") and shutil.which("mount") is not None


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs: a disk that really fills up (and can be remounted read-only)."""
    if not _can_mount():
        pytest.skip("needs root on Linux to mount a small tmpfs")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M,mode=0700", "tmpfs", str(mount_point)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"tmpfs mount refused here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _remount(mount_point: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount_point)], check=True)


def test_every_file_the_store_creates_is_owner_only(tmp_path):
    old = os.umask(0o000)  # the worst umask: nothing may rely on it
    try:
        store = create_store(tmp_path / "cases.slstore", passphrase=PASSPHRASE)
        store.import_people(people(100))
        backup = backup_store(store, keep=2)
        files = {p.relative_to(tmp_path).as_posix(): _mode(p) for p in tmp_path.rglob("*")}
        store.close()
    finally:
        os.umask(old)
    assert {"cases.slstore", "cases.slstore-wal", "cases.slstore-shm", "cases.slstore.lock",
            f"backups/{backup.name}", "backups"} <= set(files)
    assert files.pop("backups") == 0o700
    assert set(files.values()) == {0o600}, files


def test_the_log_file_is_owner_only(tmp_path):
    pytest.importorskip("PySide6")
    from ui.errors import configure_logging

    old = os.umask(0o000)
    try:
        path = configure_logging()  # the app logs through eligibility.logs, in the per-user data folder
        logging.getLogger("secondlook.test").error("a line with no personal data")
        assert path.exists() and _mode(path) == 0o600
    finally:
        os.umask(old)


def test_creating_a_store_in_a_read_only_folder_is_refused_clearly(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    if IS_ROOT:
        if not _can_mount():
            pytest.skip("root ignores folder permissions and cannot mount here")
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M,ro", "tmpfs", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="read-only"):
            create_store(folder / "cases.slstore", passphrase=PASSPHRASE)
        assert list(folder.iterdir()) == []
    finally:
        if IS_ROOT:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def test_opening_a_store_on_a_read_only_disk_is_refused_clearly_and_harms_nothing(tiny_disk):
    path = tiny_disk / "cases.slstore"
    store = create_store(path, passphrase=PASSPHRASE)
    store.import_people(people(200))
    store.close()
    before = path.read_bytes()
    _remount(tiny_disk, "ro")
    try:
        with pytest.raises(StoreError, match="read-only"):
            open_store(path, passphrase=PASSPHRASE)
    finally:
        _remount(tiny_disk, "rw")
    assert path.read_bytes() == before
    with open_store(path, passphrase=PASSPHRASE) as again:
        assert again.count_people() == 200


def test_a_full_disk_during_an_import_keeps_the_store_whole(tiny_disk):
    path = tiny_disk / "cases.slstore"
    store = create_store(path, passphrase=PASSPHRASE)
    store.import_people(people(100, prefix="A"))
    with pytest.raises(StoreError, match="is full"):
        store.import_people(people(20_000, prefix="B"))
    store.close()
    with open_store(path, passphrase=PASSPHRASE) as again:  # integrity checked on open
        assert again.count_people() == 100
        assert again.verify_audit() == []


def test_a_backup_to_a_full_disk_fails_clearly_and_leaves_no_partial_file(tiny_disk, tmp_path):
    store = create_store(tmp_path / "cases.slstore", passphrase=PASSPHRASE)
    store.import_people(people(8000))
    with pytest.raises(StoreError, match="is full"):
        backup_store(store, tiny_disk / "backups", keep=3)
    assert list((tiny_disk / "backups").iterdir()) == []
    assert list_backups(store.path, tiny_disk / "backups") == []
    assert store.integrity_check() == []
    store.close()


def test_creating_a_store_on_a_full_disk_fails_clearly_and_leaves_nothing(tiny_disk):
    filler = tiny_disk / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    with pytest.raises(StoreError, match="is full"):
        create_store(tiny_disk / "cases.slstore", passphrase=PASSPHRASE)
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]
