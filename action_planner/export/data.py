"""Everything an export needs, gathered once through the services into plain immutable objects."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from action_planner.export.request import ExportError, ExportRequest, Steps
from action_planner.model.errors import ActionPlannerError
from action_planner.model.messages import Message
from action_planner.model.money import MissingRate, RateTable
from action_planner.model.sources import SourceNames
from action_planner.model.totals import LineFact, Totals, compute_totals, percentage
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.views import ActionView, BudgetLineView, PlanView, RateView, RegionView, ThemeView

if TYPE_CHECKING:
    from action_planner.model.services import Services
    from action_planner.model.services.reports import PlanReport
    from action_planner.model.services.workshops import DecisionView


@dataclass(frozen=True, slots=True)
class Figures:
    """Totals in one currency, each breakdown as ordered pairs (themes, sources and years in display order)."""

    currency: str
    total: Decimal
    by_theme: tuple[tuple[str, Decimal], ...]
    by_source: tuple[tuple[str, Decimal], ...]  # by funding source code
    by_year: tuple[tuple[int, Decimal], ...]
    by_action: tuple[tuple[int, Decimal], ...]

    @classmethod
    def of(cls, totals: Totals | None) -> Figures | None:
        if totals is None:
            return None
        return cls(
            totals.currency,
            totals.total,
            tuple(totals.by_theme.items()),
            tuple(totals.by_source.items()),
            tuple(totals.by_year.items()),
            tuple(totals.by_action.items()),
        )

    def share(self, part: Decimal) -> Decimal:
        """``part`` as a percentage of the total, by the model's rule."""
        return percentage(part, self.total)


@dataclass(frozen=True, slots=True)
class LineData:
    """A budget line with its amount converted to the plan's currency (None when a rate is missing)."""

    line: BudgetLineView
    in_plan: Decimal | None


@dataclass(frozen=True, slots=True)
class ActionData:
    """An action with its lines and its own totals by funding source, in the plan's currency."""

    view: ActionView
    lines: tuple[LineData, ...]
    total: Decimal | None
    by_source: tuple[tuple[str, Decimal], ...]  # by funding source code


@dataclass(frozen=True, slots=True)
class PlanData:
    plan: PlanView
    region: RegionView
    locale: str
    actions: tuple[ActionData, ...]
    totals: Figures | None  # in the plan's currency
    reporting: Figures | None  # in the workspace's reporting currency
    problem: str
    rates: tuple[RateView, ...]  # the plan's own rates (overriding the workspace's)
    decisions: tuple[DecisionView, ...] = ()  # the workshop decisions log, oldest first
    sources: SourceNames = SourceNames()  # the workspace's funding sources  # noqa: RUF009 - immutable, shared

    def source_name(self, code: str, tr: Callable[[str], str] | None = None) -> str:
        """A funding source's name: a built-in one through ``tr`` (the plan's language), one's own as typed."""
        return self.sources.name(code, tr) if tr is not None else self.sources.name(code)


@dataclass(frozen=True, slots=True)
class ExportData:
    plans: tuple[PlanData, ...]
    themes: tuple[ThemeView, ...]
    reporting_currency: str
    workspace_rates: tuple[RateView, ...]
    exported_on: date
    workspace_name: str = ""  # the workspace file's name without its suffix (a server database's name)
    workspace_id: str = ""  # the id review files carry ("" until the workspace has one)
    exported_at: datetime | None = None  # UTC, the document's created and modified time
    table_of_contents: bool = False
    sources: SourceNames = SourceNames()  # the workspace's funding sources  # noqa: RUF009 - immutable, shared

    def theme_name(self, code: str) -> str:
        return next((t.name for t in self.themes if t.code == code), code)

    @property
    def action_count(self) -> int:
        return sum(len(p.actions) for p in self.plans)


def rate_table(workspace_rates: Sequence[RateView], plan_rates: Sequence[RateView]) -> RateTable:
    """The model's rate table for a plan: the workspace's latest rates, overridden by the plan's own."""
    return RateTable.layered([v.as_rate() for v in workspace_rates], [v.as_rate() for v in plan_rates])


def plan_locale(language: str, country_code: str) -> str:
    """The Babel locale for a plan: its language as written in its region's country (``it_IT``, ``en_GB``)."""
    from babel import Locale, UnknownLocaleError

    for candidate in (f"{language}_{country_code}", language, "en"):
        try:
            return str(Locale.parse(candidate))
        except (ValueError, UnknownLocaleError):
            continue
    return "en"  # pragma: no cover


def _action_data(
    action: ActionView, table: RateTable, currency: str, by_action: dict[int, Decimal] | None, sources: SourceNames
) -> ActionData:
    lines: list[LineData] = []
    for line in action.budget_lines:
        try:
            converted: Decimal | None = table.convert(line.amount, line.currency, currency)
        except MissingRate:
            converted = None
        lines.append(LineData(line, converted))
    facts = [
        LineFact(action.id, action.theme, x.funding_source, x.year, x.amount, x.currency) for x in action.budget_lines
    ]
    try:
        own = compute_totals(facts, currency, table, sources=[s.code for s in sources])
        by_source = tuple((s, v) for s, v in own.by_source.items() if v or s in {x.funding_source for x in facts})
    except MissingRate:
        own, by_source = None, ()
    total = by_action.get(action.id, own.total if own else None) if by_action is not None else None
    if own is not None and total is not None and own.total != total:  # the plan was edited while being read
        raise ActionPlannerError(
            Message(
                QT_TRANSLATE_NOOP("Model", "Action %1 “%2” changed while it was being exported; export again."),
                str(action.number),
                action.title,
            )
        )
    return ActionData(action, tuple(lines), total, by_source)


def gather(services: Services, plan_ids: Sequence[int], steps: Steps) -> ExportData:
    """Read the plans (all of them, in region order, when ``plan_ids`` is empty) with their actions and totals."""
    regions = {r.id: r for r in services.regions.list()}
    plans = services.plans.list() if not plan_ids else [services.plans.get(i) for i in plan_ids]
    themes = tuple(services.catalogue.themes())
    workspace_rates = tuple(services.rates.list())
    sources = services.funding_sources.names()
    steps.grow(len(plans))
    gathered: list[PlanData] = []
    for report in _reports(services, [p.id for p in plans], steps):
        plan, plan_rates, views, totals = report.plan, report.rates, report.actions, report.totals
        region = regions.get(plan.region_id) or services.regions.get(plan.region_id)
        table = rate_table(workspace_rates, plan_rates)
        by_action = dict(totals.plan.by_action) if totals.plan else None
        actions = tuple(_action_data(a, table, plan.currency, by_action, sources) for a in views)
        gathered.append(
            PlanData(
                plan=plan,
                region=region,
                locale=plan_locale(plan.language, region.country_code),
                actions=actions,
                totals=Figures.of(totals.plan),
                reporting=Figures.of(totals.reporting),
                problem=totals.problem,
                rates=plan_rates,
                decisions=report.decisions,
                sources=sources,
            )
        )
        steps.advance()
    return ExportData(
        plans=tuple(gathered),
        themes=themes,
        reporting_currency=services.rates.reporting_currency(),
        workspace_rates=workspace_rates,
        exported_on=date.today(),
        workspace_name=services.workspace.path.stem,
        workspace_id=services.reviews.workspace_id(),
        exported_at=datetime.now(UTC).replace(microsecond=0),
        sources=sources,
    )


#: Plans read together in one transaction (their actions, totals and rates always agree).
READ_BATCH = 10


def _reports(services: Services, plan_ids: list[int], steps: Steps) -> Iterator[PlanReport]:
    for start in range(0, len(plan_ids), READ_BATCH):
        steps.check()
        yield from services.reports.plan_reports(plan_ids[start : start + READ_BATCH])


def gather_plans(services: Services, request: ExportRequest, steps: Steps) -> ExportData:
    """:func:`gather` for one export request; refuses an export with nothing to show."""
    data = gather(services, request.plan_ids, steps)
    if not data.plans:
        raise ExportError(
            request.output, Message(QT_TRANSLATE_NOOP("Model", "the workspace has no plans to export yet."))
        )
    return replace(data, table_of_contents=request.table_of_contents)
