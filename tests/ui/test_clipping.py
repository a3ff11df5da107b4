"""No text cut off, in any shipped language: the main window at 1366×768 (every dock, every tab page) and every
dialog the menus open, as each shows itself. A label, button or check box given less width than its text needs
is clipped; a word-wrapped label wraps instead, and elided cells of tables are not labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QGroupBox,
    QLabel,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings
from action_planner.ui.welcome import WelcomeWindow
from tests.ui.keyboard_audit import tab_pages
from tests.ui.test_keyboard_collisions import OPENERS, _open

pytestmark = pytest.mark.usefixtures("each_language")


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and not widget.visibleRegion().isEmpty()


def clipped(window: QWidget) -> list[str]:
    """Each visible text widget narrower than the text it shows, named with the width it has and needs."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # texts set since the last layout pass
    found = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            needed = widget.minimumSizeHint().width()
            text = widget.text()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            needed, text = widget.sizeHint().width(), widget.text()
        elif isinstance(widget, QGroupBox):
            needed, text = widget.minimumSizeHint().width(), widget.title()
        else:
            continue
        if text and needed > widget.width():
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} px of {needed}")
    return found


def _every_page(window: QWidget) -> list[str]:
    problems = [f"{window.windowTitle()}: {p}" for p in clipped(window)]
    for page in tab_pages(window):
        problems += [f"{window.windowTitle()} ({page}): {p}" for p in clipped(window)]
    return list(dict.fromkeys(problems))


def test_the_main_window_shows_every_text_whole_at_laptop_size(window: MainWindow) -> None:
    assert (window.width(), window.height()) == (1366, 768)
    problems = _every_page(window)
    for dock in window.findChildren(QDockWidget):  # each dock the View menu can show, beside the others
        shown = dock.isVisible()
        dock.show()
        problems += [f"{dock.windowTitle()} shown: {p}" for p in clipped(window)]
        dock.setVisible(shown)
    assert list(dict.fromkeys(problems)) == []


def test_the_welcome_window_shows_every_text_whole(qtbot: QtBot) -> None:
    welcome = WelcomeWindow(AppSettings())
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    assert _every_page(welcome) == []


def test_every_dialog_shows_every_text_whole(qtbot: QtBot, window: MainWindow) -> None:
    """Each dialog the menus open, in turn on one window (building it is most of the work), every page of each;
    the problems of all of them are reported together."""
    problems = {}
    for name, opener in OPENERS.items():
        dialog = _open(qtbot, lambda: opener(window))  # noqa: B023 (called here, inside this iteration)
        qtbot.waitExposed(dialog)
        try:
            problems[name] = _every_page(dialog)
        finally:
            dialog.close()
    assert {name: found for name, found in problems.items() if found} == {}


def test_tab_titles_are_never_elided(window: MainWindow) -> None:
    """Tab bars elide a title that does not fit: every tab of the window fits as written."""
    for bar in window.findChildren(QTabBar):
        if not bar.isVisibleTo(window):
            continue
        for index in range(bar.count()):
            assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(
                bar.tabText(index).replace("&", "")
            ), bar.tabText(index)
