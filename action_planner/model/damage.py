"""Finding the damaged values of a workspace: which record, which field, what it holds and should hold.

The checked column types (``model/stored.py``) refuse a damaged value as it is read but cannot know the row
it came from. When one is refused, :func:`locate` reads every checked column of the file again, raw, through
the same checks, and names each record that holds a damaged value, so the message can say where it is.
Work is one query per checked column and happens only after a refusal: the usual reads pay nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Table

from action_planner.model.entities import Base
from action_planner.model.errors import DamagedValueError, Location
from action_planner.model.stored import ExactDecimal, StoredValueError, _Checked

#: What a planner calls a record of each table.
RECORDS = {
    "plans": "plan",
    "actions": "action",
    "budget_lines": "budget line",
    "kpis": "KPI",
    "kpi_actuals": "measured value",
    "exchange_rates": "exchange rate",
    "interventions": "catalogue intervention",
    "indicators": "indicator",
    "action_decisions": "workshop decision",
    "workshops": "workshop",
}

#: How a damaged record is placed for the reader: the action (and plan) it belongs to.
_CONTEXT = {
    "actions": "SELECT a.title, p.title FROM actions a JOIN plans p ON p.id = a.plan_id WHERE a.id = ?",
    "budget_lines": "SELECT a.title, p.title FROM budget_lines b JOIN actions a ON a.id = b.action_id"
    " JOIN plans p ON p.id = a.plan_id WHERE b.id = ?",
    "kpis": "SELECT a.title, p.title FROM kpis k JOIN actions a ON a.id = k.action_id"
    " JOIN plans p ON p.id = a.plan_id WHERE k.id = ?",
    "action_decisions": "SELECT a.title, p.title FROM action_decisions d JOIN actions a ON a.id = d.action_id"
    " JOIN plans p ON p.id = a.plan_id WHERE d.id = ?",
}

#: A workspace with more damage than this is reported by its first few records and a count.
SHOWN = 3


@dataclass(frozen=True, slots=True)
class DamagedValue:
    """One stored value that cannot be read: where it is, what it holds and what it should be."""

    table: str
    row_id: int
    field: str
    raw: str
    problem: str
    action: str | None = None
    plan: str | None = None

    def describe(self) -> str:
        record = f"{RECORDS.get(self.table, self.table)} {self.row_id}"
        if self.action is not None:
            record += f" (action “{self.action}” of plan “{self.plan}”)"
        elif self.plan is not None:
            record += f" (plan “{self.plan}”)"
        return f"{record}, field “{self.field}” in table {self.table}, holds “{self.raw}”; {self.problem}"


def checked_columns() -> Iterator[tuple[Table, str]]:
    """Every (table, column name) whose type checks what it reads, in schema order."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        for column in table.columns:
            if isinstance(column.type, ExactDecimal | _Checked):
                yield table, column.name


def scan(connection: Connection) -> list[DamagedValue]:
    """Every damaged value of the workspace behind ``connection`` (read-only; one query per checked column)."""
    dialect = connection.dialect
    found: list[DamagedValue] = []
    for table, name in checked_columns():
        process = table.c[name].type.dialect_impl(dialect).result_processor(dialect, None)
        if process is None:
            continue
        rows = connection.exec_driver_sql(f'SELECT id, "{name}" FROM "{table.name}" WHERE "{name}" IS NOT NULL')
        for row_id, raw in rows:
            try:
                process(raw)
            except StoredValueError as exc:
                found.append(_placed(connection, table.name, int(row_id), field=name, raw=raw, problem=exc.problem))
    return found


def _placed(connection: Connection, table: str, row_id: int, *, field: str, raw: object, problem: str) -> DamagedValue:
    shown = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    shown = shown if len(shown) <= 40 else shown[:40] + "…"
    action = plan = None
    if table in _CONTEXT:
        context = connection.exec_driver_sql(_CONTEXT[table], (row_id,)).first()
        if context is not None:
            action, plan = context[0], context[1]
    elif table == "plans":
        title = connection.exec_driver_sql("SELECT title FROM plans WHERE id = ?", (row_id,)).first()
        plan = title[0] if title is not None else None
    return DamagedValue(table, row_id, field, shown, problem, action, plan)


def damaged_error(path: Location, damaged: list[DamagedValue], refused: StoredValueError) -> DamagedValueError:
    """The error a reader shows: the damaged records (or, if the scan found none, the value refused)."""
    if not damaged:
        return DamagedValueError(path, [f"a stored value {refused}"])
    lines = [value.describe() for value in damaged[:SHOWN]]
    if len(damaged) > SHOWN:
        lines.append(f"and {len(damaged) - SHOWN:,} more damaged values")
    return DamagedValueError(path, lines, damaged)
