"""Read-only reports over the whole workspace: the summary behind ``info`` and the exporters."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from action_planner.model.entities import ExchangeRate, Intervention, Plan, Region, Theme
from action_planner.model.services.base import Service, get_or_fail, reporting_currency
from action_planner.model.services.budget import compute_plan_totals
from action_planner.model.services.convert import plan_view, rate_view, region_view
from action_planner.model.totals import PlanTotals
from action_planner.model.views import ActionView, PlanView, RateView, RegionView


@dataclass(frozen=True, slots=True)
class PlanSummary:
    plan: PlanView
    totals: PlanTotals


@dataclass(frozen=True, slots=True)
class RegionSummary:
    region: RegionView
    plans: tuple[PlanSummary, ...]


@dataclass(frozen=True, slots=True)
class WorkspaceSummary:
    reporting_currency: str
    theme_names: dict[str, str]
    interventions_by_theme: dict[str, int]
    regions: tuple[RegionSummary, ...]


@dataclass(frozen=True, slots=True)
class PlanReport:
    """A plan read in one transaction: its actions, totals and own rates always agree."""

    plan: PlanView
    actions: tuple[ActionView, ...]
    totals: PlanTotals
    rates: tuple[RateView, ...]  # the plan's own rates (the workspace's are in RateService.list())


class ReportService(Service):
    """Summaries computed from the same totals the window shows."""

    def summary(self) -> WorkspaceSummary:
        def work(session: Session) -> WorkspaceSummary:
            themes = list(session.scalars(select(Theme).order_by(Theme.position)))
            counts = Counter(session.scalars(select(Theme.code).join(Intervention, Intervention.theme_id == Theme.id)))
            regions = session.scalars(
                select(Region)
                .order_by(Region.position, Region.code)
                .options(selectinload(Region.plans).selectinload(Plan.actions))
            )
            return WorkspaceSummary(
                reporting_currency=reporting_currency(session),
                theme_names={t.code: t.name for t in themes},
                interventions_by_theme={t.code: counts.get(t.code, 0) for t in themes},
                regions=tuple(
                    RegionSummary(
                        region_view(region),
                        tuple(PlanSummary(plan_view(p), compute_plan_totals(session, p)) for p in region.plans),
                    )
                    for region in regions
                ),
            )

        return self._read(work)

    def plan_report(self, plan_id: int) -> PlanReport:
        """Everything an export needs about one plan, from one consistent read."""

        def work(session: Session) -> PlanReport:
            from action_planner.model.services.actions import plan_actions

            plan = get_or_fail(session, Plan, plan_id, "plan")
            totals = compute_plan_totals(session, plan)
            actions = plan_actions(session, plan, totals)
            rates = session.scalars(
                select(ExchangeRate)
                .where(ExchangeRate.plan_id == plan_id)
                .order_by(ExchangeRate.base, ExchangeRate.quote, ExchangeRate.valid_on)
            )
            return PlanReport(plan_view(plan, len(actions)), tuple(actions), totals, tuple(rate_view(r) for r in rates))

        return self._read(work)
