"""Budget lines and KPIs of one action as editable tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from action_planner.model.views import BudgetLineView, KpiView
from action_planner.ui import labels
from action_planner.ui.models.editable import Commit, EditableRowsModel

AMOUNT, CURRENCY, SOURCE, YEAR, NOTE = range(5)
INDICATOR, KIND, UNIT, BASELINE, TARGET, TARGET_DATE = range(6)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BudgetLinesModel(EditableRowsModel[BudgetLineView]):
    """Amount, currency, funding source, year and note of each line."""

    fields = ("amount", "currency", "funding_source", "year", "note")

    def __init__(self, commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(commit, parent)
        self.headers = [
            self.tr("Amount"),
            self.tr("Currency"),
            self.tr("Funding source"),
            self.tr("Year"),
            self.tr("Note"),
        ]

    def edit_text(self, item: BudgetLineView, column: int) -> str:
        return {
            AMOUNT: format(item.amount, "f"),
            CURRENCY: item.currency,
            SOURCE: item.funding_source.value,
            YEAR: str(item.year),
            NOTE: item.note,
        }[column]

    def cell(self, item: BudgetLineView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return item.year if column == YEAR else self.edit_text(item, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == AMOUNT:
                return labels.money(item.amount, item.currency)
            if column == SOURCE:
                return labels.funding_source(item.funding_source)
            return self.edit_text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, YEAR):
            return _RIGHT
        return None


class KpisModel(EditableRowsModel[KpiView]):
    """Indicator (picked from the library), kind, unit, baseline, target and target date of each KPI."""

    fields = (None, None, "unit", "baseline", "target", "target_date")

    def __init__(self, commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(commit, parent)
        self.headers = [
            self.tr("Indicator"),
            self.tr("Kind"),
            self.tr("Unit"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Target date"),
        ]

    def edit_text(self, item: KpiView, column: int) -> str:
        if column in (BASELINE, TARGET):
            value = item.baseline if column == BASELINE else item.target
            return "" if value is None else format(value, "f")
        if column == TARGET_DATE:
            return labels.day(item.target_date)
        if column == UNIT:
            return item.unit
        return self._indicator(item)

    @staticmethod
    def _indicator(item: KpiView) -> str:
        return f"{item.code} — {item.name}" if item.code else item.name

    def cell(self, item: KpiView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(item, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == KIND:
                return labels.indicator_kind(item.kind)
            if column in (BASELINE, TARGET):
                return labels.number(item.baseline if column == BASELINE else item.target)
            return self.edit_text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BASELINE, TARGET):
            return _RIGHT
        return None
