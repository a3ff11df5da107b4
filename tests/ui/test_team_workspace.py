"""The window on a team workspace (a real PostgreSQL server): another planner's commits appear by
themselves, a field changed meanwhile is never silently overwritten (a dialog offers theirs, mine or a
merge), an undo over a colleague's later change is refused, and a viewer's window is read-only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from action_planner.model.address import ServerAddress
from action_planner.model.changes import Change
from action_planner.model.services import Services
from action_planner.model.transfer import fingerprint
from action_planner.model.workspace import Workspace
from action_planner.ui.controller import AppController
from action_planner.ui.dialogs import FilePrompts, TextPromptDialog
from action_planner.ui.document import Document
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings

if TYPE_CHECKING:
    from tests.conftest import ServerDatabases

Alt = Qt.KeyboardModifier.AltModifier
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def team_url(server_workspace: Callable[[str], str]) -> str:
    return server_workspace("demo")


@pytest.fixture
def document(team_url: str) -> Iterator[Document]:
    """The team workspace open as the window sees it (the conftest's ``window`` shows it)."""
    opened = Document.open(team_url)
    yield opened
    opened.close()


@pytest.fixture
def colleague(team_url: str) -> Iterator[Services]:
    """A second planner on the same server database, with a connection of their own."""
    opened = Workspace.open(team_url)
    yield Services(opened)
    opened.close()


def title_field(window: MainWindow) -> QLineEdit:
    widget = window.action_editor.details.fields["title"].widget
    assert isinstance(widget, QLineEdit)
    return widget


def active(qtbot: QtBot, dialog: QWidget) -> None:
    """Wait for the dialog to be the active window, where its mnemonics are (offscreen, open() does not
    activate it by itself)."""
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def retitle(qtbot: QtBot, window: MainWindow, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> QLineEdit:
    """Type ``text`` over the current action's title and leave the field with ``key``, as a planner does."""
    title = title_field(window)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)
    qtbot.keyClick(title, key)
    return title


def current_action_id(window: MainWindow) -> int:
    assert window.actions_panel.action_id is not None
    return window.actions_panel.action_id


def test_a_colleagues_commit_appears_in_the_window_with_the_ids_it_changed(
    qtbot: QtBot, window: MainWindow, colleague: Services
) -> None:
    action_id = current_action_id(window)
    received: list[list[Change]] = []
    window.document.bridge.changed.connect(received.append)
    colleague.actions.update(action_id, title="Renamed by a co-planner")
    qtbot.waitUntil(lambda: window.actions_panel.proxy.index(0, 1).data() == "Renamed by a co-planner")
    assert title_field(window).text() == "Renamed by a co-planner"
    announced = [change for batch in received for change in batch]
    assert any(c.entity == "action" and c.ids == (action_id,) and "title" in c.fields for c in announced)
    assert window.document.undo_stack.count() == 0  # a colleague's change is not this window's step


def test_a_field_a_colleague_changed_meanwhile_is_not_overwritten_and_mine_is_kept_on_request(
    qtbot: QtBot, window: MainWindow, colleague: Services
) -> None:
    action_id = current_action_id(window)
    original = title_field(window).text()
    colleague.actions.update(action_id, title="Theirs")  # the window has not heard of it yet
    title = retitle(qtbot, window, "Mine")
    dialog = window.action_editor.conflict_dialog
    assert dialog is not None
    active(qtbot, dialog)
    assert [label.text() for label in dialog.values["title"]] == [original, "Theirs", "Mine"]
    assert colleague.actions.get(action_id).title == "Theirs"  # nothing was written
    assert window.document.undo_stack.count() == 0
    assert title.text() == "Theirs"  # the window shows what is stored now
    qtbot.keyClick(dialog, Qt.Key.Key_M, Alt)  # Keep &Mine
    qtbot.waitUntil(lambda: colleague.actions.get(action_id).title == "Mine")
    assert window.document.undo_stack.count() == 1
    assert title.text() == "Mine"


def test_a_merge_of_two_texts_is_saved_as_typed(qtbot: QtBot, window: MainWindow, colleague: Services) -> None:
    action_id = current_action_id(window)
    colleague.actions.update(action_id, title="Export vouchers")
    retitle(qtbot, window, "Digital vouchers", Qt.Key.Key_Return)
    dialog = window.action_editor.conflict_dialog
    assert dialog is not None
    assert dialog.merged is not None
    active(qtbot, dialog)
    merged: QPlainTextEdit = dialog.merged
    merged.setFocus()
    merged.selectAll()
    qtbot.keyClicks(merged, "Digital export vouchers")
    assert dialog.merge_button is not None
    qtbot.keyClick(dialog, Qt.Key.Key_S, Alt)  # &Save Merged
    qtbot.waitUntil(lambda: colleague.actions.get(action_id).title == "Digital export vouchers")


def test_keep_theirs_writes_nothing(qtbot: QtBot, window: MainWindow, colleague: Services) -> None:
    action_id = current_action_id(window)
    colleague.actions.update(action_id, title="Theirs")
    title = retitle(qtbot, window, "Mine")
    dialog = window.action_editor.conflict_dialog
    assert dialog is not None
    active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button is Keep Theirs
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert colleague.actions.get(action_id).title == "Theirs"
    assert window.document.undo_stack.count() == 0
    assert title.text() == "Theirs"


def test_undo_over_a_colleagues_later_change_is_refused_and_says_so(
    qtbot: QtBot, window: MainWindow, colleague: Services
) -> None:
    action_id = current_action_id(window)
    title = retitle(qtbot, window, "My title")
    assert colleague.actions.get(action_id).title == "My title"
    colleague.actions.update(action_id, title="Their later title")
    qtbot.waitUntil(lambda: title.text() == "Their later title")
    with qtbot.waitSignal(window.document.undo_stack.failed) as refused:
        qtbot.keyClick(window, Qt.Key.Key_Z, Ctrl)
    assert "Another planner changed" in str(refused.args[0])
    assert "Another planner changed" in window.statusBar().currentMessage()
    assert colleague.actions.get(action_id).title == "Their later title"
    assert window.document.undo_stack.count() == 0


def test_a_viewers_window_is_read_only_and_says_so(qtbot: QtBot, team_url: str, server_admin: str) -> None:
    database = team_url.partition("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(server_admin, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS ap_test_viewer")
        admin.execute("CREATE ROLE ap_test_viewer LOGIN")
    with psycopg.connect(team_url, autocommit=True) as owner:
        owner.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ap_test_viewer")
    viewer_url = team_url.replace("planner_admin@", "ap_test_viewer@")
    document = Document.open(viewer_url)
    window = MainWindow(document, AppSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        assert document.read_only
        assert "read-only" in window.windowTitle()
        assert window.read_only_bar is not None
        assert window.read_only_bar.isVisible()
        with pytest.raises(psycopg.errors.InsufficientPrivilege), psycopg.connect(viewer_url) as plain:
            plain.execute("UPDATE actions SET title = 'Written by plain SQL'")
    finally:
        window.close()
        document.close()
        with psycopg.connect(team_url, autocommit=True) as owner:
            owner.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ap_test_viewer")
        with psycopg.connect(server_admin, autocommit=True) as admin:
            admin.execute(f"REVOKE ALL ON DATABASE {database} FROM ap_test_viewer")
            admin.execute("DROP ROLE ap_test_viewer")


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[AppController]:
    made = AppController(AppSettings(), demo_folder=tmp_path / "demo")
    yield made
    if (window := made.window) is not None:
        window.close()
        window.document.close()
    if made.welcome is not None:
        made.welcome.close()
        made.welcome.deleteLater()


def answer_prompt(qtbot: QtBot, prompt: TextPromptDialog, text: str) -> None:
    active(qtbot, prompt)
    prompt.edit.setFocus()
    prompt.edit.selectAll()
    qtbot.keyClicks(prompt.edit, text)
    qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)


def test_upload_a_file_to_the_team_workspace_then_connect_to_it_and_save_an_offline_copy(
    qtbot: QtBot,
    controller: AppController,
    demo_path: Path,
    server_databases: ServerDatabases,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.start(demo_path)
    window = controller.window
    assert window is not None
    with Workspace.open_for_reading(demo_path) as original:
        expected = fingerprint(original)
    url = server_databases.new()
    window.menus.upload.trigger()
    answer_prompt(qtbot, window.upload_prompt, url)
    qtbot.waitUntil(lambda: controller.window is not window and controller.window is not None)
    team = controller.window
    assert team is not None
    assert not team.document.workspace.file_based
    assert team.windowTitle().startswith(ServerAddress.parse(url).name)
    assert fingerprint(team.document.workspace) == expected
    assert team.menus.save_as.text() == "Save O&ffline Copy…"
    assert not team.menus.upload.isEnabled()
    assert controller.settings.recent_files() == [demo_path], "no server address (or password) is kept"

    offline = demo_path.with_name("offline.actionplan")
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: offline))
    team.menus.save_as.trigger()
    with Workspace.open(offline) as copy:
        assert fingerprint(copy) == expected

    team.close()
    team.document.close()
    controller.window = None
    controller.show_welcome()
    controller.ask_connect()
    answer_prompt(qtbot, controller.connect_prompt, url)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert controller.window is not None
    assert str(controller.window.document.path) == str(ServerAddress.parse(url))


def test_an_address_that_is_not_a_server_is_said_in_the_prompt(qtbot: QtBot, controller: AppController) -> None:
    controller.show_welcome()
    controller.ask_connect()
    answer_prompt(qtbot, controller.connect_prompt, "db.example.org/partnership")
    assert controller.connect_prompt.isVisible()
    assert "postgresql://user@server/database" in controller.connect_prompt.error.text()
    assert controller.window is None


def type_into_cell(qtbot: QtBot, table: QTableView, row: int, column: int, text: str) -> None:
    """Select a cell, open its editor with F2, replace the text and press Return, as a planner does."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_budget_line_a_colleague_changed_meanwhile_is_not_overwritten_and_mine_is_kept_on_request(
    qtbot: QtBot, window: MainWindow, colleague: Services
) -> None:
    action_id = current_action_id(window)
    line = colleague.budget.lines(action_id)[0]
    colleague.budget.update(line.id, amount="777.00")  # the window has not heard of it yet
    qtbot.keyClick(window.action_editor, Qt.Key.Key_B, Alt)
    budget = window.action_editor.budget
    type_into_cell(qtbot, budget.table, 0, 0, "1234.50")
    qtbot.waitUntil(lambda: getattr(budget, "conflict_dialog", None) is not None)
    dialog = budget.conflict_dialog
    active(qtbot, dialog)
    assert [label.text() for label in dialog.values["amount"]] == [str(line.amount), "777.00", "1234.50"]
    assert colleague.budget.lines(action_id)[0].amount == Decimal("777.00")  # nothing was written
    assert window.document.undo_stack.count() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_M, Alt)  # Keep &Mine
    qtbot.waitUntil(lambda: colleague.budget.lines(action_id)[0].amount == Decimal("1234.50"))
    assert window.document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: budget.table.model().index(0, 0).data() == "1,234.50")
    window.document.undo_stack.undo()  # undo goes back to theirs, the value this step was based on
    assert colleague.budget.lines(action_id)[0].amount == Decimal("777.00")


def test_a_kpi_target_a_colleague_changed_meanwhile_keeps_theirs_by_default(
    qtbot: QtBot, window: MainWindow, colleague: Services
) -> None:
    action_id = current_action_id(window)
    kpi = colleague.kpis.list(action_id)[0]
    colleague.kpis.update(kpi.id, target="4242")
    qtbot.keyClick(window.action_editor, Qt.Key.Key_K, Alt)
    kpis = window.action_editor.kpis
    type_into_cell(qtbot, kpis.table, 0, 4, "11")
    qtbot.waitUntil(lambda: getattr(kpis, "conflict_dialog", None) is not None)
    dialog = kpis.conflict_dialog
    active(qtbot, dialog)
    assert [label.text() for label in dialog.values["target"]][1:] == ["4242", "11"]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Keep Theirs, the default
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert colleague.kpis.list(action_id)[0].target == Decimal("4242")
    assert window.document.undo_stack.count() == 0
