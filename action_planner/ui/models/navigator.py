"""Regions and their plans as a two-level tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from action_planner.model.changes import Change
from action_planner.model.views import PlanView, RegionView
from action_planner.typing_compat import override
from action_planner.ui import labels
from action_planner.ui.document import Document
from action_planner.ui.models.rows import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 10
REGION, PLAN = "region", "plan"
_TOP = 0  # internal id of region rows; plan rows carry their region's id


class NavigatorModel(QAbstractItemModel):
    """Top level: regions in workspace order; children: each region's plans."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._regions: list[RegionView] = []
        self._plans: dict[int, list[PlanView]] = {}
        self.reload()
        document.bridge.changed.connect(self._on_changes)

    def reload(self) -> None:
        services = self.document.services
        regions = services.regions.list()
        plans: dict[int, list[PlanView]] = {r.id: [] for r in regions}
        for plan in services.plans.list():
            plans.setdefault(plan.region_id, []).append(plan)
        same_shape = [r.id for r in regions] == [r.id for r in self._regions] and all(
            [p.id for p in plans[r.id]] == [p.id for p in self._plans.get(r.id, [])] for r in regions
        )
        if same_shape:
            self._regions, self._plans = regions, plans
            for row in range(len(regions)):
                top = self.index(row, 0)
                self.dataChanged.emit(top, top)
                if count := len(plans[regions[row].id]):
                    self.dataChanged.emit(self.index(0, 0, top), self.index(count - 1, 0, top))
            return
        self.beginResetModel()
        self._regions, self._plans = regions, plans
        self.endResetModel()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(
            c.entity in ("region", "plan") or (c.entity == "action" and c.op in ("added", "removed")) for c in changes
        ):
            self.reload()

    # -- lookups ------------------------------------------------------------------------

    def region_index(self, region_id: int) -> QModelIndex:
        row = next((i for i, r in enumerate(self._regions) if r.id == region_id), -1)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def plan_index(self, plan_id: int) -> QModelIndex:
        for row, region in enumerate(self._regions):
            for child, plan in enumerate(self._plans[region.id]):
                if plan.id == plan_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def first_plan_index(self) -> QModelIndex:
        for row, region in enumerate(self._regions):
            if self._plans[region.id]:
                return self.index(0, 0, self.index(row, 0))
        return QModelIndex()

    def view(self, index: Index) -> RegionView | PlanView | None:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._regions[index.row()]
        return self._plans[index.internalId()][index.row()]

    # -- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._regions) else QModelIndex()
        if parent.internalId() != _TOP or parent.row() >= len(self._regions):
            return QModelIndex()
        region_id = self._regions[parent.row()].id
        return self.createIndex(row, 0, region_id) if row < len(self._plans[region_id]) else QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.region_index(child.internalId())

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not parent.isValid():
            return len(self._regions)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._plans[self._regions[parent.row()].id])
        return 0

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 1

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Regions and plans")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.view(index)
        if item is None:
            return None
        if role == ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return REGION if isinstance(item, RegionView) else PLAN
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label if isinstance(item, RegionView) else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        return None

    def _tooltip(self, item: RegionView | PlanView) -> str:
        if isinstance(item, RegionView):
            text = self.tr("%1 · %2 · %3")
            return (
                text.replace("%1", labels.country(item.country_code, item.country_name))
                .replace("%2", item.scheme)
                .replace("%3", item.code)
            )
        count = labels.counted(self.tr("%n action(s)", "", item.action_count), item.action_count)
        return f"{item.title}\n{labels.plan_status(item.status)} · {count} · {item.currency}"
