"""The Funding Sources dialog: the list budget lines choose from, to add to, rename, reorder and trim."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.changes import Change
from action_planner.model.views import FundingSourceView
from action_planner.ui.commands.funding import (
    AddFundingSource,
    MoveFundingSource,
    RemoveFundingSource,
    RenameFundingSource,
)
from action_planner.ui.document import Document
from action_planner.ui.keys import redo_keys
from action_planner.ui.messages import error_text
from action_planner.ui.models.funding import FundingSourcesModel
from action_planner.ui.refusal import error_label
from action_planner.ui.undo import ServiceCommand


class FundingSourcesDialog(QDialog):
    """Non-modal; every change is an undo command, and a refusal (a name taken, a source in use) is said
    below the list with nothing changed."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Funding Sources"))
        self.setModal(False)
        self.model = FundingSourcesModel(self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Budget lines choose their funding source from this list. The built-in sources are shown in "
                "your language; a source that a budget line names cannot be removed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._list(), 1)
        layout.addLayout(self._form())
        layout.addLayout(self._buttons())
        self.error = error_label(self)
        self.error.setAccessibleName(self.tr("Funding source problem"))
        layout.addWidget(self.error)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.rejected.connect(self.close)
        layout.addWidget(self.box)
        self._undo_keys()
        self.setTabOrder(self.list, self.name)
        document.bridge.changed.connect(self._on_changes)
        self.refresh()
        chars, lines = self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing()
        self.resize(chars * 60, lines * 26)

    # -- building ---------------------------------------------------------------------------

    def _list(self) -> QListView:
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Funding sources"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        remove = QAction(self.tr("Remove Funding Source"), self.list)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.list.addAction(remove)
        return self.list

    def _form(self) -> QHBoxLayout:
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. UK Shared Prosperity Fund"))
        self.name.setMaxLength(200)
        caption = QLabel(self.tr("&Name:"))
        caption.setBuddy(self.name)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.name, 1)
        return row

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.add_button.setDefault(True)  # Return in the name field adds
        return row

    def _undo_keys(self) -> None:
        """Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) work here as in the window; the name field keeps its own undo."""
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        self.addActions([self.undo_action, self.redo_action])

    # -- state ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.show_sources(self.document.funding_sources)
        self._selection_changed()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "funding_source" for c in changes):
            self.refresh()

    def selected(self) -> FundingSourceView | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.item(rows[0].row()).source if rows else None

    def _select(self, code: str) -> None:
        row = self.model.row_of_code(code)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _selection_changed(self, *_args: QItemSelection) -> None:
        rows = self.list.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        if row >= 0:
            self.name.setText(self.model.item(row).name)
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    # -- actions ----------------------------------------------------------------------------

    def _run(self, command: ServiceCommand) -> bool:
        self.document.undo_stack.run(command)
        self.error.setText(error_text(command.error) if command.error else "")
        self.error.setVisible(command.error is not None)
        return command.error is None

    def add(self) -> None:
        command = AddFundingSource(self.document.services, self.name.text())
        if self._run(command) and command.source is not None:
            self._select(command.source.code)

    def rename_selected(self) -> None:
        source = self.selected()
        if source is None:
            return
        if self.name.text().strip() == self.model.item(self.model.row_of_code(source.code)).name:
            return  # shown as it is already: a built-in name stays translated
        if self._run(RenameFundingSource(self.document.services, source, self.name.text())):
            self._select(source.code)

    def move_selected(self, step: int) -> None:
        source = self.selected()
        if source is None:
            return
        position = self.model.row_of_code(source.code) + step
        if 0 <= position < self.model.rowCount() and self._run(
            MoveFundingSource(self.document.services, source, position)
        ):
            self._select(source.code)

    def remove_selected(self) -> None:
        source = self.selected()
        if source is not None:
            self._run(RemoveFundingSource(self.document.services, source))
