"""A working session from start to finish: edits through the window, close, reopen, and every change is there."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from action_planner.ui.controller import AppController
from action_planner.ui.dialogs import ConfirmDialog
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.lines import AMOUNT, TARGET
from action_planner.ui.settings import AppSettings
from action_planner.ui.widgets.indicator_picker import IndicatorPickerDialog
from tests.ui.cells import type_into_cell

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_close_reopen_and_find_every_change(qtbot: QtBot, demo_path: Path, dialog_of: DialogOf) -> None:
    controller = AppController(AppSettings())
    controller.start(demo_path)
    window = controller.window
    assert isinstance(window, MainWindow)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plan_id = window.navigator.plan_id
    assert plan_id is not None

    # 1. an action from the catalogue, then its budget and a KPI
    qtbot.keyClicks(window.catalogue.search, "trade adviser")
    qtbot.waitUntil(lambda: window.catalogue.model.rowCount() == 1)
    qtbot.mouseClick(window.catalogue.add_button, Qt.MouseButton.LeftButton)
    action_id = window.actions_panel.action_id
    assert action_id is not None
    window.action_editor.setCurrentWidget(window.action_editor.budget)
    type_into_cell(qtbot, window.action_editor.budget.table, 0, AMOUNT, "80000")
    window.action_editor.setCurrentWidget(window.action_editor.kpis)
    qtbot.mouseClick(window.action_editor.kpis.add_button, Qt.MouseButton.LeftButton)
    picker = dialog_of(window.action_editor.kpis, IndicatorPickerDialog)
    qtbot.keyClicks(picker.search, "RCR98")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    kpi_row = window.action_editor.kpis.model.rowCount() - 1
    type_into_cell(qtbot, window.action_editor.kpis.table, kpi_row, TARGET, "120")

    # 2. moved to the top by keyboard
    table = window.actions_panel.table
    table.setFocus()
    for _ in range(7):
        qtbot.keyClick(table, Qt.Key.Key_Up, Ctrl | Qt.KeyboardModifier.ShiftModifier)

    # 3. a region deleted after confirming, and an edit undone
    west_yorkshire = next(r for r in window.document.services.regions.list() if r.code == "UKE4")
    window.navigator.tree.setFocus()
    window.navigator.tree.setCurrentIndex(window.navigator.model.region_index(west_yorkshire.id))
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog_of(window.navigator, ConfirmDialog).confirm_button, Qt.MouseButton.LeftButton)
    window.document.services.plans.update(plan_id, signatory="Someone")  # then undone below: must not persist
    window.menus.undo.trigger()  # undoes the region deletion
    window.menus.redo.trigger()  # and redoes it
    assert window.saved_label.text() == "All changes saved"

    window.menus.close.trigger()
    assert controller.window is None
    assert controller.welcome is not None

    # reopen from the recent list
    controller.welcome.recent.activated.emit(controller.welcome.recent_model.index(0, 0))
    reopened = controller.window
    assert isinstance(reopened, MainWindow)
    assert reopened is not window
    assert not reopened.isWindowModified()
    services = reopened.document.services
    assert [r.code for r in services.regions.list()] == ["ITH5", "ES52", "SE31", "PL41", "PL22"]
    actions = services.actions.list(plan_id)
    assert actions[0].id == action_id
    assert actions[0].title == "Consulente per il commercio internazionale (assistenza individuale)"  # in Italian
    assert actions[0].budget_lines[0].amount == Decimal("80000.00")
    assert (actions[0].kpis[-1].code, actions[0].kpis[-1].target) == ("RCR98", Decimal(120))
    assert (
        reopened.actions_panel.proxy.index(0, 1).data()
        == "Consulente per il commercio internazionale (assistenza individuale)"
    )
    assert services.plans.get(plan_id).signatory == "Someone"  # made outside the undo stack: stays
    reopened.close()
