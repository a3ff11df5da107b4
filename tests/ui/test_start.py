"""Start-up and files: the welcome screen, opening (and refusing) workspaces, new, demo, recent files, Save As."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView, QTableWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from action_planner import app as app_module
from action_planner.model.services import Services
from action_planner.model.views import PlanView
from action_planner.model.workspace import Workspace
from action_planner.ui.controller import AppController
from action_planner.ui.dialogs import FilePrompts
from action_planner.ui.document import Document
from action_planner.ui.glance_view import GlanceView
from action_planner.ui.main_window import MainWindow
from action_planner.ui.settings import AppSettings
from action_planner.ui.welcome import WelcomeWindow

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[AppController]:
    made = AppController(AppSettings(), demo_folder=tmp_path / "demo")
    yield made
    if made.window is not None:
        made.window.close()
    if made.welcome is not None:
        made.welcome.close()
        made.welcome.deleteLater()


def test_first_start_shows_the_welcome_screen(controller: AppController) -> None:
    controller.start()
    assert controller.window is None
    assert controller.welcome is not None
    assert controller.welcome.isVisible()
    assert controller.welcome.empty.isVisible()


def test_a_path_opens_in_the_window_and_becomes_recent(controller: AppController, demo_path: Path) -> None:
    controller.start(demo_path)
    window = controller.window
    assert isinstance(window, MainWindow)
    assert window.isVisible()
    assert window.windowTitle() == "demo.actionplan — Action Planner"
    assert controller.settings.recent_files() == [demo_path]


def test_the_last_workspace_reopens(controller: AppController, demo_path: Path) -> None:
    controller.settings.add_recent(demo_path)
    controller.start()
    assert controller.window is not None
    assert controller.window.document.path == demo_path


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "the file is empty"), (b"hello" * 40, "not an Action Planner workspace")],
)
def test_a_file_that_cannot_be_opened_is_explained_and_left_alone(
    controller: AppController, tmp_path: Path, dialog_of: DialogOf, content: bytes, problem: str
) -> None:
    bad = tmp_path / "bad.actionplan"
    bad.write_bytes(content)
    controller.start(bad)
    assert controller.window is None
    assert controller.welcome is not None
    box = dialog_of(controller.welcome, QMessageBox)
    assert problem in box.text()
    assert str(bad) in box.text()
    assert bad.read_bytes() == content
    assert controller.settings.recent_files() == []


def test_a_foreign_sqlite_file_is_refused_unchanged(
    controller: AppController, tmp_path: Path, dialog_of: DialogOf
) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    controller.start(other)
    assert controller.welcome is not None
    box = dialog_of(controller.welcome, QMessageBox)
    assert "another application" in box.text()
    assert other.read_bytes() == before


def test_new_workspace_from_the_welcome_screen(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plans"
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: target))
    controller.settings.set_reporting_currency("SEK")
    controller.start()
    assert controller.welcome is not None
    qtbot.mouseClick(controller.welcome.new_button, Qt.MouseButton.LeftButton)
    window = controller.window
    assert window is not None
    assert window.document.path == tmp_path / "plans.actionplan"
    assert window.document.services.rates.reporting_currency() == "SEK"
    assert window.navigator.model.rowCount() == 0
    assert not window.actions_panel.add_action.isEnabled()


def test_open_from_the_file_menu_and_recent_list(
    qtbot: QtBot, controller: AppController, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FilePrompts, "open_path", classmethod(lambda cls, *args: demo_path))
    controller.start()
    assert controller.welcome is not None
    qtbot.mouseClick(controller.welcome.open_button, Qt.MouseButton.LeftButton)
    assert controller.window is not None
    controller.window.menus.close.trigger()  # File ▸ Close Workspace: back to the welcome screen
    assert controller.window is None
    welcome = controller.welcome
    assert welcome is not None
    assert welcome.recent_model.rowCount() == 1
    welcome.recent.activated.emit(welcome.recent_model.index(0, 0))
    assert controller.window is not None
    assert controller.window.document.path == demo_path


def test_open_demo_builds_a_fresh_copy(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=True)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30000)
    window = controller.window
    assert window is not None
    assert window.document.path.name == "demo.actionplan"
    assert window.navigator.model.rowCount() == 6


def test_save_as_writes_a_copy_with_sqlite_backup(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.document.services.regions.rename(window.document.services.regions.list()[0].id, "Emilia")
    target = tmp_path / "copy"
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: target))
    window.menus.save_as.trigger()
    written = tmp_path / "copy.actionplan"
    assert written.exists()
    copy = Document.open(written)
    try:
        assert copy.services.regions.list()[0].name == "Emilia"
    finally:
        copy.close()
    assert window.document.path.name == "demo.actionplan"  # this window stays on the original
    assert window.settings.recent_files()[0] == written


def test_layout_is_remembered(qtbot: QtBot, document: Any, settings_folder: Path) -> None:
    first = MainWindow(document, AppSettings())
    qtbot.addWidget(first)
    first.resize(780, 520)  # within the offscreen screen (800×600), so restoring does not clamp it
    first.show()
    first.catalogue_dock.hide()
    saved = first.size()
    first.close()
    assert Path(AppSettings().store.fileName()).is_relative_to(settings_folder)  # never the user's own settings
    assert any(settings_folder.rglob("*.ini"))
    second = MainWindow(document, AppSettings())
    qtbot.addWidget(second)
    second.show()
    assert second.size() == saved
    assert not second.catalogue_dock.isVisible()
    second.menus.reset_layout.trigger()
    assert second.catalogue_dock.isVisible()
    second.close()


def _started(monkeypatch: pytest.MonkeyPatch, path: Path) -> MainWindow:
    """``app.run(path)`` up to its event loop: the one main window it shows before loading the rest."""
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run(path) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(windows) == 1
    return windows[0]


@pytest.fixture
def controllers(qapp: QApplication) -> Iterator[None]:
    """``app.run`` leaves its controller to the application; each test's is closed and dropped after it."""
    yield
    for made in qapp.findChildren(AppController):
        if made.window is not None:
            made.window.close()
        if made.welcome is not None:
            made.welcome.close()
        made.setParent(None)
        made.deleteLater()


RIGHT = int(Qt.AlignmentFlag.AlignRight)


def _cells(table: QTableView | QTableWidget) -> list[list[tuple[str, bool]]]:
    """Each row's cell texts, and whether each is aligned right, as the user sees them."""
    model = table.model()
    return [
        [
            (
                str(model.index(row, column).data()),
                bool(
                    int(model.index(row, column).data(Qt.ItemDataRole.TextAlignmentRole) or 0)
                    & int(Qt.AlignmentFlag.AlignRight)
                ),
            )
            for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    ]


@pytest.mark.usefixtures("controllers")
def test_run_paints_the_plan_first_then_fills_in_the_same_window(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _started(monkeypatch, demo_path)
    assert QApplication.applicationName() == "Action Planner"
    # Before anything heavy loads: the plans and the first plan's actions, read without the ORM.
    assert not window.attached
    glance = window.findChild(GlanceView)
    assert glance is not None
    assert window.windowTitle() == "demo.actionplan — Action Planner"
    assert "Opening demo.actionplan" in window.statusBar().currentMessage()
    regions = [glance.tree.topLevelItem(i) for i in range(glance.tree.topLevelItemCount())]
    assert regions[0] is not None
    assert regions[0].text(0) == "Emilia-Romagna (ITH5)"
    selected = glance.tree.currentItem()
    assert selected is not None
    assert selected.parent() is regions[0]
    first_plan = selected.text(0)
    shown_first = _cells(glance.table)
    assert len(shown_first) == 7
    header_items = [glance.table.horizontalHeaderItem(c) for c in range(glance.table.columnCount())]
    headers = [item.text() for item in header_items if item is not None]
    assert len(headers) == glance.table.columnCount()

    # Once painted, the workspace opens into this same window, which shows the very same rows.
    qtbot.waitUntil(lambda: window.attached, timeout=20000)
    assert window.document.path == demo_path
    assert window.centralWidget() is window.pages
    qtbot.waitUntil(lambda: window.findChild(GlanceView) is None)  # the glance is gone, not hidden
    assert window.statusBar().currentMessage() == ""
    table = window.actions_panel.table
    assert _cells(table) == shown_first
    assert [str(table.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(len(headers))] == headers
    current = window.navigator.current()
    assert isinstance(current, PlanView)
    assert current.title == first_plan  # the same plan stays selected
    window.close()


@pytest.mark.usefixtures("controllers")
def test_a_glanced_file_that_then_fails_to_open_is_explained_and_its_window_closed(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    app_module.create_application()  # the app's own name, hence its settings file
    AppSettings().set_window_state("state", QByteArray(b"saved dock layout"))
    with sqlite3.connect(demo_path) as other_tool:  # a table of another application's: refused by its structure
        other_tool.execute("CREATE TABLE sync_state (id INTEGER PRIMARY KEY, token TEXT)")
    other_tool.close()
    before = demo_path.read_bytes()
    window = _started(monkeypatch, demo_path)  # its data is readable, so the plan shows at once
    assert window.findChild(GlanceView) is not None
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible(), timeout=20000)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    welcome = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeWindow) and w.isVisible())
    box = dialog_of(welcome, QMessageBox)
    assert "did not create" in box.text()
    assert demo_path.read_bytes() == before
    assert AppSettings().window_state("state") == QByteArray(b"saved dock layout")  # the glance saved no layout


@pytest.mark.usefixtures("controllers")
def test_a_fault_while_filling_in_the_window_is_explained_and_the_file_closed(
    qtbot: QtBot,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_of: DialogOf,
    log_folder: Path,
) -> None:
    def broken(self: MainWindow, document: object) -> None:
        raise LookupError("a panel could not be built")

    monkeypatch.setattr(MainWindow, "attach", broken)
    window = _started(monkeypatch, demo_path)
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible(), timeout=20000)
    welcome = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeWindow) and w.isVisible())
    log = log_folder / "action-planner.log"
    text = dialog_of(welcome, QMessageBox).text()
    assert "LookupError" in text
    assert str(log) in text  # the message names the file a user can send
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged  # the fault is on record for a bug report, with where it happened
    assert "a panel could not be built" in logged
    assert not demo_path.with_name(demo_path.name + "-wal").exists()  # the workspace was closed
    with Workspace.open(demo_path) as again:  # and nothing holds it
        assert Services(again).plans.list()


@pytest.mark.usefixtures("controllers")
def test_run_without_a_glance_opens_directly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    bad = tmp_path / "bad.actionplan"
    bad.write_bytes(b"hello" * 40)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run(bad) == 0  # nothing to glance at: the open runs at once and explains the refusal
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    welcome = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeWindow) and w.isVisible())
    assert "not an Action Planner workspace" in dialog_of(welcome, QMessageBox).text()


def test_welcome_lists_recent_files(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    settings = AppSettings()
    settings.add_recent(tmp_path / "gone.actionplan")
    settings.add_recent(demo_path)
    welcome = WelcomeWindow(settings)
    qtbot.addWidget(welcome)
    assert welcome.recent_model.rowCount() == 2
    assert welcome.recent_model.item(0).isEnabled()
    assert not welcome.recent_model.item(1).isEnabled()


def test_open_demo_again_keeps_the_edited_one(qtbot: QtBot, controller: AppController) -> None:
    controller.start(demo=True)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30000)
    window = controller.window
    assert window is not None
    services = window.document.services
    services.regions.rename(services.regions.list()[0].id, "Edited in the demo")
    controller.open_demo()
    qtbot.waitUntil(lambda: not controller.demo_work.busy and controller.window is not None, timeout=30000)
    fresh = controller.window
    assert fresh is not None
    assert fresh.document.services.regions.list()[0].name == "Emilia-Romagna"
    (kept,) = controller.demo_folder.glob("demo (kept *).actionplan")
    copy = Document.open(kept)
    try:
        assert copy.services.regions.list()[0].name == "Edited in the demo"
    finally:
        copy.close()
