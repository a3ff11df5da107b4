"""Plain, immutable read models that services hand to the UI, the CLI and exporters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from action_planner.model.enums import (
    ActionStatus,
    Decision,
    IndicatorKind,
    InstrumentType,
    PlanStatus,
    Priority,
)
from action_planner.model.money import Rate
from action_planner.model.names import owner_label, region_label


@dataclass(frozen=True, slots=True)
class RegionView:
    id: int
    code: str
    name: str
    scheme: str
    level: int | None
    country_code: str
    country_name: str

    @property
    def label(self) -> str:
        return region_label(self.name, self.code)


@dataclass(frozen=True, slots=True)
class PlanView:
    id: int
    region_id: int
    region_code: str
    region_name: str
    title: str
    project: str
    partner_organisation: str
    other_partners: str
    instrument_type: InstrumentType
    instrument_name: str
    contact_name: str
    contact_email: str
    contact_phone: str
    context: str
    currency: str
    language: str
    english_summary: str
    status: PlanStatus
    endorsement_date: date | None
    signatory: str
    action_count: int


@dataclass(frozen=True, slots=True)
class OrganisationView:
    id: int
    name: str
    kind: str
    country_code: str
    website: str


@dataclass(frozen=True, slots=True)
class PersonView:
    id: int
    name: str
    email: str
    phone: str
    organisation_id: int | None


@dataclass(frozen=True, slots=True)
class PlayerView:
    organisation_id: int
    organisation: str
    role: str


@dataclass(frozen=True, slots=True)
class FundingSourceView:
    """One funding source of the workspace: ``name`` is the English built-in name while ``builtin`` (shown
    in the reader's language), else the planner's own name, shown as typed."""

    code: str
    name: str
    position: int
    builtin: bool


@dataclass(frozen=True, slots=True)
class BudgetLineView:
    id: int
    action_id: int
    amount: Decimal
    currency: str
    funding_source: str  # the code of one of the workspace's funding sources
    year: int
    note: str


@dataclass(frozen=True, slots=True)
class ActualView:
    measured_on: date
    value: Decimal
    note: str


@dataclass(frozen=True, slots=True)
class KpiView:
    id: int
    action_id: int
    indicator_id: int | None
    code: str
    name: str
    kind: IndicatorKind
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    target_date: date | None
    note: str
    actuals: tuple[ActualView, ...]


@dataclass(frozen=True, slots=True)
class ActionView:
    id: int
    plan_id: int
    number: int
    intervention_id: int | None
    intervention_code: str
    title: str
    theme: str
    theme_name: str
    background: str
    description: str
    owner_organisation: str
    owner_person: str
    owner_email: str
    start_date: date | None
    end_date: date | None
    status: ActionStatus
    priority: Priority
    impact: int | None
    effort: int | None
    pilot: bool
    notes: str
    players: tuple[PlayerView, ...]
    budget_lines: tuple[BudgetLineView, ...]
    kpis: tuple[KpiView, ...]
    total: Decimal | None  # in the plan's currency; None when a rate is missing
    votes_for: int = 0
    votes_against: int = 0
    decision: Decision | None = None  # the latest workshop decision
    decision_note: str = ""
    decided_at: datetime | None = None  # UTC

    @property
    def owner(self) -> str:
        return owner_label(self.owner_organisation, self.owner_person)

    @property
    def kpi_count(self) -> int:
        return len(self.kpis)


@dataclass(frozen=True, slots=True)
class ThemeView:
    id: int
    code: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class IndicatorView:
    id: int
    code: str
    name: str
    unit: str
    kind: IndicatorKind
    source: str
    description: str
    builtin: bool


@dataclass(frozen=True, slots=True)
class InterventionView:
    id: int
    code: str
    name: str
    theme: str
    theme_name: str
    description: str
    duration_months_min: int | None
    duration_months_max: int | None
    cost_min: Decimal | None
    cost_max: Decimal | None
    cost_currency: str | None
    cost_facts: str
    source: str
    suggested: tuple[str, ...]  # indicator codes
    builtin: bool


@dataclass(frozen=True, slots=True)
class RateView:
    id: int
    plan_id: int | None
    base: str
    quote: str
    rate: Decimal
    valid_on: date
    source: str

    def as_rate(self) -> Rate:
        """The rate as the model's rate table uses it."""
        return Rate(self.base, self.quote, self.rate, self.valid_on, self.id)
