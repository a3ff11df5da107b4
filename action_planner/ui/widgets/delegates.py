"""Cell editors for the editable tables: a choice from a closed list, and an optional date."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from typing_extensions import override

from action_planner.model.errors import ValidationError
from action_planner.model.validation import clean_date
from action_planner.ui.widgets.inputs import OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``(label, value)`` pairs; the model receives the value."""

    def __init__(self, choices: Sequence[tuple[str, object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for label, value in self.choices:
            editor.addItem(label, value)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A calendar date that may be left empty; the model receives ISO text ("" for none)."""

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = OptionalDateEdit(parent)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        try:
            editor.set_value(clean_date(index.data(Qt.ItemDataRole.EditRole) or None, "date"))
        except ValidationError:
            editor.set_value(None)

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        value = editor.value()
        model.setData(index, value.isoformat() if value else "", Qt.ItemDataRole.EditRole)
