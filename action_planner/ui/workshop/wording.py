"""Translated words of the workshop: decisions, kinds of change, and times shown in local time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from action_planner.model.enums import ActionStatus, Decision, Priority
from action_planner.model.services.workshops import ChangeSinceStart
from action_planner.model.sources import SourceNames
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
    """The chip of a change: what kind of thing changed (a field's own name for the action's fields)."""
    if change.kind == "field":
        return field_name(change.field)
    return {
        "added": _tr("Added"),
        "removed": _tr("Removed"),
        "budget": _tr("Budget"),
        "owner": _tr("Owner"),
        "title": _tr("Renamed"),
        "scores": _tr("Board"),
        "votes": _tr("Votes"),
        "decision": _tr("Decision"),
        "line": _tr("Budget line"),
        "line_added": _tr("Budget line"),
        "line_removed": _tr("Budget line"),
        "kpi": _tr("KPI"),
        "kpi_added": _tr("KPI"),
        "kpi_removed": _tr("KPI"),
    }.get(change.kind, change.kind)


def field_name(field: str) -> str:
    """The name of a compared field of an action, a budget line or a KPI, as the editor calls it."""
    return {
        "theme": _tr("Theme"),
        "status": _tr("Status"),
        "priority": _tr("Priority"),
        "start_date": _tr("Start"),
        "end_date": _tr("End"),
        "pilot": _tr("Pilot action"),
        "description": _tr("Description"),
        "background": _tr("Background"),
        "players": _tr("Players"),
        "owner_person": _tr("Contact person"),
        "owner_email": _tr("Contact email"),
        "notes": _tr("Notes"),
        "amount": _tr("Amount"),
        "currency": _tr("Currency"),
        "funding_source": _tr("Funding source"),
        "year": _tr("Year"),
        "note": _tr("Note"),
        "name": _tr("Name"),
        "unit": _tr("Unit"),
        "baseline": _tr("Baseline"),
        "target": _tr("Target"),
        "target_date": _tr("Target date"),
    }.get(field, field)


#: Long texts are cut to this many characters on the slide (the editor holds the whole text).
SHORT_TEXT = 60
_ENUMS: dict[str, type[ActionStatus] | type[Priority]] = {
    "status": ActionStatus,
    "priority": Priority,
}


def value_text(
    field: str,
    raw: str,
    currency: str,
    themes: Mapping[str, str] | None = None,
    sources: SourceNames | None = None,
) -> str:
    """A stored value as the room reads it: labels for choices, local dates and numbers, short texts."""
    if raw == "":
        return "—"
    if field == "funding_source":
        return labels.funding_source(raw, sources or SourceNames())
    if field in _ENUMS:
        return labels.label(_ENUMS[field](raw))
    shown: dict[str, Callable[[str], str]] = {
        "theme": lambda text: (themes or {}).get(text, text),
        **dict.fromkeys(("start_date", "end_date", "target_date"), lambda text: labels.day(date.fromisoformat(text))),
        "pilot": lambda _text: _tr("yes"),
        "amount": lambda text: labels.money(Decimal(text), currency),
        **dict.fromkeys(("baseline", "target"), lambda text: labels.number(Decimal(text))),
    }
    if field in shown:
        return shown[field](raw)
    one_line = " ".join(raw.split())
    return one_line if len(one_line) <= SHORT_TEXT else one_line[: SHORT_TEXT - 1].rstrip() + "…"


def _scores(raw: str) -> str:
    impact, _, effort = raw.partition("/")
    if not impact or not effort:
        return _tr("not on the board")
    return _tr("impact %1, effort %2").replace("%1", impact).replace("%2", effort)


def _votes(raw: str) -> str:
    votes_for, _, votes_against = raw.partition("/")
    return f"+{votes_for} / −{votes_against}"


def _decision(raw: str, note: str) -> str:
    shown = labels.label(Decision(raw)) if raw else _tr("No decision")
    return f"{shown} ({value_text('note', note, '')})" if note else shown


class _Detail:
    """The detail column of one change: one method per kind of change."""

    def __init__(
        self,
        change: ChangeSinceStart,
        currency: str,
        themes: Mapping[str, str] | None,
        sources: SourceNames | None = None,
    ) -> None:
        self.change, self.currency, self.themes, self.sources = change, currency, themes, sources

    def amount(self, value: Decimal | None) -> str:
        return labels.money(value, self.currency, with_code=True)

    def values(self) -> str:
        c = self.change
        before = value_text(c.field, c.before, self.currency, self.themes, self.sources)
        return f"{before} → {value_text(c.field, c.after, self.currency, self.themes, self.sources)}"

    def added(self) -> str:
        return _tr("new action, budget %1").replace("%1", self.amount(self.change.amount_after))

    def removed(self) -> str:
        return _tr("had a budget of %1").replace("%1", self.amount(self.change.amount_before))

    def budget(self) -> str:
        c = self.change
        text = f"{self.amount(c.amount_before)} → {self.amount(c.amount_after)}"
        delta = money_delta(c.amount_before, c.amount_after, self.currency)
        return f"{text}  ({delta})" if delta else text

    def title(self) -> str:
        return _tr("was “%1”").replace("%1", self.change.before)

    def owner(self) -> str:
        nobody = _tr("nobody")
        return f"{self.change.before or nobody} → {self.change.after or nobody}"

    def field(self) -> str:
        return self.values()

    def scores(self) -> str:
        return f"{_scores(self.change.before)} → {_scores(self.change.after)}"

    def votes(self) -> str:
        return f"{_votes(self.change.before)} → {_votes(self.change.after)}"

    def decision(self) -> str:
        c = self.change
        return f"{_decision(c.before, c.note_before)} → {_decision(c.after, c.note_after)}"

    def line_added(self) -> str:
        c = self.change
        return _tr("line %1 added: %2").replace("%1", c.item).replace("%2", self.amount(c.amount_after))

    def line_removed(self) -> str:
        c = self.change
        return _tr("line %1 removed: %2").replace("%1", c.item).replace("%2", self.amount(c.amount_before))

    def line(self) -> str:
        c = self.change
        return (
            _tr("line %1, %2: %3").replace("%1", c.item).replace("%2", field_name(c.field)).replace("%3", self.values())
        )

    def kpi_added(self) -> str:
        return _tr("“%1” added").replace("%1", self.change.item)

    def kpi_removed(self) -> str:
        return _tr("“%1” removed").replace("%1", self.change.item)

    def kpi(self) -> str:
        c = self.change
        return _tr("“%1”, %2: %3").replace("%1", c.item).replace("%2", field_name(c.field)).replace("%3", self.values())


def change_detail(
    change: ChangeSinceStart,
    currency: str,
    themes: Mapping[str, str] | None = None,
    sources: SourceNames | None = None,
) -> str:
    """What changed, before → after, with amounts formatted in the plan's currency and choices, dates and
    numbers as the room reads them (``themes`` names the theme codes, ``sources`` the funding sources)."""
    detail = _Detail(change, currency, themes, sources)
    describe: Callable[[], str] = getattr(detail, change.kind, detail.owner)
    return describe()
