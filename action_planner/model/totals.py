"""Budget totals per action, theme, funding source and year, exact to the minor unit."""

# Annotations evaluated (no ``from __future__ import annotations``): typing.NamedTuple compiles each string one
# into a ForwardRef, and these tuples are made before the window's first paint (see model/glance.py).
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple

from action_planner.model.enums import FundingSource
from action_planner.model.messages import WORDS, joined
from action_planner.model.money import ROUNDING, ZERO, MissingRate, RateTable, round_money

# Named tuples, not frozen dataclasses: the window's glance adds up the first plan before its first paint, and
# Python makes a named tuple class in a tenth of a dataclass's time (which writes and compiles its methods).


class LineFact(NamedTuple):
    """What a total needs to know about one budget line."""

    action_id: int
    theme: str
    funding_source: str  # a funding source's code
    year: int
    amount: Decimal
    currency: str


class Totals(NamedTuple):
    """Sums in one currency. Each line is converted and rounded first, so every breakdown adds up."""

    currency: str
    total: Decimal
    by_action: dict[int, Decimal]
    by_theme: dict[str, Decimal]
    by_source: dict[str, Decimal]  # by funding source code, in the list's order
    by_year: dict[int, Decimal]

    def share(self, part: Decimal) -> Decimal:
        """``part`` as a percentage of the total, to one decimal place."""
        return percentage(part, self.total)


def percentage(part: Decimal, total: Decimal) -> Decimal:
    """``part`` as a percentage of ``total``, to one decimal place (zero of a zero total)."""
    if total == 0:
        return ZERO
    return (part * 100 / total).quantize(Decimal("0.1"), rounding=ROUNDING)


#: The built-in funding source codes, the order totals list sources in when not given the workspace's list.
BUILT_IN_SOURCES = tuple(s.value for s in FundingSource)


def compute_totals(
    lines: Iterable[LineFact],
    currency: str,
    rates: RateTable,
    *,
    themes: Sequence[str] = (),
    sources: Sequence[str] = BUILT_IN_SOURCES,
) -> Totals:
    """Totals of ``lines`` in ``currency``, each of ``sources`` listed (others as they come); raises
    :class:`MissingRate` when a line cannot be converted."""
    total = ZERO
    by_action: dict[int, Decimal] = {}
    by_theme: dict[str, Decimal] = dict.fromkeys(themes, ZERO)
    by_source: dict[str, Decimal] = dict.fromkeys(sources, ZERO)
    by_year: dict[int, Decimal] = {}
    for line in lines:
        amount = rates.convert(line.amount, line.currency, currency)
        total += amount
        by_action[line.action_id] = by_action.get(line.action_id, ZERO) + amount
        by_theme[line.theme] = by_theme.get(line.theme, ZERO) + amount
        by_source[line.funding_source] = by_source.get(line.funding_source, ZERO) + amount
        by_year[line.year] = by_year.get(line.year, ZERO) + amount
    zero = round_money(ZERO, currency)
    return Totals(
        currency=currency,
        total=total + zero,
        by_action={k: v + zero for k, v in by_action.items()},
        by_theme={k: v + zero for k, v in by_theme.items()},
        by_source={k: v + zero for k, v in by_source.items()},
        by_year={k: by_year[k] + zero for k in sorted(by_year)},
    )


class PlanTotals(NamedTuple):
    """A plan's totals in its own currency and in the workspace's reporting currency."""

    plan_id: int
    plan: Totals | None
    reporting: Totals | None
    problem: str = ""  # why a figure is missing, e.g. a missing exchange rate


def plan_totals(
    plan_id: int,
    *,
    lines: Sequence[LineFact],
    plan_currency: str,
    reporting_currency: str,
    rates: RateTable,
    themes: Sequence[str],
    sources: Sequence[str] = BUILT_IN_SOURCES,
) -> PlanTotals:
    problems: list[str] = []
    try:
        in_plan: Totals | None = compute_totals(lines, plan_currency, rates, themes=themes, sources=sources)
    except MissingRate as exc:
        in_plan, problems = None, [exc.args[0]]
    try:
        in_reporting: Totals | None = compute_totals(lines, reporting_currency, rates, themes=themes, sources=sources)
    except MissingRate as exc:
        in_reporting = None
        problems.append(exc.args[0])
    return PlanTotals(plan_id, in_plan, in_reporting, joined(list(dict.fromkeys(problems)), WORDS))


def action_total(totals: PlanTotals, action_id: int, currency: str) -> Decimal | None:
    """One action's total in the plan's currency (zero without budget lines); None when a rate is missing."""
    if totals.plan is None:
        return None
    return totals.plan.by_action.get(action_id, round_money(Decimal(0), currency))
