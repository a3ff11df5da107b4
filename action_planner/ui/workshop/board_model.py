"""The actions of a plan with their dots and decisions, as a table the board and its ranking list share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from action_planner.model.changes import Change
from action_planner.model.errors import NotFoundError
from action_planner.model.views import ActionView
from action_planner.typing_compat import override
from action_planner.ui.bridge import touches_plan
from action_planner.ui.document import Document
from action_planner.ui.models.rows import SORT_ROLE, RowsModel
from action_planner.ui.workshop import wording

NUMBER, TITLE, FOR, AGAINST, NET, DECISION = range(6)
_RELOAD_ON = frozenset({"action", "plan", "region"})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BoardModel(RowsModel[ActionView]):
    """One row per action of the current plan, in plan order, reloaded when a change touches the plan."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plan_id: int | None = None
        self.headers = [self.tr("No."), self.tr("Action"), "+", "−", self.tr("Net"), self.tr("Decision")]
        self.header_tips = [
            self.tr("Number in the plan"),
            self.tr("Title"),
            self.tr("Votes for"),
            self.tr("Votes against"),
            self.tr("Votes for minus votes against"),
            self.tr("Latest decision"),
        ]
        self.shown = True  # False while its dock is closed: it then holds no rows and reads nothing
        document.bridge.changed.connect(self._on_changes)

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.reload()

    def set_shown(self, shown: bool) -> None:
        """A board nobody sees drops its rows and skips plan switches and edits; shown again, it reads its
        plan at the next :meth:`set_plan` or :meth:`reload`."""
        self.shown = shown
        if not shown and self.rowCount():
            self.replace([])

    def reload(self) -> None:
        actions: list[ActionView] = []
        if self.plan_id is not None and self.shown:
            try:
                actions = self.document.services.actions.list(self.plan_id)
            except NotFoundError:
                self.plan_id = None
        self.replace(actions)

    def _on_changes(self, changes: list[Change]) -> None:
        if self.shown and self.plan_id is not None and touches_plan(changes, self.plan_id, _RELOAD_ON):
            self.reload()

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers)
        if horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips[section]
        return super().headerData(section, orientation, role)

    def cell(self, item: ActionView, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, FOR, AGAINST, NET):
            return _RIGHT
        return None

    def _text(self, item: ActionView, column: int) -> str:
        texts = {
            NUMBER: str(item.number),
            TITLE: item.title,
            FOR: str(item.votes_for),
            AGAINST: str(item.votes_against),
            NET: wording.signed(item.votes_for - item.votes_against),
            DECISION: wording.decision(item.decision) if item.decision else "",
        }
        return texts[column]

    @staticmethod
    def _sort_key(item: ActionView, column: int) -> Any:
        keys: dict[int, Any] = {
            NUMBER: item.number,
            TITLE: item.title.casefold(),
            FOR: item.votes_for,
            AGAINST: item.votes_against,
            NET: item.votes_for - item.votes_against,
            DECISION: item.decision.value if item.decision else "",
        }
        return keys[column]


class RankingProxy(QSortFilterProxyModel):
    """Sorts by net votes, most first; equal scores keep plan order."""

    def __init__(self, source: BoardModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.sort(NET, Qt.SortOrder.DescendingOrder)

    @override
    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, BoardModel)
        a, b = source.item(left.row()), source.item(right.row())
        key_a, key_b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if key_a != key_b:
            return bool(key_a < key_b)
        # ties: the lower action number ranks higher (so it must compare "greater" in a descending sort)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        return a.number > b.number if descending else a.number < b.number
