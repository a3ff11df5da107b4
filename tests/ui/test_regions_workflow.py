"""Regions and plans in the navigator: add through the picker, add and rename plans, delete after confirming."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from action_planner.model.errors import NotFoundError
from action_planner.ui.dialogs import ConfirmDialog, TextPromptDialog
from action_planner.ui.main_window import MainWindow
from action_planner.ui.region_picker import RegionPickerDialog

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _select_region(qtbot: QtBot, window: MainWindow, code: str) -> int:
    region = next(r for r in window.document.services.regions.list() if r.code == code)
    tree = window.navigator.tree
    tree.setFocus()
    tree.setCurrentIndex(window.navigator.model.region_index(region.id))
    return region.id


def test_delete_a_region_after_confirming_then_undo(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    services = window.document.services
    region_id = _select_region(qtbot, window, "SE31")
    plan_ids = [p.id for p in services.plans.list(region_id)]
    assert window.navigator.plan_id == plan_ids[0]  # a region shows its first plan
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Delete)
    dialog = dialog_of(window.navigator, ConfirmDialog)
    assert "Norra Mellansverige (SE31)" in dialog.text()
    assert "1 plan" in dialog.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    assert [r.code for r in services.regions.list()] == ["ITH5", "ES52", "PL41", "PL22", "UKE4"]
    assert window.navigator.model.rowCount() == 5
    assert window.navigator.plan_id is None
    assert window.actions_panel.model.rowCount() == 0
    with pytest.raises(NotFoundError):
        services.plans.get(plan_ids[0])
    assert window.menus.undo.text() == "&Undo Delete region"

    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Z, Ctrl)
    assert window.navigator.model.rowCount() == 6
    assert [p.id for p in services.plans.list(region_id)] == plan_ids
    assert len(services.actions.list(plan_ids[0])) == 6


def test_cancelling_the_confirmation_keeps_the_region(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    _select_region(qtbot, window, "UKE4")
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Delete)
    dialog = dialog_of(window.navigator, ConfirmDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(window.document.services.regions.list()) == 6
    assert window.document.undo_stack.count() == 0


def test_add_a_region_through_the_picker_then_a_plan(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    qtbot.keyClick(window, Qt.Key.Key_R, Ctrl | Shift)
    picker = dialog_of(window.navigator, RegionPickerDialog)
    qtbot.keyClicks(picker.search, "west york")
    qtbot.mouseClick(picker.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert "already in this workspace" in picker.error.text()  # the demo has it
    assert picker.isVisible()
    picker.search.clear()
    qtbot.keyClicks(picker.search, "south york")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    added = window.document.services.regions.list()[-1]
    assert (added.code, added.name) == ("UKE3", "South Yorkshire")
    assert window.navigator.current() == added

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Ctrl | Shift)
    prompt = dialog_of(window.navigator, TextPromptDialog)
    assert prompt.edit.text() == "Action plan for South Yorkshire"
    qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not prompt.isVisible())
    plan = window.document.services.plans.list(added.id)[0]
    assert plan.currency == "GBP"
    assert window.navigator.plan_id == plan.id
    assert window.actions_panel.model.plan_id == plan.id
    window.menus.undo.trigger()
    assert window.document.services.plans.list(added.id) == []
    window.menus.undo.trigger()
    assert window.navigator.model.rowCount() == 6


def test_rename_and_delete_a_plan(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    services = window.document.services
    plan_id = window.navigator.plan_id
    assert plan_id is not None
    window.navigator.select_plan(plan_id)
    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_F2)
    prompt = dialog_of(window.navigator, TextPromptDialog)
    prompt.edit.clear()
    qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)
    assert prompt.isVisible()
    assert "cannot be empty" in prompt.error.text()
    qtbot.keyClicks(prompt.edit, "Going global")
    qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert services.plans.get(plan_id).title == "Going global"
    assert window.navigator.tree.currentIndex().data() == "Going global"
    assert window.menus.undo.text() == "&Undo Rename plan"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Delete)
    dialog = dialog_of(window.navigator, ConfirmDialog)
    assert "Going global" in dialog.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotFoundError):
        services.plans.get(plan_id)
    window.menus.undo.trigger()
    window.menus.undo.trigger()
    assert services.plans.get(plan_id).title != "Going global"
    assert len(services.actions.list(plan_id)) == 7
