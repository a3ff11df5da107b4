"""Typed SQLAlchemy entities of a workspace: regions, plans, actions, money, KPIs, catalogue."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from action_planner.model.enums import (
    ActionStatus,
    Decision,
    IndicatorKind,
    InstrumentType,
    PlanStatus,
    Priority,
)
from action_planner.model.stored import (
    CheckedCount,
    CheckedDate,
    CheckedDateTime,
    CheckedEnum,
    CheckedScore,
    ExactDecimal,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(kind: type[Any], name: str) -> CheckedEnum:
    return CheckedEnum(kind, name)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        date: CheckedDate(),
        datetime: CheckedDateTime(),
    }  # every date is checked when read


class Setting(Base):
    """A workspace-wide setting such as the reporting currency."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"Setting({self.key!r}={self.value!r})"


class Region(Base):
    """A NUTS region (or ISO 3166-2 place outside NUTS) that holds plans."""

    __tablename__ = "regions"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    scheme: Mapped[str] = mapped_column(String(32))
    level: Mapped[int | None]
    country_code: Mapped[str] = mapped_column(String(2))
    country_name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)

    plans: Mapped[list[Plan]] = relationship(
        back_populates="region", cascade="all, delete-orphan", passive_deletes=True, order_by="Plan.id"
    )

    def __repr__(self) -> str:
        return f"Region({self.code!r}, {self.name!r})"


class Plan(Base):
    """One Interreg Europe action plan for a policy instrument in a region."""

    __tablename__ = "plans"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    project: Mapped[str] = mapped_column(String(200), default="")
    partner_organisation: Mapped[str] = mapped_column(String(300), default="")
    other_partners: Mapped[str] = mapped_column(Text, default="")
    instrument_type: Mapped[InstrumentType] = mapped_column(
        _enum(InstrumentType, "instrument_type"), default=InstrumentType.GROWTH_AND_JOBS
    )
    instrument_name: Mapped[str] = mapped_column(String(300), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    context: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    language: Mapped[str] = mapped_column(String(8), default="en")
    english_summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[PlanStatus] = mapped_column(_enum(PlanStatus, "plan_status"), default=PlanStatus.DRAFT)
    endorsement_date: Mapped[date | None]
    signatory: Mapped[str] = mapped_column(String(200), default="")

    region: Mapped[Region] = relationship(back_populates="plans")
    actions: Mapped[list[Action]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True, order_by="Action.position"
    )

    def __repr__(self) -> str:
        return f"Plan({self.id}, {self.title!r})"


class Organisation(Base):
    """An organisation that owns actions or plays a part in them."""

    __tablename__ = "organisations"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(100), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    website: Mapped[str] = mapped_column(String(300), default="")

    people: Mapped[list[Person]] = relationship(back_populates="organisation", passive_deletes=True)

    def __repr__(self) -> str:
        return f"Organisation({self.name!r})"


class Person(Base):
    """A named person, usually the one responsible for an action."""

    __tablename__ = "people"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")

    def __repr__(self) -> str:
        return f"Person({self.name!r})"


class Theme(Base):
    """One of the catalogue's four themes."""

    __tablename__ = "themes"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    def __repr__(self) -> str:
        return f"Theme({self.code!r})"


class Indicator(Base):
    """An output or result indicator from the library (ERDF common or programme-specific)."""

    __tablename__ = "indicators"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[IndicatorKind] = mapped_column(_enum(IndicatorKind, "indicator_kind"))
    source: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(default=False)

    def __repr__(self) -> str:
        return f"Indicator({self.code!r})"


class InterventionIndicator(Base):
    """An indicator suggested for an intervention, in order."""

    __tablename__ = "intervention_indicators"

    intervention_id: Mapped[int] = mapped_column(ForeignKey("interventions.id", ondelete="CASCADE"), primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)

    indicator: Mapped[Indicator] = relationship()

    def __repr__(self) -> str:
        return f"InterventionIndicator({self.intervention_id}, {self.indicator_id})"


class Intervention(Base):
    """A catalogue entry that actions can be made from."""

    __tablename__ = "interventions"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="RESTRICT"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    duration_months_min: Mapped[int | None]
    duration_months_max: Mapped[int | None]
    cost_min: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    cost_max: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    cost_currency: Mapped[str | None] = mapped_column(String(3))
    cost_facts: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(default=False)

    theme: Mapped[Theme] = relationship()
    suggested: Mapped[list[InterventionIndicator]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="InterventionIndicator.position"
    )

    def __repr__(self) -> str:
        return f"Intervention({self.code!r})"


class Action(Base):
    """One action of a plan (Part III of the template), with its owner and scores."""

    __tablename__ = "actions"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint("impact IS NULL OR impact BETWEEN 1 AND 5", name="impact"),
        CheckConstraint("effort IS NULL OR effort BETWEEN 1 AND 5", name="effort"),
        Index("ix_actions_plan_id_position", "plan_id", "position"),
        {"sqlite_autoincrement": True},  # ids are never reused, so an undone delete can restore them
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    intervention_id: Mapped[int | None] = mapped_column(ForeignKey("interventions.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="RESTRICT"), index=True)
    background: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus, "action_status"), default=ActionStatus.PLANNED)
    priority: Mapped[Priority] = mapped_column(_enum(Priority, "priority"), default=Priority.MEDIUM)
    impact: Mapped[int | None] = mapped_column(CheckedScore)
    effort: Mapped[int | None] = mapped_column(CheckedScore)
    pilot: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    votes_for: Mapped[int] = mapped_column(CheckedCount, default=0, server_default="0")
    votes_against: Mapped[int] = mapped_column(CheckedCount, default=0, server_default="0")

    plan: Mapped[Plan] = relationship(back_populates="actions")
    theme: Mapped[Theme] = relationship()
    intervention: Mapped[Intervention | None] = relationship()
    owner_organisation: Mapped[Organisation | None] = relationship()
    owner_person: Mapped[Person | None] = relationship()
    players: Mapped[list[ActionPlayer]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActionPlayer.position"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="action", cascade="all, delete-orphan", passive_deletes=True, order_by="BudgetLine.position"
    )
    kpis: Mapped[list[Kpi]] = relationship(
        back_populates="action", cascade="all, delete-orphan", passive_deletes=True, order_by="Kpi.position"
    )
    decisions: Mapped[list[ActionDecision]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActionDecision.decided_at, ActionDecision.id"
    )
    review_comments: Mapped[list[ReviewComment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ReviewComment.id"
    )

    def __repr__(self) -> str:
        return f"Action({self.id}, {self.title!r})"


class ActionPlayer(Base):
    """An organisation involved in an action, with its role."""

    __tablename__ = "action_players"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    organisation: Mapped[Organisation] = relationship()

    def __repr__(self) -> str:
        return f"ActionPlayer({self.action_id}, {self.organisation_id})"


class FundingSource(Base):
    """One source a budget line can name, in the workspace's own order: the built-in ones are named by the
    app (and shown in the reader's language) until someone renames them."""

    __tablename__ = "funding_sources"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int]
    builtin: Mapped[bool]

    def __repr__(self) -> str:
        return f"FundingSource({self.code!r}, {self.name!r})"


class BudgetLine(Base):
    """An exact amount for an action from one funding source in one year."""

    __tablename__ = "budget_lines"
    __table_args__ = (CheckConstraint("year BETWEEN 1900 AND 2200", name="year"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    currency: Mapped[str] = mapped_column(String(3))
    funding_source: Mapped[str] = mapped_column(ForeignKey("funding_sources.code", ondelete="RESTRICT"), index=True)
    year: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[Action] = relationship(back_populates="budget_lines")

    def __repr__(self) -> str:
        return f"BudgetLine({self.id}, {self.amount} {self.currency})"


class Kpi(Base):
    """A key performance indicator of an action, with baseline and target."""

    __tablename__ = "kpis"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[IndicatorKind] = mapped_column(_enum(IndicatorKind, "indicator_kind"))
    unit: Mapped[str] = mapped_column(String(100), default="")
    baseline: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    target: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    target_date: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[Action] = relationship(back_populates="kpis")
    indicator: Mapped[Indicator | None] = relationship()
    actuals: Mapped[list[KpiActual]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="KpiActual.measured_on"
    )

    def __repr__(self) -> str:
        return f"Kpi({self.id}, {self.name!r})"


class KpiActual(Base):
    """A measured value of a KPI on a date, for monitoring."""

    __tablename__ = "kpi_actuals"
    __table_args__ = (UniqueConstraint("kpi_id", "measured_on"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpis.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[date]
    value: Mapped[Decimal] = mapped_column(ExactDecimal)
    note: Mapped[str] = mapped_column(Text, default="")

    def __repr__(self) -> str:
        return f"KpiActual({self.kpi_id}, {self.measured_on}, {self.value})"


class ExchangeRate(Base):
    """1 ``base`` = ``rate`` ``quote`` from ``valid_on``; workspace-wide or for one plan."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("plan_id", "base", "quote", "valid_on"),
        CheckConstraint("base <> quote", name="pair"),
        {"sqlite_autoincrement": True},  # ids are never reused, so an undone delete can restore them
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    base: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(ExactDecimal(positive=True))
    valid_on: Mapped[date]
    source: Mapped[str] = mapped_column(String(200), default="")

    def __repr__(self) -> str:
        return f"ExchangeRate(1 {self.base} = {self.rate} {self.quote} on {self.valid_on})"


class ActionDecision(Base):
    """A workshop decision about an action (agreed, to revisit, parked), with a note and the time."""

    __tablename__ = "action_decisions"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    decision: Mapped[Decision] = mapped_column(_enum(Decision, "decision"))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime]  # UTC

    def __repr__(self) -> str:
        return f"ActionDecision({self.action_id}, {self.decision.value}, {self.decided_at:%Y-%m-%d %H:%M})"


class Workshop(Base):
    """A stakeholder workshop on a plan, with the plan as it stood when the workshop started."""

    __tablename__ = "workshops"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime]  # UTC
    ended_at: Mapped[datetime | None]
    snapshot: Mapped[str] = mapped_column(Text)  # JSON, see services.workshops

    def __repr__(self) -> str:
        return f"Workshop({self.id}, plan {self.plan_id}, {self.started_at:%Y-%m-%d %H:%M})"


class ReviewRound(Base):
    """A review sent to partners: who it went to, which plans, and the values as sent (for a 3-way compare)."""

    __tablename__ = "review_rounds"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: a returned file names its round

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]  # UTC
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    plan_ids: Mapped[str] = mapped_column(Text)  # JSON list of plan ids
    sent: Mapped[str] = mapped_column(Text)  # JSON: record id -> field -> value as sent, see services.reviews
    decided: Mapped[str] = mapped_column(Text, default="{}")  # JSON: proposals already accepted or rejected
    closed: Mapped[bool] = mapped_column(default=False)

    def __repr__(self) -> str:
        return f"ReviewRound({self.id}, {self.reviewer!r}, closed={self.closed})"


class ReviewComment(Base):
    """A partner's comment on an action, brought back from a review."""

    __tablename__ = "review_comments"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused: undo restores them

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("review_rounds.id", ondelete="SET NULL"), index=True)
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    commented_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(default=False)

    def __repr__(self) -> str:
        return f"ReviewComment({self.action_id}, {self.reviewer!r}, {self.text[:20]!r})"
