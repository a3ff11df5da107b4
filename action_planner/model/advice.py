"""Warnings about an action that are worth a look but never refuse anything: a budget line in a year outside
the action's timeframe, an action without an owner or a KPI, a KPI without a target."""

from __future__ import annotations

from dataclasses import dataclass

from action_planner.model.views import ActionView


@dataclass(frozen=True, slots=True)
class Advice:
    """One warning: ``code`` names it (the window words it in the user's language), ``args`` fill it in."""

    code: str  # "line_before_start", "line_after_end", "no_owner", "no_kpi", "kpi_without_target"
    args: tuple[str, ...] = ()


def action_advice(view: ActionView) -> list[Advice]:
    """What is worth a look in ``view``, in the order the editor's tabs show it."""
    found: list[Advice] = []
    if not view.owner_organisation:
        found.append(Advice("no_owner"))
    for number, line in enumerate(view.budget_lines, start=1):
        if view.start_date is not None and line.year < view.start_date.year:
            found.append(Advice("line_before_start", (str(number), str(line.year), str(view.start_date.year))))
        if view.end_date is not None and line.year > view.end_date.year:
            found.append(Advice("line_after_end", (str(number), str(line.year), str(view.end_date.year))))
    if not view.kpis:
        found.append(Advice("no_kpi"))
    found.extend(Advice("kpi_without_target", (kpi.name,)) for kpi in view.kpis if kpi.target is None)
    return found
