"""The indicator library: search it by code, name or unit, pick an indicator for a KPI, and add, change or
delete the library's own indicators (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.changes import Change
from action_planner.model.views import IndicatorView
from action_planner.ui.commands.catalogue import DeleteIndicator
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text
from action_planner.ui.models.catalogue import IndicatorsModel
from action_planner.ui.refusal import error_label, show_refusal
from action_planner.ui.widgets.tables import compact

if TYPE_CHECKING:
    from action_planner.ui.indicator_editor import IndicatorEditor


class IndicatorPickerDialog(QDialog):
    """Search box, matching indicators, the chosen one's description; ``on_pick`` may refuse."""

    def __init__(
        self,
        document: Document,
        parent: QWidget,
        title: str,
        on_pick: Callable[[IndicatorView], str | None] | None,
    ) -> None:
        """``on_pick`` None: the library on its own (Close, no picking)."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.document = document
        self._on_pick = on_pick
        self.last_dialog: QDialog | None = None
        self.model = IndicatorsModel(document, self)
        caption = QLabel(self.tr("&Search the indicator library:"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search indicators"))
        self.search.setPlaceholderText(self.tr("e.g. RCO02, exporters, enterprises"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        caption.setBuddy(self.search)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Matching indicators"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._try_accept())
        self.table.selectionModel().currentRowChanged.connect(self._describe)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.error = error_label(self)
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(standard.Ok | standard.Cancel if on_pick else standard.Close)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.new_button = self.buttons.addButton(self.tr("&New…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button = self.buttons.addButton(self.tr("&Edit…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button = self.buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(lambda: self._open_editor(None))
        self.edit_button.clicked.connect(lambda: self._open_editor(self.selected()))
        self.delete_button.clicked.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        for widget in (caption, self.search, self.table, self.description, self.error, self.buttons):
            layout.addWidget(widget)
        layout.setStretch(2, 1)
        document.bridge.changed.connect(self._on_changes)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 28)
        self._search("")

    def _search(self, text: str) -> None:
        self.model.search(text)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.description.clear()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(change.entity == "catalogue" for change in changes):
            chosen = self.selected()
            self.model.search(self.search.text())
            row = self.model.row_of(chosen.id) if chosen else -1
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def _open_editor(self, item: IndicatorView | None) -> IndicatorEditor:
        from action_planner.ui.indicator_editor import IndicatorEditor

        own = self.model.stored.get(item.id, item) if item is not None else None  # the stored texts, not the shown
        editor = IndicatorEditor(self.document, own, self)
        editor.accepted.connect(lambda: self._show_saved(editor))
        editor.show()
        self.last_dialog = editor
        return editor

    def _show_saved(self, editor: IndicatorEditor) -> None:
        saved = editor.saved
        if isinstance(saved, IndicatorView):
            self.search.clear()
            self.table.setCurrentIndex(self.model.index(max(0, self.model.row_of(saved.id)), 0))

    def delete_selected(self) -> None:
        """Delete the selected indicator; one that KPIs use is refused, with the reason shown here."""
        chosen = self.selected()
        if chosen is None:
            return
        own = self.model.stored.get(chosen.id, chosen)  # undo restores the stored texts, not the shown ones
        command = self.document.undo_stack.run(DeleteIndicator(self.document.services, own))
        if command.error is not None:
            self.error.setText(error_text(command.error))
            self.error.setVisible(True)
        else:
            self.error.setVisible(False)

    def _describe(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            item = self.model.item(current.row())
            self.description.setText(f"{item.code} — {item.name}\n{item.description}\n{item.source}")

    def selected(self) -> IndicatorView | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _try_accept(self) -> None:
        if self._on_pick is None:
            self.accept()
            return
        chosen = self.selected()
        problem = self.tr("Choose an indicator from the list.") if chosen is None else self._on_pick(chosen)
        if not show_refusal(self.error, problem):
            self.accept()

    @classmethod
    def ask(
        cls, document: Document, parent: QWidget, title: str, on_pick: Callable[[IndicatorView], str | None] | None
    ) -> IndicatorPickerDialog:
        dialog = cls(document, parent, title, on_pick)
        dialog.open()
        return dialog
