"""Decisions recorded from the board or the menu, shown on the slides, undoable, and kept in the workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from action_planner.model.enums import Decision
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
from action_planner.ui.commands.workshop import MoveCard, RecordDecision, Vote
from action_planner.ui.document import Document
from action_planner.ui.undo import UndoStack
from action_planner.ui.workshop.board import BoardPanel
from action_planner.ui.workshop.decisions import DecisionDialog
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.slide_logs import DecisionsSlide
from action_planner.ui.workshop.slides import SlideKey, SlideKind


def test_the_decision_dialog_records_an_undoable_decision(
    qtbot: QtBot, document: Document, board: BoardPanel, plan_id: int, dialog_of: Callable[..., Any]
) -> None:
    first = document.services.actions.list(plan_id)[0]
    board.select_action(first.id)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Return)
    dialog: DecisionDialog = dialog_of(board, DecisionDialog)
    assert dialog.decision() is Decision.AGREED
    dialog.choices[Decision.PARKED].setChecked(True)
    dialog.note.setPlainText("Wait for the 2028 budget round")
    dialog.record_button.click()
    view = document.services.actions.get(first.id)
    assert (view.decision, view.decision_note) == (Decision.PARKED, "Wait for the 2028 budget round")
    assert document.undo_stack.undoText() == "Record decision"
    document.undo_stack.undo()
    assert document.services.actions.get(first.id).decision is None
    assert document.services.workshops.decisions(plan_id) == []
    document.undo_stack.redo()
    log = document.services.workshops.decisions(plan_id)
    assert [(d.action_id, d.decision) for d in log] == [(first.id, Decision.PARKED)]


def test_cancel_records_nothing(
    document: Document, board: BoardPanel, plan_id: int, dialog_of: Callable[..., Any]
) -> None:
    first = document.services.actions.list(plan_id)[0]
    board.decide(first.id)
    dialog: DecisionDialog = dialog_of(board, DecisionDialog)
    dialog.reject()
    assert document.undo_stack.count() == 0


def test_the_decisions_log_slide_lists_them_in_order(
    document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    actions = document.services.actions.list(plan_id)
    presentation.show_key(SlideKey(SlideKind.DECISIONS))
    slide = presentation.current_slide()
    assert isinstance(slide, DecisionsSlide)
    assert slide.empty.isVisibleTo(presentation)
    stack = document.undo_stack
    stack.run(RecordDecision(document.services, actions[1].id, Decision.AGREED, "Chamber co-funds"))
    stack.run(RecordDecision(document.services, actions[0].id, Decision.REVISIT))
    rows = slide.rows.texts()
    assert [row[1:3] for row in rows] == [
        [f"2  {actions[1].title}", "Agreed"],
        [f"1  {actions[0].title}", "To revisit"],
    ]
    assert rows[0][3] == "Chamber co-funds"
    assert slide.kicker.text() == "DECISIONS LOG · 2 RECORDED"
    assert not slide.empty.isVisibleTo(presentation)


def test_votes_scores_and_decisions_persist_after_reopening(demo_path: Path, qtbot: QtBot) -> None:
    document = Document.open(demo_path)
    plan = next(p for p in document.services.plans.list() if p.region_code == "UKE4")
    first, second = document.services.actions.list(plan.id)[:2]
    panel = BoardPanel(document)
    qtbot.addWidget(panel)
    panel.set_plan(plan.id)
    panel.vote(first.id, against=False)
    panel.vote(first.id, against=False)
    panel.vote(second.id, against=True)
    document.undo_stack.run(MoveCard(document.services, second.id, 1, 5))
    document.undo_stack.run(RecordDecision(document.services, first.id, Decision.AGREED, "Go ahead"))
    panel.deleteLater()
    document.close()
    with Workspace.open(demo_path) as workspace:
        services = Services(workspace)
        again = services.actions.get(first.id)
        assert (again.votes_for, again.votes_against, again.decision, again.decision_note) == (
            2,
            0,
            Decision.AGREED,
            "Go ahead",
        )
        other = services.actions.get(second.id)
        assert (other.votes_for, other.votes_against, other.impact, other.effort) == (0, 1, 1, 5)
        assert [d.note for d in services.workshops.decisions(plan.id)] == ["Go ahead"]


def test_commands_on_a_bare_stack(demo: Services) -> None:
    plan = demo.plans.list()[0]
    action = demo.actions.list(plan.id)[0]
    stack = UndoStack()
    stack.run(Vote(demo, action.id))
    stack.run(Vote(demo, action.id, against=True))
    stack.run(MoveCard(demo, action.id, None, None))
    decided = stack.run(RecordDecision(demo, action.id, Decision.REVISIT, "later"))
    view = demo.actions.get(action.id)
    assert (view.votes_for, view.votes_against, view.impact, view.effort, view.decision) == (
        1,
        1,
        None,
        None,
        Decision.REVISIT,
    )
    first_time = decided.decided_at
    stack.undo()
    stack.redo()
    assert decided.decided_at == first_time  # redo keeps the time the room decided
    for _ in range(4):
        stack.undo()
    view = demo.actions.get(action.id)
    assert (view.votes_for, view.votes_against, view.decision) == (0, 0, None)
    assert (view.impact, view.effort) == (action.impact, action.effort)
    stack.redo()
    refused = stack.run(MoveCard(demo, action.id, 9, 1))
    assert refused.error is not None
    assert stack.count() == 1  # the refused move is not recorded
    assert stack.undoText() == "Vote"
