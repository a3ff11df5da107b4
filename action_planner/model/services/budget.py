"""Budget lines, exchange rates, the reporting currency, and plan totals."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from action_planner.model.changes import Change
from action_planner.model.entities import Action, BudgetLine, ExchangeRate, FundingSource, Plan, Setting, Theme
from action_planner.model.errors import ValidationError
from action_planner.model.messages import Message
from action_planner.model.money import MissingRate, Rate, RateTable, check_currency, parse_amount, parse_rate
from action_planner.model.services.base import (
    REPORTING_CURRENCY,
    Service,
    check_based_on,
    get_or_fail,
    reporting_currency,
)
from action_planner.model.services.convert import budget_line_view, rate_view
from action_planner.model.services.funding import default_source, source_code
from action_planner.model.totals import LineFact, PlanTotals, plan_totals
from action_planner.model.translatable import QT_TRANSLATE_NOOP
from action_planner.model.validation import clean_date, clean_fields, clean_text, clean_year, collect
from action_planner.model.views import BudgetLineView, RateView


def rate_table(session: Session, plan_id: int | None) -> RateTable:
    """Latest workspace rates, overridden by the plan's own rates where it has them."""
    rows = session.scalars(select(ExchangeRate).order_by(ExchangeRate.valid_on, ExchangeRate.id))
    return RateTable.for_plan(((r.plan_id, Rate(r.base, r.quote, r.rate, r.valid_on)) for r in rows), plan_id)


def theme_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Theme.code).order_by(Theme.position)))


def source_codes(session: Session) -> list[str]:
    return list(session.scalars(select(FundingSource.code).order_by(FundingSource.position, FundingSource.code)))


#: What the totals read of a budget line: its action, the action's theme, source, year, amount and currency.
_FACT_COLUMNS = (
    BudgetLine.action_id,
    Theme.code,
    BudgetLine.funding_source,
    BudgetLine.year,
    BudgetLine.amount,
    BudgetLine.currency,
)


def line_facts(session: Session, plan_id: int) -> list[LineFact]:
    query = (
        select(*_FACT_COLUMNS)
        .join(Action, BudgetLine.action_id == Action.id)
        .join(Theme, Action.theme_id == Theme.id)
        .where(Action.plan_id == plan_id)
        .order_by(Action.position, BudgetLine.position, BudgetLine.id)
    )
    return [LineFact(*row) for row in session.execute(query)]


def compute_plans_totals(session: Session, plans: Sequence[Plan]) -> dict[int, PlanTotals]:
    """:func:`compute_plan_totals` of several plans with one read of each thing (their budget lines, the
    rates, the themes, the reporting currency), not one of each per plan."""
    if not plans:
        return {}
    ids = [plan.id for plan in plans]
    lines: dict[int, list[LineFact]] = {plan_id: [] for plan_id in ids}
    query = (
        select(Action.plan_id, *_FACT_COLUMNS)
        .join(Action, BudgetLine.action_id == Action.id)
        .join(Theme, Action.theme_id == Theme.id)
        .where(Action.plan_id.in_(ids))
        .order_by(Action.plan_id, Action.position, BudgetLine.position, BudgetLine.id)
    )
    for plan_id, action_id, theme, source, year, amount, currency in session.connection().execute(query):
        lines[plan_id].append(LineFact(action_id, theme, source, year, amount, currency))  # plain rows, no entities
    entered = [
        (r.plan_id, Rate(r.base, r.quote, r.rate, r.valid_on))
        for r in session.scalars(select(ExchangeRate).order_by(ExchangeRate.valid_on, ExchangeRate.id))
    ]
    reporting, themes = reporting_currency(session), theme_codes(session)
    return {
        plan.id: plan_totals(
            plan.id,
            lines=lines[plan.id],
            plan_currency=plan.currency,
            reporting_currency=reporting,
            rates=RateTable.for_plan(entered, plan.id),
            themes=themes,
        )
        for plan in plans
    }


def compute_plan_totals(session: Session, plan: Plan) -> PlanTotals:
    return plan_totals(
        plan.id,
        lines=line_facts(session, plan.id),
        plan_currency=plan.currency,
        reporting_currency=reporting_currency(session),
        rates=rate_table(session, plan.id),
        themes=theme_codes(session),
        sources=source_codes(session),
    )


def _amount_field(value: object) -> object:
    return value  # checked with the line's currency in _clean_line


LINE_FIELDS: Mapping[str, Callable[[object], Any]] = {
    "amount": _amount_field,
    "currency": lambda v: check_currency(str(v or ""), "currency"),
    "funding_source": lambda v: v,  # one of the workspace's sources: looked up in the transaction
    "year": clean_year,
    "note": lambda v: clean_text(v, "note", limit=2000, multiline=True),
}


def _check_amount(values: dict[str, Any], currency: str) -> None:
    if "amount" in values:
        values["amount"] = parse_amount(values["amount"], currency, "amount")


class BudgetService(Service):
    """Budget lines of actions, and the totals built from them."""

    def add(
        self,
        action_id: int,
        amount: object,
        *,
        currency: str | None = None,
        funding_source: object | None = None,
        year: object | None = None,
        note: str = "",
    ) -> BudgetLineView:
        """Add a line; the currency defaults to the plan's and the year to the action's start year."""

        def work(session: Session) -> tuple[BudgetLineView, list[Change]]:
            action = get_or_fail(session, Action, action_id, "action")
            values = clean_fields(
                LINE_FIELDS,
                {
                    "amount": amount,
                    "currency": currency or action.plan.currency,
                    "funding_source": source_code(session, funding_source)
                    if funding_source is not None
                    else default_source(session),
                    "year": year if year is not None else (action.start_date or date.today()).year,
                    "note": note,
                },
            )
            _check_amount(values, values["currency"])
            position = max((line.position for line in action.budget_lines), default=-1) + 1
            line = BudgetLine(action=action, position=position, **values)
            session.add(line)
            session.flush()
            return budget_line_view(line), [_change(action, "added", line.id)]

        return self._apply(work)

    def update(self, line_id: int, based_on: Mapping[str, object] | None = None, /, **values: object) -> BudgetLineView:
        """Change fields of a line; ``based_on`` (what the window showed) is checked with the row locked,
        as for an action: a field another planner changed meanwhile raises :class:`ConflictError`."""
        cleaned = clean_fields(LINE_FIELDS, values)

        def work(session: Session) -> tuple[BudgetLineView, list[Change]]:
            line = get_or_fail(session, BudgetLine, line_id, "budget line", for_update=True)
            if based_on:
                action = line.action
                what = Message(
                    QT_TRANSLATE_NOOP("Model", "a budget line of action %1 “%2”"),
                    str(action.position + 1),
                    action.title,
                )
                check_based_on(what, budget_line_view(line), based_on, values)
            if "funding_source" in cleaned:
                cleaned["funding_source"] = source_code(session, cleaned["funding_source"])
            _check_amount(cleaned, cleaned.get("currency", line.currency))
            if "currency" in cleaned and "amount" not in cleaned:
                parse_amount(line.amount, cleaned["currency"], "amount")
            for key, value in cleaned.items():
                setattr(line, key, value)
            return budget_line_view(line), [_change(line.action, "changed", line.id)]

        return self._apply(work)

    def delete(self, line_id: int) -> BudgetLineView:
        """Delete a line; pass the returned view to :meth:`restore` to undo."""

        def work(session: Session) -> tuple[BudgetLineView, list[Change]]:
            line = get_or_fail(session, BudgetLine, line_id, "budget line")
            view = budget_line_view(line)
            change = _change(line.action, "removed", line.id)
            session.delete(line)
            return view, [change]

        return self._apply(work)

    def restore(self, view: BudgetLineView, position: int | None = None) -> BudgetLineView:
        def work(session: Session) -> tuple[BudgetLineView, list[Change]]:
            action = get_or_fail(session, Action, view.action_id, "action")
            line = BudgetLine(
                id=view.id,
                action=action,
                position=position if position is not None else len(action.budget_lines),
                amount=view.amount,
                currency=view.currency,
                funding_source=view.funding_source,
                year=view.year,
                note=view.note,
            )
            session.add(line)
            session.flush()
            return budget_line_view(line), [_change(action, "added", line.id)]

        return self._apply(work)

    def lines(self, action_id: int) -> list[BudgetLineView]:
        def work(session: Session) -> list[BudgetLineView]:
            return [budget_line_view(x) for x in get_or_fail(session, Action, action_id, "action").budget_lines]

        return self._read(work)

    def plan_totals(self, plan_id: int) -> PlanTotals:
        """Totals of a plan in its currency and the reporting currency (see :mod:`totals`)."""
        return self._read(lambda s: compute_plan_totals(s, get_or_fail(s, Plan, plan_id, "plan")))


def _change(action: Action, op: str, line_id: int) -> Change:
    return Change("budget_line", op, (line_id,), plan_id=action.plan_id, action_id=action.id)


class RateService(Service):
    """Exchange rates with their dates (e.g. InforEuro monthly rates) and the reporting currency."""

    def list(self, plan_id: int | None = None) -> list[RateView]:
        def work(session: Session) -> list[RateView]:
            query = select(ExchangeRate).order_by(ExchangeRate.base, ExchangeRate.quote, ExchangeRate.valid_on)
            query = query.where(
                ExchangeRate.plan_id == plan_id if plan_id is not None else ExchangeRate.plan_id.is_(None)
            )
            return [rate_view(r) for r in session.scalars(query)]

        return self._read(work)

    def set(
        self,
        base: str,
        quote: str,
        rate: object,
        valid_on: object,
        *,
        source: str = "",
        plan_id: int | None = None,
    ) -> RateView:
        """Record ``1 base = rate quote`` from ``valid_on`` (replacing a rate for the same pair and date)."""
        cleaned = collect(
            (
                ("base", lambda: check_currency(base, "base")),
                ("quote", lambda: check_currency(quote, "quote")),
                ("rate", lambda: parse_rate(rate)),
                ("valid_on", lambda: clean_date(valid_on, "valid_on")),
                ("source", lambda: clean_text(source, "source", limit=200)),
            )
        )
        if cleaned["base"] == cleaned["quote"]:
            raise ValidationError(
                {"quote": Message(QT_TRANSLATE_NOOP("Model", "A rate links two different currencies."))}
            )
        if cleaned["valid_on"] is None:
            raise ValidationError(
                {"valid_on": Message(QT_TRANSLATE_NOOP("Model", "Give the date the rate is valid from."))}
            )

        def work(session: Session) -> tuple[RateView, list[Change]]:
            if plan_id is not None:
                get_or_fail(session, Plan, plan_id, "plan")
            existing = session.scalar(
                select(ExchangeRate).where(
                    ExchangeRate.base == cleaned["base"],
                    ExchangeRate.quote == cleaned["quote"],
                    ExchangeRate.valid_on == cleaned["valid_on"],
                    ExchangeRate.plan_id == plan_id if plan_id is not None else ExchangeRate.plan_id.is_(None),
                )
            )
            row = existing or ExchangeRate(plan_id=plan_id, **{k: cleaned[k] for k in ("base", "quote", "valid_on")})
            row.rate = cleaned["rate"]
            row.source = cleaned["source"]
            session.add(row)
            session.flush()
            return rate_view(row), [Change("rate", "changed" if existing else "added", (row.id,), plan_id=plan_id)]

        return self._apply(work)

    def delete(self, rate_id: int) -> RateView:
        def work(session: Session) -> tuple[RateView, list[Change]]:
            row = get_or_fail(session, ExchangeRate, rate_id, "exchange rate")
            view = rate_view(row)
            session.delete(row)
            return view, [Change("rate", "removed", (rate_id,), plan_id=view.plan_id)]

        return self._apply(work)

    def reporting_currency(self) -> str:
        return self._read(reporting_currency)

    def set_reporting_currency(self, currency: str) -> str:
        code = check_currency(currency, "reporting_currency")

        def work(session: Session) -> tuple[str, list[Change]]:
            session.merge(Setting(key=REPORTING_CURRENCY, value=code))
            return code, [Change("settings", "changed", fields=(REPORTING_CURRENCY,))]

        return self._apply(work)

    def convert(self, amount: Decimal, source: str, target: str, plan_id: int | None = None) -> Decimal:
        """Convert with the rates in force (raises :class:`MissingRate` when none links them)."""
        return self._read(lambda s: rate_table(s, plan_id).convert(amount, source, target))


__all__ = ["BudgetService", "MissingRate", "RateService", "compute_plan_totals", "rate_table"]
