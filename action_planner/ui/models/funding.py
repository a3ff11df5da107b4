"""The workspace's funding sources as a one-column list, each as the planner reads it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from action_planner.model.sources import SourceNames
from action_planner.model.views import FundingSourceView
from action_planner.ui import labels
from action_planner.ui.models.rows import RowsModel


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One source with the row id the model keeps for its code (codes are text, row ids numbers)."""

    id: int
    source: FundingSourceView
    name: str  # as shown: a built-in source in the planner's language


class FundingSourcesModel(RowsModel[SourceRow]):
    """The sources in the workspace's order; a refresh moves, inserts and removes rows in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Funding source")]
        self._ids: dict[str, int] = {}

    def show_sources(self, names: SourceNames) -> None:
        rows = []
        for source in names:
            ident = self._ids.setdefault(source.code, len(self._ids) + 1)
            rows.append(SourceRow(ident, source, labels.funding_source(source.code, names)))
        self.replace(rows)

    def row_of_code(self, code: str) -> int:
        return next((row for row, item in enumerate(self.items) if item.source.code == code), -1)

    def cell(self, item: SourceRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Built in (shown in your language)") if item.source.builtin else self.tr("Added here")
        return None
