"""The workshop's words: decisions, kinds of change, votes and times, in the language of a room.

Every function takes the :class:`RoomLanguage` to speak: the slides pass the plan's, the
facilitator's widgets the window's (:data:`WINDOW`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal

from action_planner.model.enums import ActionStatus, Decision, Priority
from action_planner.model.services.workshops import ChangeSinceStart
from action_planner.model.sources import SourceNames
from action_planner.ui.workshop.room import WINDOW, RoomLanguage, Spoken


def decision(value: Decision, room: RoomLanguage = WINDOW) -> str:
    return room.label(value)


class Workshop(Spoken):
    """The workshop's counted phrases: ``self.tr`` (context "Workshop") is how lupdate extracts each as
    a plural (it does so for no call whose count is a variable but ``tr``); English keeps a message per form."""

    def __init__(self, room: RoomLanguage) -> None:
        self.room = room

    def action_count(self, n: int) -> str:
        return self.tr("%n action", "", n) if n == 1 else self.tr("%n actions", "", n)

    def more(self, n: int) -> str:
        return self.tr("+ %n more", "", n)

    def more_changes(self, n: int) -> str:
        return self.tr("+ %n more change", "", n) if n == 1 else self.tr("+ %n more changes", "", n)

    def earlier_decisions(self, n: int) -> str:
        if n == 1:
            return self.tr("%n earlier decision not shown", "", n)
        return self.tr("%n earlier decisions not shown", "", n)

    def actions_word(self, n: int) -> str:
        return self.tr("action", "count", n) if n == 1 else self.tr("actions", "count", n)


def action_count(room: RoomLanguage, n: int) -> str:
    """``1 action``, ``7 actions`` (both forms are translated, each with the count)."""
    return Workshop(room).action_count(n)


def more(room: RoomLanguage, n: int) -> str:
    """``+ 1 more`` / ``+ 3 more`` under a shortened list."""
    return Workshop(room).more(n)


def more_changes(room: RoomLanguage, n: int) -> str:
    return Workshop(room).more_changes(n)


def earlier_decisions(room: RoomLanguage, n: int) -> str:
    return Workshop(room).earlier_decisions(n)


def actions_word(room: RoomLanguage, n: int) -> str:
    """The word under a big count: ``action`` or ``actions``."""
    return Workshop(room).actions_word(n)


def local_time(moment: datetime, today: date | None = None, room: RoomLanguage = WINDOW) -> str:
    """A stored UTC time (naive) in the computer's time zone: the time alone when it is today."""
    return room.local_time(moment, today)


def votes(room: RoomLanguage, votes_for: int, votes_against: int) -> str:
    """``+5 / −2 (net +3)``."""
    net = votes_for - votes_against
    return (
        room.translate("Workshop", "+%1 / −%2 (net %3)")
        .replace("%1", room.count(votes_for))
        .replace("%2", room.count(votes_against))
        .replace("%3", signed(net))
    )


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else (f"−{-value}" if value < 0 else "0")


def whole_money(room: RoomLanguage, amount: Decimal | None, currency: str) -> str:
    """``1,284,006 EUR``: rounded to whole units, for charts read from across a room."""
    if amount is None:
        return "—"
    return f"{room.number(amount.quantize(Decimal(1)))} {currency}".strip()


def money_delta(room: RoomLanguage, before: Decimal | None, after: Decimal | None, currency: str) -> str:
    """``+10,000.00`` or ``−10,000.00`` (nothing when either side is unknown)."""
    if before is None or after is None or before == after:
        return ""
    delta = after - before
    sign = "+" if delta > 0 else "−"
    return sign + room.money(abs(delta), currency)


def change_kind(room: RoomLanguage, change: ChangeSinceStart) -> str:
    """The chip of a change: what kind of thing changed (a field's own name for the action's fields)."""
    if change.kind == "field":
        return field_name(room, change.field)
    return {
        "added": room.translate("Workshop", "Added"),
        "removed": room.translate("Workshop", "Removed"),
        "budget": room.translate("Workshop", "Budget"),
        "owner": room.translate("Workshop", "Owner"),
        "title": room.translate("Workshop", "Renamed"),
        "scores": room.translate("Workshop", "Board"),
        "votes": room.translate("Workshop", "Votes"),
        "decision": room.translate("Workshop", "Decision"),
        "line": room.translate("Workshop", "Budget line"),
        "line_added": room.translate("Workshop", "Budget line"),
        "line_removed": room.translate("Workshop", "Budget line"),
        "kpi": room.translate("Workshop", "KPI"),
        "kpi_added": room.translate("Workshop", "KPI"),
        "kpi_removed": room.translate("Workshop", "KPI"),
    }.get(change.kind, change.kind)


def field_name(room: RoomLanguage, field: str) -> str:
    """The name of a compared field of an action, a budget line or a KPI, as the editor calls it."""
    return {
        "theme": room.translate("Workshop", "Theme"),
        "status": room.translate("Workshop", "Status"),
        "priority": room.translate("Workshop", "Priority"),
        "start_date": room.translate("Workshop", "Start"),
        "end_date": room.translate("Workshop", "End"),
        "pilot": room.translate("Workshop", "Pilot action"),
        "description": room.translate("Workshop", "Description"),
        "background": room.translate("Workshop", "Background"),
        "players": room.translate("Workshop", "Players"),
        "owner_person": room.translate("Workshop", "Contact person"),
        "owner_email": room.translate("Workshop", "Contact email"),
        "notes": room.translate("Workshop", "Notes"),
        "amount": room.translate("Workshop", "Amount"),
        "currency": room.translate("Workshop", "Currency"),
        "funding_source": room.translate("Workshop", "Funding source"),
        "year": room.translate("Workshop", "Year"),
        "note": room.translate("Workshop", "Note"),
        "name": room.translate("Workshop", "Name"),
        "unit": room.translate("Workshop", "Unit"),
        "baseline": room.translate("Workshop", "Baseline"),
        "target": room.translate("Workshop", "Target"),
        "target_date": room.translate("Workshop", "Target date"),
    }.get(field, field)


#: Long texts are cut to this many characters on the slide (the editor holds the whole text).
SHORT_TEXT = 60
_ENUMS: dict[str, type[ActionStatus] | type[Priority]] = {
    "status": ActionStatus,
    "priority": Priority,
}


def value_text(
    room: RoomLanguage,
    field: str,
    raw: str,
    currency: str,
    themes: Mapping[str, str] | None = None,
    *,
    sources: SourceNames | None = None,
) -> str:
    """A stored value as the room reads it: labels for choices, local dates and numbers, short texts."""
    if raw == "":
        return "—"
    if field == "funding_source":
        return room.funding_source(raw, sources or SourceNames())
    if field in _ENUMS:
        return room.label(_ENUMS[field](raw))
    shown: dict[str, Callable[[str], str]] = {
        "theme": lambda text: (themes or {}).get(text, text),
        **dict.fromkeys(("start_date", "end_date", "target_date"), lambda text: room.day(date.fromisoformat(text))),
        "pilot": lambda _text: room.translate("Workshop", "yes"),
        "amount": lambda text: room.money(Decimal(text), currency),
        **dict.fromkeys(("baseline", "target"), lambda text: room.number(Decimal(text))),
    }
    if field in shown:
        return shown[field](raw)
    one_line = " ".join(raw.split())
    return one_line if len(one_line) <= SHORT_TEXT else one_line[: SHORT_TEXT - 1].rstrip() + "…"


def _scores(room: RoomLanguage, raw: str) -> str:
    impact, _, effort = raw.partition("/")
    if not impact or not effort:
        return room.translate("Workshop", "not on the board")
    return room.translate("Workshop", "impact %1, effort %2").replace("%1", impact).replace("%2", effort)


def _votes(raw: str) -> str:
    votes_for, _, votes_against = raw.partition("/")
    return f"+{votes_for} / −{votes_against}"


def _decision(room: RoomLanguage, raw: str, note: str) -> str:
    shown = room.label(Decision(raw)) if raw else room.translate("Workshop", "No decision")
    return f"{shown} ({value_text(room, 'note', note, '')})" if note else shown


class _Detail:
    """The detail column of one change: one method per kind of change."""

    def __init__(
        self,
        room: RoomLanguage,
        change: ChangeSinceStart,
        currency: str,
        themes: Mapping[str, str] | None,
        sources: SourceNames | None = None,
    ) -> None:
        self.room, self.change, self.currency, self.themes, self.sources = room, change, currency, themes, sources

    def amount(self, value: Decimal | None) -> str:
        return self.room.money(value, self.currency, with_code=True)

    def values(self) -> str:
        c = self.change
        before = value_text(self.room, c.field, c.before, self.currency, self.themes, sources=self.sources)
        return f"{before} → {value_text(self.room, c.field, c.after, self.currency, self.themes, sources=self.sources)}"

    def added(self) -> str:
        return self.room.translate("Workshop", "new action, budget %1").replace(
            "%1", self.amount(self.change.amount_after)
        )

    def removed(self) -> str:
        return self.room.translate("Workshop", "had a budget of %1").replace(
            "%1", self.amount(self.change.amount_before)
        )

    def budget(self) -> str:
        c = self.change
        text = f"{self.amount(c.amount_before)} → {self.amount(c.amount_after)}"
        delta = money_delta(self.room, c.amount_before, c.amount_after, self.currency)
        return f"{text}  ({delta})" if delta else text

    def title(self) -> str:
        return self.room.translate("Workshop", "was “%1”").replace("%1", self.change.before)

    def owner(self) -> str:
        nobody = self.room.translate("Workshop", "nobody")
        return f"{self.change.before or nobody} → {self.change.after or nobody}"

    def field(self) -> str:
        return self.values()

    def scores(self) -> str:
        return f"{_scores(self.room, self.change.before)} → {_scores(self.room, self.change.after)}"

    def votes(self) -> str:
        return f"{_votes(self.change.before)} → {_votes(self.change.after)}"

    def decision(self) -> str:
        c = self.change
        return f"{_decision(self.room, c.before, c.note_before)} → {_decision(self.room, c.after, c.note_after)}"

    def line_added(self) -> str:
        c = self.change
        return (
            self.room.translate("Workshop", "line %1 added: %2")
            .replace("%1", c.item)
            .replace("%2", self.amount(c.amount_after))
        )

    def line_removed(self) -> str:
        c = self.change
        return (
            self.room.translate("Workshop", "line %1 removed: %2")
            .replace("%1", c.item)
            .replace("%2", self.amount(c.amount_before))
        )

    def line(self) -> str:
        c = self.change
        return (
            self.room.translate("Workshop", "line %1, %2: %3")
            .replace("%1", c.item)
            .replace("%2", field_name(self.room, c.field))
            .replace("%3", self.values())
        )

    def kpi_added(self) -> str:
        return self.room.translate("Workshop", "“%1” added").replace("%1", self.change.item)

    def kpi_removed(self) -> str:
        return self.room.translate("Workshop", "“%1” removed").replace("%1", self.change.item)

    def kpi(self) -> str:
        c = self.change
        return (
            self.room.translate("Workshop", "“%1”, %2: %3")
            .replace("%1", c.item)
            .replace("%2", field_name(self.room, c.field))
            .replace("%3", self.values())
        )


def change_detail(
    room: RoomLanguage,
    change: ChangeSinceStart,
    currency: str,
    themes: Mapping[str, str] | None = None,
    sources: SourceNames | None = None,
) -> str:
    """What changed, before → after, with amounts formatted in the plan's currency and choices, dates and
    numbers as the room reads them (``themes`` names the theme codes, ``sources`` the funding sources)."""
    detail = _Detail(room, change, currency, themes, sources)
    describe: Callable[[], str] = getattr(detail, change.kind, detail.owner)
    return describe()
