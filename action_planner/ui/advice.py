"""The model's warnings about an action (see :mod:`action_planner.model.advice`) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from action_planner.model.advice import Advice
from action_planner.model.translatable import QT_TRANSLATE_NOOP

#: The English sentence of each warning, marked here for lupdate; %1, %2, %3 are the advice's arguments.
WORDS = {
    "no_owner": QT_TRANSLATE_NOOP("Advice", "No owner yet: who leads this action? (Owner and players)"),
    "no_kpi": QT_TRANSLATE_NOOP("Advice", "No KPI yet: how will progress be measured? (KPIs)"),
    "kpi_without_target": QT_TRANSLATE_NOOP("Advice", "The KPI “%1” has no target yet."),
    "line_before_start": QT_TRANSLATE_NOOP("Advice", "Budget line %1 is for %2, before the action starts (%3)."),
    "line_after_end": QT_TRANSLATE_NOOP("Advice", "Budget line %1 is for %2, after the action ends (%3)."),
}


def advice_text(advice: Advice) -> str:
    """One warning as a sentence, marked so that it reads as a warning and not a refusal."""
    text = QCoreApplication.translate("Advice", WORDS[advice.code])
    for number, value in enumerate(advice.args, start=1):
        text = text.replace(f"%{number}", value)
    return QCoreApplication.translate("Advice", "⚠ %1").replace("%1", text)


def advice_lines(advices: list[Advice]) -> str:
    return "\n".join(advice_text(advice) for advice in advices)
