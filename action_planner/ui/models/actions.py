"""The actions of one plan as a table (fetched per plan), with a proxy that sorts and filters them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from action_planner.model.changes import Change
from action_planner.model.errors import NotFoundError
from action_planner.model.views import ActionView
from action_planner.typing_compat import override
from action_planner.ui import action_columns, catalogue_texts, mime
from action_planner.ui.action_columns import KPIS, NUMBER, OWNER, STATUS, THEME, TIMEFRAME, TITLE, TOTAL
from action_planner.ui.document import Document
from action_planner.ui.models.rows import Index, RowsModel

_RELOAD_ON = frozenset({"action", "budget_line", "kpi", "rate", "plan", "region", "settings"})


class ActionsModel(RowsModel[ActionView]):
    """Rows are the :class:`ActionView` of the current plan, in plan order; drops become signals."""

    interventions_dropped = Signal(list, int)  # intervention ids, position (from 0)
    action_dropped = Signal(int, int)  # action id, position it was dropped at (from 0)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plan_id: int | None = None
        self.currency = ""
        self.headers = action_columns.headers()
        document.bridge.changed.connect(self._on_changes)

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.reload()

    def reload(self) -> None:
        if self.plan_id is None:
            self.currency = ""
            self.replace([])
            return
        try:
            self.currency = self.document.services.plans.get(self.plan_id).currency
            actions = self.document.services.actions.list(self.plan_id)
        except NotFoundError:
            self.plan_id, self.currency, actions = None, "", []
        self.replace(actions)

    def _on_changes(self, changes: list[Change]) -> None:
        if self.plan_id is None:
            return
        relevant = [c for c in changes if c.entity in _RELOAD_ON and c.plan_id in (None, self.plan_id)]
        if not relevant:
            return
        touched = _edited_actions(relevant)
        if touched is None:
            self.reload()
            return
        for action_id in touched:  # one action's fields, budget or KPIs: refetch only that row
            row = self.row_of(action_id)
            if row < 0:
                self.reload()
                return
            try:
                self._rows[row] = self.document.services.actions.get(action_id)
            except NotFoundError:
                self.reload()
                return
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- cells --------------------------------------------------------------------------

    def cell(self, item: ActionView, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return action_columns.text(item, column, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in action_columns.FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort_key(self, row: int, column: int) -> Any:
        """Python value the proxy sorts by (exact: totals compare as Decimals)."""
        item = self._rows[row]
        keys: dict[int, Any] = {
            NUMBER: item.number,
            TITLE: item.title.casefold(),
            THEME: catalogue_texts.theme_name(item.theme, item.theme_name).casefold(),
            OWNER: item.owner.casefold(),
            TIMEFRAME: (item.start_date is None, item.start_date, item.end_date is None, item.end_date),
            TOTAL: (item.total is None, item.total),
            STATUS: list(type(item.status)).index(item.status),
            KPIS: item.kpi_count,
        }
        return keys[column]

    # -- drag and drop ------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled if self.plan_id is not None else Qt.ItemFlag.NoItemFlags
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    @override
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def mimeTypes(self) -> list[str]:
        return [mime.ACTION_MIME, mime.INTERVENTION_MIME]

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return mime.encode(mime.ACTION_MIME, [self._rows[r].id for r in rows[:1]])

    @override
    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if self.plan_id is None:
            return False
        return bool(mime.decode(data, mime.INTERVENTION_MIME) or mime.decode(data, mime.ACTION_MIME))

    @override
    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent) or action == Qt.DropAction.IgnoreAction:
            return False
        position = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows))
        if interventions := mime.decode(data, mime.INTERVENTION_MIME):
            self.interventions_dropped.emit(interventions, position)
            return True
        moving = mime.decode(data, mime.ACTION_MIME)[0]
        source = self.row_of(moving)
        if source < 0:
            return False
        # Between rows, "before row r": the rows after the dragged one shift up by one.
        target = position if parent.isValid() or position <= source else position - 1
        self.action_dropped.emit(moving, max(0, min(target, len(self._rows) - 1)))
        return False  # the move is done by the command; the view must not remove rows itself


def _edited_actions(changes: list[Change]) -> set[int] | None:
    """Ids of the actions whose own content changed, or None when rows came, went or moved."""
    touched: set[int] = set()
    for change in changes:
        if change.entity == "action" and change.op == "changed":
            touched.update(change.ids)
        elif change.entity in ("budget_line", "kpi") and change.action_id is not None:
            touched.add(change.action_id)
        else:
            return None
    return touched


class ActionsProxy(QSortFilterProxyModel):
    """Sorts by exact values and filters on title, theme, owner and status text."""

    def __init__(self, source: ActionsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    @override
    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ActionsModel)
        a, b = source.sort_key(left.row(), left.column()), source.sort_key(right.row(), right.column())
        try:
            return bool(a < b)
        except TypeError:  # None beside a value: the tuple keys put missing values last
            return False

    def in_plan_order(self) -> bool:
        """Whether rows show in plan order, so that dragging a row can reorder the plan."""
        return self.sortColumn() in (-1, NUMBER) and self.sortOrder() == Qt.SortOrder.AscendingOrder
