"""Undo commands for exchange rates: add (or replace) the rate of a pair on a date, delete one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from action_planner.model.services import Services
from action_planner.model.views import RateView
from action_planner.ui.undo import ServiceCommand


def same_day_rate(services: Services, base: str, quote: str, valid_on: date, plan_id: int | None) -> RateView | None:
    """The stored rate that setting this pair on this date (workspace or plan) would replace, if any."""
    pair = (base.strip().upper(), quote.strip().upper(), valid_on)
    return next((r for r in services.rates.list(plan_id) if (r.base, r.quote, r.valid_on) == pair), None)


def _put_back(services: Services, rate: RateView) -> RateView:
    return services.rates.set(rate.base, rate.quote, rate.rate, rate.valid_on, source=rate.source, plan_id=rate.plan_id)


class SetRate(ServiceCommand):
    """``1 base = rate quote`` from ``valid_on``, for the workspace or one plan ("Add" or "Change exchange rate").

    A rate already stored for the same pair, date and plan is replaced; undo puts it back as it was.
    ``rate`` is the text typed: the service parses it exactly.
    """

    def __init__(
        self,
        services: Services,
        base: str,
        quote: str,
        rate: str,
        valid_on: date,
        *,
        source: str = "",
        plan_id: int | None = None,
    ) -> None:
        old = same_day_rate(services, base, quote, valid_on, plan_id)
        super().__init__(
            QCoreApplication.translate("RateCommands", "Change exchange rate")
            if old
            else QCoreApplication.translate("RateCommands", "Add exchange rate")
        )
        self.services = services
        self.old = old
        self.base, self.quote, self.value, self.valid_on = base, quote, rate, valid_on
        self.source = source
        self.plan_id = plan_id
        self.rate: RateView | None = None

    def apply(self) -> None:
        self.rate = self.services.rates.set(
            self.base, self.quote, self.value, self.valid_on, source=self.source, plan_id=self.plan_id
        )

    def revert(self) -> None:
        assert self.rate is not None
        if self.old is None:
            self.services.rates.delete(self.rate.id)
        else:
            _put_back(self.services, self.old)


class DeleteRate(ServiceCommand):
    """Delete one rate; undo records it again (same pair, rate, date, source and plan)."""

    def __init__(self, services: Services, rate: RateView) -> None:
        super().__init__(QCoreApplication.translate("RateCommands", "Delete exchange rate"))
        self.services = services
        self.rate = rate

    def apply(self) -> None:
        self.rate = self.services.rates.delete(self.rate.id)

    def revert(self) -> None:
        self.rate = _put_back(self.services, self.rate)
