"""Capture a row and everything deleted with it, and put it all back: the basis of undoable deletes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from action_planner.model.entities import Action, Base, ExchangeRate, Kpi, Plan, Region


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Rows in insertion order (parents first), each as ``(table name, column values)``."""

    kind: str
    root_id: int
    rows: tuple[tuple[str, dict[str, Any]], ...]


def _row(obj: Base) -> tuple[str, dict[str, Any]]:
    mapper = inspect(obj).mapper
    table = mapper.local_table
    values = {attr.columns[0].name: getattr(obj, attr.key) for attr in mapper.column_attrs}
    return str(table.name), values  # type: ignore[attr-defined]


def _walk(session: Session, obj: Base, rows: list[tuple[str, dict[str, Any]]]) -> None:
    rows.append(_row(obj))
    if isinstance(obj, Region):
        for plan in obj.plans:
            _walk(session, plan, rows)
    elif isinstance(obj, Plan):
        for rate in session.scalars(select(ExchangeRate).where(ExchangeRate.plan_id == obj.id)):
            rows.append(_row(rate))
        for action in obj.actions:
            _walk(session, action, rows)
    elif isinstance(obj, Action):
        for child in (*obj.players, *obj.budget_lines, *obj.decisions, *obj.review_comments):
            rows.append(_row(child))
        for kpi in obj.kpis:
            _walk(session, kpi, rows)
    elif isinstance(obj, Kpi):
        for actual in obj.actuals:
            rows.append(_row(actual))


def capture(session: Session, obj: Region | Plan | Action | Base) -> Snapshot:
    """Everything that deleting ``obj`` would delete, as plain values."""
    rows: list[tuple[str, dict[str, Any]]] = []
    _walk(session, obj, rows)
    (root_id,) = inspect(obj).identity or (0,)
    return Snapshot(kind=type(obj).__name__.lower(), root_id=int(root_id), rows=tuple(rows))


def restore(session: Session, snapshot: Snapshot) -> None:
    """Insert the captured rows again with their original ids."""
    tables = Base.metadata.tables
    for table_name, values in snapshot.rows:
        session.execute(insert(tables[table_name]).values(**values))
    session.expire_all()
