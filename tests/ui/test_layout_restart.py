"""The window's layout survives a restart: the docks come back as wide as the user left them, and the centre
(actions, plan details) keeps a usable width whatever layout was saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from action_planner import app as app_module
from action_planner.ui.controller import AppController
from action_planner.ui.document import Document
from action_planner.ui.main_window import CENTRE_SHARE, MainWindow


@pytest.fixture(autouse=True)
def controllers(qapp: QApplication) -> Iterator[None]:
    """Each start leaves its controller to the application; they are closed and dropped after the test."""
    yield
    for made in qapp.findChildren(AppController):
        if made.window is not None and isValid(made.window):
            made.window.close()
        made.setParent(None)
        made.deleteLater()


def _start(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path) -> MainWindow:
    """``action-planner PATH`` as a user starts it (the glance painted first, then the panels), fully loaded."""
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run(path) == 0
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(shown) == 1
    window = shown[0]
    qtbot.waitUntil(lambda: window.attached, timeout=20000)
    qtbot.waitUntil(window.navigator_dock.isVisible)
    return window


def _widths(window: MainWindow) -> tuple[int, int, int]:
    return window.navigator_dock.width(), window.pages.width(), window.catalogue_dock.width()


def _plan_details_fit(qtbot: QtBot, window: MainWindow) -> None:
    """Plan details shows its fields whole: no horizontal scroll bar, the title field wider than a few letters."""
    window.show_page(1)
    editor = window.plan_editor
    qtbot.waitUntil(editor.isVisible)
    assert not editor.horizontalScrollBar().isVisible()
    title = editor.part1.fields["title"].widget
    assert title.width() >= 20 * title.fontMetrics().averageCharWidth()


def test_the_second_start_shows_the_docks_as_the_user_left_them(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_path: Path
) -> None:
    first = _start(qtbot, monkeypatch, demo_path)
    _navigator, centre, catalogue = _widths(first)
    assert centre >= first.width() * CENTRE_SHARE
    first.resizeDocks([first.catalogue_dock], [catalogue + 60], Qt.Orientation.Horizontal)  # the user widens it
    qtbot.waitUntil(lambda: first.catalogue_dock.width() == catalogue + 60)
    left, size = _widths(first), first.size()
    first.close()

    for _restart in range(2):  # the second start, and the one after it
        again = _start(qtbot, monkeypatch, demo_path)

        def as_left(window: MainWindow = again) -> bool:
            return _widths(window) == left

        qtbot.waitUntil(as_left)
        assert again.size() == size  # the whole screen's height, as it was left
        _plan_details_fit(qtbot, again)
        again.close()


def test_docks_saved_wider_than_the_screen_allows_leave_the_centre_usable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_path: Path
) -> None:
    first = _start(qtbot, monkeypatch, demo_path)
    first.setGeometry(QRect(0, 0, 2400, 1300))  # a large monitor, docks dragged wide
    first.resizeDocks([first.navigator_dock, first.catalogue_dock], [900, 900], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: first.navigator_dock.width() == 900)
    first.close()

    again = _start(qtbot, monkeypatch, demo_path)  # on the 1366×768 laptop
    screen = QApplication.primaryScreen()
    assert screen is not None
    assert again.width() <= screen.availableGeometry().width()
    qtbot.waitUntil(lambda: again.pages.width() >= round(again.width() * CENTRE_SHARE))
    assert again.navigator_dock.width() > again.catalogue_dock.minimumSizeHint().width()  # narrowed, not hidden
    _plan_details_fit(qtbot, again)


def test_a_workspace_opened_later_also_keeps_the_centre_usable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_path: Path
) -> None:
    first = _start(qtbot, monkeypatch, demo_path)
    first.resizeDocks([first.navigator_dock, first.catalogue_dock], [560, 560], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: first.pages.width() < round(first.width() * CENTRE_SHARE))
    first.close()

    document = Document.open(demo_path)
    again = MainWindow(document, first.settings)  # File ▸ Open: the panels are built before the window shows
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.pages.width() >= round(again.width() * CENTRE_SHARE))
    _plan_details_fit(qtbot, again)
    again.close()
    document.close()


def test_a_dock_the_user_closed_stays_closed_on_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_path: Path
) -> None:
    first = _start(qtbot, monkeypatch, demo_path)
    first.catalogue_dock.close()  # its title bar's close button
    first.close()

    again = _start(qtbot, monkeypatch, demo_path)
    qtbot.waitUntil(lambda: not again.catalogue_dock.isVisible())
    qtbot.waitUntil(lambda: again.pages.width() > again.width() // 2)  # the centre takes the room it left
    assert again.navigator_dock.isVisible()
    again.menus.reset_layout.trigger()
    assert again.catalogue_dock.isVisible()
