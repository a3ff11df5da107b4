"""Workshops: dot votes, decisions with notes and times, and what changed since the workshop began."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from action_planner.model.changes import Change
from action_planner.model.entities import Action, ActionDecision, Plan, Workshop
from action_planner.model.enums import Decision
from action_planner.model.errors import ValidationError
from action_planner.model.services.base import Service, get_or_fail
from action_planner.model.services.budget import compute_plan_totals
from action_planner.model.validation import clean_enum, clean_text

#: Largest number of dots one action can hold (a sanity bound for a room of people).
MAX_VOTES = 999


def utc_now() -> datetime:
    """Now, in UTC without a zone (how times are stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class DecisionView:
    id: int
    action_id: int
    action_number: int
    action_title: str
    decision: Decision
    note: str
    decided_at: datetime  # UTC


@dataclass(frozen=True, slots=True)
class VotesView:
    action_id: int
    votes_for: int
    votes_against: int

    @property
    def net(self) -> int:
        return self.votes_for - self.votes_against


@dataclass(frozen=True, slots=True)
class WorkshopView:
    id: int
    plan_id: int
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class ChangeSinceStart:
    """One line of "changes since the workshop started"."""

    kind: str  # "added", "removed", "budget", "owner", "title"
    action_id: int
    title: str
    before: str
    after: str
    amount_before: Decimal | None = None
    amount_after: Decimal | None = None


def _plan_state(session: Session, plan: Plan) -> dict[str, Any]:
    totals = compute_plan_totals(session, plan)
    by_action = totals.plan.by_action if totals.plan else {}
    actions = session.scalars(select(Action).where(Action.plan_id == plan.id).order_by(Action.position))
    return {
        "currency": plan.currency,
        "actions": {
            str(a.id): {
                "title": a.title,
                "owner": a.owner_organisation.name if a.owner_organisation else "",
                "total": str(by_action.get(a.id, Decimal(0))) if totals.plan else None,
            }
            for a in actions
        },
    }


def _workshop_view(row: Workshop) -> WorkshopView:
    return WorkshopView(row.id, row.plan_id, row.started_at, row.ended_at)


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[ChangeSinceStart]:
    """What differs between two plan states, actions in their current order, removed ones last."""
    changes: list[ChangeSinceStart] = []
    old, new = before["actions"], after["actions"]

    def money(value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    for key, now in new.items():
        then = old.get(key)
        ident = int(key)
        if then is None:
            changes.append(ChangeSinceStart("added", ident, now["title"], "", now["title"], None, money(now["total"])))
            continue
        if then["title"] != now["title"]:
            changes.append(ChangeSinceStart("title", ident, now["title"], then["title"], now["title"]))
        if then["total"] != now["total"]:
            changes.append(
                ChangeSinceStart(
                    "budget",
                    ident,
                    now["title"],
                    then["total"] or "",
                    now["total"] or "",
                    money(then["total"]),
                    money(now["total"]),
                )
            )
        if then["owner"] != now["owner"]:
            changes.append(ChangeSinceStart("owner", ident, now["title"], then["owner"], now["owner"]))
    for key, then in old.items():
        if key not in new:
            changes.append(
                ChangeSinceStart("removed", int(key), then["title"], then["title"], "", money(then["total"]))
            )
    return changes


class WorkshopService(Service):
    """What a facilitator records in the room; all stored in the workspace and undoable."""

    def start(self, plan_id: int) -> WorkshopView:
        """Start a workshop on a plan, recording the plan as it stands now."""

        def work(session: Session) -> tuple[WorkshopView, list[Change]]:
            plan = get_or_fail(session, Plan, plan_id, "plan")
            for running in session.scalars(
                select(Workshop).where(Workshop.plan_id == plan_id, Workshop.ended_at.is_(None))
            ):
                running.ended_at = utc_now()
            row = Workshop(plan_id=plan_id, started_at=utc_now(), snapshot=json.dumps(_plan_state(session, plan)))
            session.add(row)
            session.flush()
            return _workshop_view(row), [Change("workshop", "added", (row.id,), plan_id=plan_id)]

        return self._apply(work)

    def end(self, workshop_id: int) -> WorkshopView:
        def work(session: Session) -> tuple[WorkshopView, list[Change]]:
            row = get_or_fail(session, Workshop, workshop_id, "workshop")
            row.ended_at = row.ended_at or utc_now()
            return _workshop_view(row), [Change("workshop", "changed", (row.id,), plan_id=row.plan_id)]

        return self._apply(work)

    def current(self, plan_id: int) -> WorkshopView | None:
        """The running workshop on a plan, if any."""

        def work(session: Session) -> WorkshopView | None:
            row = session.scalar(
                select(Workshop)
                .where(Workshop.plan_id == plan_id, Workshop.ended_at.is_(None))
                .order_by(Workshop.started_at.desc(), Workshop.id.desc())
            )
            return _workshop_view(row) if row else None

        return self._read(work)

    def changes_since_start(self, workshop_id: int) -> list[ChangeSinceStart]:
        """Actions added and removed, budgets, owners and titles changed, with before and after."""

        def work(session: Session) -> list[ChangeSinceStart]:
            row = get_or_fail(session, Workshop, workshop_id, "workshop")
            plan = get_or_fail(session, Plan, row.plan_id, "plan")
            return compare(json.loads(row.snapshot), _plan_state(session, plan))

        return self._read(work)

    # -- votes --------------------------------------------------------------------------------

    def votes(self, plan_id: int) -> list[VotesView]:
        def work(session: Session) -> list[VotesView]:
            rows = session.scalars(select(Action).where(Action.plan_id == plan_id).order_by(Action.position))
            return [VotesView(a.id, a.votes_for, a.votes_against) for a in rows]

        return self._read(work)

    def set_votes(self, action_id: int, votes_for: int, votes_against: int) -> VotesView:
        """Set an action's dots (a vote is ``set_votes(id, for + 1, against)``; undo sets the old counts)."""
        problems = {
            name: f"Votes are whole numbers from 0 to {MAX_VOTES}."
            for name, value in (("votes_for", votes_for), ("votes_against", votes_against))
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VOTES
        }
        if problems:
            raise ValidationError(problems)

        def work(session: Session) -> tuple[VotesView, list[Change]]:
            action = get_or_fail(session, Action, action_id, "action")
            action.votes_for, action.votes_against = votes_for, votes_against
            change = Change("action", "changed", (action_id,), plan_id=action.plan_id, fields=("votes",))
            return VotesView(action_id, votes_for, votes_against), [change]

        return self._apply(work)

    def add_votes(self, action_id: int, votes_for: int = 0, votes_against: int = 0) -> VotesView:
        """Add dots (negative to take them back, as undo does) in one ``UPDATE … SET votes_for = votes_for + n``,
        so that planners voting at once from their own laptops never lose a vote; refused beyond 0…MAX_VOTES."""
        for value in (votes_for, votes_against):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError({"votes": "Votes are whole numbers."})

        def work(session: Session) -> tuple[VotesView, list[Change]]:
            added_for, added_against = Action.votes_for + votes_for, Action.votes_against + votes_against
            row = session.execute(
                update(Action)
                .where(Action.id == action_id, added_for.between(0, MAX_VOTES), added_against.between(0, MAX_VOTES))
                .values(votes_for=added_for, votes_against=added_against)
                .returning(Action.plan_id, Action.votes_for, Action.votes_against)
            ).one_or_none()
            if row is None:
                get_or_fail(session, Action, action_id, "action")  # gone, or the counts would leave their range
                raise ValidationError({"votes": f"Votes are whole numbers from 0 to {MAX_VOTES}."})
            plan_id, now_for, now_against = row
            session.expire_all()  # the ORM's copies of the action read the new counts
            change = Change("action", "changed", (action_id,), plan_id=plan_id, fields=("votes",))
            return VotesView(action_id, now_for, now_against), [change]

        return self._apply(work)

    # -- decisions ----------------------------------------------------------------------------

    def decide(self, action_id: int, decision: object, note: str = "", *, at: datetime | None = None) -> DecisionView:
        """Record that the room agreed, wants to revisit, or parked an action."""
        kind = clean_enum(Decision, decision, "decision")
        text = clean_text(note, "note", limit=5000, multiline=True)

        def work(session: Session) -> tuple[DecisionView, list[Change]]:
            action = get_or_fail(session, Action, action_id, "action")
            row = ActionDecision(action_id=action_id, decision=kind, note=text, decided_at=at or utc_now())
            session.add(row)
            session.flush()
            change = Change("action", "changed", (action_id,), plan_id=action.plan_id, fields=("decision",))
            return _decision_view(row, action), [change]

        return self._apply(work)

    def withdraw_decision(self, decision_id: int) -> DecisionView:
        """Remove a recorded decision (the undo of :meth:`decide`)."""

        def work(session: Session) -> tuple[DecisionView, list[Change]]:
            row = get_or_fail(session, ActionDecision, decision_id, "decision")
            action = get_or_fail(session, Action, row.action_id, "action")
            view = _decision_view(row, action)
            session.delete(row)
            change = Change("action", "changed", (action.id,), plan_id=action.plan_id, fields=("decision",))
            return view, [change]

        return self._apply(work)

    def decisions(self, plan_id: int) -> list[DecisionView]:
        """The decisions log of a plan, oldest first."""
        return self._read(lambda session: plans_decisions(session, [plan_id])[plan_id])


def plans_decisions(session: Session, plan_ids: Sequence[int]) -> dict[int, list[DecisionView]]:
    """The decisions logs of several plans (each oldest first), read with one query."""
    logs: dict[int, list[DecisionView]] = {plan_id: [] for plan_id in plan_ids}
    rows = session.execute(
        select(ActionDecision, Action)
        .join(Action, ActionDecision.action_id == Action.id)
        .where(Action.plan_id.in_(list(plan_ids)))
        .order_by(ActionDecision.decided_at, ActionDecision.id)
    ).all()
    for decision, action in rows:
        logs[action.plan_id].append(_decision_view(decision, action))
    return logs


def _decision_view(row: ActionDecision, action: Action) -> DecisionView:
    return DecisionView(row.id, action.id, action.position + 1, action.title, row.decision, row.note, row.decided_at)
