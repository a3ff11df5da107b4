"""Partner review records: the reviewable fields of a plan as canonical text, signed record ids, differences.

A review round keeps, for every record sent (an action, a budget line, a KPI), the reviewable fields as
canonical text. A returned workbook is read into the same shape, and the plan as it is now too, so that
three versions of every field can be compared with plain string equality.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from action_planner.model.views import ActionView, BudgetLineView, KpiView

#: The fields a partner may change, per kind of record, in the order the workbook shows them.
FIELDS: Mapping[str, tuple[str, ...]] = {
    "action": ("title", "description", "background", "players", "start_date", "end_date", "status"),
    "line": ("amount", "currency", "funding_source", "year", "note"),
    "kpi": ("baseline", "target", "target_date"),
}
KINDS = tuple(FIELDS)

#: Which side changed a field: the partner only, both sides since sending, a new row, a removed row.
PARTNER, BOTH, NEW, REMOVED = "partner", "both", "new", "removed"

#: Word exports mark where each part begins with a bookmark: an action's ``ap_action_<id>``, any other part's
#: ``ap_part_<n>``; an action's section runs from its mark to the next.
ACTION_BOOKMARK, PART_MARK = "ap_action_", "ap_part_"

_RECORD_ID = re.compile(r"^ap:(action|line|kpi):([0-9]{1,12}):([0-9a-f]{16})$")


def canonical(value: object) -> str:
    """One text per value, so that values from the workspace and from a workbook compare equal."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value.is_finite() else str(value)
        return "0" if text in ("-0", "") else text
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if hasattr(value, "value") and isinstance(value.value, str):  # a StrEnum member
        return str(value.value)
    return str(value).replace("\r\n", "\n").strip()


def players_text(players: Iterable[tuple[str, str]]) -> str:
    """Players as a workbook cell shows them: one “Organisation: role” a line."""
    return "\n".join(f"{name}: {role}" if role else name for name, role in players)


def parse_players(text: str) -> list[tuple[str, str]]:
    """The inverse of :func:`players_text`; blank lines are skipped."""
    players = []
    for line in text.splitlines():
        name, _, role = line.partition(":")
        if name.strip():
            players.append((name.strip(), role.strip()))
    return players


def action_values(action: ActionView) -> dict[str, str]:
    players = players_text((p.organisation, p.role) for p in action.players)
    values: dict[str, object] = {
        "title": action.title,
        "description": action.description,
        "background": action.background,
        "players": players,
        "start_date": action.start_date,
        "end_date": action.end_date,
        "status": action.status,
    }
    return {name: canonical(value) for name, value in values.items()}


def line_values(line: BudgetLineView) -> dict[str, str]:
    values: dict[str, object] = {
        "amount": line.amount,
        "currency": line.currency,
        "funding_source": line.funding_source,
        "year": line.year,
        "note": line.note,
    }
    return {name: canonical(value) for name, value in values.items()}


def kpi_values(kpi: KpiView) -> dict[str, str]:
    return {
        "baseline": canonical(kpi.baseline),
        "target": canonical(kpi.target),
        "target_date": canonical(kpi.target_date),
    }


@dataclass(frozen=True, slots=True)
class Record:
    """One reviewable record: ``key`` is ``kind:id``; ``values`` its reviewable fields as canonical text."""

    key: str
    plan_id: int
    action_id: int
    values: Mapping[str, str]

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def ident(self) -> int:
        return int(self.key.split(":", 1)[1])


def plan_records(actions: Iterable[ActionView]) -> dict[str, Record]:
    """Every reviewable record of the given actions, keyed ``action:12``, ``line:5``, ``kpi:3``."""
    records: dict[str, Record] = {}
    for action in actions:
        key = f"action:{action.id}"
        records[key] = Record(key, action.plan_id, action.id, action_values(action))
        for line in action.budget_lines:
            records[f"line:{line.id}"] = Record(f"line:{line.id}", action.plan_id, action.id, line_values(line))
        for kpi in action.kpis:
            records[f"kpi:{kpi.id}"] = Record(f"kpi:{kpi.id}", action.plan_id, action.id, kpi_values(kpi))
    return records


def records_json(records: Mapping[str, Record]) -> str:
    return json.dumps(
        {k: {"plan": r.plan_id, "action": r.action_id, "values": dict(r.values)} for k, r in records.items()},
        sort_keys=True,
        ensure_ascii=False,
    )


def records_from_json(text: str) -> dict[str, Record]:
    data = json.loads(text)
    return {k: Record(k, int(v["plan"]), int(v["action"]), dict(v["values"])) for k, v in data.items()}


def _mac(secret: str, message: str) -> str:
    return hmac.new(secret.encode("ascii"), message.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def record_id(secret: str, workspace_id: str, round_id: int, key: str) -> str:
    """The id a workbook row carries: the record's key and a MAC tying it to this workspace and round."""
    kind, ident = key.split(":")
    return f"ap:{kind}:{ident}:{_mac(secret, f'{workspace_id}|{round_id}|{key}')}"


def check_record_id(secret: str, workspace_id: str, round_id: int, text: str) -> str | None:
    """The record key a workbook id names, or None when it is not one this round signed (tampered, copied)."""
    match = _RECORD_ID.match(text.strip())
    if match is None:
        return None
    key = f"{match[1]}:{int(match[2])}"
    expected = _mac(secret, f"{workspace_id}|{round_id}|{key}")
    return key if hmac.compare_digest(expected, match[3]) else None


def manifest_mac(secret: str, workspace_id: str, round_id: int, plan_ids: Iterable[int], language: str = "en") -> str:
    """The manifest's signature; an English workbook's is the one written before workbooks had a language."""
    plans = ",".join(str(p) for p in plan_ids)
    signed = f"manifest|{workspace_id}|{round_id}|{plans}"
    return _mac(secret, signed if language == "en" else f"{signed}|{language}")


def word_mac(secret: str, workspace_id: str, plans: str) -> str:
    """The signature a Word export carries over its workspace and its list of plans (``"3,5"``)."""
    return _mac(secret, f"word|{workspace_id}|{plans}")


@dataclass(frozen=True, slots=True)
class Difference:
    """One change a partner proposes, with the values sent, returned and now (canonical text).

    ``kind`` is ``edit`` (a field of an existing record), ``new_action``, ``new_line`` or ``remove``;
    ``klass`` is :data:`PARTNER`, :data:`BOTH`, :data:`NEW` or :data:`REMOVED`. ``key`` identifies the
    proposal within its round, so a decision taken on it is remembered for the next import.
    """

    key: str
    round_id: int
    kind: str
    klass: str
    record: str  # "action:12", "line:5", "kpi:3"; "" for a new row
    field: str
    sent: str
    returned: str
    now: str
    reviewer: str
    organisation: str
    comment: str
    plan_id: int
    action_id: int | None
    where: str  # sheet and row, e.g. "Budget row 7"
    values: Mapping[str, str] = dataclasses.field(default_factory=dict)  # a new row's fields
    conflict: bool = False  # another reviewer proposed something else for the same field


@dataclass(frozen=True, slots=True)
class Comment:
    """A reviewer's comment on an action, read from a workbook row or a Word comment.

    A Word comment belongs to no review round (``round_id`` None) and keeps the day it was written.
    """

    key: str
    round_id: int | None
    action_id: int
    reviewer: str
    organisation: str
    text: str
    where: str
    commented_on: date | None = None  # None: the day it is imported


def proposal_key(round_id: int, reviewer: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join((str(round_id), reviewer, *parts)).encode("utf-8")).hexdigest()
    return digest[:24]
