"""A large workspace (50 regions, 40 actions in each plan) opens, switches plans and scrolls without a stall."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from action_planner.model.regions import SCHEME_NUTS_2024, all_regions
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
from action_planner.ui.commands.actions import EditAction
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings

REGIONS, ACTIONS = 50, 40
THEMES = ("export", "partnership", "digitisation", "liveability")
# Statements sent, measured 83 and 58; one query per region would add 50, one per action 40
OPEN_BUDGET, SWITCH_BUDGET = 110, 75
# A title edit in the window, measured 35: the edit, then the row and the editor each read the action
EDIT_BUDGET = 38


@pytest.fixture(scope="session")
def large_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once through the services (about half a minute): one plan per region, 40 actions per plan."""
    path = tmp_path_factory.mktemp("large") / "large.actionplan"
    with Workspace.create(path) as workspace:
        services = Services(workspace)
        codes = [r.code for r in all_regions() if r.scheme == SCHEME_NUTS_2024 and r.level == 2][:REGIONS]
        for code in codes:
            region = services.regions.add(code)
            plan = services.plans.add(region.id, f"Internationalisation plan for {region.name}")
            for number in range(ACTIONS):
                services.actions.add(
                    plan.id, f"Action {number + 1} for {region.name}", THEMES[number % 4], owner_organisation="Agency"
                )
    return path


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine sends while the test runs (the bounded work of a view)."""
    sent: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    yield sent
    event.remove(Engine, "before_cursor_execute", count)


@pytest.fixture
def large_window(qtbot: QtBot, large_workspace: Path, statements: list[str]) -> Iterator[MainWindow]:
    document = Document.open(large_workspace)
    window = MainWindow(document, AppSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    yield window
    window.close()
    document.close()


@pytest.mark.slow
def test_large_workspace_opens_and_scrolls_without_a_stall(large_window: MainWindow, statements: list[str]) -> None:
    """Speed lives in benchmarks/; here the work stays bounded: no query per region, per action or per scroll."""
    window = large_window
    assert window.navigator.model.rowCount() == REGIONS
    assert window.actions_panel.model.rowCount() == ACTIONS
    assert len(statements) <= OPEN_BUDGET, f"opening sent {len(statements)} SQL statements"

    plans = window.document.services.plans.list()
    for plan in plans[:: REGIONS // 10]:
        statements.clear()
        window.navigator.select_plan(plan.id)
        QApplication.processEvents()
        assert window.actions_panel.model.rowCount() == ACTIONS
        assert len(statements) <= SWITCH_BUDGET, f"switching plans sent {len(statements)} SQL statements"

    table = window.actions_panel.table
    bar = table.verticalScrollBar()
    statements.clear()
    for value in range(bar.minimum(), bar.maximum() + 1, max(1, bar.pageStep() // 2)):
        bar.setValue(value)
        QApplication.processEvents()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert statements == []  # scrolling reads the loaded rows, never the file
    assert table.rowAt(table.viewport().height() - 2) in (ACTIONS - 1, -1)


def _reads(statements: list[str], where: str) -> int:
    """How many times the actions were read as a view's rows (the main statement of a list or of one action)."""
    main = "SELECT actions.id, actions.plan_id, actions.position, actions.intervention_id, interventions.code"
    return sum(s.startswith(main) and where in s for s in statements)


@pytest.mark.slow
def test_a_plan_switch_reads_its_list_once_and_the_selected_action_once(
    large_window: MainWindow, statements: list[str]
) -> None:
    """The closed prioritisation board reads nothing; opened, it follows the plan again."""
    window = large_window
    plans = window.document.services.plans.list()
    for plan in plans[1:4]:
        statements.clear()
        window.navigator.select_plan(plan.id)
        QApplication.processEvents()
        assert window.actions_panel.model.rowCount() == ACTIONS
        assert window.action_editor.view is not None
        assert window.action_editor.view.plan_id == plan.id
        assert _reads(statements, "actions.plan_id IN") == 1
        assert _reads(statements, "actions.id = ?") == 1
    window.workshop.board_toggle.trigger()
    assert len(window.workshop.board.scene.cards) == ACTIONS
    statements.clear()
    window.navigator.select_plan(plans[5].id)
    QApplication.processEvents()
    assert _reads(statements, "actions.plan_id IN") == 2  # the table and the open board
    assert {c.action_id for c in window.workshop.board.scene.cards.values()} == {
        a.id for a in window.actions_panel.model.items
    }


@pytest.mark.slow
def test_a_title_edit_in_the_window_rereads_only_its_row(large_window: MainWindow, statements: list[str]) -> None:
    """Neither the plan's list, nor the organisations, nor the totals are read again for a new title."""
    window = large_window
    window.navigator.select_plan(window.document.services.plans.list()[2].id)
    QApplication.processEvents()
    view = window.action_editor.view
    assert view is not None
    statements.clear()
    shown = {"title": view.title}  # as the editor says what it showed
    command = EditAction(window.document.services, view.id, {"title": "Trade mission to Osaka"}, "Edit title", shown)
    window.document.undo_stack.run(command)
    QApplication.processEvents()
    assert command.error is None
    model = window.actions_panel.model
    assert model.item(model.row_of(view.id)).title == "Trade mission to Osaka"
    assert _reads(statements, "actions.plan_id IN") == 0
    assert not [s for s in statements if "FROM organisations" in s and "WHERE" not in s]
    assert not [s for s in statements if "FROM budget_lines JOIN actions" in s and "plan_id = ?" in s]
    assert len(statements) <= EDIT_BUDGET, f"a title edit sent {len(statements)} SQL statements"
