"""Editable rows: edits go to a commit callback (which pushes an undo command); refusals stay visible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from action_planner.typing_compat import override
from action_planner.ui import labels
from action_planner.ui.models.rows import HasId, Index, RowsModel

T = TypeVar("T", bound=HasId)

#: ``commit(item, field, value)`` returns None when stored, else the message saying why not.
Commit = Callable[[Any, str, object], "str | None"]
ERROR_ROLE = Qt.ItemDataRole.UserRole + 20


def error_colour() -> QColor:
    """A red that reads on the current palette's base colour (light or dark)."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8a80") if base.lightness() < 128 else QColor("#b3261e")


class EditableRowsModel(RowsModel[T]):
    """Subclasses name the field behind each editable column and give the edit text of a cell."""

    fields: Sequence[str | None] = ()  # field name per column; None where the column is read-only
    number_columns: frozenset[int] = frozenset()  # typed in the user's locale's way (see labels.typed_number)
    errors_changed = Signal()

    def __init__(self, commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._pending: dict[tuple[int, int], tuple[str, str]] = {}  # (id, column) -> (text typed, message)

    def replace_keeping_errors(self, items: Sequence[T], keep: bool) -> None:
        """Show ``items``; refusals typed into rows that still exist stay unless ``keep`` is false."""
        ids = {item.id for item in items}
        before = dict(self._pending)
        self._pending = {k: v for k, v in self._pending.items() if keep and k[0] in ids}
        self.replace(items)
        if before != self._pending:
            self.errors_changed.emit()

    def errors(self) -> list[tuple[int, int, str]]:
        """(row, column, message) of every refused edit still on screen."""
        found = []
        for (ident, column), (_text, message) in self._pending.items():
            row = self.row_of(ident)
            if row >= 0:
                found.append((row, column, message))
        return sorted(found)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self.fields) and self.fields[index.column()] is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            pending = self._pending.get((self._rows[index.row()].id, index.column()))
            if pending is not None:
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                    return pending[0]
                if role in (Qt.ItemDataRole.ToolTipRole, ERROR_ROLE):
                    return pending[1]
                if role == Qt.ItemDataRole.ForegroundRole:
                    return error_colour()
                if role == Qt.ItemDataRole.DecorationRole:
                    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return super().data(index, role)

    @override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        item = self._rows[index.row()]
        key = (item.id, index.column())
        field = self.fields[index.column()]
        assert field is not None
        if key not in self._pending and self.edit_text(item, index.column()) == _text(value):
            return False  # nothing changed: no command, no undo entry
        try:
            number = index.column() in self.number_columns and isinstance(value, str)
            typed = labels.typed_number(value) if number else value
        except labels.NumberFormatError as refusal:
            message: str | None = str(refusal)  # the model never sees a figure the locale cannot read
        else:
            message = self._commit(item, field, typed)
        if message is None:
            if self._pending.pop(key, None) is not None:
                self.errors_changed.emit()
            return True
        self._pending[key] = (_text(value), message)
        self.dataChanged.emit(index, index)
        self.errors_changed.emit()
        return False

    def edit_text(self, item: T, column: int) -> str:
        """The stored value of a cell as the editor shows it."""
        raise NotImplementedError


def _text(value: object) -> str:
    return "" if value is None else str(value)
