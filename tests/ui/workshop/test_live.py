"""The projected slides follow every committed change at once, and keep showing the same thing."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from action_planner.model.enums import Decision
from action_planner.ui.commands.actions import AddAction, DeleteAction, EditAction, MoveAction
from action_planner.ui.commands.budget import EditBudgetLine
from action_planner.ui.commands.workshop import RecordDecision, Vote
from action_planner.ui.document import Document
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.slide_action import ActionSlide
from action_planner.ui.workshop.slide_overview import OverviewSlide
from action_planner.ui.workshop.slides import SlideKey, SlideKind


def _action_slide(window: PresentationWindow) -> ActionSlide:
    slide = window.current_slide()
    assert isinstance(slide, ActionSlide)
    return slide


def test_an_edit_in_the_main_window_shows_on_the_projected_slide(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    third = document.services.actions.list(plan_id)[2]
    qtbot.keyClicks(presentation, "3")
    qtbot.keyClick(presentation, Qt.Key.Key_Return)
    slide = _action_slide(presentation)
    assert slide.title.text() == third.title
    # the main window pushes a command on the document's undo stack: the wall changes at once
    document.undo_stack.run(
        EditAction(document.services, third.id, {"title": "Trade missions to the Gulf"}, "Change title")
    )
    assert slide.title.text() == "Trade missions to the Gulf"
    document.undo_stack.run(
        EditAction(document.services, third.id, {"owner_organisation": "Leeds Chamber"}, "Change owner")
    )
    assert any("Leeds Chamber" in row[1] for row in slide.facts.texts())
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert slide.title.text() == third.title


def test_a_budget_change_updates_the_action_slide_and_the_overview(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    first = document.services.actions.list(plan_id)[0]
    line = first.budget_lines[0]
    overview = presentation.current_slide()
    assert isinstance(overview, OverviewSlide)
    before = overview.total.text()
    document.undo_stack.run(EditBudgetLine(document.services, line, {"amount": line.amount + Decimal("1000")}))
    assert overview.total.text() != before  # the slide on screen was rebuilt at once
    qtbot.keyClick(presentation, Qt.Key.Key_Right)  # action 1
    slide = _action_slide(presentation)
    total = document.services.actions.get(first.id).total
    assert any(f"{total:,.2f} GBP" in row[1] for row in slide.facts.texts())


def test_the_same_action_stays_on_screen_when_another_is_added_before_it(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    third = document.services.actions.list(plan_id)[2]
    assert presentation.show_key(SlideKey(SlideKind.ACTION, third.id))
    assert presentation.counter.text() == "4 / 13"
    command = document.undo_stack.run(AddAction(document.services, plan_id, "Investor open day", "liveability", 0))
    slide = _action_slide(presentation)
    assert slide.action_id == third.id
    assert slide.kicker.text() == "ACTION 4 OF 8"  # renumbered, still the same action
    assert presentation.counter.text() == "5 / 14"
    document.undo_stack.run(MoveAction(document.services, third.id, 6))
    assert _action_slide(presentation).action_id == third.id
    assert presentation.counter.text() == "8 / 14"
    assert command.action_id is not None
    assert presentation.show_key(SlideKey(SlideKind.ACTION, command.action_id))


def test_when_the_action_on_screen_is_deleted_the_next_one_shows(
    document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    actions = document.services.actions.list(plan_id)
    presentation.show_key(SlideKey(SlideKind.ACTION, actions[2].id))
    document.undo_stack.run(DeleteAction(document.services, actions[2].id))
    assert _action_slide(presentation).action_id == actions[3].id
    assert len(presentation.slides) == 12
    document.undo_stack.undo()
    assert len(presentation.slides) == 13


def test_votes_and_decisions_show_on_the_action_slide(
    document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    first = document.services.actions.list(plan_id)[0]
    presentation.show_key(SlideKey(SlideKind.ACTION, first.id))
    slide = _action_slide(presentation)
    document.undo_stack.run(Vote(document.services, first.id))
    document.undo_stack.run(Vote(document.services, first.id))
    document.undo_stack.run(Vote(document.services, first.id, against=True))
    assert slide.votes.text() == "Votes +2 / −1 (net +1)"
    document.undo_stack.run(RecordDecision(document.services, first.id, Decision.REVISIT, "Needs a co-funder"))
    assert slide.decision.text() == "To revisit"
    assert slide.note.text().startswith("Needs a co-funder")
    document.undo_stack.undo()
    assert slide.decision.text() == "No decision yet"


def test_slides_not_on_screen_are_only_marked_and_rebuilt_when_shown(
    document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    actions = document.services.actions.list(plan_id)
    presentation.show_key(SlideKey(SlideKind.ACTION, actions[0].id))
    other = next(s for s in presentation.slides if s.key == SlideKey(SlideKind.ACTION, actions[1].id))
    presentation.show_key(other.key)
    presentation.show_key(SlideKey(SlideKind.ACTION, actions[0].id))
    assert not other.dirty
    document.services.actions.update(actions[0].id, title="Only the first changes")
    assert not other.dirty  # a change to action 1 does not concern action 2's slide
    document.services.actions.update(actions[1].id, title="Now the second")
    assert other.dirty
    presentation.show_key(other.key)
    assert not other.dirty
    assert other.title.text() == "Now the second"


def test_other_plans_changes_are_ignored(document: Document, presentation: PresentationWindow, plan_id: int) -> None:
    other_plan = next(p for p in document.services.plans.list() if p.id != plan_id)
    for slide in presentation.slides:
        slide.dirty = False
    document.services.actions.update(document.services.actions.list(other_plan.id)[0].id, title="Elsewhere")
    assert not any(s.dirty for s in presentation.slides)
