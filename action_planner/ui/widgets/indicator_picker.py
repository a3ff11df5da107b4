"""Pick an indicator from the library, searching by code, name or unit."""

from __future__ import annotations

from collections.abc import Callable

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

from action_planner.model.views import IndicatorView
from action_planner.ui.document import Document
from action_planner.ui.models.catalogue import IndicatorsModel
from action_planner.ui.widgets.forms import error_label
from action_planner.ui.widgets.tables import compact


class IndicatorPickerDialog(QDialog):
    """Search box, matching indicators, the chosen one's description; ``on_pick`` may refuse."""

    def __init__(
        self, document: Document, parent: QWidget, title: str, on_pick: Callable[[IndicatorView], str | None]
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self._on_pick = on_pick
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (caption, self.search, self.table, self.description, self.error, self.buttons):
            layout.addWidget(widget)
        layout.setStretch(2, 1)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 28)
        self._search("")

    def _search(self, text: str) -> None:
        self.model.search(text)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.description.clear()

    def _describe(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            item = self.model.item(current.row())
            self.description.setText(f"{item.code} — {item.name}\n{item.description}\n{item.source}")

    def selected(self) -> IndicatorView | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _try_accept(self) -> None:
        chosen = self.selected()
        problem = self.tr("Choose an indicator from the list.") if chosen is None else self._on_pick(chosen)
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(
        cls, document: Document, parent: QWidget, title: str, on_pick: Callable[[IndicatorView], str | None]
    ) -> IndicatorPickerDialog:
        dialog = cls(document, parent, title, on_pick)
        dialog.open()
        return dialog
