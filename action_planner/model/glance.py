"""A first look at a workspace with the standard library alone, so the window can paint before the ORM loads.

Start-up is dominated by importing SQLAlchemy and the services (about half a second); a planner should
see their plan before that. :func:`glance` reads what the first screen shows — the regions and plans,
and the first plan's actions with their totals — straight from SQLite, and the window shows it while
the full open (every check, any migration, the lock) runs. It never writes: the file is opened
``immutable`` read-only, and only when the full open is expected to accept it (the current format, no
journal pending, no views or triggers). For anything else it returns None and the window waits for the
full open, which explains refusals. Totals come from the same :mod:`totals` code as the services', so no
figure changes when the full window takes over.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple turns each string annotation into a ForwardRef
# and compiles it (a third of a millisecond per tuple class, before the window's first paint); these are evaluated.
import os
import sqlite3
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from action_planner.model.enums import ActionStatus
from action_planner.model.errors import WorkspaceError
from action_planner.model.exact import decimal_problem, plainly_stored
from action_planner.model.fileformat import SCHEMA_VERSION, journal_pending, locate, read_header, ro_uri
from action_planner.model.money import Rate, RateTable
from action_planner.model.names import owner_label, region_label
from action_planner.model.totals import LineFact, action_total, plan_totals

#: A glance that takes longer than this is abandoned (the full open follows anyway).
BUDGET_S = 0.25
#: At most this many actions are shown: more than a screenful, and quick to lay out however long the plan.
MAX_ACTIONS = 200

# The records are named tuples, not frozen dataclasses: Python makes a named tuple class in a tenth of the time
# (a dataclass writes and compiles its methods), and these four are made before the window's first paint.


class GlancePlan(NamedTuple):
    id: int
    title: str


class GlanceRegion(NamedTuple):
    id: int
    label: str
    plans: tuple[GlancePlan, ...]


class GlanceAction(NamedTuple):
    """The columns of the actions table, as :class:`ActionView` has them."""

    number: int
    title: str
    theme: str
    theme_name: str
    owner: str
    start_date: date | None
    end_date: date | None
    total: Decimal | None
    status: ActionStatus
    kpi_count: int


class Glance(NamedTuple):
    path: Path
    regions: tuple[GlanceRegion, ...]
    plan_id: int | None  # the plan the window selects first (the first plan of the first region having one)
    currency: str
    actions: tuple[GlanceAction, ...]


def glance(path: Path) -> Glance | None:
    """What the first screen of ``path`` shows, or None when only the full open should read it."""
    try:
        path = locate(path)
        if not _plain_case(path):
            return None
        # immutable: no locks taken and nothing made beside the file (a journal appearing now is ignored)
        db = sqlite3.connect(ro_uri(path, immutable=True), uri=True, isolation_level=None)
    except (WorkspaceError, OSError, ValueError, sqlite3.Error):
        return None
    deadline = time.monotonic() + BUDGET_S
    try:
        db.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
        db.execute("PRAGMA query_only = ON")
        db.execute("PRAGMA trusted_schema = OFF")
        if db.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('view', 'trigger')").fetchone()[0]:
            return None  # the full open refuses these; nothing of such a file is shown
        return _read(db, path)
    except (sqlite3.Error, ValueError, TypeError, KeyError, ArithmeticError):  # any oddity: wait for the open
        return None
    finally:
        db.close()


def _plain_case(path: Path) -> bool:
    """Whether the full open will take ``path`` as it is: our current format, complete, writable, and with
    no journal to finish or undo. (Its structure is checked by the full open only: a file with a table of
    another application's is shown, then refused.)"""
    if read_header(path)[1] != SCHEMA_VERSION or journal_pending(path):
        return False
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)):
        return False  # refused as read-only
    with path.open("rb") as handle:
        header = handle.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # SQLite trusts the page count only while these agree
    return not counted or pages * page_size == path.stat().st_size  # else cut short: damaged


def _read(db: sqlite3.Connection, path: Path) -> Glance:
    regions = db.execute("SELECT id, name, code FROM regions ORDER BY position, code").fetchall()
    plans: dict[int, list[GlancePlan]] = {int(region_id): [] for region_id, _, _ in regions}
    query = (
        "SELECT plans.id, plans.region_id, plans.title FROM plans JOIN regions ON regions.id = plans.region_id "
        "ORDER BY regions.position, regions.code, plans.id"
    )
    for plan_id, region_id, title in db.execute(query):
        plans[int(region_id)].append(GlancePlan(int(plan_id), str(title)))
    shown = tuple(
        GlanceRegion(int(region_id), region_label(str(name), str(code)), tuple(plans[int(region_id)]))
        for region_id, name, code in regions
    )
    first = next((region.plans[0] for region in shown if region.plans), None)
    if first is None:
        return Glance(path, shown, None, "", ())
    currency = str(db.execute("SELECT currency FROM plans WHERE id = ?", (first.id,)).fetchone()[0])
    return Glance(path, shown, first.id, currency, _actions(db, first.id, currency))


def _actions(db: sqlite3.Connection, plan_id: int, currency: str) -> tuple[GlanceAction, ...]:
    rows = db.execute(
        "SELECT a.id, a.position, a.title, t.code, t.name, o.name, p.name, a.start_date, a.end_date, a.status, "
        "(SELECT count(*) FROM kpis k WHERE k.action_id = a.id) "
        "FROM actions a JOIN themes t ON t.id = a.theme_id "
        "LEFT JOIN organisations o ON o.id = a.owner_organisation_id "
        "LEFT JOIN people p ON p.id = a.owner_person_id "
        "WHERE a.plan_id = ? ORDER BY a.position LIMIT ?",
        (plan_id, MAX_ACTIONS),
    ).fetchall()
    lines = [
        LineFact(int(action_id), str(theme), str(source), int(year), _stored(amount), str(code))
        for action_id, theme, source, year, amount, code in db.execute(
            "SELECT b.action_id, t.code, b.funding_source, b.year, b.amount, b.currency FROM budget_lines b "
            "JOIN actions a ON a.id = b.action_id JOIN themes t ON t.id = a.theme_id "
            "WHERE a.plan_id = ? ORDER BY a.position, b.position, b.id",
            (plan_id,),
        )
    ]
    rates = RateTable.for_plan(
        (
            (owner, Rate(str(base), str(quote), _stored(rate, positive=True), date.fromisoformat(valid_on)))
            for owner, base, quote, rate, valid_on in db.execute(
                "SELECT plan_id, base, quote, rate, valid_on FROM exchange_rates ORDER BY valid_on, id"
            )
        ),
        plan_id,
    )
    totals = plan_totals(
        plan_id,
        lines=lines,
        plan_currency=currency,
        reporting_currency=currency,  # only the plan-currency figures are shown
        rates=rates,
        themes=[str(code) for (code,) in db.execute("SELECT code FROM themes ORDER BY position")],
    )
    return tuple(
        GlanceAction(
            number=int(position) + 1,
            title=str(title),
            theme=str(theme),
            theme_name=str(theme_name),
            owner=owner_label(organisation or "", person or ""),
            start_date=date.fromisoformat(start) if start else None,
            end_date=date.fromisoformat(end) if end else None,
            total=action_total(totals, int(action_id), currency),
            status=ActionStatus(status),
            kpi_count=int(kpis),
        )
        for action_id, position, title, theme, theme_name, organisation, person, start, end, status, kpis in rows
    )


def _stored(raw: object, *, positive: bool = False) -> Decimal:
    """A stored figure, checked as the full open checks it: a damaged one means no glance (ValueError)."""
    if plainly_stored(raw, positive=positive):
        return Decimal(raw)
    problem = decimal_problem(raw, positive=positive)
    if problem is not None:
        raise ValueError(f"{raw!r} should be {problem}")
    return Decimal(str(raw))
