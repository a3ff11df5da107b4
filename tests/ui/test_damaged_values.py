"""The window on a workspace with a damaged value: it opens, names the record, and the other plans work."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings


@pytest.fixture
def damaged(demo_path: Path) -> tuple[Path, int]:
    """The demo with the first plan's first budget line holding "abc" as its amount; (path, line id)."""
    db = sqlite3.connect(demo_path)
    line_id = db.execute(
        "SELECT b.id FROM budget_lines b JOIN actions a ON a.id = b.action_id JOIN plans p ON p.id = a.plan_id "
        "JOIN regions r ON r.id = p.region_id ORDER BY r.position, r.code, p.id, a.position, b.position LIMIT 1"
    ).fetchone()[0]
    db.execute("UPDATE budget_lines SET amount = 'abc' WHERE id = ?", (line_id,))
    db.commit()
    db.close()
    return demo_path, int(line_id)


@pytest.fixture
def damaged_window(qtbot: QtBot, damaged: tuple[Path, int]) -> Iterator[MainWindow]:
    document = Document.open(damaged[0])
    window = MainWindow(document, AppSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    document.close()


def test_the_window_opens_and_names_the_damaged_record(damaged_window: MainWindow, damaged: tuple[Path, int]) -> None:
    box = damaged_window.damaged_dialog
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert f"budget line {damaged[1]}" in box.text()
    assert "field “amount” in table budget_lines" in box.text()
    assert damaged_window.actions_panel.model.rowCount() == 0  # nothing half-shown from the damaged plan
    box.accept()


def test_another_plan_can_be_shown_and_edited(qtbot: QtBot, damaged_window: MainWindow) -> None:
    damaged_window.damaged_dialog.accept()
    services = damaged_window.document.services
    other = services.plans.list()[1]
    damaged_window.navigator.select_plan(other.id)
    qtbot.waitUntil(lambda: damaged_window.actions_panel.model.rowCount() == len(services.actions.list(other.id)))
    assert damaged_window.actions_panel.model.rowCount() > 0
