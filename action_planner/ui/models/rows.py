"""A table model over a list of immutable views, updated in place so selections survive refreshes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

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
        """Show ``items``: changed cells, a re-ordering, or (when rows come and go) a reset."""
        new = list(items)
        old_ids = [item.id for item in self._rows]
        new_ids = [item.id for item in new]
        if old_ids == new_ids:
            self._rows = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, self.columnCount() - 1))
        elif sorted(old_ids) == sorted(new_ids):
            self.layoutAboutToBeChanged.emit()
            moved = {ident: row for row, ident in enumerate(new_ids)}
            old_persistent = self.persistentIndexList()
            self._rows = new
            self.changePersistentIndexList(
                old_persistent,
                [self.index(moved[old_ids[i.row()]], i.column()) for i in old_persistent],
            )
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()

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
