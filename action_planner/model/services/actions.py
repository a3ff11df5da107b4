"""Actions of a plan: add (from the catalogue or custom), edit, reorder, duplicate, delete, restore."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select, update
from sqlalchemy.orm import Session

from action_planner.model import snapshot as snapshots
from action_planner.model.catalogue_language import localized
from action_planner.model.changes import Change
from action_planner.model.entities import (
    Action,
    ActionDecision,
    ActionPlayer,
    BudgetLine,
    Indicator,
    Intervention,
    Kpi,
    KpiActual,
    Organisation,
    Person,
    Plan,
    Theme,
)
from action_planner.model.enums import ActionStatus, Decision, Priority
from action_planner.model.errors import ConflictError, NotFoundError, ValidationError
from action_planner.model.messages import Message
from action_planner.model.money import MissingRate, round_money
from action_planner.model.services.base import (
    Service,
    check_based_on,
    get_or_fail,
    organisation_named,
    person_named,
    theme_by_code,
)
from action_planner.model.services.budget import compute_plan_totals, rate_table
from action_planner.model.services.convert import action_view, kpi_name
from action_planner.model.services.funding import default_source
from action_planner.model.snapshot import Snapshot
from action_planner.model.totals import PlanTotals, action_total
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.validation import (
    LONG_TEXT,
    check_period,
    clean_date,
    clean_email,
    clean_enum,
    clean_fields,
    clean_flag,
    clean_score,
    clean_text,
)
from action_planner.model.views import ActionView, ActualView, BudgetLineView, KpiView, PlayerView

#: Editable action fields with their checks. Owner fields take names (created when new).
ACTION_FIELDS: Mapping[str, Callable[[object], Any]] = {
    "title": lambda v: clean_text(v, "title", limit=300, required=True),
    "theme": lambda v: clean_text(v, "theme", limit=32, required=True),
    "background": lambda v: clean_text(v, "background", limit=LONG_TEXT, multiline=True),
    "description": lambda v: clean_text(v, "description", limit=LONG_TEXT, multiline=True),
    "owner_organisation": lambda v: clean_text(v, "owner_organisation", limit=300),
    "owner_person": lambda v: clean_text(v, "owner_person", limit=200),
    "owner_email": lambda v: clean_email(v, "owner_email"),
    "start_date": lambda v: clean_date(v, "start_date"),
    "end_date": lambda v: clean_date(v, "end_date"),
    "status": lambda v: clean_enum(ActionStatus, v, "status"),
    "priority": lambda v: clean_enum(Priority, v, "priority"),
    "impact": lambda v: clean_score(v, "impact"),
    "effort": lambda v: clean_score(v, "effort"),
    "pilot": lambda v: clean_flag(v, "pilot"),
    "notes": lambda v: clean_text(v, "notes", limit=LONG_TEXT, multiline=True),
}

#: Fields stored as they are cleaned (theme and owner go through lookups).
PLAIN_FIELDS = (
    "background",
    "description",
    "start_date",
    "end_date",
    "status",
    "priority",
    "impact",
    "effort",
    "pilot",
    "notes",
)


def _action_total(session: Session, action: Action) -> Decimal | None:
    try:
        table = rate_table(session, action.plan_id)
        currency = action.plan.currency
        return sum(
            (table.convert(line.amount, line.currency, currency) for line in action.budget_lines),
            round_money(Decimal(0), currency),
        )
    except MissingRate:
        return None


def _field_value(action: Action, key: str) -> object:
    """What the action's view shows for ``key``, read from the entity alone."""
    if key == "theme":
        return action.theme.code
    if key == "owner_organisation":
        return action.owner_organisation.name if action.owner_organisation else ""
    if key in ("owner_person", "owner_email"):
        person = action.owner_person
        return (person.name if key == "owner_person" else person.email) if person else ""
    return getattr(action, key, None)


def _apply_fields(session: Session, action: Action, cleaned: dict[str, Any]) -> tuple[str, ...]:
    """Set cleaned values on ``action``; return the names of fields that really changed (only those are
    compared: a field edit reads nothing it does not touch)."""
    before = {key: _field_value(action, key) for key in cleaned}
    if "theme" in cleaned:
        action.theme = theme_by_code(session, cleaned["theme"])
    if "owner_organisation" in cleaned or "owner_person" in cleaned or "owner_email" in cleaned:
        org_name = cleaned.get("owner_organisation", before.get("owner_organisation"))
        if "owner_organisation" not in cleaned:
            org_name = _field_value(action, "owner_organisation")
        organisation = organisation_named(session, org_name, "owner_organisation")
        action.owner_organisation = organisation
        action.owner_person = person_named(
            session,
            cleaned["owner_person"] if "owner_person" in cleaned else _field_value(action, "owner_person"),
            organisation,
            "owner_person",
            cleaned.get("owner_email"),
        )
        if cleaned.get("owner_email") and action.owner_person is None:
            raise ValidationError(
                {
                    "owner_email": Message(
                        QT_TRANSLATE_NOOP("Model", "Name the person responsible first: the e-mail address is theirs.")
                    )
                }
            )
    for key in ("title", *PLAIN_FIELDS):
        if key in cleaned:
            setattr(action, key, cleaned[key])
    check_period(action.start_date, action.end_date)
    session.flush()
    return tuple(k for k in cleaned if before[k] != _field_value(action, k))


def _check_based_on(now: ActionView | _Shown, based_on: Mapping[str, object], values: Mapping[str, object]) -> None:
    check_based_on(
        Message(QT_TRANSLATE_NOOP("Model", "action %1 “%2”"), str(now.number), now.title), now, based_on, values
    )


@dataclass(frozen=True)
class _Shown:
    """What the action's view shows now for the fields an edit was based on, with its number and title."""

    number: int
    title: str
    fields: Mapping[str, object]

    def __getattr__(self, name: str) -> object:
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None


def _shown_now(session: Session, action: Action, based_on: Mapping[str, object]) -> ActionView | _Shown:
    """The values ``based_on`` is checked against, read from the locked entity alone: only the fields the
    edit names (an owner is one look-up; budget lines, KPIs and players are not loaded). A field that is not
    one of :data:`ACTION_FIELDS` is compared against the full view."""
    if not based_on.keys() <= ACTION_FIELDS.keys():
        (view,) = _views(session, ONE_ACTION, {"action_id": action.id}, lambda _plan, _action: None)
        return view
    return _Shown(action.position + 1, action.title, {key: _field_value(action, key) for key in based_on})


class ActionService(Service):
    """Every change to an action goes through here."""

    def list(self, plan_id: int) -> list[ActionView]:
        """The plan's actions in order, each with its total in the plan's currency."""

        def work(session: Session) -> list[ActionView]:
            plan = get_or_fail(session, Plan, plan_id, "plan")
            return plan_actions(session, plan, compute_plan_totals(session, plan))

        return self._read(work)

    def get(self, action_id: int) -> ActionView:
        """One action's view with its total, read as plain rows once (as a list is): every edit refreshes
        the row and the editor with it, so it does not build the entity and its relationships."""

        def work(session: Session) -> ActionView:
            views = _views(session, ONE_ACTION, {"action_id": action_id}, lambda _plan, _action: None)
            if not views:
                raise NotFoundError(
                    Message(QT_TRANSLATE_NOOP("Model", "That action no longer exists (it may have been deleted)."))
                )
            return _with_total(session, views[0])

        return self._read(work)

    def add(self, plan_id: int, title: str, theme: str, *, position: int | None = None, **values: object) -> ActionView:
        """Add a custom action (at the end, or at ``position`` counting from 0)."""
        cleaned = clean_fields(ACTION_FIELDS, {"title": title, "theme": theme, **values})

        def work(session: Session) -> tuple[ActionView, list[Change]]:
            action = self._insert(session, plan_id, position, cleaned)
            return action_view(action, _action_total(session, action)), [_added(action)]

        return self._apply(work)

    def add_from_intervention(
        self, plan_id: int, intervention_id: int, *, position: int | None = None, year: int | None = None
    ) -> ActionView:
        """Add an action made from a catalogue intervention: theme, description, suggested KPIs and a budget hint."""

        def work(session: Session) -> tuple[ActionView, list[Change]]:
            item = get_or_fail(session, Intervention, intervention_id, "catalogue intervention")
            plan = get_or_fail(session, Plan, plan_id, "plan")
            start = date((year or date.today().year) + 1, 1, 1)
            months = item.duration_months_max or item.duration_months_min or 12
            end = _months_later(start, months) - timedelta(days=1)
            language = plan.language
            cleaned = {
                "title": localized("interventions", item.code, "name", item.name, language),
                "theme": item.theme.code,
                "description": localized("interventions", item.code, "description", item.description, language),
                "start_date": start,
                "end_date": end,
            }
            action = self._insert(session, plan_id, position, cleaned)
            action.intervention = item
            for index, link in enumerate(item.suggested):
                indicator = link.indicator
                name = localized("indicators", indicator.code, "name", indicator.name, language)
                session.add(
                    Kpi(
                        action=action,
                        position=index,
                        indicator=indicator,
                        name="" if name == indicator.name else name,
                        kind=indicator.kind,
                        unit=localized("indicators", indicator.code, "unit", indicator.unit, language),
                        baseline=Decimal(0),
                        target=None,
                    )
                )
            hint = _budget_hint(session, item, plan)
            if hint is not None:
                amount, note = hint
                session.add(
                    BudgetLine(
                        action=action,
                        position=0,
                        amount=amount,
                        currency=plan.currency,
                        funding_source=default_source(session),
                        year=start.year,
                        note=note,
                    )
                )
            session.flush()
            session.refresh(action)
            return action_view(action, _action_total(session, action)), [_added(action)]

        return self._apply(work)

    def _insert(self, session: Session, plan_id: int, position: int | None, cleaned: dict[str, Any]) -> Action:
        return insert_action(session, plan_id, position, cleaned)

    def update(self, action_id: int, based_on: Mapping[str, object] | None = None, /, **values: object) -> ActionView:
        """Change fields; refuses (changing nothing) if any is invalid, e.g. an end before the start.

        ``based_on`` holds the values the edit was made on (what the window showed): when another planner
        has since stored something else in one of those fields, :class:`ConflictError` is raised with
        the three values of each such field, and nothing is changed. The action's row is locked while this
        is checked, so two planners' edits of one field are never both taken as based on the same value.
        """
        cleaned = clean_fields(ACTION_FIELDS, values)

        def work(session: Session) -> tuple[ActionView, list[Change]]:
            if cleaned.keys() <= _COLUMN_FIELDS:
                return _update_columns(session, action_id, cleaned, based_on, values)
            action = get_or_fail(session, Action, action_id, "action", for_update=True)
            if based_on:
                _check_based_on(_shown_now(session, action, based_on), based_on, values)
            changed = _apply_fields(session, action, cleaned)
            view = _fresh_view(session, action)
            change = Change("action", "changed", (action_id,), plan_id=action.plan_id, fields=changed)
            return view, [change] if changed else []

        return self._apply(work)

    def set_players(
        self,
        action_id: int,
        players: Sequence[tuple[str, str]],
        based_on: Sequence[tuple[str, str]] | None = None,
    ) -> ActionView:
        """Replace the organisations involved, each ``(organisation name, role)``; ``based_on`` (the list the
        window showed) is checked with the row locked, and a list another planner changed meanwhile raises
        :class:`ConflictError`."""

        def work(session: Session) -> tuple[ActionView, list[Change]]:
            action = get_or_fail(session, Action, action_id, "action", for_update=True)
            if based_on is not None:
                now = [(p.organisation.name, p.role) for p in action.players]
                if now not in (list(based_on), list(players)):
                    what = Message(QT_TRANSLATE_NOOP("Model", "action %1 “%2”"), str(action.position + 1), action.title)
                    raise ConflictError(what, [("players", list(based_on), now, list(players))])
            replace_players(session, action, players)
            view = action_view(action, _action_total(session, action))
            return view, [Change("action", "changed", (action_id,), plan_id=action.plan_id, fields=("players",))]

        return self._apply(work)

    def move(self, action_id: int, to_index: int) -> ActionView:
        """Move an action to ``to_index`` (from 0) within its plan; the others close up."""

        def work(session: Session) -> tuple[ActionView, list[Change]]:
            action = get_or_fail(session, Action, action_id, "action")
            ids = list(
                session.scalars(select(Action.id).where(Action.plan_id == action.plan_id).order_by(Action.position))
            )
            if not 0 <= to_index < len(ids):
                raise ValidationError(
                    {"position": Message(QT_TRANSLATE_NOOP("Model", "Choose a position from %1 to %2."), 1, len(ids))}
                )
            ids.remove(action_id)
            ids.insert(to_index, action_id)
            _renumber(session, ids)
            session.refresh(action)
            view = action_view(action, _action_total(session, action))
            return view, [Change("action", "moved", (action_id,), plan_id=action.plan_id)]

        return self._apply(work)

    def duplicate(self, action_id: int) -> ActionView:
        """Copy an action with its players, budget lines and KPIs, right after the original."""

        def work(session: Session) -> tuple[ActionView, list[Change]]:
            source = get_or_fail(session, Action, action_id, "action")
            copy = self._insert(
                session,
                source.plan_id,
                source.position + 1,
                {"title": _copy_title(source.title), "theme": source.theme.code},
            )
            for key in (
                *PLAIN_FIELDS,
                "intervention_id",
                "owner_organisation_id",
                "owner_person_id",
            ):
                setattr(copy, key, getattr(source, key))
            for p in source.players:
                copy.players.append(ActionPlayer(organisation_id=p.organisation_id, role=p.role, position=p.position))
            for line in source.budget_lines:
                copy.budget_lines.append(
                    BudgetLine(
                        position=line.position,
                        amount=line.amount,
                        currency=line.currency,
                        funding_source=line.funding_source,
                        year=line.year,
                        note=line.note,
                    )
                )
            for kpi in source.kpis:
                copy.kpis.append(
                    Kpi(
                        position=kpi.position,
                        indicator_id=kpi.indicator_id,
                        name=kpi.name,
                        kind=kpi.kind,
                        unit=kpi.unit,
                        baseline=kpi.baseline,
                        target=kpi.target,
                        target_date=kpi.target_date,
                        note=kpi.note,
                        actuals=[KpiActual(measured_on=a.measured_on, value=a.value, note=a.note) for a in kpi.actuals],
                    )
                )
            session.flush()
            session.refresh(copy)
            return action_view(copy, _action_total(session, copy)), [_added(copy)]

        return self._apply(work)

    def delete(self, action_id: int) -> Snapshot:
        """Delete an action and all it holds; :meth:`restore` with the snapshot undoes it."""

        def work(session: Session) -> tuple[Snapshot, list[Change]]:
            action = get_or_fail(session, Action, action_id, "action")
            snap = snapshots.capture(session, action)
            plan_id = action.plan_id
            session.delete(action)
            session.flush()
            ids = list(session.scalars(select(Action.id).where(Action.plan_id == plan_id).order_by(Action.position)))
            _renumber(session, ids)
            return snap, [Change("action", "removed", (action_id,), plan_id=plan_id)]

        return self._apply(work)

    def restore(self, snap: Snapshot) -> ActionView:
        def work(session: Session) -> tuple[ActionView, list[Change]]:
            values = snap.rows[0][1]
            plan_id, position = values["plan_id"], values["position"]
            get_or_fail(session, Plan, plan_id, "plan")
            _make_room(session, plan_id, position)
            snapshots.restore(session, snap)
            action = get_or_fail(session, Action, snap.root_id, "action")
            return action_view(action, _action_total(session, action)), [_added(action)]

        return self._apply(work)


def insert_action(session: Session, plan_id: int, position: int | None, cleaned: dict[str, Any]) -> Action:
    """Insert an action with cleaned fields (see :data:`ACTION_FIELDS`) at ``position`` or at the end."""
    plan = get_or_fail(session, Plan, plan_id, "plan")
    count = session.scalar(select(func.count(Action.id)).where(Action.plan_id == plan_id)) or 0
    index = count if position is None else max(0, min(position, count))
    _make_room(session, plan_id, index)
    action = Action(plan=plan, position=index, title=cleaned["title"], theme=theme_by_code(session, cleaned["theme"]))
    session.add(action)
    _apply_fields(session, action, {k: v for k, v in cleaned.items() if k not in ("title", "theme")})
    session.flush()
    return action


def update_action(session: Session, action: Action, cleaned: dict[str, Any]) -> tuple[str, ...]:
    """Set cleaned fields (see :data:`ACTION_FIELDS`) on ``action``; the names of those that changed."""
    return _apply_fields(session, action, cleaned)


def replace_players(session: Session, action: Action, players: Sequence[tuple[str, str]]) -> None:
    """Replace the organisations involved in ``action``, each ``(organisation name, role)``."""
    seen: set[str] = set()
    action.players.clear()
    session.flush()
    for index, (name, role) in enumerate(players):
        organisation = organisation_named(session, name, f"players.{index}.organisation")
        if organisation is None:
            continue
        if organisation.name in seen:
            raise ValidationError(
                {
                    f"players.{index}.organisation": Message(
                        QT_TRANSLATE_NOOP("Model", "“%1” is listed twice; give it one role."), organisation.name
                    )
                }
            )
        seen.add(organisation.name)
        action.players.append(
            ActionPlayer(
                organisation=organisation,
                role=clean_text(role, f"players.{index}.role", limit=2000),
                position=len(seen) - 1,
            )
        )
    session.flush()


def renumber_plan(session: Session, ids: Sequence[int]) -> None:
    """Give the actions ``ids`` (of one plan) the positions 0, 1, … in that order."""
    _renumber(session, ids)


def plan_actions(session: Session, plan: Plan, totals: PlanTotals) -> list[ActionView]:
    """A plan's actions in order, each with its total in the plan's currency taken from ``totals``."""
    return plans_actions(session, {plan.id: (plan, totals)})[plan.id]


def plans_actions(session: Session, plans: Mapping[int, tuple[Plan, PlanTotals]]) -> dict[int, list[ActionView]]:
    """The actions of several plans, in order, each with its total in its plan's currency from ``totals``.

    Read as plain rows (one query per part of an action), not as ORM objects: a list of actions is read on
    every plan switch and export, and building thousands of entities with their relationships took most of
    an export's reading time. :func:`action_view` builds the same view from one loaded entity.
    """
    grouped: dict[int, list[ActionView]] = {plan_id: [] for plan_id in plans}

    def total(plan_id: int, action_id: int) -> Decimal | None:
        plan, totals = plans[plan_id]
        return action_total(totals, action_id, plan.currency)

    for view in _views(session, IN_PLANS, {"plan_ids": list(plans)}, total):
        grouped[view.plan_id].append(view)
    return grouped


def _views(
    session: Session,
    where: ColumnElement[bool],
    params: dict[str, Any],
    total: Callable[[int, int], Decimal | None],
) -> list[ActionView]:
    """The views of the actions ``where`` (one of :data:`ONE_ACTION`, :data:`IN_PLANS`, with ``params``)
    selects, in plan and position order; ``total(plan_id, action_id)`` gives each one's total."""
    session.flush()  # plain rows are read through the connection, which does not flush by itself
    queries = _queries(where)
    parts = _action_parts(session, queries, params)
    views: list[ActionView] = []
    rows = session.connection().execute(queries.main, params)
    for row in rows:
        latest = parts.decisions.get(row.id)
        views.append(
            ActionView(
                id=row.id,
                plan_id=row.plan_id,
                number=row.position + 1,
                intervention_id=row.intervention_id,
                intervention_code=row.intervention_code or "",
                title=row.title,
                theme=row.theme,
                theme_name=row.theme_name,
                background=row.background,
                description=row.description,
                owner_organisation=row.owner_organisation or "",
                owner_person=row.owner_person or "",
                owner_email=row.owner_email or "",
                start_date=row.start_date,
                end_date=row.end_date,
                status=row.status,
                priority=row.priority,
                impact=row.impact,
                effort=row.effort,
                pilot=row.pilot,
                notes=row.notes,
                players=tuple(parts.players.get(row.id, ())),
                budget_lines=tuple(parts.lines.get(row.id, ())),
                kpis=tuple(parts.kpis.get(row.id, ())),
                total=total(row.plan_id, row.id),
                votes_for=row.votes_for,
                votes_against=row.votes_against,
                decision=latest.decision if latest else None,
                decision_note=latest.note if latest else "",
                decided_at=latest.decided_at if latest else None,
            )
        )
    return views


#: Fields that are columns of the action itself, shown as they are stored (no neighbour to look up).
_COLUMN_FIELDS = frozenset(("title", *PLAIN_FIELDS))


def _update_columns(
    session: Session,
    action_id: int,
    cleaned: dict[str, Any],
    based_on: Mapping[str, object] | None = None,
    values: Mapping[str, object] | None = None,
) -> tuple[ActionView, list[Change]]:
    """A change to the action's own columns: its row locked (another planner's write of it waits), its
    view read once, checked against what the edit was ``based_on``, only the changed fields compared and
    written with one UPDATE, and the new view made from the old one (the total cannot change)."""
    if session.get_bind().dialect.name != "sqlite":  # a file's writes are one at a time (BEGIN IMMEDIATE)
        session.execute(select(Action.id).where(Action.id == action_id).with_for_update())
    views = _views(session, ONE_ACTION, {"action_id": action_id}, lambda _plan, _action: None)
    if not views:
        raise NotFoundError(
            Message(QT_TRANSLATE_NOOP("Model", "That action no longer exists (it may have been deleted)."))
        )
    if based_on:
        _check_based_on(views[0], based_on, values or {})
    before = _with_total(session, views[0])
    check_period(cleaned.get("start_date", before.start_date), cleaned.get("end_date", before.end_date))
    changed = {key: value for key, value in cleaned.items() if getattr(before, key) != value}
    if not changed:
        return before, []
    session.execute(update(Action).where(Action.id == action_id).values(changed))
    change = Change("action", "changed", (action_id,), plan_id=before.plan_id, fields=tuple(changed))
    return replace(before, **changed), [change]


def _fresh_view(session: Session, action: Action) -> ActionView:
    """The view of one action just changed, read as plain rows (as a list is) rather than by loading
    every relationship of the entity, with its total in the plan's currency."""
    (view,) = _views(session, ONE_ACTION, {"action_id": action.id}, lambda _plan, _action: None)
    return _with_total(session, view)


def _with_total(session: Session, view: ActionView) -> ActionView:
    """``view`` with its total: its budget lines converted to the plan's currency, None if a rate is missing."""
    currency = session.scalars(select(Plan.currency).where(Plan.id == view.plan_id)).one()
    try:
        table = rate_table(session, view.plan_id)
        amount: Decimal | None = sum(
            (table.convert(line.amount, line.currency, currency) for line in view.budget_lines),
            round_money(Decimal(0), currency),
        )
    except MissingRate:
        amount = None
    return replace(view, total=amount)


@dataclass
class _Parts:
    """What belongs to each action (by action id), each list in the order its relationship gives."""

    players: dict[int, list[PlayerView]] = field(default_factory=dict)
    lines: dict[int, list[BudgetLineView]] = field(default_factory=dict)
    kpis: dict[int, list[KpiView]] = field(default_factory=dict)
    decisions: dict[int, _Decided] = field(default_factory=dict)  # the latest one


@dataclass(frozen=True, slots=True)
class _Decided:
    decision: Decision
    note: str
    decided_at: datetime


@dataclass(frozen=True, slots=True)
class _Queries:
    """The statements that read actions as plain rows, built once per filter (building and keying a
    statement cost more than running it for one action)."""

    main: Any
    players: Any
    lines: Any
    measured: Any
    kpis: Any
    decisions: Any


#: The filters :func:`_views` takes: one action by ``action_id``, or the actions of ``plan_ids``.
ONE_ACTION: ColumnElement[bool] = Action.id == bindparam("action_id")
IN_PLANS: ColumnElement[bool] = Action.plan_id.in_(bindparam("plan_ids", expanding=True))


@cache
def _queries(where: ColumnElement[bool]) -> _Queries:
    in_plans = where
    main = (
        select(
            Action.id,
            Action.plan_id,
            Action.position,
            Action.intervention_id,
            Intervention.code.label("intervention_code"),
            Action.title,
            Theme.code.label("theme"),
            Theme.name.label("theme_name"),
            Action.background,
            Action.description,
            Organisation.name.label("owner_organisation"),
            Person.name.label("owner_person"),
            Person.email.label("owner_email"),
            Action.start_date,
            Action.end_date,
            Action.status,
            Action.priority,
            Action.impact,
            Action.effort,
            Action.pilot,
            Action.notes,
            Action.votes_for,
            Action.votes_against,
        )
        .join(Theme, Theme.id == Action.theme_id)
        .outerjoin(Intervention, Intervention.id == Action.intervention_id)
        .outerjoin(Organisation, Organisation.id == Action.owner_organisation_id)
        .outerjoin(Person, Person.id == Action.owner_person_id)
        .where(in_plans)
        .order_by(Action.plan_id, Action.position)
    )
    players = (
        select(ActionPlayer.action_id, ActionPlayer.organisation_id, Organisation.name, ActionPlayer.role)
        .join(Organisation, Organisation.id == ActionPlayer.organisation_id)
        .join(Action, Action.id == ActionPlayer.action_id)
        .where(in_plans)
        .order_by(ActionPlayer.action_id, ActionPlayer.position, ActionPlayer.id)
    )
    lines = (
        select(
            BudgetLine.id,
            BudgetLine.action_id,
            BudgetLine.amount,
            BudgetLine.currency,
            BudgetLine.funding_source,
            BudgetLine.year,
            BudgetLine.note,
        )
        .join(Action, Action.id == BudgetLine.action_id)
        .where(in_plans)
        .order_by(BudgetLine.action_id, BudgetLine.position, BudgetLine.id)
    )
    measured = (
        select(KpiActual.kpi_id, KpiActual.measured_on, KpiActual.value, KpiActual.note)
        .join(Kpi, Kpi.id == KpiActual.kpi_id)
        .join(Action, Action.id == Kpi.action_id)
        .where(in_plans)
        .order_by(KpiActual.kpi_id, KpiActual.measured_on, KpiActual.id)
    )
    kpis = (
        select(
            Kpi.id,
            Kpi.action_id,
            Kpi.indicator_id,
            Indicator.code,
            Kpi.name,
            Indicator.name,
            Kpi.kind,
            Kpi.unit,
            Kpi.baseline,
            Kpi.target,
            Kpi.target_date,
            Kpi.note,
        )
        .outerjoin(Indicator, Indicator.id == Kpi.indicator_id)
        .join(Action, Action.id == Kpi.action_id)
        .where(in_plans)
        .order_by(Kpi.action_id, Kpi.position, Kpi.id)
    )
    decisions = (
        select(ActionDecision.action_id, ActionDecision.decision, ActionDecision.note, ActionDecision.decided_at)
        .join(Action, Action.id == ActionDecision.action_id)
        .where(in_plans)
        .order_by(ActionDecision.decided_at, ActionDecision.id)
    )
    return _Queries(main, players, lines, measured, kpis, decisions)


def _action_parts(session: Session, queries: _Queries, params: dict[str, Any]) -> _Parts:
    parts = _Parts()
    # Core execution of these column selects: the ORM's per-statement machinery (about a third of a small
    # read's cost) brings nothing to rows that become views at once.
    execute = session.connection().execute
    for action_id, organisation_id, name, role in execute(queries.players, params):
        parts.players.setdefault(action_id, []).append(PlayerView(organisation_id, name, role))
    for line in execute(queries.lines, params):
        parts.lines.setdefault(line.action_id, []).append(BudgetLineView(**line._asdict()))
    actuals: dict[int, list[ActualView]] = {}
    for kpi_id, measured_on, value, note in execute(queries.measured, params):
        actuals.setdefault(kpi_id, []).append(ActualView(measured_on, value, note))
    for kpi_id, action_id, indicator_id, code, name, indicator_name, *rest in execute(queries.kpis, params):
        kind, unit, baseline, target, target_date, note = rest
        parts.kpis.setdefault(action_id, []).append(
            KpiView(
                id=kpi_id,
                action_id=action_id,
                indicator_id=indicator_id,
                code=code or "",
                name=kpi_name(name, indicator_name),
                kind=kind,
                unit=unit,
                baseline=baseline,
                target=target,
                target_date=target_date,
                note=note,
                actuals=tuple(actuals.get(kpi_id, ())),
            )
        )
    for action_id, decision, note, decided_at in execute(queries.decisions, params):
        parts.decisions[action_id] = _Decided(decision, note, decided_at)  # in time order: the last one stays
    return parts


def _make_room(session: Session, plan_id: int, index: int) -> None:
    """Shift the plan's actions from ``index`` on one place down, freeing ``index``."""
    session.execute(
        update(Action).where(Action.plan_id == plan_id, Action.position >= index).values(position=Action.position + 1)
    )


def _renumber(session: Session, ids: Sequence[int]) -> None:
    # Two passes so that no intermediate state collides, then contiguous positions from 0.
    for index, ident in enumerate(ids):
        session.execute(update(Action).where(Action.id == ident).values(position=index))


def _months_later(start: date, months: int) -> date:
    """The first of the month ``months`` after ``start``'s month."""
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _copy_title(title: str) -> str:
    suffix = " (copy)"
    return (title[: 300 - len(suffix)] + suffix) if not title.endswith(suffix) else title


def _added(action: Action) -> Change:
    return Change("action", "added", (action.id,), plan_id=action.plan_id)


def _budget_hint(session: Session, item: Intervention, plan: Plan) -> tuple[Decimal, str] | None:
    """The midpoint of the catalogue's typical cost, in the plan's currency, with a note saying so."""
    if item.cost_min is None and item.cost_max is None:
        return None
    low = item.cost_min if item.cost_min is not None else item.cost_max
    high = item.cost_max if item.cost_max is not None else item.cost_min
    assert low is not None
    assert high is not None
    currency = item.cost_currency or plan.currency
    midpoint = (low + high) / 2
    try:
        amount = rate_table(session, plan.id).convert(midpoint, currency, plan.currency)
    except MissingRate:
        return None
    note = f"Catalogue estimate: typical cost {low:,.0f}–{high:,.0f} {currency}. Adjust to your plan."
    return amount, note
