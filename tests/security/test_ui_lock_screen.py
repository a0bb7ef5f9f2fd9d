"""The lock screen covers the whole window and asks for the passphrase again."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from eligibility.store import Store
from eligibility.store.crypto import open_store
from tests.security.factory import MARKER_SURNAME, PASSPHRASE
from ui.security import LockScreen


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    win.addToolBar(QToolBar("tools"))
    win.menuBar().addMenu("&File")
    win.setCentralWidget(QLabel(f"Case of {MARKER_SURNAME}"))
    win.resize(800, 600)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_it_covers_everything_including_menus_and_toolbars(window, qtbot):
    screen = LockScreen(window, store_name="cases.slstore")
    screen.cover()
    assert screen.isVisible() and screen.geometry() == window.rect()
    for child in (window.menuBar(), window.centralWidget(), window.findChild(QToolBar)):
        assert screen.geometry().contains(child.geometry())
    # nothing behind it can be seen through it, or hold the focus
    assert screen.autoFillBackground()
    assert window.focusWidget() is screen.form.field
    assert "cases.slstore" in screen.message.text()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: screen.geometry() == window.rect())
    late = QToolBar("added while locked")
    window.addToolBar(late)
    late.show()
    widgets = [c for c in window.children() if isinstance(c, QWidget)]
    assert widgets.index(screen) > widgets.index(late), "a toolbar added while locked must stay under the cover"


def test_the_covered_window_is_painted_without_its_data(window, qtbot):
    screen = LockScreen(window)
    screen.cover()
    qtbot.wait(10)
    label = window.centralWidget()
    assert screen.visibleRegion().boundingRect().size() == window.rect().size()
    assert label.visibleRegion().isEmpty()  # Qt knows the label is fully hidden behind the cover


def test_a_wrong_passphrase_is_shown_and_the_right_one_unlocks(window, qtbot, enc_path):
    screen = LockScreen(window, attempt=lambda p: open_store(enc_path, passphrase=p))
    screen.cover()
    screen.form.field.setText("wrong passphrase here")
    screen.form.button.click()
    assert screen.isVisible() and "does not open" in screen.form.error_text()
    screen.form.field.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked) as blocker:
        screen.form.button.click()
    store = blocker.args[0]
    assert isinstance(store, Store) and store.count_people() == 1
    assert not screen.isVisible() and screen.form.field.text() == ""
    store.close()


def test_without_an_attempt_the_passphrase_goes_to_the_caller(window, qtbot):
    screen = LockScreen(window)
    screen.cover()
    screen.form.field.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.unlock_requested) as blocker:
        screen.form.field.returnPressed.emit()
    assert blocker.args == [PASSPHRASE]
    screen.show_error("That passphrase does not open cases.slstore.")
    assert screen.form.error_text() and screen.form.field.text() == ""
    screen.dismiss()
    assert not screen.isVisible()
