"""File ▸ Send for Review… and Import Review…: two partners' workbooks merged, some accepted, one Undo."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from action_planner.export.language import Labels, labels_for
from action_planner.export.review_workbook import ACTIONS, BUDGET, INTRO, export_review, review_language
from action_planner.model.review import Comment, Difference
from action_planner.model.services import Services
from action_planner.model.views import ActionView
from action_planner.ui.dialogs import FilePrompts, TextPromptDialog
from action_planner.ui.main_window import MainWindow
from action_planner.ui.review.dialog import ReviewDialog
from action_planner.ui.review.model import ReviewItemsModel

if TYPE_CHECKING:
    from tests.ui.conftest import DialogOf

Ctrl = Qt.KeyboardModifier.ControlModifier


def header(sheet: object) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}  # type: ignore[index]


def test_the_file_menu_offers_both_review_commands(window: MainWindow) -> None:
    file_menu = window.menuBar().findChild(QMenu, "FileMenu")
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "&Send for Review…" in texts
    assert "Import Re&view…" in texts
    assert texts.index("Import Re&view…") < texts.index("&Import Catalogue…")


def test_send_for_review_writes_a_workbook_and_records_the_round(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_of: DialogOf
) -> None:
    target = tmp_path / "anna.xlsx"
    monkeypatch.setattr(FilePrompts, "save_path", classmethod(lambda cls, *args: target))
    window.review.send_action.trigger()
    prompt = dialog_of(window, TextPromptDialog)
    qtbot.keyClicks(prompt.edit, "Anna Berg")
    qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: target.exists() and not window.jobs.busy, timeout=20000)
    (sent,) = window.document.services.reviews.rounds()
    assert sent.reviewer == "Anna Berg"
    assert sent.plan_ids == (window.navigator.plan_id,)
    book = openpyxl.load_workbook(target)
    tr = workbook_language(window.document.services, sent.plan_ids[0])
    assert book[tr(INTRO)]["B4"].value == "Anna Berg"
    assert book[tr(ACTIONS)].max_row == 1 + len(window.document.services.actions.list(sent.plan_ids[0]))


@dataclass(frozen=True)
class Returned:
    anna: Path
    piotr: Path
    first: ActionView
    plan_id: int


def workbook_language(services: Services, plan_id: int) -> Labels:
    """The texts of a review workbook of one plan: in the plan's language."""
    return labels_for(review_language([p for p in services.plans.list() if p.id == plan_id]))


@pytest.fixture
def returned(window: MainWindow, tmp_path: Path) -> Returned:
    """Two partners' workbooks of the current plan: Anna retitles action 1; Piotr changes an amount, comments."""
    services = window.document.services
    plan_id = window.navigator.plan_id
    assert plan_id is not None
    first = services.actions.list(plan_id)[0]
    anna = export_review(services, [plan_id], tmp_path / "anna.xlsx", reviewer="Anna").path
    tr = workbook_language(services, plan_id)
    book = openpyxl.load_workbook(anna)
    sheet = book[tr(ACTIONS)]
    sheet.cell(2, header(sheet)[tr("Title")]).value = "Voucher for first-time exporters"
    book.save(anna)
    piotr = export_review(services, [plan_id], tmp_path / "piotr.xlsx", reviewer="Piotr").path
    book = openpyxl.load_workbook(piotr)
    sheet = book[tr(BUDGET)]
    sheet.cell(2, header(sheet)[tr("Amount")]).value = 1000
    sheet = book[tr(ACTIONS)]
    sheet.cell(2, header(sheet)[tr("Reviewer comment")]).value = "Add the chamber of commerce as a player."
    book.save(piotr)
    return Returned(anna, piotr, first, plan_id)


def open_reviews(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, *paths: Path) -> ReviewDialog:
    chosen = iter(paths)

    def next_path(_cls: object, *_args: object) -> Path:
        return next(chosen)

    monkeypatch.setattr(FilePrompts, "open_path", classmethod(next_path))
    window.review.import_action.trigger()
    qtbot.waitUntil(lambda: window.review.dialog is not None and not window.jobs.busy, timeout=20000)
    dialog = window.review.dialog
    assert dialog is not None
    for count in range(2, len(paths) + 1):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

        def merged(wanted: int = count) -> bool:
            return len(dialog.files) == wanted and not window.jobs.busy

        qtbot.waitUntil(merged, timeout=20000)
    return dialog


def row_of(model: ReviewItemsModel, reviewer: str, kind: type[Difference | Comment]) -> int:
    return next(i for i, item in enumerate(model.items) if item.reviewer == reviewer and isinstance(item, kind))


def test_import_two_reviews_accept_one_change_and_a_comment_then_undo(
    qtbot: QtBot, window: MainWindow, returned: Returned, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.document.services
    first, plan_id = returned.first, returned.plan_id
    before = services.actions.list(plan_id)
    dialog = open_reviews(qtbot, window, monkeypatch, returned.anna, returned.piotr)
    model = dialog.model
    shown = {
        (item.reviewer, model.data(model.index(row, model.CHANGE)), model.data(model.index(row, model.PROPOSED)))
        for row, item in enumerate(model.items)
    }
    assert shown == {
        ("Anna", "Title", "Voucher for first-time exporters"),
        ("Piotr", "Amount", "1000"),
        ("Piotr", "Comment on the action", ""),
    }
    assert dialog.summary.text() == "2 proposed changes, 1 comment from Anna (anna.xlsx), Piotr (piotr.xlsx)."
    dialog.grab().save(str(returned.anna.with_name("review-dialog.png")))
    # accept Anna's title and keep Piotr's comment with the keyboard; Piotr's amount stays rejected
    dialog.table.setFocus()
    for row in (row_of(model, "Anna", Difference), row_of(model, "Piotr", Comment)):
        dialog.table.setCurrentIndex(model.index(row, model.ACCEPT))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert model.data(model.index(row_of(model, "Anna", Difference), 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    depth = window.document.undo_stack.count()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.review.dialog is None)
    assert window.document.undo_stack.count() == depth + 1
    assert window.menus.undo.text() == "&Undo Accept 1 review change"
    after = services.actions.list(plan_id)
    assert after[0].title == "Voucher for first-time exporters"
    assert after[0].budget_lines[0].amount == before[0].budget_lines[0].amount != Decimal(1000)
    window.actions_panel.select_action(first.id)
    editor = window.action_editor
    assert editor.tabText(editor.comments_tab) == "Review comments (1)"
    assert "Add the chamber of commerce" in str(editor.comments.model.data(editor.comments.model.index(0)))

    again = open_reviews(qtbot, window, monkeypatch, returned.anna, returned.piotr)
    assert again.model.rowCount() == 0  # every proposal was decided: nothing new
    again.reject()
    qtbot.waitUntil(lambda: window.review.dialog is None)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.actions_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Ctrl)  # one Undo takes the whole review back
    assert services.actions.list(plan_id) == before
    assert services.reviews.comments(first.id) == []


def test_the_review_models_pass_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow, returned: Returned, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialog = open_reviews(qtbot, window, monkeypatch, returned.anna, returned.piotr)
    qtmodeltester.check(dialog.model)
    dialog.apply_button.setFocus()
    dialog.model.set_accepted(list(range(dialog.model.rowCount())), True)
    assert len(dialog.decisions()[0]) == 2
    dialog.reject()
    window.document.services.reviews.apply([], [], [c for f in dialog.files for c in f.comments])
    window.actions_panel.select_action(returned.first.id)
    comments = window.action_editor.comments.model
    assert comments.rowCount() == 1
    qtmodeltester.check(comments)
    window.action_editor.setCurrentIndex(window.action_editor.comments_tab)
    window.action_editor.grab().save(str(returned.anna.with_name("comments-tab.png")))


def test_word_comments_come_back_through_import_review_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    from action_planner.export.registry import EXPORTERS
    from action_planner.export.request import ExportRequest

    services = window.document.services
    plan_id = window.navigator.plan_id
    assert plan_id is not None
    actions = services.actions.list(plan_id)
    path = EXPORTERS["docx"]().export(services, ExportRequest((plan_id,), tmp_path / "plan.docx"))
    document = docx.Document(str(path))
    heading = next(p for p in document.paragraphs if p.text.endswith(actions[1].title))
    document.add_comment(heading.runs, text="Name the chamber among the players.", author="Anna Rossi (ERVET)")
    part_one = next(p for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1")
    document.add_comment(part_one.runs, text="A remark on the whole plan.", author="Anna Rossi (ERVET)")
    document.save(str(path))
    filters: list[str] = []

    def chosen(_cls: object, _parent: object, _title: str, file_filter: str) -> Path:
        filters.append(file_filter)
        return path

    monkeypatch.setattr(FilePrompts, "open_path", classmethod(chosen))
    window.review.import_action.trigger()
    qtbot.waitUntil(lambda: window.review.dialog is not None and not window.jobs.busy, timeout=20000)
    dialog = window.review.dialog
    assert dialog is not None
    assert "*.docx" in filters[0]
    model = dialog.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, model.CHANGE)) == "Comment on the action"
    assert model.data(model.index(0, model.ACTION)) == f"A{actions[1].id} {actions[1].title}"
    assert dialog.summary.text() == "0 proposed changes, 1 comment from Anna Rossi (plan.docx)."
    assert dialog.unattached.isVisibleTo(dialog)
    assert "A remark on the whole plan." in dialog.unattached.toPlainText()
    assert not dialog.refused.isVisibleTo(dialog)
    dialog.grab().save(str(tmp_path / "word-review-dialog.png"))
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(0, model.ACCEPT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    depth = window.document.undo_stack.count()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.review.dialog is None)
    assert window.document.undo_stack.count() == depth + 1
    window.actions_panel.select_action(actions[1].id)
    editor = window.action_editor
    assert editor.tabText(editor.comments_tab) == "Review comments (1)"
    shown = str(editor.comments.model.data(editor.comments.model.index(0)))
    assert shown.startswith("Anna Rossi (ERVET), ")
    assert "Name the chamber among the players." in shown
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.actions_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Ctrl)
    assert services.reviews.comments(actions[1].id) == []
