"""Keyboard paths through the window: F2 or Enter edits a row, Enter adds from the catalogue, Down goes from a
search field into its list, read-only tables are one Tab stop, F10 reaches the menu bar, and Help ▸ Keyboard
Shortcuts lists the window's actual keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from action_planner.ui.main_window import MainWindow
from action_planner.ui.shortcuts_page import Entry, ShortcutsDialog

Ctrl = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _titles(window: MainWindow) -> list[str]:
    return [a.title for a in window.document.services.actions.list(window.navigator.plan_id or 0)]


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return])
def test_f2_or_enter_on_a_row_edits_its_title(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    table = window.actions_panel.table
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the second action
    second = window.actions_panel.action_id
    qtbot.keyClick(table, key)
    title = window.action_editor.details.fields["title"].widget
    assert isinstance(title, QLineEdit)
    qtbot.waitUntil(title.hasFocus)
    assert title.selectedText() == title.text() != ""
    qtbot.keyClicks(title, "Missions to Shanghai")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.document.services.actions.get(second or 0).title == "Missions to Shanghai"


def test_search_down_then_enter_adds_the_intervention(qtbot: QtBot, window: MainWindow) -> None:
    before = _titles(window)
    search = window.catalogue.search
    _focus(qtbot, search)
    qtbot.keyClicks(search, "credit insurance")
    qtbot.waitUntil(lambda: window.catalogue.model.rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.catalogue.list
    assert window.catalogue.list.currentIndex().isValid()
    qtbot.keyClick(window.catalogue.list, Qt.Key.Key_Return)
    assert _titles(window) == [*before, "Assicurazione del credito all'esportazione"]  # the Italian plan's language


def test_down_from_the_actions_filter_reaches_the_table(qtbot: QtBot, window: MainWindow) -> None:
    _focus(qtbot, window.actions_panel.filter)
    qtbot.keyClick(window.actions_panel.filter, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.actions_panel.table


def test_a_read_only_totals_table_is_one_tab_stop(qtbot: QtBot, window: MainWindow) -> None:
    table = window.totals.tables[0]
    assert window.totals.models[next(iter(window.totals.models))].rowCount() > 1
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_the_actions_table_is_one_tab_stop(qtbot: QtBot, window: MainWindow) -> None:
    table = window.actions_panel.table
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_f10_opens_the_first_menu(qtbot: QtBot, window: MainWindow) -> None:
    table = window.actions_panel.table
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F10)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    assert popup.objectName() == "FileMenu"
    qtbot.keyClick(popup, Qt.Key.Key_Right)  # arrows walk the menu bar
    qtbot.waitUntil(lambda: getattr(QApplication.activePopupWidget(), "objectName", str)() == "EditMenu")
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)


def _open_shortcuts(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    _focus(qtbot, window.actions_panel.table)
    qtbot.keyClick(window.actions_panel.table, Qt.Key.Key_F1)
    found = [w for w in window.findChildren(ShortcutsDialog) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_the_shortcuts_page_lists_the_actual_keys(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_shortcuts(qtbot, window)
    entries = set(dialog.entries)
    quit_keys = window.menus.quit.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert Entry("File", "Quit", quit_keys) in entries
    assert Entry("Action", "Edit Action", "F2, Return, Enter") in entries
    assert Entry("Help", "Go to the Menu Bar", "F10") in entries
    listed = {e.command for e in dialog.entries}
    keyed = {
        a.text().replace("&", "").rstrip(".…") for a in window.actions() if not a.shortcut().isEmpty() and a.text()
    }
    assert keyed <= listed
    text = dialog.page.toPlainText()
    assert "Ctrl+Shift+N" in text
    assert "New Action" in text
    dialog.close()


def test_a_key_added_later_shows_on_the_page(qtbot: QtBot, window: MainWindow) -> None:
    extra = QAction("Tidy the Plan", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+T"))
    window.addAction(extra)
    dialog = _open_shortcuts(qtbot, window)
    assert Entry("Panels", "Tidy the Plan", "Ctrl+Alt+T") in dialog.entries
    dialog.close()


def test_the_focus_is_ringed_in_the_highlight_colour_on_every_panel(qtbot: QtBot, window: MainWindow) -> None:
    ring = window.focus_ring
    panels = [
        window.navigator.tree,
        window.actions_panel.filter,
        window.actions_panel.table,
        window.catalogue.search,
        window.catalogue.list,
        window.totals.tables[0],
        window.action_editor.details.fields["title"].widget,
    ]
    highlight = ring.palette().color(QPalette.ColorRole.Highlight)
    for panel in panels:
        _focus(qtbot, panel)
        qtbot.waitUntil(lambda panel=panel: ring.target is panel and ring.isVisible())  # type: ignore[misc]
        around = QRect(panel.mapTo(window, QPoint(0, 0)), panel.size())
        assert ring.geometry() == around, panel
        shot = window.grab().toImage()
        left_edge = ring.geometry().topLeft() + QPoint(0, ring.height() // 2)
        assert shot.pixelColor(left_edge) == highlight, f"no ring drawn around {panel.accessibleName()}"
    dialog = ShortcutsDialog(window)  # another window: the main window's ring steps aside
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: getattr(QApplication.focusWidget(), "window", lambda: None)() is dialog)
    qtbot.waitUntil(lambda: not ring.isVisible())
    dialog.close()
