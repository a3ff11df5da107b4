"""Read-only reports over the whole workspace: the summary behind ``info`` and the exporters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from action_planner.model.entities import Action, ExchangeRate, Intervention, Plan, Region, Theme
from action_planner.model.services.base import Service, get_or_fail, reporting_currency
from action_planner.model.services.budget import compute_plans_totals
from action_planner.model.services.convert import plan_view, rate_view, region_view
from action_planner.model.totals import PlanTotals
from action_planner.model.views import ActionView, PlanView, RateView, RegionView

if TYPE_CHECKING:
    from action_planner.model.services.workshops import DecisionView


@dataclass(frozen=True, slots=True)
class RegionSummary:
    region: RegionView
    plans: tuple[PlanView, ...]  # read each one's actions and totals with plan_reports()


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
    decisions: tuple[DecisionView, ...] = ()  # the workshop decisions log, oldest first


class ReportService(Service):
    """Read-only views of the whole workspace, from the same totals the window shows."""

    def summary(self) -> WorkspaceSummary:
        def work(session: Session) -> WorkspaceSummary:
            themes = list(session.scalars(select(Theme).order_by(Theme.position)))
            counts = Counter(session.scalars(select(Theme.code).join(Intervention, Intervention.theme_id == Theme.id)))
            regions = session.scalars(
                select(Region).order_by(Region.position, Region.code).options(selectinload(Region.plans))
            )
            counted = select(Action.plan_id, func.count(Action.id)).group_by(Action.plan_id)
            counts_by_plan: dict[int, int] = {plan: n for plan, n in session.execute(counted)}  # noqa: C416 - dict() over Rows is untyped
            return WorkspaceSummary(
                reporting_currency=reporting_currency(session),
                theme_names={t.code: t.name for t in themes},
                interventions_by_theme={t.code: counts.get(t.code, 0) for t in themes},
                regions=tuple(
                    RegionSummary(
                        region_view(region),
                        tuple(plan_view(p, counts_by_plan.get(p.id, 0)) for p in region.plans),
                    )
                    for region in regions
                ),
            )

        return self._read(work)

    def plan_report(self, plan_id: int) -> PlanReport:
        """Everything an export needs about one plan, from one consistent read."""
        return self.plan_reports([plan_id])[0]

    def plan_reports(self, plan_ids: Sequence[int]) -> list[PlanReport]:
        """:meth:`plan_report` for several plans, in the order given, read together in one transaction."""

        def work(session: Session) -> list[PlanReport]:
            from action_planner.model.services.actions import plans_actions
            from action_planner.model.services.workshops import plans_decisions

            found = {
                p.id: p
                for p in session.scalars(
                    select(Plan).where(Plan.id.in_(list(plan_ids))).options(selectinload(Plan.region))
                )
            }
            plans = [found.get(plan_id) or get_or_fail(session, Plan, plan_id, "plan") for plan_id in plan_ids]
            plans_totals = compute_plans_totals(session, plans)  # one read for all: no query per plan
            totals = {p.id: (p, plans_totals[p.id]) for p in plans}
            actions = plans_actions(session, totals)
            decisions = plans_decisions(session, list(totals))
            rates: dict[int, list[RateView]] = {p.id: [] for p in plans}
            for rate in session.scalars(
                select(ExchangeRate)
                .where(ExchangeRate.plan_id.in_(list(totals)))
                .order_by(ExchangeRate.base, ExchangeRate.quote, ExchangeRate.valid_on)
            ):
                rates[rate.plan_id or 0].append(rate_view(rate))
            return [
                PlanReport(
                    plan_view(p, len(actions[p.id])),
                    tuple(actions[p.id]),
                    totals[p.id][1],
                    tuple(rates[p.id]),
                    tuple(decisions[p.id]),
                )
                for p in plans
            ]

        return self._read(work)
