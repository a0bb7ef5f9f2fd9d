"""Lock the window after N idle minutes, and at once on the lock shortcut.

Idle time is measured on the WALL clock (a replaceable ``clock``), not only on a monotonic one: on Linux
and macOS the monotonic clock stops while the laptop sleeps, so a lid closed for an hour would otherwise
count as seconds and the app would wake up unlocked. The monotonic clock is consulted as well, and the
larger of the two wins, so setting the system clock back cannot postpone the lock either.

Qt timers do not fire during sleep; the first tick after waking (and the application becoming active
again) checks the clocks and locks if the time is up, before anyone can read the screen for long.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ui.qt_compat import emit

MIN_MINUTES, MAX_MINUTES = 1, 30
DEFAULT_CHECK_MS = 5000

# Input that proves someone is at the keyboard. Paint, timer and focus events are not: they happen on
# their own, and counting them would keep an unattended window unlocked.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})


class Lockable(Protocol):
    def lock(self) -> None: ...


class IdleLockController(QObject):
    """Calls ``window.lock()`` after ``minutes`` without input, or on ``shortcut`` (default Ctrl+L).

    Call ``unlocked()`` when the window is unlocked again: idle time restarts from then. ``stop()`` removes
    the event filter and the timer (the controller also stops when ``window`` is destroyed).
    """

    locked = Signal()

    def __init__(self, window: Lockable, minutes: int, *, clock: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic, check_interval_ms: int = DEFAULT_CHECK_MS,
                 shortcut: str | None = "Ctrl+L") -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self._window = window
        self._clock = clock
        self._monotonic = monotonic
        self._seconds = self._validated(minutes) * 60
        self._is_locked = False
        self._last_wall = clock()
        self._last_mono = monotonic()
        self._app = QCoreApplication.instance()
        if self._app is None:
            raise RuntimeError("IdleLockController needs a running QApplication")
        self._app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        if isinstance(self._app, QGuiApplication):
            self._app.applicationStateChanged.connect(self._state_changed)
        self.shortcut: QShortcut | None = None
        if shortcut and isinstance(window, QWidget):
            self.shortcut = QShortcut(QKeySequence(shortcut), window)
            self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            self.shortcut.activated.connect(self.lock_now)

    @staticmethod
    def _validated(minutes: int) -> int:
        if not isinstance(minutes, int) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
            raise ValueError(f"the idle lock takes {MIN_MINUTES} to {MAX_MINUTES} minutes, not {minutes!r}")
        return minutes

    # ---- state -----------------------------------------------------------------------------------
    @property
    def minutes(self) -> int:
        return self._seconds // 60

    def set_minutes(self, minutes: int) -> None:
        """Apply a changed ``security.lock_minutes`` setting at once."""
        self._seconds = self._validated(minutes) * 60
        self.check()

    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def idle_seconds(self) -> float:
        return max(self._clock() - self._last_wall, self._monotonic() - self._last_mono, 0.0)

    def record_activity(self) -> None:
        self._last_wall = self._clock()
        self._last_mono = self._monotonic()

    # ---- locking ---------------------------------------------------------------------------------
    def check(self) -> None:
        if not self._is_locked and self.idle_seconds() >= self._seconds:
            self.lock_now()

    def lock_now(self) -> None:
        if self._is_locked:
            return
        self._is_locked = True
        self._window.lock()
        emit(self.locked)

    def unlocked(self) -> None:
        self._is_locked = False
        self.record_activity()

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
        if self.shortcut is not None:
            self.shortcut.setEnabled(False)

    # ---- Qt plumbing -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event in the app: keep it to one set lookup and, for input, two clock reads.
        if event.type() in _ACTIVITY and not self._is_locked:
            if self.idle_seconds() >= self._seconds:
                # The first touch after a sleep that outlasted the limit locks; it must not reset the clock.
                self.lock_now()
            else:
                self.record_activity()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # waking up: the time asleep counts before the new activity does
