"""The idle lock: wall-clock idle time (so sleep counts), input resets it, Ctrl+L locks at once."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.security import IdleLockController


class Clock:
    """A replaceable clock: tests move time by hand."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.locks = 0
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)

    def lock(self) -> None:
        self.locks += 1


@pytest.fixture
def rig(qtbot):
    window = Window()
    qtbot.addWidget(window)
    wall, mono = Clock(), Clock(500.0)
    controller = IdleLockController(window, 10, clock=wall, monotonic=mono, check_interval_ms=10)
    yield window, controller, wall, mono
    controller.stop()


def _both(wall: Clock, mono: Clock, seconds: float) -> None:
    wall.advance(seconds)
    mono.advance(seconds)


def test_it_locks_once_the_idle_minutes_pass_and_not_before(rig, qtbot):
    window, controller, wall, mono = rig
    _both(wall, mono, 9 * 60 + 59)
    qtbot.wait(40)  # several timer ticks
    assert window.locks == 0 and not controller.is_locked
    _both(wall, mono, 1)
    with qtbot.waitSignal(controller.locked, timeout=1000):
        pass  # the timer, not the test, notices
    assert window.locks == 1 and controller.is_locked
    _both(wall, mono, 3600)
    qtbot.wait(40)
    assert window.locks == 1  # locking is not repeated while locked


def test_input_resets_the_idle_time(rig, qtbot):
    window, controller, wall, mono = rig
    window.show()
    _both(wall, mono, 8 * 60)
    QTest.keyClick(window.field, Qt.Key.Key_A)
    _both(wall, mono, 8 * 60)
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(3, 3), QPointF(3, 3), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.field, move)
    _both(wall, mono, 8 * 60)
    controller.check()
    assert window.locks == 0
    assert controller.idle_seconds() == pytest.approx(8 * 60)


def test_other_events_do_not_count_as_activity(rig, qtbot):
    window, controller, wall, mono = rig
    _both(wall, mono, 9 * 60)
    window.update()
    QApplication.sendEvent(window, QEvent(QEvent.Type.Paint))
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    _both(wall, mono, 60)
    controller.check()
    assert window.locks == 1


def test_time_asleep_counts_although_the_monotonic_clock_stopped(rig):
    window, controller, wall, _mono = rig
    wall.advance(45 * 60)  # the lid was closed: only the wall clock moved
    controller.check()
    assert window.locks == 1


def test_setting_the_clock_back_does_not_postpone_the_lock(rig):
    window, controller, wall, mono = rig
    wall.advance(-3 * 3600)
    mono.advance(10 * 60)
    controller.check()
    assert window.locks == 1


def test_the_first_input_after_a_long_sleep_locks_instead_of_resetting(rig, qtbot):
    window, _controller, wall, _mono = rig
    window.show()
    wall.advance(2 * 3600)
    QTest.keyClick(window.field, Qt.Key.Key_B)
    assert window.locks == 1


def test_ctrl_l_locks_at_once(rig, qtbot):
    window, controller, _wall, _mono = rig
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # shortcuts reach only the active window
    QTest.keyClick(window.field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locks == 1 and controller.is_locked


def test_after_unlocking_the_idle_time_starts_again(rig):
    window, controller, wall, mono = rig
    controller.lock_now()
    _both(wall, mono, 20 * 60)
    controller.unlocked()
    _both(wall, mono, 9 * 60)
    controller.check()
    assert window.locks == 1 and not controller.is_locked
    _both(wall, mono, 60)
    controller.check()
    assert window.locks == 2


def test_changing_the_setting_applies_at_once(rig):
    window, controller, wall, mono = rig
    _both(wall, mono, 4 * 60)
    controller.set_minutes(5)
    assert window.locks == 0 and controller.minutes == 5
    controller.set_minutes(3)
    assert window.locks == 1


@pytest.mark.parametrize("bad", [0, 31, -5, 10.5, "10"])
def test_minutes_outside_the_setting_range_are_refused(qtbot, bad):
    window = Window()
    qtbot.addWidget(window)
    with pytest.raises(ValueError):
        IdleLockController(window, bad)


def test_a_window_without_qt_can_be_locked_too(qtbot):
    class Plain:
        locks = 0

        def lock(self) -> None:
            self.locks += 1

    plain, wall = Plain(), Clock()
    controller = IdleLockController(plain, 1, clock=wall, monotonic=Clock(), shortcut="Ctrl+L")
    assert controller.shortcut is None  # nothing to attach a shortcut to
    wall.advance(60)
    controller.check()
    assert plain.locks == 1
    controller.stop()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(minutes=st.integers(1, 30),
       steps=st.lists(st.tuples(st.floats(0, 4000), st.floats(-4000, 4000), st.booleans()), max_size=12))
def test_it_locks_exactly_when_either_clock_shows_the_limit_passed(qtbot, minutes, steps):
    """Property: after any sequence of clock moves and inputs, locked ⇔ some check saw idle ≥ limit."""
    class Plain:
        locks = 0

        def lock(self) -> None:
            self.locks += 1

    plain, wall, mono = Plain(), Clock(), Clock()
    controller = IdleLockController(plain, minutes, clock=wall, monotonic=mono, check_interval_ms=3_600_000)
    target = QWidget()
    try:
        last_wall, last_mono, expected = wall.now, mono.now, False
        for mono_step, wall_step, typed in steps:
            mono.advance(mono_step)
            wall.advance(wall_step)
            over = max(wall.now - last_wall, mono.now - last_mono) >= minutes * 60
            if typed:  # a real key event, through the application's event filter
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                         Qt.KeyboardModifier.NoModifier, "a"))
                if not expected and not over:
                    last_wall, last_mono = wall.now, mono.now
            else:
                controller.check()
            expected = expected or over
            assert controller.is_locked == expected
        assert plain.locks == (1 if expected else 0)
    finally:
        controller.stop()
        target.deleteLater()
