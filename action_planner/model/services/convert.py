"""Entity-to-view conversions, used inside a session by every service."""

from __future__ import annotations

from decimal import Decimal

from action_planner.model.entities import (
    Action,
    BudgetLine,
    ExchangeRate,
    Indicator,
    Intervention,
    Kpi,
    Organisation,
    Person,
    Plan,
    Region,
    Theme,
)
from action_planner.model.views import (
    ActionView,
    ActualView,
    BudgetLineView,
    IndicatorView,
    InterventionView,
    KpiView,
    OrganisationView,
    PersonView,
    PlanView,
    PlayerView,
    RateView,
    RegionView,
    ThemeView,
)


def region_view(region: Region) -> RegionView:
    return RegionView(
        region.id, region.code, region.name, region.scheme, region.level, region.country_code, region.country_name
    )


def plan_view(plan: Plan, action_count: int | None = None) -> PlanView:
    return PlanView(
        id=plan.id,
        region_id=plan.region_id,
        region_code=plan.region.code,
        region_name=plan.region.name,
        title=plan.title,
        project=plan.project,
        partner_organisation=plan.partner_organisation,
        other_partners=plan.other_partners,
        instrument_type=plan.instrument_type,
        instrument_name=plan.instrument_name,
        contact_name=plan.contact_name,
        contact_email=plan.contact_email,
        contact_phone=plan.contact_phone,
        context=plan.context,
        currency=plan.currency,
        language=plan.language,
        english_summary=plan.english_summary,
        status=plan.status,
        endorsement_date=plan.endorsement_date,
        signatory=plan.signatory,
        action_count=len(plan.actions) if action_count is None else action_count,
    )


def budget_line_view(line: BudgetLine) -> BudgetLineView:
    return BudgetLineView(
        line.id, line.action_id, line.amount, line.currency, line.funding_source, line.year, line.note
    )


def kpi_name(own: str | None, indicator: str | None) -> str:
    """A KPI reads as its own name, else as its indicator's."""
    return own or indicator or ""


def kpi_view(kpi: Kpi) -> KpiView:
    indicator = kpi.indicator
    return KpiView(
        id=kpi.id,
        action_id=kpi.action_id,
        indicator_id=kpi.indicator_id,
        code=indicator.code if indicator else "",
        name=kpi_name(kpi.name, indicator.name if indicator else None),
        kind=kpi.kind,
        unit=kpi.unit,
        baseline=kpi.baseline,
        target=kpi.target,
        target_date=kpi.target_date,
        note=kpi.note,
        actuals=tuple(ActualView(a.measured_on, a.value, a.note) for a in kpi.actuals),
    )


def action_view(action: Action, total: Decimal | None) -> ActionView:
    latest = action.decisions[-1] if action.decisions else None
    owner_org = action.owner_organisation
    owner_person = action.owner_person
    return ActionView(
        id=action.id,
        plan_id=action.plan_id,
        number=action.position + 1,
        intervention_id=action.intervention_id,
        intervention_code=action.intervention.code if action.intervention else "",
        title=action.title,
        theme=action.theme.code,
        theme_name=action.theme.name,
        background=action.background,
        description=action.description,
        owner_organisation=owner_org.name if owner_org else "",
        owner_person=owner_person.name if owner_person else "",
        owner_email=owner_person.email if owner_person else "",
        start_date=action.start_date,
        end_date=action.end_date,
        status=action.status,
        priority=action.priority,
        impact=action.impact,
        effort=action.effort,
        pilot=action.pilot,
        notes=action.notes,
        players=tuple(PlayerView(p.organisation_id, p.organisation.name, p.role) for p in action.players),
        budget_lines=tuple(budget_line_view(line) for line in action.budget_lines),
        kpis=tuple(kpi_view(k) for k in action.kpis),
        total=total,
        votes_for=action.votes_for,
        votes_against=action.votes_against,
        decision=latest.decision if latest else None,
        decision_note=latest.note if latest else "",
        decided_at=latest.decided_at if latest else None,
    )


def theme_view(theme: Theme) -> ThemeView:
    return ThemeView(theme.id, theme.code, theme.name, theme.description)


def indicator_view(indicator: Indicator) -> IndicatorView:
    return IndicatorView(
        indicator.id,
        indicator.code,
        indicator.name,
        indicator.unit,
        indicator.kind,
        indicator.source,
        indicator.description,
        indicator.builtin,
    )


def intervention_view(item: Intervention) -> InterventionView:
    return InterventionView(
        id=item.id,
        code=item.code,
        name=item.name,
        theme=item.theme.code,
        theme_name=item.theme.name,
        description=item.description,
        duration_months_min=item.duration_months_min,
        duration_months_max=item.duration_months_max,
        cost_min=item.cost_min,
        cost_max=item.cost_max,
        cost_currency=item.cost_currency,
        cost_facts=item.cost_facts,
        source=item.source,
        suggested=tuple(link.indicator.code for link in item.suggested),
        builtin=item.builtin,
    )


def organisation_view(org: Organisation) -> OrganisationView:
    return OrganisationView(org.id, org.name, org.kind, org.country_code, org.website)


def person_view(person: Person) -> PersonView:
    return PersonView(person.id, person.name, person.email, person.phone, person.organisation_id)


def rate_view(rate: ExchangeRate) -> RateView:
    return RateView(rate.id, rate.plan_id, rate.base, rate.quote, rate.rate, rate.valid_on, rate.source)
