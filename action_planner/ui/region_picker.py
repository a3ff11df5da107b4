"""A searchable picker over the offline NUTS and ISO 3166 regions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from action_planner.model.regions import RegionInfo, search_regions
from action_planner.typing_compat import override
from action_planner.ui import labels
from action_planner.ui.models.rows import Index
from action_planner.ui.refusal import error_label, show_refusal

MAX_RESULTS = 200


class RegionResultsModel(QAbstractListModel):
    """The regions matching the query, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regions: list[RegionInfo] = []

    def search(self, query: str) -> None:
        self.beginResetModel()
        self._regions = search_regions(query, limit=MAX_RESULTS)
        self.endResetModel()

    def region(self, row: int) -> RegionInfo:
        return self._regions[row]

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._regions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._regions):
            return None
        region = self._regions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            level = self.tr("level %1").replace("%1", str(region.level)) if region.level is not None else region.scheme
            return (
                f"{region.code}  {region.name} — {labels.country(region.country_code, region.country_name)} ({level})"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{region.name}\n{region.scheme} · {labels.country(region.country_code, region.country_name)}"
        return None


class RegionPickerDialog(QDialog):
    """Type a name or code ("west york", "ITH5", "śląskie"), pick a region; ``on_pick`` may refuse it."""

    def __init__(self, parent: QWidget, on_pick: Callable[[RegionInfo], str | None]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Add region"))
        self._on_pick = on_pick
        self.model = RegionResultsModel(self)
        caption = QLabel(self.tr("&Search regions by name, code or country:"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search regions"))
        self.search.setPlaceholderText(self.tr("e.g. West Yorkshire, ITH5, Śląskie"))
        self.search.setClearButtonEnabled(True)
        caption.setBuddy(self.search)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Matching regions"))
        self.results.setUniformItemSizes(True)
        self.results.doubleClicked.connect(lambda _index: self._try_accept())
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add region"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (caption, self.search, self.results, self.error, self.buttons):
            layout.addWidget(widget)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.installEventFilter(self)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 96, self.fontMetrics().lineSpacing() * 24)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the results."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.currentIndex().row() + step, self.model.rowCount() - 1))
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _run_search(self) -> None:
        self._debounce.stop()
        self.model.search(self.search.text())
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.error.setVisible(False)

    def selected(self) -> RegionInfo | None:
        index = self.results.currentIndex()
        return self.model.region(index.row()) if index.isValid() else None

    def _try_accept(self) -> None:
        if self._debounce.isActive():
            self._run_search()
        region = self.selected()
        problem = self.tr("Choose a region from the list.") if region is None else self._on_pick(region)
        if not show_refusal(self.error, problem):
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, on_pick: Callable[[RegionInfo], str | None]) -> RegionPickerDialog:
        dialog = cls(parent, on_pick)
        dialog.open()
        return dialog
