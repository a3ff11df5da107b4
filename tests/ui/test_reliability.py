"""The window when the world pushes back: a refused write leaves no undo step, a second window is
read-only, says so, refuses edits and follows the writer's commits (issue 11)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from action_planner.model.errors import DiskFullError, HeldElsewhereError, ReadOnlyWindowError
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
from action_planner.ui.commands.actions import EditAction
from action_planner.ui.dialogs import FilePrompts
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def first_action(services: Services) -> int:
    plan_id = services.reports.summary().regions[0].plans[0].id
    return services.actions.list(plan_id)[0].id


@pytest.fixture
def reader(document: Document) -> Iterator[Document]:
    asked: list[str] = []

    def answer(message: str) -> bool:
        asked.append(message)
        return True  # "Open Read-Only"

    opened = Document.open(document.workspace.file, answer)
    assert len(asked) == 1
    assert "already open for writing" in asked[0]
    yield opened
    opened.close()


def test_a_write_the_disk_refuses_leaves_no_undo_step(document: Document) -> None:
    action_id = first_action(document.services)
    before = document.services.actions.get(action_id).title
    pages = int(sqlite3.connect(document.workspace.file).execute("PRAGMA page_count").fetchone()[0])

    def limit(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL

    event.listen(document.workspace.engine, "connect", limit)
    document.workspace.engine.dispose()
    command = document.undo_stack.run(
        EditAction(document.services, action_id, {"description": "long " * 9000}, "Edit description")
    )
    assert isinstance(command.error, DiskFullError)
    assert "the disk is full" in str(command.error)
    assert document.undo_stack.count() == 0
    assert not document.undo_stack.canUndo()
    document.undo_stack.undo()  # Ctrl+Z and Ctrl+Y do nothing, and raise nothing
    document.undo_stack.redo()
    assert document.services.actions.get(action_id).title == before
    assert document.services.actions.get(action_id).description != "long " * 9000


def test_a_second_window_is_read_only_says_so_refuses_edits_and_follows_the_writer(
    qtbot: QtBot, document: Document, reader: Document
) -> None:
    window = MainWindow(reader, AppSettings())
    qtbot.addWidget(window)
    window.show()
    assert "read-only" in window.windowTitle()
    assert window.read_only_bar.isVisible()
    action_id = first_action(reader.services)
    command = reader.undo_stack.run(EditAction(reader.services, action_id, {"title": "From the reader"}, "Rename"))
    assert isinstance(command.error, ReadOnlyWindowError)
    assert reader.undo_stack.count() == 0
    with qtbot.waitSignal(reader.refreshed, timeout=10_000):
        document.services.actions.update(action_id, title="From the writer")
    assert reader.services.actions.get(action_id).title == "From the writer"
    window.close()


def test_declining_read_only_keeps_the_refusal(document: Document) -> None:
    with pytest.raises(HeldElsewhereError, match="already open for writing"):
        Document.open(document.workspace.file, lambda _message: False)


def test_a_file_replaced_under_the_window_is_said_and_its_plans_can_be_saved_anew(
    qtbot: QtBot, window: MainWindow, empty_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.document.workspace.file
    titles = [plan.title for plan in window.document.services.plans.list()]
    assert titles
    restored = path.with_name("restored.actionplan")
    shutil.copyfile(empty_template, restored)
    restored.replace(path)  # a sync program or a colleague restoring a copy
    replacement = digest(path)
    qtbot.waitUntil(lambda: window.lost_bar is not None and window.lost_bar.isVisible(), timeout=10_000)
    assert "replaced" in (window.document.lost_reason or "")
    assert "no longer on disk" in window.windowTitle()
    assert window.saved_label.text() == "Not saved: the file is gone"
    action_id = first_action(window.document.services)
    command = window.document.undo_stack.run(
        EditAction(window.document.services, action_id, {"title": "Into the wrong file"}, "Rename")
    )
    assert command.error is not None
    assert window.document.undo_stack.count() == 0
    rescued = path.with_name("rescued.actionplan")
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: rescued))
    bar = window.lost_bar
    assert bar is not None
    save = next(button for button in bar.findChildren(QPushButton) if button.text() == "Save As…")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with Workspace.open(rescued, read_only=True) as copy:
        assert [plan.title for plan in Services(copy).plans.list()] == titles
    assert digest(path) == replacement  # the other file is left as it is
