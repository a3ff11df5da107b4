"""The organisations involved in one action and their roles, edited as a whole list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from action_planner.model.views import PlayerView
from action_planner.typing_compat import override
from action_planner.ui.models.rows import Index

Players = list[tuple[str, str]]
ORGANISATION, ROLE = range(2)


class PlayersModel(QAbstractTableModel):
    """Rows of ``(organisation, role)``; an edit hands the whole new list to ``commit``."""

    def __init__(self, commit: Callable[[Players], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._rows: Players = []
        self.headers = [self.tr("Organisation"), self.tr("Role")]

    @property
    def players(self) -> Players:
        return list(self._rows)

    def set_players(self, players: Sequence[PlayerView]) -> None:
        rows = [(p.organisation, p.role) for p in players]
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 2

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in (0, 1):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    @override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = list(self._rows[index.row()])
        if row[index.column()] == str(value):
            return False
        row[index.column()] = str(value)
        rows = list(self._rows)
        rows[index.row()] = (row[0], row[1])
        return self._commit(rows) is None
