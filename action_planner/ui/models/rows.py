"""A table model over a list of immutable views, updated in place so selections survive refreshes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from action_planner.typing_compat import override

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=HasId)

#: Custom roles shared by the models.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
VIEW_ROLE = Qt.ItemDataRole.UserRole + 3


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of views keyed by ``id``. Subclasses give the headers and the cell data."""

    headers: Sequence[str] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- the list -----------------------------------------------------------------------

    @property
    def items(self) -> list[T]:
        return list(self._rows)

    def item(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, ident: int) -> int:
        """Row of the item with this id, or -1."""
        return next((i for i, item in enumerate(self._rows) if item.id == ident), -1)

    def replace(self, items: Sequence[T]) -> None:
        """Show ``items``: rows gone are removed, rows kept are moved into place and refreshed, new rows are
        inserted, each with its own signal, so that views keep their selection and current row. A list that
        keeps no row (another plan, the first rows, the last gone) resets the model: views lay it out once
        instead of after a removal, an insertion and a refresh. So does a list with repeated ids (which no
        service returns)."""
        new = list(items)
        new_ids = [item.id for item in new]
        old_ids = {item.id for item in self._rows}
        kept = old_ids.intersection(new_ids)
        fresh = not kept and bool(self._rows or new)
        if fresh or len(set(new_ids)) != len(new_ids) or len(old_ids) != len(self._rows):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._remove_missing(set(new_ids))
        self._reorder([ident for ident in new_ids if ident in old_ids])
        self._insert_fresh(new, old_ids)
        self._rows = new
        if kept:  # the inserted rows are new to the views already
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, self.columnCount() - 1))

    def _remove_missing(self, keep: set[int]) -> None:
        """Remove the rows whose id is not in ``keep``, one run of neighbouring rows at a time, from the end."""
        row = len(self._rows) - 1
        while row >= 0:
            if self._rows[row].id in keep:
                row -= 1
                continue
            last = row
            while row >= 0 and self._rows[row].id not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1 : last + 1]
            self.endRemoveRows()

    def _reorder(self, order: list[int]) -> None:
        """Put the rows (the same ids as ``order``) in that order, carrying selections along (a layout change)."""
        ids = [item.id for item in self._rows]
        if ids == order:
            return
        self.layoutAboutToBeChanged.emit()
        moved = {ident: row for row, ident in enumerate(order)}
        old_persistent = self.persistentIndexList()
        by_id = {item.id: item for item in self._rows}
        self._rows = [by_id[ident] for ident in order]
        self.changePersistentIndexList(
            old_persistent, [self.index(moved[ids[i.row()]], i.column()) for i in old_persistent]
        )
        self.layoutChanged.emit()

    def _insert_fresh(self, new: list[T], old_ids: set[int]) -> None:
        """Insert the items of ``new`` not among ``old_ids`` at their places, one run of neighbours at a time."""
        row = 0
        while row < len(new):
            if new[row].id in old_ids:
                row += 1
                continue
            end = row
            while end < len(new) and new[end].id not in old_ids:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end - 1)
            self._rows[row:row] = new[row:end]
            self.endInsertRows()
            row = end

    # -- QAbstractTableModel --------------------------------------------------------------

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self.headers[section] if horizontal and 0 <= section < len(self.headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        if role == VIEW_ROLE:
            return item
        return self.cell(item, index.column(), role)

    def cell(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError
