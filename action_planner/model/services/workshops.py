"""Workshops: dot votes, decisions with notes and times, and what changed since the workshop began."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from action_planner.model.changes import Change
from action_planner.model.entities import Action, ActionDecision, Kpi, Plan, Workshop
from action_planner.model.enums import Decision
from action_planner.model.errors import ValidationError
from action_planner.model.messages import Message
from action_planner.model.services.base import Service, get_or_fail
from action_planner.model.services.budget import compute_plan_totals
from action_planner.model.services.convert import kpi_name
from action_planner.model.translatable import QT_TRANSLATE_NOOP
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
    """One line of "changes since the workshop started".

    ``kind`` is "added", "removed", "title", "budget" (the action's total), "owner", "field" (another of the
    action's fields, named by ``field``), "scores" (the board's impact and effort, "4/3"), "votes" ("2/1",
    for and against), "decision" ("agreed" or "" for none; the note in ``note_before``/``note_after``),
    "line_added", "line_removed", "line" (a budget line's ``field``), "kpi_added", "kpi_removed" or "kpi"
    (a KPI's ``field``). ``item`` names the budget line ("2" for the second) or the KPI. Values are the
    stored ones as text (ISO dates, enum values); amounts are also given as decimals.
    """

    kind: str
    action_id: int
    title: str
    before: str
    after: str
    amount_before: Decimal | None = None
    amount_after: Decimal | None = None
    field: str = ""
    item: str = ""
    note_before: str = ""
    note_after: str = ""


#: The action's own fields compared besides title, owner and total, in the order the editor shows them.
ACTION_FIELDS_COMPARED = (
    "theme",
    "status",
    "priority",
    "start_date",
    "end_date",
    "pilot",
    "description",
    "background",
    "players",
    "owner_person",
    "owner_email",
    "notes",
)
LINE_FIELDS_COMPARED = ("amount", "currency", "funding_source", "year", "note")
KPI_FIELDS_COMPARED = ("name", "unit", "baseline", "target", "target_date", "note")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def _action_state(action: Action, total: str | None, decision: ActionDecision | None) -> dict[str, Any]:
    players = "; ".join(f"{p.organisation.name} ({p.role})" if p.role else p.organisation.name for p in action.players)
    fields = {
        "theme": action.theme.code,
        "status": _text(action.status),
        "priority": _text(action.priority),
        "start_date": _text(action.start_date),
        "end_date": _text(action.end_date),
        "pilot": _text(action.pilot),
        "description": action.description,
        "background": action.background,
        "players": players,
        "owner_person": action.owner_person.name if action.owner_person else "",
        "owner_email": action.owner_person.email if action.owner_person else "",
        "notes": action.notes,
    }
    return {
        "title": action.title,
        "owner": action.owner_organisation.name if action.owner_organisation else "",
        "total": total,
        "fields": fields,
        "scores": f"{_text(action.impact)}/{_text(action.effort)}",
        "votes": f"{action.votes_for}/{action.votes_against}",
        "decision": [_text(decision.decision), decision.note] if decision else ["", ""],
        "lines": {
            str(line.id): {name: _text(getattr(line, name)) for name in LINE_FIELDS_COMPARED}
            for line in action.budget_lines
        },
        "kpis": {str(kpi.id): _kpi_state(kpi) for kpi in action.kpis},
    }


def _kpi_state(kpi: Kpi) -> dict[str, str]:
    state = {name: _text(getattr(kpi, name)) for name in KPI_FIELDS_COMPARED}
    state["name"] = kpi_name(kpi.name, kpi.indicator.name if kpi.indicator else None)  # as the editor shows it
    return state


def _plan_state(session: Session, plan: Plan) -> dict[str, Any]:
    """The plan as the room sees it: every field of every action, budget line and KPI, the board's scores,
    the votes and the latest decision of each action (stored as JSON when a workshop starts)."""
    totals = compute_plan_totals(session, plan)
    by_action = totals.plan.by_action if totals.plan else {}
    actions = list(session.scalars(select(Action).where(Action.plan_id == plan.id).order_by(Action.position)))
    latest: dict[int, ActionDecision] = {}
    for row in session.scalars(
        select(ActionDecision)
        .where(ActionDecision.action_id.in_([a.id for a in actions]))
        .order_by(ActionDecision.decided_at, ActionDecision.id)
    ):
        latest[row.action_id] = row
    return {
        "currency": plan.currency,
        "actions": {
            str(a.id): _action_state(a, str(by_action.get(a.id, Decimal(0))) if totals.plan else None, latest.get(a.id))
            for a in actions
        },
    }


def _workshop_view(row: Workshop) -> WorkshopView:
    return WorkshopView(row.id, row.plan_id, row.started_at, row.ended_at)


def _money(value: str | None) -> Decimal | None:
    return None if value in (None, "") else Decimal(value)


def _rows_compared(
    kind: str, ident: int, title: str, then: dict[str, dict[str, str]], now: dict[str, dict[str, str]]
) -> list[ChangeSinceStart]:
    """Budget lines or KPIs (``kind`` "line" or "kpi") added, removed and changed field by field."""
    changes: list[ChangeSinceStart] = []
    order = list(now) + [key for key in then if key not in now]
    for number, key in enumerate(order, start=1):
        item = now.get(key, then.get(key, {}))
        name = str(number) if kind == "line" else item.get("name", "")
        if key not in then:
            changes.append(
                ChangeSinceStart(f"{kind}_added", ident, title, "", "", None, _money(item.get("amount")), item=name)
            )
        elif key not in now:
            changes.append(
                ChangeSinceStart(f"{kind}_removed", ident, title, "", "", _money(item.get("amount")), item=name)
            )
        else:
            for field, before in then[key].items():
                after = now[key].get(field, "")
                if before != after:
                    amounts = (_money(before), _money(after)) if field == "amount" else (None, None)
                    changes.append(
                        ChangeSinceStart(kind, ident, title, before, after, *amounts, field=field, item=name)
                    )
    return changes


def _action_compared(ident: int, then: dict[str, Any], now: dict[str, Any]) -> list[ChangeSinceStart]:
    title = now["title"]
    changes: list[ChangeSinceStart] = []
    if then["title"] != now["title"]:
        changes.append(ChangeSinceStart("title", ident, title, then["title"], now["title"]))
    if then["total"] != now["total"]:
        changes.append(
            ChangeSinceStart(
                "budget",
                ident,
                title,
                then["total"] or "",
                now["total"] or "",
                _money(then["total"]),
                _money(now["total"]),
            )
        )
    if then["owner"] != now["owner"]:
        changes.append(ChangeSinceStart("owner", ident, title, then["owner"], now["owner"]))
    if "fields" not in then:  # a workshop started by an earlier version recorded only the above
        return changes
    for field in ACTION_FIELDS_COMPARED:
        before, after = then["fields"].get(field, ""), now["fields"].get(field, "")
        if before != after:
            changes.append(ChangeSinceStart("field", ident, title, before, after, field=field))
    changes += _rows_compared("line", ident, title, then["lines"], now["lines"])
    changes += _rows_compared("kpi", ident, title, then["kpis"], now["kpis"])
    for kind in ("scores", "votes"):
        if then[kind] != now[kind]:
            changes.append(ChangeSinceStart(kind, ident, title, then[kind], now[kind]))
    if then["decision"] != now["decision"]:
        (before, note_before), (after, note_after) = then["decision"], now["decision"]
        changes.append(
            ChangeSinceStart("decision", ident, title, before, after, note_before=note_before, note_after=note_after)
        )
    return changes


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[ChangeSinceStart]:
    """What differs between two plan states, grouped per action in the actions' current order (title,
    budget, owner, the other fields, budget lines, KPIs, board scores, votes, decision), removed ones last."""
    changes: list[ChangeSinceStart] = []
    old, new = before["actions"], after["actions"]
    for key, now in new.items():
        then = old.get(key)
        ident = int(key)
        if then is None:
            changes.append(ChangeSinceStart("added", ident, now["title"], "", now["title"], None, _money(now["total"])))
            continue
        changes += _action_compared(ident, then, now)
    for key, then in old.items():
        if key not in new:
            changes.append(
                ChangeSinceStart("removed", int(key), then["title"], then["title"], "", _money(then["total"]))
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
            name: Message(QT_TRANSLATE_NOOP("Model", "Votes are whole numbers from %1 to %2."), 0, MAX_VOTES)
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
                raise ValidationError({"votes": Message(QT_TRANSLATE_NOOP("Model", "Votes are whole numbers."))})

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
                raise ValidationError(
                    {
                        "votes": Message(
                            QT_TRANSLATE_NOOP("Model", "Votes are whole numbers from %1 to %2."), 0, MAX_VOTES
                        )
                    }
                )
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
