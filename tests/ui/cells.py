"""Typing into a table cell the way a person does: select it, F2, Ctrl+A over the old text, type, Return."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot


def type_into_cell(qtbot: QtBot, table: Any, row: int, column: int, text: str) -> str:
    """Type ``text`` over the cell at ``row``, ``column`` and commit it; returns what the editor showed first."""
    table.window().activateWindow()  # offscreen, closing a dialog does not hand activation back by itself
    qtbot.waitUntil(table.window().isActiveWindow)
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    shown = editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the delegate commits on the next event loop turn
    return shown
