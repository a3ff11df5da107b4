"""Translated words of the workshop: decisions, kinds of change, and times shown in local time."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from action_planner.model.enums import Decision
from action_planner.model.services.workshops import ChangeSinceStart
from action_planner.ui import labels


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Workshop", text, disambiguation, n)


def decision(value: Decision) -> str:
    return labels.label(value)


def action_count(n: int) -> str:
    """``1 action``, ``7 actions`` (both forms are translated, each with the count)."""
    return _tr("%n action", "", n) if n == 1 else _tr("%n actions", "", n)


def more(n: int) -> str:
    """``+ 1 more`` / ``+ 3 more`` under a shortened list."""
    return _tr("+ %n more", "one", n) if n == 1 else _tr("+ %n more", "many", n)


def more_changes(n: int) -> str:
    return _tr("+ %n more change", "", n) if n == 1 else _tr("+ %n more changes", "", n)


def earlier_decisions(n: int) -> str:
    return _tr("%n earlier decision not shown", "", n) if n == 1 else _tr("%n earlier decisions not shown", "", n)


def actions_word(n: int) -> str:
    """The word under a big count: ``action`` or ``actions``."""
    return _tr("action", "count", n) if n == 1 else _tr("actions", "count", n)


def local_time(moment: datetime, today: date | None = None) -> str:
    """A stored UTC time (naive) in the computer's time zone: the time alone when it is today."""
    local = moment.replace(tzinfo=UTC).astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == (today or date.today()):
        return clock
    return f"{local.date().isoformat()} {clock}"


def votes(votes_for: int, votes_against: int) -> str:
    """``+5 / −2 (net +3)``."""
    net = votes_for - votes_against
    return (
        _tr("+%1 / −%2 (net %3)")
        .replace("%1", str(votes_for))
        .replace("%2", str(votes_against))
        .replace("%3", signed(net))
    )


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else (f"−{-value}" if value < 0 else "0")


def whole_money(amount: Decimal | None, currency: str) -> str:
    """``1,284,006 EUR``: rounded to whole units, for charts read from across a room."""
    if amount is None:
        return "—"
    return f"{labels.number(amount.quantize(Decimal(1)))} {currency}".strip()


def money_delta(before: Decimal | None, after: Decimal | None, currency: str) -> str:
    """``+10,000.00`` or ``−10,000.00`` (nothing when either side is unknown)."""
    if before is None or after is None or before == after:
        return ""
    delta = after - before
    sign = "+" if delta > 0 else "−"
    return sign + labels.money(abs(delta), currency)


def change_kind(change: ChangeSinceStart) -> str:
    return {
        "added": _tr("Added"),
        "removed": _tr("Removed"),
        "budget": _tr("Budget"),
        "owner": _tr("Owner"),
        "title": _tr("Renamed"),
    }.get(change.kind, change.kind)


def change_detail(change: ChangeSinceStart, currency: str) -> str:
    """What changed, before → after, with amounts formatted in the plan's currency."""

    def amount(value: Decimal | None) -> str:
        return labels.money(value, currency, with_code=True)

    if change.kind == "added":
        return _tr("new action, budget %1").replace("%1", amount(change.amount_after))
    if change.kind == "removed":
        return _tr("had a budget of %1").replace("%1", amount(change.amount_before))
    if change.kind == "budget":
        text = f"{amount(change.amount_before)} → {amount(change.amount_after)}"
        delta = money_delta(change.amount_before, change.amount_after, currency)
        return f"{text}  ({delta})" if delta else text
    if change.kind == "title":
        return _tr("was “%1”").replace("%1", change.before)
    nobody = _tr("nobody")
    return f"{change.before or nobody} → {change.after or nobody}"
