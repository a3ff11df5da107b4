"""The welcome screen shown when no workspace is open: new, open, demo and recent workspaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from action_planner.ui.settings import AppSettings

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomeWindow(QWidget):
    """Buttons for the four ways in; emits the same request signals as the main window's File menu."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(object)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("WelcomeWindow")
        self.setWindowTitle(self.tr("Welcome — Action Planner"))
        title = QLabel(self.tr("Action Planner"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Draft Interreg Europe action plans for SME internationalisation: regions, plans, "
                "actions from the catalogue, budgets, owners and KPIs. Everything is saved as you go."
            )
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New Workspace…"))
        self.open_button = QPushButton(self.tr("&Open Workspace…"))
        self.demo_button = QPushButton(self.tr("Open the &Demo"))
        self.demo_button.setToolTip(self.tr("A fresh workspace with the six Compete-In regions, one plan each"))
        self.new_button.clicked.connect(self.new_requested)  # signal to signal: no Python emit
        self.open_button.clicked.connect(self.open_requested)  # signal to signal: no Python emit
        self.demo_button.clicked.connect(self.demo_requested)  # signal to signal: no Python emit
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent_label = QLabel(self.tr("&Recent workspaces:"))
        self.recent_model = QStandardItemModel(self)
        self.recent = QListView()
        self.recent.setModel(self.recent_model)
        self.recent.setAccessibleName(self.tr("Recent workspaces"))
        self.recent.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.recent.activated.connect(self._open_recent)
        recent_label.setBuddy(self.recent)
        self.empty = QLabel(self.tr("No recent workspaces yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addSpacing(self.fontMetrics().lineSpacing())
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.empty)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 24)
        self.refresh()

    def refresh(self) -> None:
        self.recent_model.clear()
        for path in self.settings.recent_files():
            item = QStandardItem(f"{path.name} — {path.parent}")
            item.setData(str(path), PATH_ROLE)
            item.setToolTip(str(path))
            item.setEnabled(path.is_file())
            self.recent_model.appendRow(item)
        has_recent = self.recent_model.rowCount() > 0
        self.recent.setVisible(has_recent)
        self.empty.setVisible(not has_recent)

    def _open_recent(self, index: QModelIndex) -> None:
        self.recent_requested.emit(Path(str(index.data(PATH_ROLE))))
