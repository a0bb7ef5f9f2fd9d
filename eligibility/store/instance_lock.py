"""One Second Look at a time per store: an OS file lock held beside the store while it is open.

SQLite itself lets two programs open the same file, and two windows editing the same people would each
overwrite the other's work without knowing it. The lock is an advisory OS lock on ``<store>.lock``: the
operating system drops it when the process ends, so a crash or a SIGKILL never leaves a stale lock behind
(which is why the lock file itself is never deleted: deleting it would let two processes lock two
different files of the same name). The file holds nothing personal, only the holder's process id, so
the message can say which program to close.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Self

from eligibility.store.connection import friendly_error
from eligibility.store.errors import StoreLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


def lock_path_for(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


class InstanceLock:
    """An exclusive, non-blocking lock on one store; ``release`` (or the end of the process) frees it."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = Path(store_path)
        self.path = lock_path_for(self.store_path)
        self._fd: int | None = None

    @classmethod
    def acquire(cls, store_path: Path) -> InstanceLock:
        lock = cls(store_path)
        lock._acquire()
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise friendly_error(exc, self.path) from exc
        try:
            _lock_fd(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            if holder == str(os.getpid()):
                raise StoreLocked(f"The store {self.store_path} is already open in this Second Look window.") \
                    from None
            who = f" (process {holder})" if holder else ""
            raise StoreLocked(
                f"The store {self.store_path} is already open in another Second Look window or program{who}. "
                "Close it there first, or switch to that window."
            ) from None
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            pass  # the pid only improves the message; the lock is what matters
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock_fd(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        self._acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:
        # A forgotten lock is released when its owner is collected rather than at process exit.
        with contextlib.suppress(OSError):  # never raise from a finaliser
            self.release()


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    def _lock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    def _lock_fd(fd: int) -> None:
        # flock (not lockf): its locks belong to the open file, so a second open in the same process is
        # refused too, and they are never silently dropped when another descriptor of the file closes.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
