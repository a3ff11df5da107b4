"""The "changes since the workshop started" slide after a scripted session, and starting or ending a workshop."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from action_planner.model.enums import Decision, FundingSource
from action_planner.ui import labels
from action_planner.ui.commands.actions import AddAction, DeleteAction, EditAction
from action_planner.ui.commands.budget import AddBudgetLine, EditBudgetLine
from action_planner.ui.commands.kpis import EditKpi
from action_planner.ui.commands.workshop import MoveCard, RecordDecision, Vote
from action_planner.ui.document import Document
from action_planner.ui.workshop import wording
from action_planner.ui.workshop.presentation import PresentationWindow
from action_planner.ui.workshop.session import ContinueDialog, WorkshopSession
from action_planner.ui.workshop.slide_logs import ChangesSlide


def _gbp(amount: Decimal | None) -> str:
    return labels.money(amount, "GBP", with_code=True)


def _changes_slide(qtbot: QtBot, presentation: PresentationWindow) -> ChangesSlide:
    qtbot.keyClick(presentation, Qt.Key.Key_End)
    slide = presentation.current_slide()
    assert isinstance(slide, ChangesSlide)
    return slide


def test_the_changes_slide_lists_a_scripted_session(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    services, stack = document.services, document.undo_stack
    slide = _changes_slide(qtbot, presentation)
    assert slide.kicker.text() == "NO WORKSHOP RUNNING"
    WorkshopSession(document).start(plan_id)
    assert slide.kicker.text().startswith("SINCE ")  # the slide on screen follows the start at once
    assert slide.message.text() == "Nothing has changed yet."
    actions = services.actions.list(plan_id)
    giver, taker, handed, dropped = actions[0], actions[1], actions[2], actions[3]
    assert giver.total is not None  # both have budget lines
    assert taker.total is not None
    # the room moves 10,000 from one action to another, changes an owner, drops one action and adds one
    line = giver.budget_lines[0]
    stack.run(EditBudgetLine(services, line, {"amount": line.amount - Decimal(10000)}))
    stack.run(AddBudgetLine(services, taker.id, "10000", funding_source="regional", year=2027))
    stack.run(EditAction(services, handed.id, {"owner_organisation": "Leeds Chamber of Commerce"}, "Change owner"))
    stack.run(DeleteAction(services, dropped.id))
    stack.run(AddAction(services, plan_id, "Investor open day", "liveability"))
    assert slide.rows.texts() == [
        [
            "Budget",
            giver.title,
            f"{_gbp(giver.total)} → {_gbp(giver.total - 10000)}  (−{labels.money(Decimal(10000), 'GBP')})",
        ],
        [
            "Budget line",
            "",  # the action's title heads its group only
            f"line 1, Amount: {labels.money(line.amount, 'GBP')} → {labels.money(line.amount - 10000, 'GBP')}",
        ],
        [
            "Budget",
            taker.title,
            f"{_gbp(taker.total)} → {_gbp(taker.total + 10000)}  (+{labels.money(Decimal(10000), 'GBP')})",
        ],
        ["Budget line", "", f"line {len(taker.budget_lines) + 1} added: {_gbp(Decimal(10000))}"],
        ["Owner", handed.title, f"{handed.owner_organisation} → Leeds Chamber of Commerce"],
        ["Contact email", "", f"{handed.owner_email} → —"],  # the contact is now the new owner's
        ["Added", "Investor open day", f"new action, budget {_gbp(Decimal('0.00'))}"],
        ["Removed", dropped.title, f"had a budget of {_gbp(dropped.total)}"],
    ]
    assert not slide.message.isVisibleTo(presentation)
    # undoing the moves takes the lines off again
    for _ in range(5):
        stack.undo()
    assert slide.rows.texts() == []
    assert slide.message.text() == "Nothing has changed yet."


def test_starting_again_offers_to_continue_the_running_workshop(document: Document, plan_id: int) -> None:
    session = WorkshopSession(document)
    first = session.start(plan_id)
    assert first is not None
    assert session.start(plan_id) == first  # still the same one until the facilitator chooses
    dialog = session.last_dialog
    assert isinstance(dialog, ContinueDialog)
    dialog.continue_button.click()
    assert session.running(plan_id) == first
    session.start(plan_id)
    assert isinstance(session.last_dialog, ContinueDialog)
    session.last_dialog.new_button.click()
    second = session.running(plan_id)
    assert second is not None
    assert second.id != first.id
    with_changes = session.end(plan_id)
    assert with_changes is not None
    assert with_changes.ended_at is not None
    assert session.running(plan_id) is None
    assert session.describe(plan_id) == "No workshop running."


def test_the_changes_slide_lists_every_field_scores_votes_decisions_and_kpis_grouped_per_action(
    qtbot: QtBot, document: Document, presentation: PresentationWindow, plan_id: int
) -> None:
    services, stack = document.services, document.undo_stack
    slide = _changes_slide(qtbot, presentation)
    WorkshopSession(document).start(plan_id)
    first, second = services.actions.list(plan_id)[:2]
    kpi = first.kpis[0]
    line = second.budget_lines[0]
    stack.run(EditAction(services, first.id, {"status": "in_progress"}, "Change status"))
    stack.run(MoveCard(services, first.id, 5, 1))
    stack.run(Vote(services, first.id))
    stack.run(Vote(services, first.id))
    stack.run(RecordDecision(services, first.id, Decision.AGREED, "Chamber will co-fund"))
    stack.run(EditKpi(services, kpi, {"target": "12"}))
    stack.run(EditAction(services, second.id, {"end_date": date(2029, 6, 30)}, "Change end"))
    stack.run(EditBudgetLine(services, line, {"funding_source": FundingSource.ERDF_INTERREG.value}))
    assert [(c.action_id, wording.change_kind(slide.room, c)) for c in slide.changes] == [
        (first.id, "Status"),
        (first.id, "KPI"),
        (first.id, "Board"),
        (first.id, "Votes"),
        (first.id, "Decision"),
        (second.id, "End"),
        (second.id, "Budget line"),
    ]  # grouped per action, in the plan's order
    assert [row[1] for row in slide.rows.texts()] == [first.title, "", "", "", "", second.title, ""]
    details = [row[2] for row in slide.rows.texts()]
    assert details == [
        f"{labels.label(first.status)} → In progress",
        f"“{kpi.name}”, Target: {labels.number(kpi.target)} → 12",
        f"impact {first.impact}, effort {first.effort} → impact 5, effort 1",
        f"+{first.votes_for} / −{first.votes_against} → +{first.votes_for + 2} / −{first.votes_against}",
        "No decision → Agreed (Chamber will co-fund)",
        f"{slide.room.day(second.end_date)} → {slide.room.day(date(2029, 6, 30))}",
        f"line 1, Funding source: {labels.label(FundingSource(line.funding_source))}"
        f" → {labels.label(FundingSource.ERDF_INTERREG)}",
    ]
    for _ in range(8):
        stack.undo()
    assert slide.changes == []
