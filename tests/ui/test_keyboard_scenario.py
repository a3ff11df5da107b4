"""The whole of a planner's first session with the keyboard alone, through the application's own keys: from
an empty workspace to an exported plan, with no mouse event (any one reaching a widget fails the test)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from action_planner.typing_compat import override
from action_planner.ui.dialogs import FilePrompts
from action_planner.ui.document import Document
from action_planner.ui.export_runner import ExportDoneDialog
from action_planner.ui.main_window import MainWindow

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier
MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class MouseWatch(QObject):
    """Counts every mouse event the application delivers."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE:
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


@pytest.fixture
def document(empty_template: Path, tmp_path: Path) -> Iterator[Document]:
    path = tmp_path / "first.actionplan"
    shutil.copyfile(empty_template, path)
    opened = Document.open(path)
    yield opened
    opened.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the focus, as a keyboard delivers it."""
    qtbot.keyClick(focused(), key, modifiers)


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """A closed dialog hands activation back to the window (a window manager does; offscreen, the test)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def test_from_an_empty_workspace_to_an_exported_plan_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    output = tmp_path / "west-yorkshire.docx"
    # the save dialog is the platform's: the planner types the name there
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: output))
    services = window.document.services
    try:
        # a new workspace says what to do first
        assert window.navigator.empty_hint.isVisibleTo(window)
        assert "Plan ▸ Add Region… (Ctrl+Shift+R)" in window.navigator.empty_hint.text()
        assert "Add Plan" in window.actions_panel.empty_hint.text()
        # 1. a region: Plan ▸ Add Region (Ctrl+Shift+R), type its name, Enter
        window.actions_panel.table.setFocus()
        press(qtbot, Qt.Key.Key_R, Ctrl | Shift)
        qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
        type_text(qtbot, "West Yorkshire")
        qtbot.waitUntil(lambda: window.navigator.last_dialog is not None)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: [r.code for r in services.regions.list()] == ["UKE4"])
        # 2. a plan in it: Plan ▸ Add Plan (Ctrl+Shift+P), its title, Enter
        back_to(qtbot, window)
        press(qtbot, Qt.Key.Key_P, Ctrl | Shift)
        qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
        focused_line = focused()
        assert isinstance(focused_line, QLineEdit)
        focused_line.selectAll()
        type_text(qtbot, "Trade and investment together")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(services.plans.list()) == 1)
        plan = services.plans.list()[0]
        qtbot.waitUntil(lambda: window.navigator.plan_id == plan.id)
        assert not window.navigator.empty_hint.isVisibleTo(window)
        assert window.actions_panel.empty_hint.isVisibleTo(window)
        assert "Catalogue (F7)" in window.actions_panel.empty_hint.text()
        # 3. an intervention from the catalogue: F7, type, Down into the list, Enter adds it
        back_to(qtbot, window)
        press(qtbot, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: focused() is window.catalogue.search)
        type_text(qtbot, "credit insurance")
        qtbot.waitUntil(lambda: window.catalogue.model.rowCount() == 1)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(services.actions.list(plan.id)) == 1)
        action = services.actions.list(plan.id)[0]
        assert not window.actions_panel.empty_hint.isVisibleTo(window)
        # 4. its title: Ctrl+1 to the actions, F2 edits the title of the selected row
        press(qtbot, Qt.Key.Key_1, Ctrl)
        qtbot.waitUntil(lambda: focused() is window.actions_panel.table)
        press(qtbot, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: focused() is window.action_editor.details.fields["title"].widget)
        type_text(qtbot, "Export credit insurance for first exporters")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: services.actions.get(action.id).title == "Export credit insurance for first exporters")
        # 5. a budget line: Alt+B to the Budget tab, Alt+L adds a line, F2 edits its amount
        press(qtbot, Qt.Key.Key_B, Alt)
        qtbot.waitUntil(lambda: window.action_editor.currentWidget() is window.action_editor.budget)
        press(qtbot, Qt.Key.Key_L, Alt)
        qtbot.waitUntil(lambda: len(services.actions.get(action.id).budget_lines) == 1)
        qtbot.waitUntil(lambda: focused() is window.action_editor.budget.table)
        press(qtbot, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
        editor = focused()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        type_text(qtbot, "125000")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: services.actions.get(action.id).budget_lines[0].amount == Decimal("125000.00"))
        # 6. the export: F10 to the menu bar, File, Export, Word — by their mnemonics
        press(qtbot, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        file_menu = QApplication.activePopupWidget()
        qtbot.keyClick(file_menu, Qt.Key.Key_E)  # File ▸ &Export
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() not in (None, file_menu))
        submenu = QApplication.activePopupWidget()
        assert isinstance(submenu, QMenu)
        qtbot.keyClick(submenu, Qt.Key.Key_W)  # Current Plan as &Word…
        qtbot.waitUntil(output.exists, timeout=60_000)
        qtbot.waitUntil(lambda: isinstance(window.findChild(ExportDoneDialog), ExportDoneDialog))
        done = window.findChild(ExportDoneDialog)
        assert done is not None
        qtbot.waitUntil(done.isVisible)
        done.activateWindow()
        qtbot.waitUntil(done.isActiveWindow)
        press(qtbot, Qt.Key.Key_Escape)  # closes the "exported" dialog without opening the file
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert watch.seen == [], "a mouse event was needed"
    text = "\n".join(p.text for p in docx.Document(str(output)).paragraphs)
    assert "Trade and investment together" in text
    assert "Export credit insurance for first exporters" in text
    table_text = " ".join(c.text for t in docx.Document(str(output)).tables for r in t.rows for c in r.cells)
    assert "125,000.00" in table_text
