"""Cell editors for the editable tables: a choice from a closed list, and an optional date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from action_planner.model.errors import ValidationError
from action_planner.model.validation import clean_date
from action_planner.typing_compat import override
from action_planner.ui.widgets.inputs import DateField

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
    """A typed date that may be left empty; the model receives ISO text ("" for none), or the text as typed
    when it is not a date, for the service to refuse. ``reference`` is where an empty date's calendar opens."""

    def __init__(self, parent: QWidget | None = None, reference: Callable[[], date | None] | None = None) -> None:
        super().__init__(parent)
        self.reference = reference

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateField(parent)
        editor.reference = self.reference
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        try:
            editor.set_value(clean_date(index.data(Qt.ItemDataRole.EditRole) or None, "date"))
        except ValidationError:
            editor.set_value(None)

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        value = editor.value()
        typed = editor.text().strip() if editor.problem() else (value.isoformat() if value else "")
        model.setData(index, typed, Qt.ItemDataRole.EditRole)
