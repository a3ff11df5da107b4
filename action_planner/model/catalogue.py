"""The intervention catalogue and indicator library: shipped data, row checks and seeding."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, selectinload

from action_planner.model.entities import (
    Indicator,
    Intervention,
    InterventionIndicator,
    Setting,
    Theme,
)
from action_planner.model.enums import IndicatorKind
from action_planner.model.errors import ValidationError
from action_planner.model.messages import Message
from action_planner.model.money import check_currency, parse_amount
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate
from action_planner.model.validation import clean_enum, clean_text, collect
from action_planner.resources import load_json

#: Columns of a catalogue file, in order (CSV header and XLSX sheet headers).
INTERVENTION_COLUMNS = (
    "code",
    "name",
    "theme",
    "description",
    "duration_months_min",
    "duration_months_max",
    "cost_min",
    "cost_max",
    "cost_currency",
    "cost_facts",
    "source",
    "suggested_indicators",
)
INDICATOR_COLUMNS = ("code", "name", "unit", "kind", "source", "description")
#: Separator of indicator codes inside the ``suggested_indicators`` column.
CODE_SEPARATOR = ";"


class InterventionRow(NamedTuple):
    """One checked catalogue entry, independent of where it came from (a named tuple: an import makes 100,000
    of them, and a frozen dataclass took three times as long to build)."""

    code: str
    name: str
    theme: str
    description: str
    duration_months_min: int | None
    duration_months_max: int | None
    cost_min: Decimal | None
    cost_max: Decimal | None
    cost_currency: str | None
    cost_facts: str
    source: str
    suggested_indicators: tuple[str, ...]

    def as_strings(self) -> dict[str, str]:
        """The row as text cells, the inverse of :func:`check_intervention`."""

        def text(value: object) -> str:
            return "" if value is None else str(value)

        cells = {name: text(getattr(self, name)) for name in INTERVENTION_COLUMNS}
        cells["suggested_indicators"] = CODE_SEPARATOR.join(self.suggested_indicators)
        return cells


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    code: str
    name: str
    unit: str
    kind: IndicatorKind
    source: str
    description: str

    def as_strings(self) -> dict[str, str]:
        return {name: str(getattr(self, name)) for name in INDICATOR_COLUMNS}


#: What a code may hold: ``\w`` is exactly the characters for which ``str.isalnum()`` holds, and "_".
_CODE = re.compile(r"[\w.\-]*")


def _code(value: object, field: str = "code") -> str:
    code = clean_text(value, field, limit=16, required=True).upper()
    if _CODE.fullmatch(code) is None:  # letters, digits, '-', '_' and '.'; one scan, not a call per character
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "“%1” may only hold letters, digits, '-', '_' and '.'."), code)}
        )
    return code


def _months(value: object, field: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        months = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            {field: Message(QT_TRANSLATE_NOOP("Model", "“%1” is not a whole number of months."), str(value))}
        ) from None
    if not 0 < months <= 240:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP("Model", "A duration is between 1 and 240 months."))})
    return months


def _cost(value: object, currency: str, field: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_amount(value if not isinstance(value, float | int) else str(value), currency, field)


def _theme(value: object, themes: Sequence[str]) -> str:
    theme = str(value or "").strip().lower()
    if theme not in themes:
        raise ValidationError(
            {
                "theme": Message(
                    QT_TRANSLATE_NOOP("Model", "“%1” is not a theme (choose one of: %2)."),
                    str(value),
                    ", ".join(themes),
                )
            }
        )
    return theme


def _cost_currency(values: Mapping[str, Any]) -> str | None:
    """The currency of the typical cost; required as soon as a cost is given."""
    raw, low, high = values.get("cost_currency"), values.get("cost_min"), values.get("cost_max")
    if not (raw or low or high):
        return None  # the usual row without a cost
    currency = str(raw or "").strip()
    if currency or str(low or "").strip() or str(high or "").strip():
        return check_currency(currency, "cost_currency")
    return None


def _suggested(value: object) -> tuple[str, ...]:
    """Indicator codes from "RCO01; RCO04" (or a list), each once, in order."""
    if not value:
        return ()
    if isinstance(value, str):
        value = value.replace(",", CODE_SEPARATOR).split(CODE_SEPARATOR)
    if not isinstance(value, list | tuple):
        raise ValidationError(
            {
                "suggested_indicators": Message(
                    QT_TRANSLATE_NOOP("Model", "List indicator codes separated by semicolons, e.g. %1."), "RCO01; RCO04"
                )
            }
        )
    return tuple(dict.fromkeys(_code(c, "suggested_indicators") for c in value if str(c).strip()))


def check_intervention(values: Mapping[str, Any], themes: Sequence[str]) -> InterventionRow:
    """Check one catalogue entry given as text cells (or JSON values); report every problem at once.

    The checks run straight through first (an import of 100,000 good rows pays for no per-field
    bookkeeping); only a row with a problem is checked again field by field to name every problem.
    """
    try:
        return _checked_straight(values, themes)
    except ValidationError:
        return _checked_field_by_field(values, themes)


def _checked_straight(values: Mapping[str, Any], themes: Sequence[str]) -> InterventionRow:
    """The same checks as :func:`_checked_field_by_field`, stopping at the first problem."""
    get = values.get
    currency = _cost_currency(values)
    return _consistent(
        InterventionRow(  # positional: building and unpacking a dict of keywords cost a third of the check
            _code(get("code")),
            clean_text(get("name"), "name", limit=300, required=True),
            _theme(get("theme"), themes),
            clean_text(get("description"), "description", limit=10000, multiline=True),
            _months(get("duration_months_min"), "duration_months_min"),
            _months(get("duration_months_max"), "duration_months_max"),
            _cost(get("cost_min"), currency, "cost_min") if currency else None,
            _cost(get("cost_max"), currency, "cost_max") if currency else None,
            currency,
            clean_text(get("cost_facts"), "cost_facts", limit=5000, multiline=True),
            clean_text(get("source"), "source", limit=2000, multiline=True),
            _suggested(get("suggested_indicators")),
        )
    )


def _consistent(row: InterventionRow) -> InterventionRow:
    low, high = row.cost_min, row.cost_max
    if low is not None and high is not None and low > high:
        raise ValidationError(
            {"cost_max": Message(QT_TRANSLATE_NOOP("Model", "The highest typical cost is below the lowest."))}
        )
    shortest, longest = row.duration_months_min, row.duration_months_max
    if shortest is not None and longest is not None and shortest > longest:
        raise ValidationError(
            {
                "duration_months_max": Message(
                    QT_TRANSLATE_NOOP("Model", "The longest duration is shorter than the shortest.")
                )
            }
        )
    return row


def _checked_field_by_field(values: Mapping[str, Any], themes: Sequence[str]) -> InterventionRow:

    def text(name: str, limit: int) -> Callable[[], object]:
        return lambda: clean_text(values.get(name), name, limit=limit, multiline=True)

    def months(name: str) -> Callable[[], object]:
        return lambda: _months(values.get(name), name)

    out = collect(
        (
            ("code", lambda: _code(values.get("code"))),
            ("name", lambda: clean_text(values.get("name"), "name", limit=300, required=True)),
            ("theme", lambda: _theme(values.get("theme"), themes)),
            ("description", text("description", 10000)),
            ("duration_months_min", months("duration_months_min")),
            ("duration_months_max", months("duration_months_max")),
            ("cost_currency", lambda: _cost_currency(values)),
            ("cost_facts", text("cost_facts", 5000)),
            ("source", text("source", 2000)),
            ("suggested_indicators", lambda: _suggested(values.get("suggested_indicators"))),
        )
    )
    currency = out["cost_currency"]
    out |= collect(
        (name, lambda name=name: _cost(values.get(name), currency, name) if currency else None)  # type: ignore[misc]
        for name in ("cost_min", "cost_max")
    )
    return _consistent(InterventionRow(**out))


def check_indicator(values: Mapping[str, Any]) -> IndicatorRow:
    checks: tuple[tuple[str, Callable[[], object]], ...] = (
        ("code", lambda: _code(values.get("code"))),
        ("name", lambda: clean_text(values.get("name"), "name", limit=300, required=True)),
        ("unit", lambda: clean_text(values.get("unit"), "unit", limit=100)),
        ("kind", lambda: clean_enum(IndicatorKind, values.get("kind") or "", "kind")),
        ("source", lambda: clean_text(values.get("source"), "source", limit=300)),
        ("description", lambda: clean_text(values.get("description"), "description", limit=5000, multiline=True)),
    )
    return IndicatorRow(**collect(checks))


_TABLE_OF_INTERVENTIONS = cast(Table, Intervention.__table__)
_TABLE_OF_LINKS = cast(Table, InterventionIndicator.__table__)
#: Rows per INSERT ... RETURNING of new interventions (each an executemany of SQLite's multi-row VALUES).
INSERT_BATCH = 5_000
#: The interventions' columns that may be NULL and have no default.
_NULLABLE = ("duration_months_min", "duration_months_max", "cost_min", "cost_max", "cost_currency")


class CatalogueWriter:
    """Inserts or updates checked rows by code, with every lookup loaded once (imports of 100,000 rows)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.themes = {t.code: t for t in session.scalars(select(Theme))}
        self.indicators = {i.code: i for i in session.scalars(select(Indicator))}
        self.interventions = {
            i.code: i for i in session.scalars(select(Intervention).options(selectinload(Intervention.suggested)))
        }

    def intervention(self, row: InterventionRow, *, builtin: bool = False) -> Intervention:
        """Write one intervention; its theme and suggested indicator codes must exist."""
        theme = self.themes.get(row.theme)
        if theme is None:
            raise ValidationError({"theme": Message(QT_TRANSLATE_NOOP("Model", "“%1” is not a theme."), row.theme)})
        missing = [c for c in row.suggested_indicators if c not in self.indicators]
        if missing:
            raise ValidationError(
                {
                    "suggested_indicators": Message(
                        translate("Model", "Not in the indicator library: %1. Add them first.", None, 1),
                        ", ".join(missing),
                        n=len(missing),
                    )
                }
            )
        item = self.interventions.get(row.code)
        with self.session.no_autoflush:
            if item is None:
                item = self.interventions[row.code] = Intervention(code=row.code, builtin=builtin)
                self.session.add(item)
            item.name, item.theme, item.description = row.name, theme, row.description
            item.duration_months_min, item.duration_months_max = row.duration_months_min, row.duration_months_max
            item.cost_min, item.cost_max, item.cost_currency = row.cost_min, row.cost_max, row.cost_currency
            item.cost_facts, item.source = row.cost_facts, row.source
            item.suggested = [
                InterventionIndicator(indicator=self.indicators[code], position=index)
                for index, code in enumerate(row.suggested_indicators)
            ]
        return item

    def insert_interventions(self, rows: Sequence[InterventionRow], *, builtin: bool = False) -> None:
        """Insert new interventions (codes not in the catalogue yet) with Core executemany statements:
        the unit of work spent most of a 100,000-row import tracking objects nobody reads afterwards.
        The rows must be checked, their themes and suggested indicators known (indicators flushed)."""
        if not rows:
            return
        self.session.flush()  # indicators new in this import get their ids
        themes = {code: theme.id for code, theme in self.themes.items()}
        indicators = {code: indicator.id for code, indicator in self.indicators.items()}
        connection = self.session.connection()
        table = _TABLE_OF_INTERVENTIONS  # the Core table: the ORM's bulk path costs as much again
        for start in range(0, len(rows), INSERT_BATCH):
            batch = rows[start : start + INSERT_BATCH]
            values = [
                {
                    "code": row.code,
                    "name": row.name,
                    "theme_id": themes[row.theme],
                    "description": row.description,
                    "cost_facts": row.cost_facts,
                    "source": row.source,
                    "builtin": builtin,
                }
                for row in batch
            ]
            for name in _NULLABLE:  # a column empty in the whole batch is left out: NULL, without a bind per row
                column = list(map(attrgetter(name), batch))
                if column.count(None) < len(column):
                    for value, cell in zip(values, column, strict=True):
                        value[name] = cell
            if not any(row.suggested_indicators for row in batch):
                connection.execute(insert(table), values)  # one executemany; no ids are needed
                continue
            ids: dict[str, int] = dict(
                connection.execute(insert(table).returning(table.c.code, table.c.id), values).all()
            )
            links = [
                {"intervention_id": ids[row.code], "indicator_id": indicators[code], "position": index}
                for row in batch
                for index, code in enumerate(row.suggested_indicators)
            ]
            connection.execute(insert(_TABLE_OF_LINKS), links)

    def indicator(self, row: IndicatorRow, *, builtin: bool = False) -> Indicator:
        """Write one indicator of the library."""
        item = self.indicators.get(row.code)
        with self.session.no_autoflush:
            if item is None:
                item = self.indicators[row.code] = Indicator(code=row.code, builtin=builtin)
                self.session.add(item)
            item.name, item.unit, item.kind = row.name, row.unit, row.kind
            item.source, item.description = row.source, row.description
        return item


def write_intervention(session: Session, row: InterventionRow, *, builtin: bool = False) -> Intervention:
    """Insert or update (by code) one checked intervention."""
    return CatalogueWriter(session).intervention(row, builtin=builtin)


def write_indicator(session: Session, row: IndicatorRow, *, builtin: bool = False) -> Indicator:
    """Insert or update (by code) one checked indicator."""
    return CatalogueWriter(session).indicator(row, builtin=builtin)


def seed_workspace(session: Session, *, reporting_currency: str = "EUR") -> None:
    """Fill a new workspace with the shipped themes, indicators and interventions."""
    session.add(Setting(key="reporting_currency", value=check_currency(reporting_currency, "reporting_currency")))
    themes = load_json("catalogue", "themes.json")
    for index, theme in enumerate(themes):
        session.add(Theme(code=theme["code"], name=theme["name"], description=theme["description"], position=index))
    session.flush()
    writer = CatalogueWriter(session)
    for values in load_json("catalogue", "indicators.json"):
        writer.indicator(check_indicator(values), builtin=True)
    codes = [t["code"] for t in themes]
    for values in load_json("catalogue", "interventions.json"):
        writer.intervention(check_intervention(values, codes), builtin=True)
    session.flush()
