"""A truthful saved state: every edit is stored as it is made, so the title has no "*" and the status bar
says "All changes saved" after each commit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
from action_planner.ui.main_window import MainWindow


def test_a_typed_edit_is_stored_and_said_saved_with_no_mark_in_the_title(qtbot: QtBot, window: MainWindow) -> None:
    assert window.saved_label.text() == ""  # nothing committed by this window yet
    title = window.action_editor.details.fields["title"].widget
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Export managers for first exporters")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.saved_label.text() == "All changes saved"
    assert window.windowTitle() == "demo.actionplan — Action Planner"
    assert not window.isWindowModified()
    with Workspace.open(window.document.path, read_only=True) as other:  # on disk, as another program sees it
        titles = [a.title for a in Services(other).actions.list(window.navigator.plan_id or 0)]
    assert "Export managers for first exporters" in titles


def test_a_refused_edit_does_not_say_saved(qtbot: QtBot, window: MainWindow) -> None:
    title = window.action_editor.details.fields["title"].widget
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.action_editor.details.error("title") == "This cannot be empty."
    assert window.saved_label.text() == ""
