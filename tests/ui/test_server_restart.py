"""The window on a team workspace whose server stops and starts again: a bar says the server cannot be
reached while the window keeps what it shows, an edit typed meanwhile is refused beside its field (no undo
step, nothing reported as saved), and once the server is back the bar goes and the same edit is stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from action_planner.model.services import Services
from action_planner.model.transfer import copy_workspace
from action_planner.model.workspace import Workspace
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.conftest import Cluster

#: How long a test waits at most for the window to notice the server (the watcher looks every 200 ms,
#: and tries to listen again once a second); generous so that a loaded machine does not fail it.
NOTICE_MS = 20_000


@pytest.fixture
def team_url(own_cluster: Cluster, demo_template: Path) -> str:
    from tests.conftest import ServerDatabases

    url = ServerDatabases(own_cluster.admin).new()
    with Workspace.open_for_reading(demo_template) as source:
        copy_workspace(source, url)
    return url


@pytest.fixture
def document(team_url: str) -> Iterator[Document]:
    opened = Document.open(team_url)
    yield opened
    opened.close()


def title_field(window: MainWindow) -> QLineEdit:
    widget = window.action_editor.details.fields["title"].widget
    assert isinstance(widget, QLineEdit)
    return widget


def retitle(qtbot: QtBot, window: MainWindow, text: str) -> QLineEdit:
    title = title_field(window)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    return title


def stored_title(url: str, action_id: int) -> str:
    with Workspace.open(url) as workspace:
        return Services(workspace).actions.get(action_id).title


def test_the_window_says_the_server_is_unreachable_keeps_what_it_shows_and_goes_on_when_it_is_back(
    qtbot: QtBot, window: MainWindow, own_cluster: Cluster, team_url: str
) -> None:
    action_id = window.actions_panel.action_id
    assert action_id is not None
    retitle(qtbot, window, "Stored before the stop")
    qtbot.waitUntil(lambda: window.saved_label.text() == "All changes saved")
    rows = window.actions_panel.model.rowCount()
    steps = window.document.undo_stack.count()

    own_cluster.stop()
    qtbot.waitUntil(
        lambda: window.unreachable_bar is not None and window.unreachable_bar.isVisible(), timeout=NOTICE_MS
    )
    assert window.saved_label.text() == "Server unreachable"
    title = retitle(qtbot, window, "Typed while the server is down")
    details = window.action_editor.details
    assert "could not be reached" in details.error("title")
    assert title.text() == "Typed while the server is down"  # kept for the planner to store later
    assert window.document.undo_stack.count() == steps  # nothing recorded that did not happen
    assert window.saved_label.text() == "Server unreachable"
    assert window.actions_panel.model.rowCount() == rows  # the window keeps what it shows

    own_cluster.start()
    qtbot.waitUntil(lambda: window.unreachable_bar is None, timeout=NOTICE_MS)
    assert "Connected to the server again" in window.statusBar().currentMessage()
    assert stored_title(team_url, action_id) == "Stored before the stop"  # the restart lost nothing

    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)  # the same edit, stored now
    qtbot.waitUntil(lambda: details.error("title") == "")
    assert stored_title(team_url, action_id) == "Typed while the server is down"
    assert window.document.undo_stack.count() == steps + 1
    assert window.saved_label.text() == "All changes saved"
