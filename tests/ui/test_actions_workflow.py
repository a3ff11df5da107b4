"""Working on the actions of a plan as a user does: add from the catalogue (button, drag), reorder, undo, redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from action_planner.ui import mime
from action_planner.ui.action_columns import NUMBER, TITLE
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.rows import ID_ROLE

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf


def _plan_titles(window: MainWindow) -> list[str]:
    plan_id = window.navigator.plan_id
    assert plan_id is not None
    return [a.title for a in window.document.services.actions.list(plan_id)]


def _table_titles(window: MainWindow) -> list[str]:
    proxy = window.actions_panel.proxy
    return [proxy.index(row, TITLE).data() for row in range(proxy.rowCount())]


def test_demo_opens_on_the_first_plan(window: MainWindow) -> None:
    assert window.windowTitle().startswith("demo.actionplan")
    assert not window.isWindowModified()
    assert window.navigator.model.rowCount() == 6
    assert _table_titles(window) == _plan_titles(window)
    title = window.action_editor.details.fields["title"].widget
    assert isinstance(title, QLineEdit)
    assert title.text() == _plan_titles(window)[0]
    assert "3,255,013.03 EUR" in window.totals.total.text()


def test_add_from_catalogue_with_the_button_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    before = _plan_titles(window)
    qtbot.keyClicks(window.catalogue.search, "credit insurance")
    qtbot.waitUntil(lambda: window.catalogue.model.rowCount() == 1)
    assert "credit insurance" in window.catalogue.details.toPlainText().lower()
    qtbot.mouseClick(window.catalogue.add_button, Qt.MouseButton.LeftButton)
    # the window opens on the Emilia-Romagna plan, written in Italian: the action takes its Italian title
    assert _plan_titles(window) == [*before, "Assicurazione del credito all'esportazione"]
    assert _table_titles(window) == _plan_titles(window)
    assert window.action_editor.view is not None
    assert window.action_editor.view.title == "Assicurazione del credito all'esportazione"
    assert not window.isWindowModified()  # stored as it was made: nothing waits for a Save
    assert "*" not in window.windowTitle()
    assert window.saved_label.text() == "All changes saved"
    assert window.menus.undo.text() == "&Undo Add action from catalogue"

    table = window.actions_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _plan_titles(window) == before
    assert _table_titles(window) == before
    assert not window.isWindowModified()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _table_titles(window) == [*before, "Assicurazione del credito all'esportazione"]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _plan_titles(window) == [*before, "Assicurazione del credito all'esportazione"]


def _drop(qtbot: QtBot, window: MainWindow, intervention_id: int, row: int) -> None:
    table = window.actions_panel.table
    rect = table.visualRect(window.actions_panel.proxy.index(row, TITLE))
    point = QPoint(rect.center().x(), rect.top() + 1)  # just inside the top edge: "insert above this row"
    data = mime.encode(mime.INTERVENTION_MIME, [intervention_id])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = table.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, data, buttons, modifiers))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, data, buttons, modifiers))
    drop = QDropEvent(point.toPointF(), actions, data, buttons, modifiers)
    drop.setDropAction(Qt.DropAction.CopyAction)
    QApplication.sendEvent(viewport, drop)


def test_drag_an_intervention_onto_the_table(qtbot: QtBot, window: MainWindow) -> None:
    before = _plan_titles(window)
    item = window.document.services.catalogue.interventions("peer learning")[0]
    _drop(qtbot, window, item.id, 2)
    italian = "Gruppi di apprendimento tra pari per imprenditori di PMI"  # the plan's language
    assert _plan_titles(window) == [*before[:2], italian, *before[2:]]
    assert _table_titles(window) == _plan_titles(window)
    assert window.actions_panel.action_id == window.document.services.actions.list(window.navigator.plan_id or 0)[2].id
    window.menus.undo.trigger()
    assert _plan_titles(window) == before


def test_catalogue_rows_drag_as_interventions(window: MainWindow) -> None:
    model = window.catalogue.model
    data = model.mimeData([model.index(3, 0)])
    assert data.formats() == [mime.INTERVENTION_MIME]
    assert mime.decode(data, mime.INTERVENTION_MIME) == [model.item(3).id]
    assert window.actions_panel.table.acceptDrops()


def test_reorder_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    before = _plan_titles(window)
    table = window.actions_panel.table
    table.setFocus()
    assert window.actions_panel.action_id is not None
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _plan_titles(window) == [before[1], before[2], before[0], *before[3:]]
    assert table.currentIndex().data() is not None
    assert table.currentIndex().siblingAtColumn(TITLE).data() == before[0]  # the selection follows the action
    assert table.currentIndex().siblingAtColumn(NUMBER).data() == "3"
    assert window.menus.undo.text() == "&Undo Move action"
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _plan_titles(window) == [before[1], before[0], *before[2:]]
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _plan_titles(window) == before
    assert _table_titles(window) == before


def test_drag_a_row_to_reorder(window: MainWindow) -> None:
    before = _plan_titles(window)
    model = window.actions_panel.model
    data = model.mimeData([model.index(0, TITLE)])
    window.actions_panel.proxy.dropMimeData(
        data, Qt.DropAction.MoveAction, 3, 0, window.actions_panel.proxy.index(-1, -1)
    )
    assert _plan_titles(window) == [before[1], before[2], before[0], *before[3:]]


def test_a_drag_in_a_sorted_table_moves_nothing_and_says_how_to_reorder(window: MainWindow) -> None:
    before = _plan_titles(window)
    panel = window.actions_panel
    panel.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    data = panel.model.mimeData([panel.model.index(0, TITLE)])
    panel.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, panel.proxy.index(-1, -1))
    assert _plan_titles(window) == before
    assert "sort by No." in window.statusBar().currentMessage()


def test_sorting_and_filtering_the_table(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.actions_panel
    panel.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert _table_titles(window) == sorted(_plan_titles(window), key=str.casefold)
    assert not panel.proxy.in_plan_order()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter.hasFocus()
    qtbot.keyClicks(panel.filter, "digital")
    assert _table_titles(window) == ["Programma per l'export digitale / e-commerce"]  # "digitale" in Italian
    assert panel.table.currentIndex().data(ID_ROLE) is not None or panel.proxy.rowCount() == 1


def test_duplicate_and_delete_an_action(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    from action_planner.ui.dialogs import ConfirmDialog

    before = _plan_titles(window)
    table = window.actions_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _plan_titles(window) == [before[0], before[0] + " (copy)", *before[1:]]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    dialog = dialog_of(window.actions_panel, ConfirmDialog)
    assert "(copy)" in dialog.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert _plan_titles(window) == before
