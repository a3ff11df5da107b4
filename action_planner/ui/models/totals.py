"""A plan's totals broken down by theme, funding source or year, in plan and reporting currency.

Each row is a name and one cell of two figures: the amount in the plan's currency and under it the same in
the reporting currency, or the amount's share of the plan when the currencies are the same (the header says
which, on two lines too). A narrow dock so keeps its width for the names, and no figure is ever cut."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from action_planner.model.totals import PlanTotals, Totals
from action_planner.typing_compat import override
from action_planner.ui import labels
from action_planner.ui.models.rows import Index
from action_planner.ui.shares import percent_shares

ZERO = Decimal(0)

BY_THEME, BY_SOURCE, BY_YEAR = "theme", "source", "year"
LABEL, FIGURES = range(2)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Row:
    key: object
    label: str
    in_plan: Decimal | None
    in_reporting: Decimal | None
    share: Decimal | None


def _parts(totals: Totals | None, breakdown: str) -> Mapping[Any, Decimal]:
    if totals is None:
        return {}
    parts: dict[str, Mapping[Any, Decimal]] = {
        BY_THEME: totals.by_theme,
        BY_SOURCE: totals.by_source,
        BY_YEAR: totals.by_year,
    }
    return parts[breakdown]


class BreakdownModel(QAbstractTableModel):
    """One row per theme, funding source or year; ``set_totals`` refreshes it in place."""

    def __init__(self, breakdown: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.breakdown = breakdown
        self._rows: list[Row] = []
        self._currencies = ("", "")
        self.colours: dict[Any, QColor] = {}  # swatch per row key, matching the chart
        self._first = {BY_THEME: self.tr("Theme"), BY_SOURCE: self.tr("Funding source"), BY_YEAR: self.tr("Year")}[
            breakdown
        ]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_totals(self, totals: PlanTotals | None, name_of: Callable[[object], str]) -> None:
        plan = totals.plan if totals else None
        reporting = totals.reporting if totals else None
        in_plan, in_reporting = _parts(plan, self.breakdown), _parts(reporting, self.breakdown)
        keys = list(dict.fromkeys([*in_plan, *in_reporting]))
        shares = percent_shares(in_plan, places=1) if plan else {}  # rounded once: the column adds up to 100 %
        rows = [
            Row(key, name_of(key), in_plan.get(key), in_reporting.get(key), shares.get(key, ZERO) if plan else None)
            for key in keys
        ]
        currencies = (plan.currency if plan else "", reporting.currency if reporting else "")
        if [r.key for r in rows] != [r.key for r in self._rows]:
            self.beginResetModel()
            self._rows, self._currencies = rows, currencies
            self.endResetModel()
            return
        self._rows = rows
        if currencies != self._currencies:
            self._currencies = currencies
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 2

    @property
    def two_currencies(self) -> bool:
        """Whether each amount is shown twice, in the plan's currency and under it in the reporting one (else
        under it is its share of the plan)."""
        plan, reporting = self._currencies
        return plan != reporting

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:  # each title over its figures
            return _RIGHT if section != LABEL else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        plan, reporting = self._currencies
        first = plan or self.tr("Plan")
        under = (reporting or self.tr("Reporting")) if self.two_currencies else self.tr("Share")
        return {LABEL: self._first, FIGURES: f"{first}\n{under}"}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        return self._label_data(row, role) if index.column() == LABEL else self._figures_data(row, role)

    def _label_data(self, row: Row, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Qt.ItemDataRole.DecorationRole:
            return self.colours.get(row.key)
        if role == Qt.ItemDataRole.ToolTipRole:  # the name whole, and its share when the cell beside has none
            return row.label if row.share is None else f"{row.label}: {self._share(row)}"
        return None

    def _figures_data(self, row: Row, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self._figures(row, with_code=False))
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says which currency each figure is in
            return ", ".join(self._figures(row, with_code=True))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None

    def _figures(self, row: Row, *, with_code: bool) -> tuple[str, str]:
        """The row's amount in the plan's currency, and its amount in the reporting one or else its share."""
        plan, reporting = self._currencies
        first = labels.money(row.in_plan, plan, with_code=with_code)
        if self.two_currencies:
            return first, labels.money(row.in_reporting, reporting, with_code=with_code)
        return first, self._share(row)

    @staticmethod
    def _share(row: Row) -> str:
        return "—" if row.share is None else labels.percent(row.share)
