"""RowsModel.replace: rows come and go with their own insert and remove signals, so selections survive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from action_planner.ui.commands.actions import AddAction, DeleteAction
from action_planner.ui.main_window import MainWindow
from action_planner.ui.models.rows import ID_ROLE, RowsModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class NamesModel(RowsModel[Row]):
    headers = ("Name",)

    def cell(self, item: Row, column: int, role: int) -> Any:
        return item.name if role == Qt.ItemDataRole.DisplayRole else None


def rows(*names: str) -> list[Row]:
    """Rows named a, b, c… with ids from their letters, so that "b" is always the same row."""
    return [Row(ord(name[0]), name) for name in names]


class Signals:
    """Counts what the model told its views."""

    def __init__(self, model: NamesModel) -> None:
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.resets = 0
        model.rowsInserted.connect(lambda _parent, first, last: self.inserted.append((first, last)))
        model.rowsRemoved.connect(lambda _parent, first, last: self.removed.append((first, last)))
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1


@pytest.fixture
def table(qtbot: QtBot, qtmodeltester: ModelTester) -> QTableView:
    """A table over a, c, e with c selected (and current); the model tester watches every change."""
    model = NamesModel()
    model.replace(rows("a", "c", "e"))
    qtmodeltester.check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().setCurrentIndex(
        model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    return view


def _model(view: QTableView) -> NamesModel:
    model = view.model()
    assert isinstance(model, NamesModel)
    return model


def _selected(view: QTableView) -> list[str]:
    return [str(index.data()) for index in view.selectionModel().selectedRows()]


def test_a_row_added_before_the_selected_one_keeps_the_selection(table: QTableView) -> None:
    model = _model(table)
    seen = Signals(model)
    model.replace(rows("a", "b", "c", "d", "e"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["a", "b", "c", "d", "e"]
    assert seen.inserted == [(1, 1), (3, 3)]
    assert seen.resets == 0
    assert _selected(table) == ["c"]
    assert table.currentIndex().data() == "c"


def test_a_row_removed_before_the_selected_one_keeps_the_selection(table: QTableView) -> None:
    model = _model(table)
    seen = Signals(model)
    model.replace(rows("c", "e"))
    assert seen.removed == [(0, 0)]
    assert seen.resets == 0
    assert _selected(table) == ["c"]
    assert table.currentIndex().data() == "c"


def test_rows_added_removed_moved_and_renamed_at_once(table: QTableView) -> None:
    model = _model(table)
    seen = Signals(model)
    model.replace([Row(ord("e"), "e"), Row(ord("c"), "c renamed"), Row(ord("z"), "z")])
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["e", "c renamed", "z"]
    assert seen.removed == [(0, 0)]
    assert seen.inserted == [(2, 2)]
    assert seen.resets == 0
    assert _selected(table) == ["c renamed"]


def test_the_selected_row_removed_leaves_nothing_selected(table: QTableView) -> None:
    model = _model(table)
    model.replace(rows("a", "e"))
    assert _selected(table) == []
    model.replace([])
    assert model.rowCount() == 0


def test_a_list_that_keeps_no_row_is_one_reset_laid_out_once(table: QTableView) -> None:
    """Another plan's rows: one reset, not a removal, an insertion and a refresh the view lays out each time."""
    model = _model(table)
    seen = Signals(model)
    refreshed: list[int] = []
    model.dataChanged.connect(lambda *_args: refreshed.append(1))
    model.replace(rows("b", "d"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["b", "d"]
    assert (seen.resets, seen.inserted, seen.removed, refreshed) == (1, [], [], [])
    assert _selected(table) == []


def test_in_the_window_the_selected_action_stays_selected_when_another_is_added_and_deleted(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.actions_panel
    plan_id = window.navigator.plan_id
    assert plan_id is not None
    model = panel.table.model()

    def shown() -> list[int]:
        return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]

    assert len(shown()) >= 2
    second = shown()[1]
    panel.select_action(second)
    assert panel.action_id == second
    services, stack = window.document.services, window.document.undo_stack
    added = stack.run(AddAction(services, plan_id, "Export club", "partnership", position=0))
    assert added.action_id is not None
    qtbot.waitUntil(lambda: added.action_id in shown())
    assert panel.action_id == second
    assert [i.data(ID_ROLE) for i in panel.table.selectionModel().selectedRows()] == [second]
    stack.run(DeleteAction(services, added.action_id))
    qtbot.waitUntil(lambda: added.action_id not in shown())
    assert panel.action_id == second
    assert [i.data(ID_ROLE) for i in panel.table.selectionModel().selectedRows()] == [second]
