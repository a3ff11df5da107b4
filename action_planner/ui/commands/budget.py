"""Undo commands for budget lines and the reporting currency."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from action_planner.model.services import Services
from action_planner.model.views import BudgetLineView
from action_planner.ui.undo import ServiceCommand


class AddBudgetLine(ServiceCommand):
    """A new line (the currency defaults to the plan's, the year to the action's start)."""

    def __init__(self, services: Services, action_id: int, amount: object = "0", **values: Any) -> None:
        super().__init__(QCoreApplication.translate("BudgetCommands", "Add budget line"))
        self.services = services
        self.action_id = action_id
        self.amount = amount
        self.values = values
        self.line: BudgetLineView | None = None
        self._position: int | None = None

    def apply(self) -> None:
        if self.line is None:
            self.line = self.services.budget.add(self.action_id, self.amount, **self.values)
        else:
            self.services.budget.restore(self.line, self._position)

    def revert(self) -> None:
        assert self.line is not None
        lines = self.services.budget.lines(self.action_id)
        self._position = next((i for i, x in enumerate(lines) if x.id == self.line.id), None)
        self.line = self.services.budget.delete(self.line.id)


class EditBudgetLine(ServiceCommand):
    """Change one or more fields of a budget line ("Change budget"), based on ``line`` as the window showed it
    (the edit, its undo and its redo each say so, as :class:`~.actions.EditAction` does)."""

    def __init__(self, services: Services, line: BudgetLineView, values: Mapping[str, object]) -> None:
        super().__init__(QCoreApplication.translate("BudgetCommands", "Change budget"))
        self.services = services
        self.line_id = line.id
        self.new = dict(values)
        self.old = {name: getattr(line, name) for name in self.new}

        self.stored: dict[str, object] | None = None  # the values as stored (cleaned) once applied

    def apply(self) -> None:
        # based on what the window showed, so a colleague's change meanwhile is a ConflictError, not overwritten
        view = self.services.budget.update(self.line_id, self.old, **self.new)
        self.stored = {name: getattr(view, name) for name in self.new}

    def revert(self) -> None:
        self.services.budget.update(self.line_id, self.stored or self.new, **self.old)


class DeleteBudgetLine(ServiceCommand):
    def __init__(self, services: Services, line: BudgetLineView, position: int) -> None:
        super().__init__(QCoreApplication.translate("BudgetCommands", "Delete budget line"))
        self.services = services
        self.line = line
        self.position = position

    def apply(self) -> None:
        self.line = self.services.budget.delete(self.line.id)

    def revert(self) -> None:
        self.services.budget.restore(self.line, self.position)


class SetReportingCurrency(ServiceCommand):
    def __init__(self, services: Services, currency: str) -> None:
        super().__init__(QCoreApplication.translate("BudgetCommands", "Change reporting currency"))
        self.services = services
        self.old = services.rates.reporting_currency()
        self.new = currency

    def apply(self) -> None:
        self.services.rates.set_reporting_currency(self.new)

    def revert(self) -> None:
        self.services.rates.set_reporting_currency(self.old)
