"""Mnemonics and shortcuts: no letter taken twice among what is visible, no key bound twice, Alt+letter never
writes into the workspace; checked on the main window, every tab page and every dialog the menus open, in
every language the window ships (each test runs once per language, the translation compiled from its .ts)."""

from __future__ import annotations

import string
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from action_planner.ui.dialogs import FilePrompts, TextPromptDialog
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings
from action_planner.ui.welcome import WelcomeWindow
from action_planner.ui.widgets.inputs import CommitTextEdit
from tests.model.test_properties import fingerprint
from tests.ui.keyboard_audit import audit, mnemonic

pytestmark = pytest.mark.usefixtures("each_language")


def _show_docks(window: MainWindow) -> None:
    for dock in window.findChildren(QDockWidget):
        dock.show()


def test_the_main_window_has_no_collision_on_any_page(window: MainWindow) -> None:
    _show_docks(window)  # all at once: the most that can be visible together
    assert audit(window) == []


def test_the_welcome_window_has_no_collision(qtbot: QtBot) -> None:
    welcome = WelcomeWindow(AppSettings())
    qtbot.addWidget(welcome)
    welcome.show()
    assert audit(welcome) == []


def _shown_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def _open(qtbot: QtBot, trigger: Callable[[], object]) -> QWidget:
    before = _shown_windows()
    trigger()
    qtbot.waitUntil(lambda: bool(_shown_windows() - before))
    (opened,) = _shown_windows() - before
    return opened


def _on_kpis(window: MainWindow, button: Callable[[MainWindow], QPushButton]) -> None:
    window.action_editor.setCurrentWidget(window.action_editor.kpis)
    button(window).click()


OPENERS: dict[str, Callable[[MainWindow], object]] = {
    "add region": lambda w: w.navigator.add_region_action.trigger(),
    "add plan": lambda w: w.navigator.add_plan_action.trigger(),
    "rename": lambda w: w.navigator.rename_action.trigger(),
    "delete plan": lambda w: w.navigator.delete_action.trigger(),
    "exchange rates": lambda w: w.menus.rates.trigger(),
    "indicator library": lambda w: w.menus.indicators.trigger(),
    "funding sources": lambda w: w.menus.funding_sources.trigger(),
    "new action": lambda w: w.actions_panel.add_action.trigger(),
    "delete action": lambda w: w.actions_panel.delete_action.trigger(),
    "new intervention": lambda w: w.catalogue.new_button.click(),
    "edit intervention": lambda w: w.catalogue.edit_button.click(),
    "add kpi": lambda w: _on_kpis(w, lambda w: w.action_editor.kpis.add_button),
    "record value": lambda w: _on_kpis(w, lambda w: w.action_editor.kpis.record_button),
    "record decision": lambda w: w.workshop.decide_action.trigger(),
    "workshop mode": lambda w: w.workshop.present_action.trigger(),
    "about": lambda w: w.menus.about.trigger(),
}


def test_every_dialog_has_no_collision(qtbot: QtBot, window: MainWindow) -> None:
    """Each dialog the menus open, in turn on one window (building it is most of the work); the collisions of all
    of them are reported together."""
    collisions = {}
    for name, opener in OPENERS.items():
        dialog = _open(qtbot, lambda: opener(window))  # noqa: B023 (called here, inside this iteration)
        try:
            collisions[name] = audit(dialog)
        finally:
            dialog.close()
    assert {name: found for name, found in collisions.items() if found} == {}


def test_the_indicator_editor_has_no_collision(qtbot: QtBot, window: MainWindow) -> None:
    picker = _open(qtbot, window.menus.indicators.trigger)
    editor = _open(qtbot, picker.new_button.click)  # type: ignore[attr-defined]
    assert audit(editor) == []
    editor.close()
    picker.close()


def test_a_running_workshop_asks_without_collision(qtbot: QtBot, window: MainWindow) -> None:
    window.workshop.start_action.trigger()
    dialog = _open(qtbot, window.workshop.start_action.trigger)  # asks: continue or start new
    assert audit(dialog) == []
    dialog.close()


# -- real key presses ----------------------------------------------------------------------


def _menu_bar_letters(window: MainWindow) -> dict[str, QMenu]:
    menus = {}
    for action in window.menuBar().actions():
        letter, menu = mnemonic(action.text()), action.menu()
        if letter and isinstance(menu, QMenu):
            menus[letter] = menu
    return menus


def test_alt_and_the_file_menus_letter_opens_it_from_a_text_field(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+F in English, Alt+A (Archivo) in Spanish, Alt+P (Plik) in Polish: the letter the menu shows."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    letter = mnemonic(file_menu.title())
    assert letter is not None
    assert _menu_bar_letters(window)[letter] is file_menu
    description = window.action_editor.details.fields["description"].widget
    description.setFocus()
    qtbot.waitUntil(description.hasFocus)
    qtbot.keyClick(description, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(file_menu.isVisible)
    assert QApplication.activePopupWidget() is file_menu
    qtbot.keyClick(file_menu, Qt.Key.Key_Escape)


def _alt_letter_then_escape(qtbot: QtBot, window: MainWindow, description: CommitTextEdit, letter: str) -> None:
    description.setFocus()
    qtbot.waitUntil(description.hasFocus)
    qtbot.keyClick(description, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
    menu = _menu_bar_letters(window).get(letter)
    if menu is not None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not menu.isVisible())
    popup = QApplication.activePopupWidget()
    if popup is not None:  # the menu bar keeps the letter's menu title highlighted: a second Escape leaves it
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    focused = QApplication.focusWidget()
    assert focused is not None, f"Alt+{letter} left no widget focused"
    qtbot.keyClick(focused, Qt.Key.Key_Tab)  # leaving the field commits whatever it holds


def test_alt_letter_then_escape_leaves_the_workspace_unchanged(qtbot: QtBot, window: MainWindow) -> None:
    """From the action's text (where stray keys once landed), each letter in turn: a menu opens, or a field takes
    focus, or nothing; after each one the text, the workspace and the undo history are as they were (one window
    for the 26 letters: building it is most of the test's work)."""
    _show_docks(window)
    services = window.document.services
    before, steps = fingerprint(services), window.document.undo_stack.count()
    description = window.action_editor.details.fields["description"].widget
    assert isinstance(description, CommitTextEdit)
    text = description.toPlainText()
    for letter in string.ascii_uppercase:
        _alt_letter_then_escape(qtbot, window, description, letter)
        assert description.toPlainText() == text, f"Alt+{letter} changed the action's text"
        assert fingerprint(services) == before, f"Alt+{letter} changed the workspace"
        assert window.document.undo_stack.count() == steps, f"Alt+{letter} recorded an undo step"


def test_every_action_with_a_key_is_one_binding(window: MainWindow) -> None:
    """An action listing one key twice makes Qt refuse the key (Ctrl+Q, Ctrl+Shift+S once did nothing)."""
    for action in window.findChildren(QAction):
        keys = [k.toString() for k in action.shortcuts()]
        assert len(keys) == len(set(keys)), (action.text(), keys)


def test_quit_and_save_as_keys_reach_their_commands(qtbot: QtBot, window: MainWindow) -> None:
    table = window.actions_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    with qtbot.waitSignal(window.quit_requested):
        qtbot.keyClick(table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    asked: list[str] = []

    def ask(*_args: object) -> None:
        asked.append("save as")  # and answer "cancel"

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(FilePrompts, "save_path", ask)
        qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["save as"]


def test_dialog_opened_by_a_key_keeps_focus(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Shift+N (new action) opens its prompt with the title field focused, ready to type."""
    table = window.actions_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    before = _shown_windows()
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(_shown_windows() - before))
    (prompt,) = _shown_windows() - before
    assert isinstance(prompt, TextPromptDialog)
    qtbot.waitUntil(prompt.edit.hasFocus)
    prompt.reject()
