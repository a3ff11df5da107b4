"""Editing the catalogue as a user does: the editor dialog, refusals, undo, and catalogue files in and out."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from action_planner.export import catalogue_files as export_catalogue_files
from action_planner.model.services import ImportReport, Services
from action_planner.model.views import InterventionView
from action_planner.model.workspace import Workspace
from action_planner.ui import catalogue_files
from action_planner.ui.catalogue_editor import CodesCompleter, InterventionEditor
from action_planner.ui.commands.catalogue import DeleteIntervention, SaveIntervention, find_by_code, find_indicator
from action_planner.ui.dialogs import ConfirmDialog, FilePrompts
from action_planner.ui.document import Document
from action_planner.ui.indicator_editor import IndicatorEditor
from action_planner.ui.main_window import MainWindow
from action_planner.ui.widgets.indicator_picker import IndicatorPickerDialog

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf


def _indicator_name(services: Services, code: str) -> str:
    found = find_indicator(services, code)
    assert found is not None, code
    return found.name


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    assert isinstance(field, QLineEdit | QPlainTextEdit)
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)


def _codes(document: Document) -> list[str]:
    return [v.code for v in document.services.catalogue.interventions()]


def _item(document: Document, code: str) -> InterventionView:
    found = find_by_code(document.services, code)
    assert found is not None
    return found


def _new_editor(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> InterventionEditor:
    _click(qtbot, window.catalogue.new_button)
    editor = dialog_of(window, InterventionEditor)
    qtbot.waitExposed(editor)
    assert not editor.isModal()
    return editor


def _fill(qtbot: QtBot, editor: InterventionEditor, *, cost_min: str = "10000", indicators: str = "RCO01") -> None:
    _type(qtbot, editor.code, "new-01")
    _type(qtbot, editor.name, "Export coaching vouchers")
    editor.theme.setCurrentIndex(editor.theme.findData("digitisation"))
    _type(qtbot, editor.description, "Vouchers for coaching by export advisers.")
    _type(qtbot, editor.duration_min, "6")
    _type(qtbot, editor.duration_max, "12")
    _type(qtbot, editor.cost_min, cost_min)
    _type(qtbot, editor.cost_max, "50000")
    _type(qtbot, editor.suggested, indicators)


def _message(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> QMessageBox:
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)))
    return dialog_of(window, QMessageBox)


# -- commands on a bare stack ------------------------------------------------------------------


def test_commands_on_a_bare_stack(document: Document) -> None:
    services = document.services
    stack = QUndoStack()
    before = _codes(document)
    values = {"code": "T-1", "name": "Trial", "theme": "export", "cost_min": "5", "cost_currency": "EUR"}
    add = SaveIntervention(services, values)
    assert add.text() == "Add intervention"
    stack.push(add)
    assert "T-1" in _codes(document)
    change = SaveIntervention(services, {**values, "name": "Trial, renamed"})
    assert change.text() == "Change intervention"
    stack.push(change)
    assert _item(document, "T-1").name == "Trial, renamed"
    delete = DeleteIntervention(services, _item(document, "T-1"))
    assert delete.text() == "Delete intervention"
    stack.push(delete)
    assert "T-1" not in _codes(document)
    stack.undo()
    assert _item(document, "T-1").name == "Trial, renamed"
    stack.undo()
    assert _item(document, "T-1").name == "Trial"
    stack.undo()
    assert _codes(document) == before
    stack.redo()
    stack.redo()
    stack.redo()
    assert "T-1" not in _codes(document)


def test_an_unknown_theme_is_refused_and_nothing_is_saved(document: Document) -> None:
    before = document.services.catalogue.interventions()
    values = {"code": "T-2", "name": "X", "theme": "nope"}
    command = document.undo_stack.run(SaveIntervention(document.services, values))
    assert command.error is not None
    assert "theme" in getattr(command.error, "errors", {})
    assert document.undo_stack.count() == 0
    assert document.services.catalogue.interventions() == before


# -- the editor dialog -------------------------------------------------------------------------


def test_new_intervention_typed_and_saved(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    document = window.document
    editor = _new_editor(qtbot, window, dialog_of)
    assert editor.windowTitle() == "New Intervention"
    _fill(qtbot, editor, indicators="RCO01; RCO04")
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    saved = _item(document, "NEW-01")
    assert (saved.name, saved.theme, saved.duration_months_min, saved.cost_currency) == (
        "Export coaching vouchers",
        "digitisation",
        6,
        "EUR",
    )
    assert saved.suggested == ("RCO01", "RCO04")
    browser = window.catalogue
    assert browser.selected() == saved  # the dock shows and selects it
    assert "Export coaching vouchers" in browser.details.toPlainText()
    assert document.undo_stack.undoText() == "Add intervention"
    document.undo_stack.undo()
    assert find_by_code(document.services, "NEW-01") is None
    assert all(item.code != "NEW-01" for item in browser.model.items)


@pytest.mark.parametrize(
    "case",
    [("cost_min", "abc", "RCO01"), ("suggested_indicators", "100", "RCO01; NOPE99")],
    ids=["bad cost", "unknown indicator"],
)
def test_a_refusal_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, dialog_of: DialogOf, case: tuple[str, str, str]
) -> None:
    field, cost_min, indicators = case
    document = window.document
    before = document.services.catalogue.interventions()
    editor = _new_editor(qtbot, window, dialog_of)
    _fill(qtbot, editor, cost_min=cost_min, indicators=indicators)
    _click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.errors[field].isVisible()
    assert editor.errors[field].text()
    assert editor.fields[field].accessibleDescription() == editor.errors[field].text()
    if field == "suggested_indicators":
        assert "NOPE99" in editor.errors[field].text()
    assert document.services.catalogue.interventions() == before
    assert document.undo_stack.count() == 0
    _type(qtbot, editor.cost_min, "100")
    _type(qtbot, editor.suggested, "RCO01")
    _click(qtbot, editor.save_button)  # fixed: it saves, and the refusal is gone
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert find_by_code(document.services, "NEW-01") is not None


def test_a_new_entry_may_not_take_an_existing_code(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    editor = _new_editor(qtbot, window, dialog_of)
    _fill(qtbot, editor)
    _type(qtbot, editor.code, "C01")
    _click(qtbot, editor.save_button)
    assert editor.errors["code"].isVisible()
    assert _item(window.document, "C01").name == "Internationalisation project grant"
    _click(qtbot, editor.cancel_button)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_edit_by_double_click_then_undo_restores(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    document = window.document
    browser = window.catalogue
    assert browser.select_code("C01")
    old = _item(document, "C01")
    rect = browser.list.visualRect(browser.list.currentIndex())
    qtbot.mouseClick(browser.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double-click
    qtbot.mouseDClick(browser.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = dialog_of(window, InterventionEditor)
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "Edit Intervention"
    assert editor.code.isReadOnly()
    assert editor.name.text() == old.name
    assert editor.cost_min.text() == "250000.00"
    assert editor.suggested.text() == "RCO01; RCO02; RCR19; EXP-SALES"
    _type(qtbot, editor.name, "Project grant for going abroad")
    _type(qtbot, editor.cost_max, "900000")
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    changed = _item(document, "C01")
    assert (changed.name, str(changed.cost_max)) == ("Project grant for going abroad", "900000.00")
    assert changed.id == old.id
    assert "Project grant for going abroad" in browser.details.toPlainText()
    assert document.undo_stack.undoText() == "Change intervention"
    document.undo_stack.undo()
    restored = _item(document, "C01")
    assert restored == old
    assert old.name in browser.details.toPlainText()


def test_delete_then_undo_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    browser = window.catalogue
    assert browser.select_code("C01")
    old = _item(document, "C01")
    count = browser.model.rowCount()
    _click(qtbot, browser.delete_button)
    assert find_by_code(document.services, "C01") is None
    assert browser.model.rowCount() == count - 1
    assert document.undo_stack.undoText() == "Delete intervention"
    document.undo_stack.undo()
    back = _item(document, "C01")
    assert (back.code, back.name, back.suggested, back.cost_min) == (old.code, old.name, old.suggested, old.cost_min)
    assert browser.model.rowCount() == count
    assert back in browser.model.items
    document.undo_stack.redo()
    assert find_by_code(document.services, "C01") is None


def test_editor_buttons_follow_the_selection_and_have_names(qtbot: QtBot, window: MainWindow) -> None:
    browser = window.catalogue
    assert browser.edit_button.isEnabled()
    assert browser.delete_button.isEnabled()
    qtbot.keyClicks(browser.search, "no such intervention anywhere")
    assert not browser.edit_button.isEnabled()
    assert not browser.delete_button.isEnabled()
    editor = InterventionEditor(window.document, None, window)
    qtbot.addWidget(editor)
    for name, widget in editor.fields.items():
        assert widget.accessibleName(), name


def test_editor_renders(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    assert window.catalogue.select_code("C01")
    _click(qtbot, window.catalogue.edit_button)
    editor = dialog_of(window, InterventionEditor)
    qtbot.waitExposed(editor)
    _type(qtbot, editor.cost_min, "abc")
    _click(qtbot, editor.save_button)
    folder = os.environ.get("CATALOGUE_SHOTS")
    if folder:  # for a person to look at: CATALOGUE_SHOTS=/tmp/shots pytest ...
        assert editor.grab().save(str(Path(folder) / "intervention_editor.png"))
    assert editor.errors["cost_min"].isVisible()


# -- catalogue files ---------------------------------------------------------------------------


def test_export_then_import_reports_the_counts(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_of: DialogOf,
) -> None:
    target = tmp_path / "catalogue.csv"
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: target))
    monkeypatch.setattr(FilePrompts, "open_path", classmethod(lambda cls, *args: target))
    window.menus.export_catalogue.trigger()
    box = _message(qtbot, window, dialog_of)
    assert str(target) in box.text()
    assert target.is_file()
    assert (tmp_path / "catalogue-indicators.csv").is_file()
    box.close()
    qtbot.waitUntil(lambda: not box.isVisible())
    window.menus.import_catalogue.trigger()
    confirm = dialog_of(window, ConfirmDialog)
    assert "Importing adds or updates entries by code; it cannot be undone." in confirm.text()
    _click(qtbot, confirm.confirm_button)
    report = _message(qtbot, window, dialog_of)
    assert report.icon() == QMessageBox.Icon.Information
    assert "Interventions: 0 added, 40 updated." in report.text()
    assert "Indicators: 0 added, 75 updated." in report.text()
    assert window.document.undo_stack.count() == 0  # not undoable


def test_a_bad_file_shows_the_error_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_of: DialogOf,
) -> None:
    document = window.document
    before = document.services.catalogue.interventions()
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,theme,cost_min,cost_currency\nZZ-1,Fine,export,,\nZZ-2,Bad,nope,abc,EUR\n")
    monkeypatch.setattr(FilePrompts, "open_path", classmethod(lambda cls, *args: bad))
    window.menus.import_catalogue.trigger()
    confirm = dialog_of(window, ConfirmDialog)
    _click(qtbot, confirm.confirm_button)
    box = _message(qtbot, window, dialog_of)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Nothing was imported" in box.text()
    assert "Row 3" in box.text()
    assert document.services.catalogue.interventions() == before
    box.close()
    missing = tmp_path / "missing.xlsx"
    monkeypatch.setattr(FilePrompts, "open_path", classmethod(lambda cls, *args: missing))
    window.menus.import_catalogue.trigger()
    _click(qtbot, dialog_of(window, ConfirmDialog).confirm_button)
    qtbot.waitUntil(lambda: any(w.isVisible() and "missing.xlsx" in w.text() for w in window.findChildren(QMessageBox)))
    assert document.services.catalogue.interventions() == before


def _one_row_catalogue(tmp_path: Path, code: str, name: str) -> Path:
    source = tmp_path / "one.csv"
    source.write_text(f"code,name,theme\n{code},{name},export\n", encoding="utf-8")
    return source


class _PaintCounter(QObject):
    """Counts the paint events of the widget it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _hold_imports(
    monkeypatch: pytest.MonkeyPatch, release: threading.Event, finished: threading.Event | None = None
) -> None:
    """Imports from the window wait (on the worker thread) until ``release`` is set; ``finished`` is set after."""
    real_import = export_catalogue_files.import_catalogue

    def held(services: Services, path: Path) -> ImportReport:
        assert threading.current_thread() is not threading.main_thread()
        release.wait(20)
        try:
            return real_import(services, path)
        finally:
            if finished is not None:
                finished.set()

    monkeypatch.setattr(catalogue_files, "import_catalogue", held)


def _import(
    qtbot: QtBot, window: MainWindow, source: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> QProgressDialog:
    """File ▸ Import Catalogue… of ``source``, confirmed; the busy dialog it brings up."""
    monkeypatch.setattr(FilePrompts, "open_path", classmethod(lambda cls, *args: source))
    window.menus.import_catalogue.trigger()
    _click(qtbot, dialog_of(window, ConfirmDialog).confirm_button)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QProgressDialog)))
    return dialog_of(window, QProgressDialog)


def test_a_slow_import_keeps_the_window_painted_and_locked_until_done(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialog_of: DialogOf,
) -> None:
    """The import runs on a worker: the window repaints meanwhile, a busy dialog blocks edits, and the
    catalogue panel shows the new entry once it is done."""
    release = threading.Event()
    _hold_imports(monkeypatch, release)
    source = _one_row_catalogue(tmp_path, "ZZ-9", "Export mentoring for women-led firms")
    busy = _import(qtbot, window, source, monkeypatch, dialog_of)  # the GUI thread runs while the worker waits
    assert "Importing “one.csv”" in busy.labelText()
    assert QApplication.activeModalWidget() is busy
    paints = _PaintCounter()
    window.installEventFilter(paints)
    window.update()
    qtbot.waitUntil(lambda: paints.count > 0)  # painted while the worker still holds the import
    window.removeEventFilter(paints)
    release.set()
    report = _message(qtbot, window, dialog_of)
    assert "Interventions: 1 added, 0 updated." in report.text()
    assert not any(w.isVisible() for w in window.findChildren(QProgressDialog))
    qtbot.waitUntil(lambda: "ZZ-9" in _codes(window.document))
    model = window.catalogue.model
    qtbot.waitUntil(lambda: any("ZZ-9" in str(model.index(row, 0).data()) for row in range(model.rowCount())))


def test_the_busy_dialog_stays_until_the_import_ends(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    source = _one_row_catalogue(tmp_path, "ZZ-8", "Export coaching")
    release = threading.Event()
    _hold_imports(monkeypatch, release)
    busy = _import(qtbot, window, source, monkeypatch, dialog_of)
    qtbot.keyClick(busy, Qt.Key.Key_Escape)
    busy.close()
    assert busy.isVisible()  # Esc and closing do nothing while the workspace is being written
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: tmp_path / "out.xlsx"))
    window.menus.export_catalogue.trigger()  # (the menus are blocked by the dialog; triggered from code here)
    qtbot.waitUntil(lambda: any("still running" in w.text() for w in window.findChildren(QMessageBox) if w.isVisible()))
    assert not (tmp_path / "out.xlsx").exists()
    assert busy.isVisible()  # still, after the events of Esc and closing were processed
    release.set()
    qtbot.waitUntil(lambda: any("1 added" in w.text() for w in window.findChildren(QMessageBox) if w.isVisible()))


def test_closing_the_window_mid_import_waits_for_it_and_leaves_the_file_closed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    source = _one_row_catalogue(tmp_path, "ZZ-7", "Export clinics")
    release, finished = threading.Event(), threading.Event()
    _hold_imports(monkeypatch, release, finished)
    _import(qtbot, window, source, monkeypatch, dialog_of)
    path = window.document.workspace.file
    shutdown = window.jobs.shutdown

    def release_then_shut_down() -> None:
        release.set()  # the import ends while the window is closing, and the window waits for it
        shutdown()

    monkeypatch.setattr(window.jobs, "shutdown", release_then_shut_down)
    window.close()
    window.document.close()
    qtbot.waitUntil(finished.is_set)
    QCoreApplication.sendPostedEvents()  # the import's queued notifications and outcome arrive now, and are dropped
    QApplication.processEvents()
    assert not path.with_name(path.name + "-wal").exists()  # nothing reopened the closed workspace
    assert not path.with_name(path.name + "-shm").exists()
    with Workspace.open(path) as reopened:
        assert "ZZ-7" in [i.code for i in Services(reopened).catalogue.interventions()]  # and nothing was lost


def test_cancelling_the_confirmation_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    bad = tmp_path / "never.csv"
    monkeypatch.setattr(FilePrompts, "open_path", classmethod(lambda cls, *args: bad))
    window.menus.import_catalogue.trigger()
    confirm = dialog_of(window, ConfirmDialog)
    _click(qtbot, confirm.cancel_button)
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in window.findChildren(QMessageBox)))
    assert QApplication.activeModalWidget() is None


def test_indicator_codes_complete_the_last_code(qtbot: QtBot, document: Document) -> None:
    editor = InterventionEditor(document)
    qtbot.addWidget(editor)
    completer = editor.suggested.completer()
    assert isinstance(completer, CodesCompleter)
    editor.suggested.setText("RCO01; rco0")
    assert completer.splitPath(editor.suggested.text()) == ["rco0"]
    model = completer.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "RCO04")
    assert completer.pathFromIndex(model.index(row, 0)) == "RCO01; RCO04"


# -- the indicator library ---------------------------------------------------------------------


def _library_with_new_editor(
    qtbot: QtBot, window: MainWindow, dialog_of: DialogOf
) -> tuple[IndicatorPickerDialog, IndicatorEditor]:
    """Plan ▸ Indicator Library…, then New…: the library and the empty indicator editor."""
    window.menus.indicators.trigger()
    library = dialog_of(window, IndicatorPickerDialog)
    _click(qtbot, library.new_button)
    return library, dialog_of(library, IndicatorEditor)


def test_the_indicator_library_adds_changes_and_deletes_indicators_undoably(
    qtbot: QtBot, window: MainWindow, dialog_of: DialogOf
) -> None:
    services = window.document.services
    library, editor = _library_with_new_editor(qtbot, window, dialog_of)
    assert library.windowTitle() == "Indicator Library"
    assert library.buttons.button(QDialogButtonBox.StandardButton.Close) is not None  # nothing to pick here
    _type(qtbot, editor.code, "exp-99")
    _type(qtbot, editor.name, "SMEs with a first export contract")
    _type(qtbot, editor.unit, "enterprises")
    editor.kind.setCurrentIndex(editor.kind.findData("result"))
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    added = library.selected()
    assert added is not None
    assert (added.code, added.unit, added.kind.value) == ("EXP-99", "enterprises", "result")
    assert window.menus.undo.text() == "&Undo Add indicator"

    _click(qtbot, library.edit_button)
    editor = dialog_of(library, IndicatorEditor)
    assert editor.code.isReadOnly()
    assert editor.name.text() == "SMEs with a first export contract"
    editor.name.setText("SMEs with a first export order")
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert _indicator_name(services, "EXP-99") == "SMEs with a first export order"
    window.menus.undo.trigger()
    assert _indicator_name(services, "EXP-99") == "SMEs with a first export contract"

    _click(qtbot, library.delete_button)
    assert find_indicator(services, "EXP-99") is None
    assert "EXP-99" not in [library.model.item(r).code for r in range(library.model.rowCount())]
    window.menus.undo.trigger()
    assert find_indicator(services, "EXP-99") is not None

    used = next(k.code for a in services.actions.list(services.plans.list()[0].id) for k in a.kpis if k.code)
    library.search.setText(used)
    _click(qtbot, library.delete_button)
    assert "used by KPIs" in library.error.text()
    assert find_indicator(services, used) is not None


def test_a_new_indicator_needs_a_free_code_and_a_name(qtbot: QtBot, window: MainWindow, dialog_of: DialogOf) -> None:
    _library, editor = _library_with_new_editor(qtbot, window, dialog_of)
    _type(qtbot, editor.code, "RCO02")
    _click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "already in the library" in editor.errors["code"].text()
    editor.code.setText("EXP-100")
    _click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.errors["name"].isVisible()
    assert window.document.undo_stack.count() == 0
