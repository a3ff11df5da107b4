"""Partner review rounds: what was sent, the plan as it is now, and accepting proposals in one transaction."""

from __future__ import annotations

import hmac
import json
import secrets
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from action_planner.model import snapshot as snapshots
from action_planner.model.changes import Change
from action_planner.model.entities import Action, BudgetLine, Kpi, Plan, ReviewComment, ReviewRound, Setting, Theme
from action_planner.model.errors import ActionPlannerError, NotFoundError, ValidationError
from action_planner.model.messages import Message, joined
from action_planner.model.review import (
    Comment,
    Difference,
    Record,
    parse_players,
    plan_records,
    records_from_json,
    records_json,
    word_mac,
)
from action_planner.model.services.actions import (
    ACTION_FIELDS,
    insert_action,
    plans_actions,
    renumber_plan,
    replace_players,
    update_action,
)
from action_planner.model.services.base import Service, get_or_fail
from action_planner.model.services.budget import LINE_FIELDS, _check_amount, compute_plan_totals
from action_planner.model.services.kpis import KPI_FIELDS
from action_planner.model.services.kpis import _set as set_kpi
from action_planner.model.snapshot import Snapshot
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.validation import clean_fields, clean_text

WORKSPACE_ID = "workspace_id"
REVIEW_SECRET = "review_secret"


@dataclass(frozen=True, slots=True)
class RoundView:
    """A review round with what it needs to sign and check a workbook."""

    id: int
    created_at: datetime
    reviewer: str
    plan_ids: tuple[int, ...]
    closed: bool
    workspace_id: str
    secret: str
    sent: dict[str, Record]
    decided: frozenset[str]


@dataclass(frozen=True, slots=True)
class CommentView:
    id: int
    action_id: int
    round_id: int | None
    reviewer: str
    organisation: str
    commented_on: date
    text: str
    resolved: bool


@dataclass(frozen=True, slots=True)
class Applied:
    """What :meth:`ReviewService.apply` did, enough for :meth:`ReviewService.revert` to undo it."""

    accepted: int
    rejected: int
    comments: int
    snapshots: tuple[Snapshot, ...]
    created: tuple[int, ...]  # new actions
    orders: tuple[tuple[int, tuple[int, ...]], ...]  # per plan, its action ids in order before
    decided_before: tuple[tuple[int, str], ...]  # per round, its decided JSON before
    plan_ids: tuple[int, ...] = field(default=())


def _identity(session: Session, *, create: bool) -> tuple[str, str]:
    ident, secret = session.get(Setting, WORKSPACE_ID), session.get(Setting, REVIEW_SECRET)
    if ident is None or secret is None:
        if not create:
            return "", ""
        ident = ident or Setting(key=WORKSPACE_ID, value=str(uuid.uuid4()))
        secret = secret or Setting(key=REVIEW_SECRET, value=secrets.token_hex(32))
        session.add_all([ident, secret])
        session.flush()
    return ident.value, secret.value


def _round_view(session: Session, row: ReviewRound) -> RoundView:
    ident, secret = _identity(session, create=False)
    return RoundView(
        id=row.id,
        created_at=row.created_at,
        reviewer=row.reviewer,
        plan_ids=tuple(int(p) for p in json.loads(row.plan_ids)),
        closed=row.closed,
        workspace_id=ident,
        secret=secret,
        sent=records_from_json(row.sent),
        decided=frozenset(json.loads(row.decided)),
    )


def _records(session: Session, plan_ids: Iterable[int]) -> dict[str, Record]:
    plans = [p for p in (session.get(Plan, i) for i in plan_ids) if p is not None]
    grouped = plans_actions(session, {p.id: (p, compute_plan_totals(session, p)) for p in plans})
    return plan_records(a for actions in grouped.values() for a in actions)


def _action_values(values: dict[str, str]) -> dict[str, object]:
    return {k: v for k, v in values.items() if k in ACTION_FIELDS}


class ReviewService(Service):
    """Review rounds sent to partners, and the proposals and comments they send back."""

    def start_round(self, plan_ids: Sequence[int], reviewer: str = "") -> RoundView:
        """Record a new round: the plans and every reviewable value as it is sent."""
        name = clean_text(reviewer, "reviewer", limit=200)
        if not plan_ids:
            raise ValidationError(
                {"plans": Message(QT_TRANSLATE_NOOP("Model", "Choose at least one plan to send for review."))}
            )

        def work(session: Session) -> tuple[RoundView, list[Change]]:
            for plan_id in plan_ids:
                get_or_fail(session, Plan, plan_id, "plan")
            _identity(session, create=True)
            row = ReviewRound(
                created_at=datetime.now(UTC).replace(tzinfo=None),
                reviewer=name,
                plan_ids=json.dumps(list(plan_ids)),
                sent=records_json(_records(session, plan_ids)),
                decided="[]",
                closed=False,
            )
            session.add(row)
            session.flush()
            return _round_view(session, row), [Change("review", "added", (row.id,))]

        return self._apply(work)

    def discard_round(self, round_id: int) -> None:
        """Forget a round whose workbook could not be written (it was never sent)."""

        def work(session: Session) -> tuple[None, list[Change]]:
            session.delete(get_or_fail(session, ReviewRound, round_id, "review round"))
            return None, [Change("review", "removed", (round_id,))]

        self._apply(work)

    def close_round(self, round_id: int) -> None:
        """Close a round: workbooks of it are refused from then on."""

        def work(session: Session) -> tuple[None, list[Change]]:
            get_or_fail(session, ReviewRound, round_id, "review round").closed = True
            return None, [Change("review", "changed", (round_id,))]

        self._apply(work)

    def round(self, round_id: int) -> RoundView:
        def work(session: Session) -> RoundView:
            row = session.get(ReviewRound, round_id)
            if row is None:
                raise NotFoundError(
                    Message(QT_TRANSLATE_NOOP("Model", "This workspace never sent review round %1."), str(round_id))
                )
            return _round_view(session, row)

        return self._read(work)

    def rounds(self) -> list[RoundView]:
        return self._read(
            lambda s: [_round_view(s, r) for r in s.scalars(select(ReviewRound).order_by(ReviewRound.id))]
        )

    def workspace_id(self) -> str:
        """This workspace's id for review files ("" until the first round is sent)."""
        return self._read(lambda s: _identity(s, create=False)[0])

    def ensure_workspace_id(self) -> str:
        """This workspace's id, created on first use (a Word export names it so comments can come back);
        a workspace opened read-only gives the id it has, or ""."""
        existing = self.workspace_id()
        if existing or self.workspace.read_only:
            return existing
        try:
            return self._apply(lambda s: (_identity(s, create=True)[0], []))
        except ActionPlannerError:  # e.g. a viewer of a team workspace: the export goes on without one
            return ""

    def current(self, plan_ids: Sequence[int]) -> dict[str, Record]:
        """Every reviewable record of the plans as they are now (plans deleted since are left out)."""
        return self._read(lambda s: _records(s, plan_ids))

    def comments(self, action_id: int) -> list[CommentView]:
        def work(session: Session) -> list[CommentView]:
            action = get_or_fail(session, Action, action_id, "action")
            return [
                CommentView(
                    c.id, c.action_id, c.round_id, c.reviewer, c.organisation, c.commented_on, c.text, c.resolved
                )
                for c in action.review_comments
            ]

        return self._read(work)

    def sign_word(self, plans: str) -> str:
        """The signature of a Word export of ``plans`` (``"3,5"``) from this workspace ("" without an id)."""

        def work(session: Session) -> str:
            ident, secret = _identity(session, create=False)
            return word_mac(secret, ident, plans) if ident else ""

        return self._read(work)

    def word_signed(self, plans: str, signature: str) -> bool:
        """Whether ``signature`` is this workspace's over ``plans`` (the list was not changed)."""
        expected = self.sign_word(plans)
        return bool(expected) and hmac.compare_digest(expected, signature)

    def action_ids(self, plan_ids: Sequence[int]) -> set[int]:
        """The ids of the plans' actions now (one query: what a Word file's comments may land on)."""
        return self._read(
            lambda s: set(s.scalars(select(Action.id).where(Action.plan_id.in_(list(plan_ids))))) if plan_ids else set()
        )

    def commented(self, action_ids: Sequence[int]) -> set[tuple[int, str, str]]:
        """(action, reviewer, text) of every review comment kept on these actions (a re-import skips them)."""

        def work(session: Session) -> set[tuple[int, str, str]]:
            found: set[tuple[int, str, str]] = set()
            for start in range(0, len(action_ids), 500):
                rows = session.execute(
                    select(ReviewComment.action_id, ReviewComment.reviewer, ReviewComment.text).where(
                        ReviewComment.action_id.in_(action_ids[start : start + 500])
                    )
                )
                found.update((a, r, t) for a, r, t in rows)
            return found

        return self._read(work)

    def apply(
        self,
        accepted: Sequence[Difference],
        rejected: Sequence[Difference] = (),
        comments: Sequence[Comment] = (),
    ) -> Applied:
        """Apply accepted proposals and keep comments, all in one transaction; remember every decision.

        A proposal the services refuse (an end before the start, an amount with too many decimals) refuses
        the whole call, naming the workbook row, and nothing is changed.
        """
        _check_one_per_field(accepted)

        def work(session: Session) -> tuple[Applied, list[Change]]:
            rounds = _open_rounds(session, [*accepted, *rejected, *comments])
            decided_before = tuple((r.id, r.decided) for r in rounds.values())
            touched = _touched_actions(session, accepted, comments)
            plan_ids = sorted({a.plan_id for a in touched.values()} | {d.plan_id for d in accepted})
            orders = tuple((p, tuple(_order(session, p))) for p in plan_ids)
            snaps = tuple(snapshots.capture(session, a) for a in touched.values())
            created: list[int] = []
            for difference in accepted:
                try:
                    _accept(session, difference, created)
                except ValidationError as exc:
                    raise ValidationError(
                        {
                            "review": Message(
                                QT_TRANSLATE_NOOP("Model", "%1: %2"), difference.where, joined(exc.messages)
                            )
                        }
                    ) from exc
            today = datetime.now(UTC).date()
            for comment in comments:
                session.add(
                    ReviewComment(
                        action_id=comment.action_id,
                        round_id=comment.round_id,
                        reviewer=comment.reviewer,
                        organisation=comment.organisation,
                        commented_on=comment.commented_on or today,
                        text=comment.text,
                        resolved=False,
                    )
                )
            for row in rounds.values():
                keys = set(json.loads(row.decided))
                items: list[Difference | Comment] = [*accepted, *rejected, *comments]
                keys.update(d.key for d in items if d.round_id == row.id)
                row.decided = json.dumps(sorted(keys))
            session.flush()
            applied = Applied(
                accepted=len(accepted),
                rejected=len(rejected),
                comments=len(comments),
                snapshots=snaps,
                created=tuple(created),
                orders=orders,
                decided_before=decided_before,
                plan_ids=tuple(plan_ids),
            )
            return applied, _plan_changes(plan_ids)

        return self._apply(work)

    def revert(self, applied: Applied) -> None:
        """Undo :meth:`apply`: the touched actions as they were, new ones gone, decisions forgotten."""

        def work(session: Session) -> tuple[None, list[Change]]:
            for action_id in applied.created:
                created = session.get(Action, action_id)
                if created is not None:
                    session.delete(created)
            for snap in applied.snapshots:
                current = session.get(Action, snap.root_id)
                if current is not None:
                    session.delete(current)
            session.flush()
            for snap in applied.snapshots:
                snapshots.restore(session, snap)
            for plan_id, ids in applied.orders:
                if session.get(Plan, plan_id) is not None:
                    present = set(session.scalars(select(Action.id).where(Action.plan_id == plan_id)))
                    renumber_plan(session, [i for i in ids if i in present])
            for round_id, decided in applied.decided_before:
                row = session.get(ReviewRound, round_id)
                if row is not None:
                    row.decided = decided
            session.flush()
            return None, _plan_changes(applied.plan_ids)

        self._apply(work)


def _plan_changes(plan_ids: Iterable[int]) -> list[Change]:
    return [Change("plan", "changed", (p,), plan_id=p, fields=("actions",)) for p in plan_ids]


def _check_one_per_field(accepted: Sequence[Difference]) -> None:
    seen: dict[tuple[str, str], Difference] = {}
    for difference in accepted:
        if difference.kind != "edit":
            continue
        other = seen.setdefault((difference.record, difference.field), difference)
        if other is not difference and other.returned != difference.returned:
            raise ValidationError(
                {
                    "review": Message(
                        QT_TRANSLATE_NOOP(
                            "Model", "%1 and %2 propose different values for the same field; accept one of them."
                        ),
                        difference.where,
                        other.where,
                    )
                }
            )


def _open_rounds(session: Session, items: Iterable[Difference | Comment]) -> dict[int, ReviewRound]:
    rounds: dict[int, ReviewRound] = {}
    for item in items:
        if item.round_id is None:  # a Word comment: it belongs to no round
            continue
        if item.round_id not in rounds:
            row = get_or_fail(session, ReviewRound, item.round_id, "review round")
            if row.closed:
                raise ValidationError(
                    {
                        "review": Message(
                            QT_TRANSLATE_NOOP(
                                "Model", "Review round %1 is closed; its proposals can no longer be applied."
                            ),
                            str(row.id),
                        )
                    }
                )
            rounds[row.id] = row
    return rounds


def _touched_actions(
    session: Session, accepted: Sequence[Difference], comments: Sequence[Comment]
) -> dict[int, Action]:
    touched: dict[int, Action] = {}
    ids = [d.action_id for d in accepted if d.action_id is not None] + [c.action_id for c in comments]
    for action_id in ids:
        if action_id not in touched:
            action = session.get(Action, action_id)
            if action is None:
                raise NotFoundError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Model", "An action the review changes was deleted since; reject its proposals."
                        )
                    )
                )
            touched[action_id] = action
    return touched


def _order(session: Session, plan_id: int) -> list[int]:
    return list(session.scalars(select(Action.id).where(Action.plan_id == plan_id).order_by(Action.position)))


def _accept(session: Session, difference: Difference, created: list[int]) -> None:
    kind, record = difference.kind, difference.record
    if kind == "edit":
        _accept_edit(session, record, difference.field, difference.returned)
    elif kind == "remove":
        _remove(session, record)
    elif kind == "new_action":
        _new_action(session, difference, created)
    elif kind == "new_line":
        assert difference.action_id is not None
        action = get_or_fail(session, Action, difference.action_id, "action")
        values: dict[str, Any] = clean_fields(LINE_FIELDS, dict(difference.values))
        _check_amount(values, values["currency"])
        position = max((line.position for line in action.budget_lines), default=-1) + 1
        session.add(BudgetLine(action=action, position=position, **values))
        session.flush()
    else:  # pragma: no cover - the reader makes only the kinds above
        raise ValueError(kind)


def _accept_edit(session: Session, record: str, name: str, value: str) -> None:
    kind, ident = record.split(":")
    if kind == "action":
        action = get_or_fail(session, Action, int(ident), "action")
        if name == "players":
            replace_players(session, action, parse_players(value))
        else:
            update_action(session, action, clean_fields(ACTION_FIELDS, {name: value}))
    elif kind == "line":
        line = get_or_fail(session, BudgetLine, int(ident), "budget line")
        cleaned: dict[str, Any] = clean_fields(LINE_FIELDS, {name: value})
        _check_amount(cleaned, cleaned.get("currency", line.currency))
        for key, item in cleaned.items():
            setattr(line, key, item)
        session.flush()
    else:
        kpi = get_or_fail(session, Kpi, int(ident), "KPI")
        set_kpi(session, kpi, clean_fields(KPI_FIELDS, {name: value}), kpi.action.plan.currency)
        session.flush()


def _remove(session: Session, record: str) -> None:
    kind, ident = record.split(":")
    entities: dict[str, type[Action] | type[BudgetLine] | type[Kpi]] = {
        "action": Action,
        "line": BudgetLine,
        "kpi": Kpi,
    }
    row = session.get(entities[kind], int(ident))
    if row is None:
        return  # already gone: the planner removed it too
    plan_id = row.plan_id if isinstance(row, Action) else None
    session.delete(row)
    session.flush()
    if plan_id is not None:
        renumber_plan(session, _order(session, plan_id))


def _new_action(session: Session, difference: Difference, created: list[int]) -> None:
    values = dict(difference.values)
    theme = values.pop("theme", "") or session.scalar(select(Theme.code).order_by(Theme.position)) or ""
    players = parse_players(values.pop("players", ""))
    cleaned = clean_fields(ACTION_FIELDS, {"theme": theme, **_action_values(values)})
    action = insert_action(session, difference.plan_id, None, cleaned)
    if players:
        replace_players(session, action, players)
    created.append(action.id)
