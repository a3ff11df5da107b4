"""Funding sources as the planner manages them, with real key presses: the Plan menu's Funding Sources…
dialog, the budget table's choice of source, and the Word export naming a source of the planner's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from action_planner.ui.dialogs import FilePrompts
from action_planner.ui.export_runner import ExportDoneDialog
from action_planner.ui.funding_dialog import FundingSourcesDialog
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.lines import SOURCE

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
UKSPF = "UK Shared Prosperity Fund"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def open_dialog(qtbot: QtBot, window: MainWindow) -> FundingSourcesDialog:
    """Plan ▸ Funding Sources… by the menu's mnemonics (Alt+P, then F)."""
    window.actions_panel.table.setFocus()
    press(qtbot, Qt.Key.Key_P, Alt)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: window.funding_dialog is not None and window.funding_dialog.isVisible())
    dialog = window.funding_dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()  # offscreen, a closed dialog does not hand activation back by itself
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)


def shown(dialog: FundingSourcesDialog) -> list[str]:
    return [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]


def current_action(window: MainWindow) -> Any:
    assert window.actions_panel.action_id is not None
    return window.document.services.actions.get(window.actions_panel.action_id)


def add_source(qtbot: QtBot, window: MainWindow) -> FundingSourcesDialog:
    dialog = open_dialog(qtbot, window)
    assert shown(dialog) == ["ERDF / Interreg", "National", "Regional", "Municipal", "Private", "Other"]
    press(qtbot, Qt.Key.Key_N, Alt)  # &Name:
    qtbot.waitUntil(lambda: focused() is dialog.name)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, UKSPF)
    press(qtbot, Qt.Key.Key_Return)  # Add is the default button
    qtbot.waitUntil(lambda: shown(dialog)[-1:] == [UKSPF])
    return dialog


def test_a_source_of_ones_own_is_added_picked_on_a_line_and_named_in_the_word_export(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    services = window.document.services
    dialog = add_source(qtbot, window)
    assert [s.name for s in services.funding_sources.list()][-1] == UKSPF
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to(qtbot, window)
    # the budget table offers it: Alt+B to the Budget tab, the first line's source, F2, pick it, Return
    press(qtbot, Qt.Key.Key_B, Alt)
    budget = window.action_editor.budget
    qtbot.waitUntil(lambda: window.action_editor.currentWidget() is budget)
    budget.table.setFocus()
    budget.table.setCurrentIndex(budget.model.index(0, 0))
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert budget.table.currentIndex().column() == SOURCE
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(focused(), QComboBox))
    combo = focused()
    assert isinstance(combo, QComboBox)
    assert combo.itemText(combo.count() - 1) == UKSPF
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current_action(window).budget_lines[0].funding_source == "uk_shared_prosperity_fund")
    assert budget.model.index(0, SOURCE).data() == UKSPF
    # the Word export names it: File ▸ Export ▸ Current Plan as Word, by their mnemonics
    output = tmp_path / "plan.docx"
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: output))
    press(qtbot, Qt.Key.Key_F, Alt)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    file_menu = QApplication.activePopupWidget()
    qtbot.keyClick(file_menu, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() not in (None, file_menu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_W)
    qtbot.waitUntil(output.exists, timeout=60_000)
    qtbot.waitUntil(lambda: isinstance(window.findChild(ExportDoneDialog), ExportDoneDialog))
    cells = [c.text for t in docx.Document(str(output)).tables for r in t.rows for c in r.cells]
    assert UKSPF in cells
    assert cells.count(UKSPF) >= 2  # the action's costs and its funding by source


def test_the_list_model_passes_qt_s_model_checks(qtmodeltester: Any, qtbot: QtBot, window: MainWindow) -> None:
    dialog = add_source(qtbot, window)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(6, 0).data(Qt.ItemDataRole.ToolTipRole) == "Added here"


def test_a_source_in_use_is_not_removed_and_no_undo_step_is_recorded(qtbot: QtBot, window: MainWindow) -> None:
    services = window.document.services
    line = current_action(window).budget_lines[0]
    dialog = open_dialog(qtbot, window)
    stack = window.document.undo_stack
    steps = stack.count()
    used = dialog.model.row_of_code(line.funding_source)
    dialog.list.setFocus()
    dialog.list.setCurrentIndex(dialog.model.index(used, 0))
    name = dialog.model.index(used, 0).data()
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith(f"“{name}” is the funding source of ")
    assert dialog.error.text().endswith(" budget lines; give them another source first.")  # English plural
    assert stack.count() == steps
    assert line.funding_source in [s.code for s in services.funding_sources.list()]
    assert shown(dialog)[used] == name


def test_adding_renaming_and_moving_are_undone_with_ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    services = window.document.services
    dialog = add_source(qtbot, window)
    steps = window.document.undo_stack.count()
    # Move Up (Alt+U) twice, then rename it (Alt+N, type, Alt+R); a button's mnemonic clicks it a moment later
    press(qtbot, Qt.Key.Key_U, Alt)
    qtbot.waitUntil(lambda: shown(dialog)[5] == UKSPF)
    press(qtbot, Qt.Key.Key_U, Alt)
    qtbot.waitUntil(lambda: shown(dialog)[4] == UKSPF)
    press(qtbot, Qt.Key.Key_N, Alt)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "UKSPF")
    press(qtbot, Qt.Key.Key_R, Alt)
    qtbot.waitUntil(lambda: shown(dialog)[4] == "UKSPF")
    assert window.document.undo_stack.count() == steps + 3
    dialog.list.setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z, Ctrl)
    qtbot.waitUntil(lambda: shown(dialog)[-1] == UKSPF)
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # and the add itself
    qtbot.waitUntil(lambda: UKSPF not in shown(dialog))
    assert [s.name for s in services.funding_sources.list()] == [
        "ERDF / Interreg",
        "National",
        "Regional",
        "Municipal",
        "Private",
        "Other",
    ]
