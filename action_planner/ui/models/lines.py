"""Budget lines and KPIs of one action as editable tables, and the values measured for a KPI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt

from action_planner.model.sources import SourceNames
from action_planner.model.views import ActualView, BudgetLineView, KpiView
from action_planner.ui import labels
from action_planner.ui.models.editable import Commit, EditableRowsModel
from action_planner.ui.models.rows import RowsModel

AMOUNT, CURRENCY, SOURCE, YEAR, NOTE = range(5)
INDICATOR, KIND, UNIT, BASELINE, TARGET, TARGET_DATE = range(6)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BudgetLinesModel(EditableRowsModel[BudgetLineView]):
    """Amount, currency, funding source, year and note of each line."""

    fields = ("amount", "currency", "funding_source", "year", "note")
    number_columns = frozenset({AMOUNT})

    def __init__(
        self, commit: Commit, parent: QObject | None = None, sources: Callable[[], SourceNames] = SourceNames
    ) -> None:
        super().__init__(commit, parent)
        self.sources = sources  # the workspace's funding sources as they are now
        self.headers = [
            self.tr("Amount"),
            self.tr("Currency"),
            self.tr("Funding source"),
            self.tr("Year"),
            self.tr("Note"),
        ]

    def edit_text(self, item: BudgetLineView, column: int) -> str:
        return {
            AMOUNT: labels.editable_number(item.amount),
            CURRENCY: item.currency,
            SOURCE: item.funding_source,
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
                return labels.funding_source(item.funding_source, self.sources())
            return self.edit_text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, YEAR):
            return _RIGHT
        return None


class KpisModel(EditableRowsModel[KpiView]):
    """Indicator (picked from the library), kind, unit, baseline, target and target date of each KPI."""

    fields = (None, None, "unit", "baseline", "target", "target_date")
    number_columns = frozenset({BASELINE, TARGET})

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
            return labels.editable_number(value)
        if column == TARGET_DATE:
            return item.target_date.isoformat() if item.target_date else ""  # the date editor reads ISO
        if column == UNIT:
            return item.unit
        return self.indicator_text(item)

    @staticmethod
    def indicator_text(item: KpiView) -> str:
        """``RCO01 — Enterprises supported``, or the KPI's own name when it has no indicator."""
        return f"{item.code} — {item.name}" if item.code else item.name

    def cell(self, item: KpiView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(item, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._shown(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BASELINE, TARGET):
            return _RIGHT
        return None

    def _shown(self, item: KpiView, column: int) -> str:
        if column == KIND:
            return labels.indicator_kind(item.kind)
        if column in (BASELINE, TARGET):
            return labels.number(item.baseline if column == BASELINE else item.target)
        if column == TARGET_DATE:
            return labels.day(item.target_date)
        return self.edit_text(item, column)


MEASURED_ON, VALUE, PROGRESS, MEASURE_NOTE = range(4)


@dataclass(frozen=True, slots=True)
class Measured:
    """One recorded value of a KPI, keyed by its date (a KPI has one value per date)."""

    actual: ActualView
    kpi: KpiView

    @property
    def id(self) -> int:
        return self.actual.measured_on.toordinal()

    @property
    def progress(self) -> Decimal | None:
        """How far from the baseline to the target this value has come, in per cent (None without a target)."""
        start = self.kpi.baseline or Decimal(0)
        target = self.kpi.target
        if target is None or target == start:
            return None
        return (self.actual.value - start) / (target - start) * 100


class MeasuredModel(RowsModel[Measured]):
    """The values measured for one KPI, oldest first: date, value, progress (from the baseline to the target), note."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Measured on"), self.tr("Value"), self.tr("Progress"), self.tr("Note")]

    def show_kpi(self, kpi: KpiView | None) -> None:
        self.replace([Measured(actual, kpi) for actual in kpi.actuals] if kpi else [])

    def cell(self, item: Measured, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == MEASURED_ON:
                return labels.day(item.actual.measured_on)
            if column == VALUE:
                unit = f" {item.kpi.unit}" if item.kpi.unit else ""
                return labels.number(item.actual.value) + unit
            if column == PROGRESS:
                progress = item.progress
                return "" if progress is None else labels.percent(progress)
            return item.actual.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, PROGRESS):
            return _RIGHT
        return None
