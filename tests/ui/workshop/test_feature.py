"""``install_workshop`` on a bare window and on the app's main window: menus, F5, the board dock, screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from action_planner.model.enums import Decision
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.workshop import install_workshop
from action_planner.ui.workshop.decisions import DecisionDialog
from action_planner.ui.workshop.feature import find_menu
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.screen_picker import ScreenPickerDialog, default_screen


def _menu_titles(window: QMainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_install_on_a_bare_window_adds_view_entries_a_menu_and_a_dock(
    qtbot: QtBot, document: Document, plan_id: int
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = window.menuBar().addMenu("&View")
    window.menuBar().addMenu("&Help")
    feature = install_workshop(window, document, lambda: plan_id)
    assert view.actions()[-2:] == [feature.present_action, feature.board_toggle]
    assert feature.present_action.shortcut() == QKeySequence("F5")
    assert _menu_titles(window) == ["&View", "&Workshop", "&Help"]
    assert find_menu(window, "WorkshopMenu", "") is feature.menu
    assert window.findChild(type(feature.board_dock), "WorkshopBoardDock") is feature.board_dock
    assert feature.board.model.plan_id == plan_id
    assert feature.end_action.isEnabled() is False
    assert feature.start_action.text() == "&Start Workshop…"
    assert not feature.state.isVisible()
    window.show()
    feature.start_action.trigger()
    assert feature.end_action.isEnabled()
    assert feature.board.status.text().startswith("Workshop running since")
    assert "Workshop started" in window.statusBar().currentMessage()
    assert feature.state.isVisible()  # in sight while it runs
    assert feature.state.text().startswith("Workshop running since")
    assert feature.start_action.text() == "Start &Over…"  # asks first: continue, or start anew
    feature.end_action.trigger()
    assert not feature.end_action.isEnabled()
    assert not feature.state.isVisible()
    assert window.statusBar().currentMessage() == "Workshop ended."
    assert feature.start_action.text() == "&Start Workshop…"


def test_install_creates_a_view_menu_when_the_window_has_none(qtbot: QtBot, document: Document) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    feature = install_workshop(window, document, lambda: None)
    assert isinstance(find_menu(window, "ViewMenu", ""), QMenu)
    assert not feature.present_action.isEnabled()  # no plan selected
    feature.present()
    assert feature.presentation is None


def test_in_the_main_window_f5_presents_the_selected_plan_and_esc_leaves(
    qtbot: QtBot, window: MainWindow, document: Document, plan_id: int, dialog_of: Callable[..., Any]
) -> None:
    feature = window.workshop  # the main window installs the workshop feature itself
    window.navigator.select_plan(plan_id)
    assert feature.board.model.plan_id == plan_id
    assert _menu_titles(window)[-2:] == ["&Workshop", "&Help"]
    view_menu = find_menu(window, "ViewMenu", "&View")
    assert view_menu is not None
    assert feature.present_action in view_menu.actions()
    assert feature.board_toggle in view_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = feature.presentation
    assert isinstance(shown, PresentationWindow)
    qtbot.waitExposed(shown)
    assert shown.plan_id == plan_id
    assert shown.isWindow()
    assert shown.isVisible()
    assert shown.isFullScreen()  # one screen: full screen on it
    qtbot.keyClick(shown, Qt.Key.Key_F11)  # a window (to check notes beside it)
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    screen = shown.screen()
    assert screen is not None
    assert screen.availableGeometry().contains(shown.frameGeometry())
    qtbot.keyClick(shown, Qt.Key.Key_F11)
    qtbot.waitUntil(shown.isFullScreen)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # Escape: out of full screen first
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    assert shown.isVisible()
    with qtbot.waitSignal(shown.closed):
        qtbot.keyClick(shown, Qt.Key.Key_Escape)  # then out of the presentation
    assert feature.presentation is None
    # the decision menu entry acts on the action selected in the window
    action = document.services.actions.list(plan_id)[1]
    window.actions_panel.select_action(action.id)
    feature.decide_action.trigger()
    dialog: DecisionDialog = dialog_of(window, DecisionDialog)
    dialog.choices[Decision.REVISIT].setChecked(True)
    dialog.record_button.click()
    assert document.services.actions.get(action.id).decision is Decision.REVISIT
    # closing the window takes the presentation with it
    feature.show_presentation(None)
    assert feature.presentation is not None
    window.close()
    assert feature.presentation is None


def test_the_board_dock_follows_the_plan(qtbot: QtBot, window: MainWindow, document: Document, plan_id: int) -> None:
    feature = window.workshop
    window.navigator.select_plan(plan_id)
    feature.board_toggle.trigger()
    assert feature.board_dock.isVisible()
    assert len(feature.board.scene.cards) == 7


class _FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_the_second_screen_is_the_default() -> None:
    laptop, projector = _FakeScreen("eDP-1"), _FakeScreen("HDMI-1")
    assert default_screen([laptop, projector], laptop) == 1
    assert default_screen([projector, laptop], laptop) == 0
    assert default_screen([laptop], laptop) == 0


def test_screen_picker_hands_back_the_choice(qtbot: QtBot) -> None:
    screens = QGuiApplication.screens()
    chosen: list[QScreen | None] = []
    dialog = ScreenPickerDialog.ask(None, screens, QGuiApplication.primaryScreen(), chosen.append)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(screens)
    assert dialog.chosen() is screens[0]
    dialog.windowed.setChecked(True)
    dialog.present_button.click()
    assert chosen == [None]


def test_presenting_on_a_screen_fills_it_frameless(qtbot: QtBot, document: Document, plan_id: int) -> None:
    screen = QApplication.primaryScreen()
    shown = PresentationWindow(document, plan_id)
    qtbot.addWidget(shown)
    shown.present(screen)
    qtbot.waitExposed(shown)
    assert shown.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert shown.isFullScreen()
    assert shown.sizes.body == max(14, round(screen.geometry().height() / 38))
    shown.close()
