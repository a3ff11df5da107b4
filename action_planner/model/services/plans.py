"""Regions and plans: add, edit, delete (with a snapshot to undo) and list."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from action_planner.model import snapshot as snapshots
from action_planner.model.changes import Change
from action_planner.model.entities import Action, Plan, Region
from action_planner.model.enums import InstrumentType, PlanStatus
from action_planner.model.errors import ValidationError
from action_planner.model.messages import Message
from action_planner.model.money import check_currency
from action_planner.model.services.base import Service, check_based_on, get_or_fail
from action_planner.model.services.convert import plan_view, region_view
from action_planner.model.snapshot import Snapshot
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.validation import LONG_TEXT, clean_date, clean_email, clean_enum, clean_fields, clean_text
from action_planner.model.views import PlanView, RegionView


def default_currency(country_code: str) -> str:
    """The currency in use in a country today (EUR for Italy, SEK for Sweden); EUR if unknown."""
    from babel.numbers import get_territory_currencies

    try:
        currencies = get_territory_currencies(country_code.upper(), date.today())
    except Exception:  # babel raises on unknown territories
        return "EUR"
    return currencies[0] if currencies else "EUR"


def _language(value: object, field: str = "language") -> str:
    text = clean_text(value, field, limit=8).lower()
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(text)
    except (ValueError, UnknownLocaleError):
        raise ValidationError(
            {
                field: Message(
                    QT_TRANSLATE_NOOP("Model", "“%1” is not a language code (for example %2)."),
                    text,
                    "en, it, es, sv, pl",
                )
            }
        ) from None
    return text


#: Each editable plan field with the check that cleans it.
PLAN_FIELDS: Mapping[str, Callable[[object], Any]] = {
    "title": lambda v: clean_text(v, "title", limit=300, required=True),
    "project": lambda v: clean_text(v, "project", limit=200),
    "partner_organisation": lambda v: clean_text(v, "partner_organisation", limit=300),
    "other_partners": lambda v: clean_text(v, "other_partners", limit=5000, multiline=True),
    "instrument_type": lambda v: clean_enum(InstrumentType, v, "instrument_type"),
    "instrument_name": lambda v: clean_text(v, "instrument_name", limit=300),
    "contact_name": lambda v: clean_text(v, "contact_name", limit=200),
    "contact_email": lambda v: clean_email(v, "contact_email"),
    "contact_phone": lambda v: clean_text(v, "contact_phone", limit=50),
    "context": lambda v: clean_text(v, "context", limit=LONG_TEXT, multiline=True),
    "currency": lambda v: check_currency(str(v or ""), "currency"),
    "language": _language,
    "english_summary": lambda v: clean_text(v, "english_summary", limit=LONG_TEXT, multiline=True),
    "status": lambda v: clean_enum(PlanStatus, v, "status"),
    "endorsement_date": lambda v: clean_date(v, "endorsement_date"),
    "signatory": lambda v: clean_text(v, "signatory", limit=200),
}


class RegionService(Service):
    """Regions of the workspace, each from the offline NUTS/ISO data."""

    def list(self) -> list[RegionView]:
        def work(session: Session) -> list[RegionView]:
            regions = session.scalars(select(Region).order_by(Region.position, Region.code))
            return [region_view(r) for r in regions]

        return self._read(work)

    def get(self, region_id: int) -> RegionView:
        return self._read(lambda s: region_view(get_or_fail(s, Region, region_id, "region")))

    def add(self, code: str, *, name: str | None = None) -> RegionView:
        """Add the region with this NUTS or ISO 3166-2 code."""
        from action_planner.model.regions import lookup_region

        info = lookup_region((code or "").strip())
        if info is None:
            raise ValidationError(
                {"code": Message(QT_TRANSLATE_NOOP("Model", "“%1” is not a NUTS or ISO 3166-2 region code."), code)}
            )
        label = clean_text(name, "name", limit=200) or info.name

        def work(session: Session) -> tuple[RegionView, list[Change]]:
            if session.scalar(select(Region).where(Region.code == info.code)) is not None:
                raise ValidationError(
                    {
                        "code": Message(
                            QT_TRANSLATE_NOOP("Model", "%1 (%2) is already in this workspace."), info.name, info.code
                        )
                    }
                )
            position = session.scalar(select(func.coalesce(func.max(Region.position) + 1, 0))) or 0
            region = Region(
                code=info.code,
                name=label,
                scheme=info.scheme,
                level=info.level,
                country_code=info.country_code,
                country_name=info.country_name,
                position=position,
            )
            session.add(region)
            session.flush()
            return region_view(region), [Change("region", "added", (region.id,), region_id=region.id)]

        return self._apply(work)

    def rename(self, region_id: int, name: str, based_on: str | None = None) -> RegionView:
        """Rename a region; ``based_on`` (the name the window showed) is checked with the row locked, and a
        name another planner gave it meanwhile raises :class:`ConflictError`."""
        label = clean_text(name, "name", limit=200, required=True)

        def work(session: Session) -> tuple[RegionView, list[Change]]:
            region = get_or_fail(session, Region, region_id, "region", for_update=True)
            if based_on is not None:
                check_based_on(
                    Message(QT_TRANSLATE_NOOP("Model", "the region %1"), region.code),
                    region_view(region),
                    {"name": based_on},
                    {"name": label},
                )
            region.name = label
            return region_view(region), [Change("region", "changed", (region_id,), region_id=region_id)]

        return self._apply(work)

    def delete(self, region_id: int) -> Snapshot:
        """Delete a region with its plans; the snapshot puts everything back through :meth:`restore`."""

        def work(session: Session) -> tuple[Snapshot, list[Change]]:
            region = get_or_fail(session, Region, region_id, "region")
            snap = snapshots.capture(session, region)
            session.delete(region)
            return snap, [Change("region", "removed", (region_id,), region_id=region_id)]

        return self._apply(work)

    def restore(self, snap: Snapshot) -> RegionView:
        def work(session: Session) -> tuple[RegionView, list[Change]]:
            snapshots.restore(session, snap)
            region = get_or_fail(session, Region, snap.root_id, "region")
            return region_view(region), [Change("region", "added", (region.id,), region_id=region.id)]

        return self._apply(work)


class PlanService(Service):
    """Plans: Part I and Part II of the action plan template, plus status and endorsement."""

    def list(self, region_id: int | None = None) -> list[PlanView]:
        def work(session: Session) -> list[PlanView]:
            counts = dict(session.execute(select(Action.plan_id, func.count(Action.id)).group_by(Action.plan_id)).all())
            query = (
                select(Plan)
                .options(selectinload(Plan.region))
                .join(Region)
                .order_by(Region.position, Region.code, Plan.id)
            )
            if region_id is not None:
                query = query.where(Plan.region_id == region_id)
            return [plan_view(p, counts.get(p.id, 0)) for p in session.scalars(query)]

        return self._read(work)

    def get(self, plan_id: int) -> PlanView:
        def work(session: Session) -> PlanView:
            plan = get_or_fail(session, Plan, plan_id, "plan")
            count = session.scalar(select(func.count(Action.id)).where(Action.plan_id == plan_id)) or 0
            return plan_view(plan, count)

        return self._read(work)

    def add(self, region_id: int, title: str, **values: object) -> PlanView:
        """Add a plan to a region; its currency defaults to the region's country's currency."""
        cleaned = clean_fields(PLAN_FIELDS, {"title": title, **values})

        def work(session: Session) -> tuple[PlanView, list[Change]]:
            region = get_or_fail(session, Region, region_id, "region")
            cleaned.setdefault("currency", default_currency(region.country_code))
            cleaned.setdefault("project", "Compete-In")
            plan = Plan(region=region, **cleaned)
            session.add(plan)
            session.flush()
            return plan_view(plan, 0), [Change("plan", "added", (plan.id,), plan_id=plan.id, region_id=region_id)]

        return self._apply(work)

    def update(self, plan_id: int, based_on: Mapping[str, object] | None = None, /, **values: object) -> PlanView:
        """Change any Part I/II field; refuses (changing nothing) if any value is invalid. ``based_on`` (what
        the window showed) is checked with the row locked: a field another planner changed meanwhile raises
        :class:`ConflictError`, as for an action."""
        cleaned = clean_fields(PLAN_FIELDS, values)

        def work(session: Session) -> tuple[PlanView, list[Change]]:
            plan = get_or_fail(session, Plan, plan_id, "plan", for_update=True)
            if based_on:
                check_based_on(
                    Message(QT_TRANSLATE_NOOP("Model", "the plan “%1”"), plan.title), plan_view(plan), based_on, values
                )
            changed = tuple(k for k, v in cleaned.items() if getattr(plan, k) != v)
            for key in changed:
                setattr(plan, key, cleaned[key])
            changes = [Change("plan", "changed", (plan_id,), plan_id=plan_id, region_id=plan.region_id, fields=changed)]
            return plan_view(plan), changes if changed else []

        return self._apply(work)

    def delete(self, plan_id: int) -> Snapshot:
        def work(session: Session) -> tuple[Snapshot, list[Change]]:
            plan = get_or_fail(session, Plan, plan_id, "plan")
            snap = snapshots.capture(session, plan)
            region_id = plan.region_id
            session.delete(plan)
            return snap, [Change("plan", "removed", (plan_id,), plan_id=plan_id, region_id=region_id)]

        return self._apply(work)

    def restore(self, snap: Snapshot) -> PlanView:
        def work(session: Session) -> tuple[PlanView, list[Change]]:
            snapshots.restore(session, snap)
            plan = get_or_fail(session, Plan, snap.root_id, "plan")
            return plan_view(plan), [Change("plan", "added", (plan.id,), plan_id=plan.id, region_id=plan.region_id)]

        return self._apply(work)
