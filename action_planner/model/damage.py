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
from action_planner.model.messages import Message
from action_planner.model.stored import ExactDecimal, StoredValueError, _Checked, shown_value
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate

#: What a planner calls a record of each table: %1 its number.
RECORDS = {
    "plans": QT_TRANSLATE_NOOP("Model", "plan %1"),
    "actions": QT_TRANSLATE_NOOP("Model", "action %1"),
    "budget_lines": QT_TRANSLATE_NOOP("Model", "budget line %1"),
    "kpis": QT_TRANSLATE_NOOP("Model", "KPI %1"),
    "kpi_actuals": QT_TRANSLATE_NOOP("Model", "measured value %1"),
    "exchange_rates": QT_TRANSLATE_NOOP("Model", "exchange rate %1"),
    "interventions": QT_TRANSLATE_NOOP("Model", "catalogue intervention %1"),
    "indicators": QT_TRANSLATE_NOOP("Model", "indicator %1"),
    "action_decisions": QT_TRANSLATE_NOOP("Model", "workshop decision %1"),
    "workshops": QT_TRANSLATE_NOOP("Model", "workshop %1"),
}
#: One damaged value: %1 the record, then where it belongs, the field, the table, what it holds and its problem.
_IN_ACTION = QT_TRANSLATE_NOOP("Model", "%1 (action “%2” of plan “%3”), field “%4” in table %5, holds “%6”; %7")
_IN_PLAN = QT_TRANSLATE_NOOP("Model", "%1 (plan “%2”), field “%3” in table %4, holds “%5”; %6")
_ALONE = QT_TRANSLATE_NOOP("Model", "%1, field “%2” in table %3, holds “%4”; %5")

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
        record = Message(RECORDS.get(self.table, f"{self.table} %1"), str(self.row_id))
        where = (self.field, self.table, self.raw, self.problem)
        if self.action is not None:
            return Message(_IN_ACTION, record, self.action, str(self.plan), *where)
        if self.plan is not None:
            return Message(_IN_PLAN, record, self.plan, *where)
        return Message(_ALONE, record, *where)


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
        return DamagedValueError(
            path,
            [Message(QT_TRANSLATE_NOOP("Model", "a stored value %1: %2"), shown_value(refused.raw), refused.problem)],
        )
    lines = [value.describe() for value in damaged[:SHOWN]]
    if len(damaged) > SHOWN:
        lines.append(Message(translate("Model", "and %n more damaged value(s)", None, 1), n=len(damaged) - SHOWN))
    return DamagedValueError(path, lines, damaged)
