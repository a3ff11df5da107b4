"""KPIs of actions (from the indicator library or custom) and their measured values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from action_planner.model import snapshot as snapshots
from action_planner.model.changes import Change
from action_planner.model.entities import Action, Indicator, Kpi, KpiActual
from action_planner.model.enums import IndicatorKind
from action_planner.model.errors import ValidationError
from action_planner.model.messages import Message
from action_planner.model.services.base import Service, check_based_on, get_or_fail
from action_planner.model.services.convert import kpi_view
from action_planner.model.snapshot import Snapshot
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.validation import clean_date, clean_enum, clean_fields, clean_number, clean_text, collect
from action_planner.model.views import KpiView

KPI_FIELDS: Mapping[str, Callable[[object], Any]] = {
    "indicator": lambda v: clean_text(v, "indicator", limit=16).upper(),
    "name": lambda v: clean_text(v, "name", limit=300),
    "kind": lambda v: clean_enum(IndicatorKind, v, "kind"),
    "unit": lambda v: clean_text(v, "unit", limit=100),
    "baseline": lambda v: clean_number(v, "baseline"),
    "target": lambda v: clean_number(v, "target"),
    "target_date": lambda v: clean_date(v, "target_date"),
    "note": lambda v: clean_text(v, "note", limit=5000, multiline=True),
}


def _indicator(session: Session, code: str) -> Indicator:
    indicator = session.scalar(select(Indicator).where(Indicator.code == code))
    if indicator is None:
        raise ValidationError(
            {
                "indicator": Message(
                    QT_TRANSLATE_NOOP(
                        "Model", "“%1” is not in the indicator library; add it there first, or name a custom KPI."
                    ),
                    code,
                )
            }
        )
    return indicator


def _required_date(value: object) -> date:
    day = clean_date(value, "measured_on")
    if day is None:
        raise ValidationError(
            {"measured_on": Message(QT_TRANSLATE_NOOP("Model", "Give the date the value was measured."))}
        )
    return day


#: Library units that mean "money in the plan's currency" (the ERDF indicators count euros).
MONEY_UNITS = frozenset({"euro", "euros", "eur"})


def library_unit(unit: str, currency: str) -> str:
    """A library indicator's unit for a plan: a money unit becomes the plan's currency (GBP, SEK, PLN…)."""
    return currency if unit.strip().lower() in MONEY_UNITS else unit


def _set(session: Session, kpi: Kpi, cleaned: dict[str, Any], currency: str) -> None:
    if "indicator" in cleaned:
        code = cleaned["indicator"]
        indicator = _indicator(session, code) if code else None
        kpi.indicator = indicator
        if indicator is not None:
            kpi.kind = cleaned.get("kind", indicator.kind)
            kpi.unit = cleaned.get("unit") or library_unit(indicator.unit, currency)
    for key in ("name", "kind", "unit", "baseline", "target", "target_date", "note"):
        if key in cleaned and not (key == "unit" and not cleaned[key] and kpi.indicator is not None):
            setattr(kpi, key, cleaned[key])  # an empty unit keeps the library indicator's
    if kpi.indicator is None and not kpi.name:
        raise ValidationError(
            {"name": Message(QT_TRANSLATE_NOOP("Model", "Name a custom KPI, or pick an indicator from the library."))}
        )


def _change(kpi: Kpi, op: str) -> Change:
    return Change("kpi", op, (kpi.id,), plan_id=kpi.action.plan_id, action_id=kpi.action_id)


class KpiService(Service):
    """Indicators with baselines and targets, and dated actual values for monitoring."""

    def list(self, action_id: int) -> list[KpiView]:
        return self._read(lambda s: [kpi_view(k) for k in get_or_fail(s, Action, action_id, "action").kpis])

    def add(self, action_id: int, *, indicator: str = "", **values: object) -> KpiView:
        """Add a KPI from the library (``indicator="RCO01"``) or custom (``name=..., kind=..., unit=...``)."""
        cleaned = clean_fields(KPI_FIELDS, {"indicator": indicator, **values})

        def work(session: Session) -> tuple[KpiView, list[Change]]:
            action = get_or_fail(session, Action, action_id, "action")
            kind = cleaned.get("kind", IndicatorKind.OUTPUT)
            position = max((k.position for k in action.kpis), default=-1) + 1
            kpi = Kpi(action_id=action.id, position=position, name="", kind=kind, unit="")
            with session.no_autoflush:
                _set(session, kpi, cleaned, action.plan.currency)
            session.add(kpi)
            session.flush()
            session.refresh(action)
            return kpi_view(kpi), [_change(kpi, "added")]

        return self._apply(work)

    def update(self, kpi_id: int, based_on: Mapping[str, object] | None = None, /, **values: object) -> KpiView:
        """Change fields of a KPI; ``based_on`` (what the window showed) is checked with the row locked,
        as for an action: a field another planner changed meanwhile raises :class:`ConflictError`."""
        cleaned = clean_fields(KPI_FIELDS, values)

        def work(session: Session) -> tuple[KpiView, list[Change]]:
            kpi = get_or_fail(session, Kpi, kpi_id, "KPI", for_update=True)
            if based_on:  # the indicator is named by its code, as the view has it
                shown = {"code" if name == "indicator" else name: value for name, value in based_on.items()}
                mine = {"code" if name == "indicator" else name: value for name, value in values.items()}
                check_based_on(
                    Message(QT_TRANSLATE_NOOP("Model", "the KPI “%1”"), kpi.name), kpi_view(kpi), shown, mine
                )
            _set(session, kpi, cleaned, kpi.action.plan.currency)
            session.flush()
            return kpi_view(kpi), [_change(kpi, "changed")]

        return self._apply(work)

    def delete(self, kpi_id: int) -> Snapshot:
        def work(session: Session) -> tuple[Snapshot, list[Change]]:
            kpi = get_or_fail(session, Kpi, kpi_id, "KPI")
            snap = snapshots.capture(session, kpi)
            change = _change(kpi, "removed")
            session.delete(kpi)
            return snap, [change]

        return self._apply(work)

    def restore(self, snap: Snapshot) -> KpiView:
        def work(session: Session) -> tuple[KpiView, list[Change]]:
            snapshots.restore(session, snap)
            kpi = get_or_fail(session, Kpi, snap.root_id, "KPI")
            return kpi_view(kpi), [_change(kpi, "added")]

        return self._apply(work)

    def record_actual(self, kpi_id: int, measured_on: object, value: object, note: str = "") -> KpiView:
        """Record (or correct) the value measured on a date."""
        cleaned = collect(
            (
                ("measured_on", lambda: _required_date(measured_on)),
                ("value", lambda: clean_number(value, "value", required=True)),
                ("note", lambda: clean_text(note, "note", limit=2000)),
            )
        )
        day, number, text = cleaned["measured_on"], cleaned["value"], cleaned["note"]

        def work(session: Session) -> tuple[KpiView, list[Change]]:
            kpi = get_or_fail(session, Kpi, kpi_id, "KPI")
            actual = next((a for a in kpi.actuals if a.measured_on == day), None)
            if actual is None:
                actual = KpiActual(measured_on=day, value=number, note=text)
                kpi.actuals.append(actual)
            else:
                actual.value, actual.note = number, text
            session.flush()
            session.refresh(kpi)
            return kpi_view(kpi), [_change(kpi, "changed")]

        return self._apply(work)

    def remove_actual(self, kpi_id: int, measured_on: object) -> KpiView:
        day = clean_date(measured_on, "measured_on")

        def work(session: Session) -> tuple[KpiView, list[Change]]:
            kpi = get_or_fail(session, Kpi, kpi_id, "KPI")
            kpi.actuals[:] = [a for a in kpi.actuals if a.measured_on != day]
            session.flush()
            return kpi_view(kpi), [_change(kpi, "changed")]

        return self._apply(work)
