"""Workshop records: votes, decisions and the changes since a workshop started."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from action_planner.model.enums import Decision
from action_planner.model.errors import NotFoundError, ValidationError
from action_planner.model.services import Services
from action_planner.model.services.workshops import VotesView
from action_planner.model.workspace import Workspace


def test_votes_and_decisions_persist_after_reopening(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        services = Services(workspace)
        plan = services.plans.list()[0]
        first, second = services.actions.list(plan.id)[:2]
        services.workshops.set_votes(first.id, 3, 1)
        services.workshops.decide(first.id, "revisit", "Needs a co-funder", at=datetime(2026, 11, 27, 9, 30))
        services.workshops.decide(first.id, Decision.AGREED, "Chamber will co-fund", at=datetime(2026, 11, 27, 10))
        services.workshops.decide(second.id, "parked", at=datetime(2026, 11, 27, 10, 5))
        with pytest.raises(ValidationError):
            services.workshops.set_votes(first.id, -1, 0)
        with pytest.raises(ValidationError):
            services.workshops.decide(first.id, "maybe")
    with Workspace.open(demo_path) as workspace:
        services = Services(workspace)
        action = services.actions.get(first.id)
        assert (action.votes_for, action.votes_against, action.decision) == (3, 1, Decision.AGREED)
        assert action.decision_note == "Chamber will co-fund"
        log = services.workshops.decisions(plan.id)
        assert [(d.action_number, d.decision) for d in log] == [
            (1, Decision.REVISIT),
            (1, Decision.AGREED),
            (2, Decision.PARKED),
        ]
        services.workshops.withdraw_decision(log[1].id)
        assert services.actions.get(first.id).decision is Decision.REVISIT


def test_deleting_an_action_and_undoing_keeps_its_decisions(demo: Services) -> None:
    plan = demo.plans.list()[0]
    action = demo.actions.list(plan.id)[0]
    demo.workshops.decide(action.id, "agreed", "yes")
    snapshot = demo.actions.delete(action.id)
    assert demo.workshops.decisions(plan.id) == []
    demo.actions.restore(snapshot)
    assert [d.note for d in demo.workshops.decisions(plan.id)] == ["yes"]


def test_changes_since_start_after_a_scripted_session(demo: Services) -> None:
    plan = demo.plans.list()[5]  # West Yorkshire, GBP
    actions = demo.actions.list(plan.id)
    workshop = demo.workshops.start(plan.id)
    assert demo.workshops.current(plan.id) == workshop
    moved_from, moved_to = actions[0], actions[1]
    line = moved_from.budget_lines[0]
    demo.budget.update(line.id, amount=line.amount - Decimal("10000"))
    demo.budget.add(moved_to.id, "10000", funding_source="regional", year=2027)
    demo.actions.update(actions[2].id, owner_organisation="Leeds Chamber of Commerce")
    removed = actions[3]
    demo.actions.delete(removed.id)
    added = demo.actions.add(plan.id, "Investor open day", "liveability")
    changes = demo.workshops.changes_since_start(workshop.id)
    summary = [(c.kind, c.title, c.field) for c in changes]
    assert summary == [  # grouped per action, in the plan's order; added and removed actions last
        ("budget", moved_from.title, ""),
        ("line", moved_from.title, "amount"),
        ("budget", moved_to.title, ""),
        ("line_added", moved_to.title, ""),
        ("owner", actions[2].title, ""),
        ("field", actions[2].title, "owner_email"),  # the contact belonged to the previous owner
        ("added", "Investor open day", ""),
        ("removed", removed.title, ""),
    ]
    by_kind = {(c.kind, c.action_id): c for c in changes}
    assert moved_from.total is not None  # both have budget lines
    assert moved_to.total is not None
    budget_from = by_kind["budget", moved_from.id]
    assert budget_from.amount_before == moved_from.total
    assert budget_from.amount_after == moved_from.total - Decimal("10000.00")
    line_from = by_kind["line", moved_from.id]
    assert (line_from.amount_before, line_from.amount_after) == (line.amount, line.amount - Decimal("10000.00"))
    assert by_kind["budget", moved_to.id].amount_after == moved_to.total + Decimal("10000.00")
    owner = by_kind["owner", actions[2].id]
    assert (owner.before, owner.after) == (actions[2].owner_organisation, "Leeds Chamber of Commerce")
    assert by_kind["added", added.id].amount_after == Decimal("0.00")
    assert by_kind["removed", removed.id].amount_before == removed.total
    demo.workshops.end(workshop.id)
    assert demo.workshops.current(plan.id) is None


def test_votes_are_added_and_taken_back_as_increments_within_bounds(demo: Services) -> None:
    action = demo.actions.add(demo.plans.list()[0].id, "An action", "export")
    assert demo.workshops.add_votes(action.id, 2, 1) == VotesView(action.id, 2, 1)
    assert demo.workshops.add_votes(action.id, -1, 0) == VotesView(action.id, 1, 1)
    with pytest.raises(ValidationError, match="from 0 to"):
        demo.workshops.add_votes(action.id, 0, -2)
    stored = demo.actions.get(action.id)
    assert (stored.votes_for, stored.votes_against) == (1, 1)  # the refused step changed nothing
    with pytest.raises(NotFoundError):
        demo.workshops.add_votes(action.id + 10_000, 1)
