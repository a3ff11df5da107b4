"""Translated names of the domain's closed vocabularies, and how money, numbers and dates are shown."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from action_planner.model.enums import (
    LABELS,
    ActionStatus,
    IndicatorKind,
    InstrumentType,
    PlanStatus,
    Priority,
)
from action_planner.model.money import minor_digits
from action_planner.model.sources import SourceNames


class Labelled(Protocol):
    """A value of one of the model's enums: its English label is marked for translation in the model."""

    @property
    def label(self) -> str: ...


def label(value: Labelled) -> str:
    """The model's label of ``value`` in the user's language (e.g. "In progress" for ``ActionStatus.IN_PROGRESS``)."""
    return QCoreApplication.translate(LABELS, value.label)


def action_status(value: ActionStatus) -> str:
    return label(value)


def plan_status(value: PlanStatus) -> str:
    return label(value)


def priority(value: Priority) -> str:
    return label(value)


def funding_source(code: str, names: SourceNames) -> str:
    """A funding source of the workspace's list as the planner reads it: a built-in one in their language."""
    return names.name(code, _label_text)


def _label_text(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


def indicator_kind(value: IndicatorKind) -> str:
    return label(value)


def instrument_type(value: InstrumentType) -> str:
    return label(value)


def _localise(plain: str) -> str:
    """Swap Python's ``,`` grouping and ``.`` decimal point for the user's locale's."""
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return plain.replace(",", "\0").replace(".", point).replace("\0", group)


def money(amount: Decimal | None, currency: str = "", *, with_code: bool = False) -> str:
    """``1,234,567.89`` with the currency's minor digits (exact: no float on the way)."""
    if amount is None:
        return "—"
    digits = minor_digits(currency) if currency else 2
    text = _localise(format(amount, f",.{digits}f"))
    return f"{text} {currency}" if with_code and currency else text


def number(value: Decimal | None) -> str:
    """A KPI figure without trailing zeros ("121", "2.5")."""
    if value is None:
        return ""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return _localise(format(int(normal), ",d"))
    return _localise(format(normal, ",f"))


def percent(value: Decimal) -> str:
    """A share with one decimal place always ("15.0 %", "39.4 %"), so that a column lines up."""
    return _localise(format(value.quantize(Decimal("0.1")), ",f")) + " %"


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def timeframe(start: date | None, end: date | None) -> str:
    """``2027-01 – 2028-01`` (months are what planners read in a timeframe)."""
    if start is None and end is None:
        return ""
    left = start.strftime("%Y-%m") if start else "…"
    right = end.strftime("%Y-%m") if end else "…"
    return f"{left} – {right}"
