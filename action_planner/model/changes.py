"""What one committed user action changed, reported by the services for views to refresh from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed user action changed, for views to refresh from."""

    entity: str  # "region", "plan", "action", "budget_line", "kpi", "catalogue", "rate", "organisation", "settings",
    # "funding_source" (ids empty: the workspace's list of sources)
    op: str  # "added", "changed", "removed", "moved"
    ids: tuple[int, ...] = ()
    plan_id: int | None = None
    region_id: int | None = None
    fields: tuple[str, ...] = ()
    action_id: int | None = None  # the action a budget line or KPI belongs to


#: Called with the changes of each committed user action.
Listener = Callable[[list[Change]], None]
