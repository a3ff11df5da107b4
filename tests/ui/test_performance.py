"""A large workspace (50 regions, 40 actions in each plan) opens, switches plans and scrolls without a stall."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from action_planner.model.regions import SCHEME_NUTS_2024, all_regions
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings

REGIONS, ACTIONS = 50, 40
THEMES = ("export", "partnership", "digitisation", "liveability")


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
def large_window(qtbot: QtBot, large_workspace: Path) -> Iterator[tuple[MainWindow, float]]:
    started = time.perf_counter()
    document = Document.open(large_workspace)
    window = MainWindow(document, AppSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    yield window, time.perf_counter() - started
    window.close()
    document.close()


@pytest.mark.slow
def test_large_workspace_opens_and_scrolls_without_a_stall(large_window: tuple[MainWindow, float]) -> None:
    window, opening = large_window
    assert window.navigator.model.rowCount() == REGIONS
    assert window.actions_panel.model.rowCount() == ACTIONS
    print(f"large workspace: window open in {opening:.2f} s")
    assert opening < 3.0, f"opening took {opening:.2f} s"

    plans = window.document.services.plans.list()
    slowest = 0.0
    for plan in plans[:: REGIONS // 10]:
        started = time.perf_counter()
        window.navigator.select_plan(plan.id)
        QApplication.processEvents()
        slowest = max(slowest, time.perf_counter() - started)
        assert window.actions_panel.model.rowCount() == ACTIONS
    print(f"large workspace: slowest plan switch {slowest:.2f} s")
    assert slowest < 1.0, f"switching plans took up to {slowest:.2f} s"

    table = window.actions_panel.table
    bar = table.verticalScrollBar()
    started = time.perf_counter()
    for value in range(bar.minimum(), bar.maximum() + 1, max(1, bar.pageStep() // 2)):
        bar.setValue(value)
        QApplication.processEvents()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert time.perf_counter() - started < 1.0
    assert table.rowAt(table.viewport().height() - 2) in (ACTIONS - 1, -1)
