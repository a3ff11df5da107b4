"""The model's warnings about an action (see :mod:`action_planner.model.advice`) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from action_planner.model.advice import Advice


def _tr(text: str) -> str:
    return QCoreApplication.translate("Advice", text)


def advice_text(advice: Advice) -> str:
    """One warning as a sentence, marked so that it reads as a warning and not a refusal."""
    words = {
        "no_owner": _tr("No owner yet: who leads this action? (Owner and players)"),
        "no_kpi": _tr("No KPI yet: how will progress be measured? (KPIs)"),
        "kpi_without_target": _tr("The KPI “%1” has no target yet."),
        "line_before_start": _tr("Budget line %1 is for %2, before the action starts (%3)."),
        "line_after_end": _tr("Budget line %1 is for %2, after the action ends (%3)."),
    }
    text = words[advice.code]
    for number, value in enumerate(advice.args, start=1):
        text = text.replace(f"%{number}", value)
    return _tr("⚠ %1").replace("%1", text)


def advice_lines(advices: list[Advice]) -> str:
    return "\n".join(advice_text(advice) for advice in advices)
