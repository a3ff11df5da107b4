"""The actions of the selected plan: a sortable, filterable table that can be reordered and dropped onto."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit, QTableView, QVBoxLayout, QWidget

from action_planner.typing_compat import override
from action_planner.ui import action_columns, labels
from action_planner.ui.action_columns import NUMBER, OWNER, THEME
from action_planner.ui.commands.actions import AddAction, AddFromCatalogue, DeleteAction, DuplicateAction, MoveAction
from action_planner.ui.dialogs import ConfirmDialog, TextPromptDialog
from action_planner.ui.document import Document
from action_planner.ui.keys import keyed_action
from action_planner.ui.messages import error_text
from action_planner.ui.models.actions import ActionsModel, ActionsProxy
from action_planner.ui.models.rows import ID_ROLE
from action_planner.ui.refusal import hint_label
from action_planner.ui.widgets.tables import compact


class ActionsPanel(QWidget):
    """Filter box and table; emits ``action_selected(action id or None)``."""

    action_selected = Signal(object)
    edit_requested = Signal()  # F2 or Enter on a row: go to the action's fields
    hint = Signal(str)  # a passing remark for the status bar

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ActionsModel(document, self)
        self.proxy = ActionsProxy(self.model, self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter actions by title, theme, owner or status"))
        self.filter.setAccessibleName(self.tr("Filter actions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Actions of the plan"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDropIndicatorShown(True)
        self.table.setAlternatingRowColors(True)
        compact(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        action_columns.size_columns(self.table.horizontalHeader())
        self.empty_hint = hint_label()  # what to do when there is nothing to show yet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table)
        self._follow_rows()
        self._action_id: int | None = None
        self.last_dialog: QDialog | None = None

        self.add_action = keyed_action(self, self.tr("&New Action…"), self.add_custom, "Ctrl+Shift+N")
        self.duplicate_action = keyed_action(self, self.tr("Dupli&cate Action"), self.duplicate, "Ctrl+D", local=True)
        self.delete_action = keyed_action(
            self, self.tr("&Delete Action…"), self.delete, QKeySequence.StandardKey.Delete, local=True
        )
        self.move_up_action = keyed_action(
            self, self.tr("Move Action &Up"), lambda: self.move_by(-1), "Ctrl+Shift+Up", local=True
        )
        self.move_down_action = keyed_action(
            self, self.tr("Move Action Do&wn"), lambda: self.move_by(1), "Ctrl+Shift+Down", local=True
        )
        self.find_action = keyed_action(
            self, self.tr("&Filter Actions"), self.filter.setFocus, QKeySequence.StandardKey.Find
        )
        self.edit_action = keyed_action(self, self.tr("&Edit Action"), self._edit, "F2", local=True)
        self.edit_action.setShortcuts([QKeySequence("F2"), QKeySequence("Return"), QKeySequence("Enter")])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addActions(
            [
                self.edit_action,
                self.add_action,
                self.duplicate_action,
                self.move_up_action,
                self.move_down_action,
                self.delete_action,
            ]
        )
        self.table.setTabKeyNavigation(False)  # read-only rows: one Tab stop, arrows move within
        self.filter.addAction(
            keyed_action(self.filter, self.tr("Go to the actions"), self.table.setFocus, "Down", local=True)
        )

        self.model.interventions_dropped.connect(self.add_interventions)
        self.model.action_dropped.connect(self._dropped)
        self.model.modelReset.connect(self._reselect)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._update_enabled()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Theme and owner take a share of the width (within limits); the title gets the rest."""
        super().resizeEvent(event)
        chars, width = self.fontMetrics().averageCharWidth(), self.table.viewport().width()
        header = self.table.horizontalHeader()
        header.resizeSection(THEME, max(chars * 12, min(chars * 30, width * 11 // 100)))
        header.resizeSection(OWNER, max(chars * 14, min(chars * 44, width * 16 // 100)))

    # -- plan and selection -------------------------------------------------------------

    @property
    def action_id(self) -> int | None:
        return self._action_id

    def set_plan(self, plan_id: int | None) -> None:
        self._action_id = None
        self.model.set_plan(plan_id)
        self.select_action(None)
        self._update_enabled()
        self._update_hint()

    def _follow_rows(self) -> None:
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_hint)

    def _update_hint(self) -> None:
        if self.model.plan_id is None:
            text = self.tr("Select a plan under Regions and Plans, or add one (Plan ▸ Add Plan…, Ctrl+Shift+P).")
        elif self.model.rowCount() == 0:
            text = self.tr(
                "No actions yet. Pick an intervention in the Catalogue (F7) and press Enter, or write your own "
                "(Action ▸ New Action…, Ctrl+Shift+N)."
            )
        else:
            text = ""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))

    def select_action(self, action_id: int | None) -> None:
        """Select an action by id (the first row when None and the plan has actions)."""
        row = self.model.row_of(action_id) if action_id is not None else (0 if self.model.rowCount() else -1)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        if index.isValid():
            self.table.scrollTo(index)
        else:
            self._set_action(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_action(current.data(ID_ROLE) if current.isValid() else None)

    def _set_action(self, action_id: int | None) -> None:
        if action_id != self._action_id:
            self._action_id = action_id
            self.action_selected.emit(action_id)
        self._update_enabled()

    def _reselect(self) -> None:
        remembered = self._action_id
        self._action_id = None
        self.select_action(remembered if remembered is not None and self.model.row_of(remembered) >= 0 else None)

    def _edit(self) -> None:
        if self._action_id is not None:
            self.edit_requested.emit()

    def _update_enabled(self) -> None:
        has_plan, has_action = self.model.plan_id is not None, self._action_id is not None
        self.add_action.setEnabled(has_plan)
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
        ):
            action.setEnabled(has_action)

    # -- commands -----------------------------------------------------------------------

    def add_interventions(self, intervention_ids: Sequence[int], position: int | None = None) -> None:
        """Add actions made from catalogue interventions (at ``position`` from 0, or at the end)."""
        plan_id = self.model.plan_id
        if plan_id is None or not intervention_ids:
            return
        stack, new_id = self.document.undo_stack, None
        if len(intervention_ids) > 1:
            count = len(intervention_ids)
            stack.beginMacro(labels.counted(self.tr("Add %n action(s) from catalogue", "", count), count))
        for offset, ident in enumerate(intervention_ids):
            at = None if position is None else position + offset
            new_id = stack.run(AddFromCatalogue(self.document.services, plan_id, ident, at)).action_id or new_id
        if len(intervention_ids) > 1:
            stack.endMacro()
        self.select_action(new_id)

    def add_custom(self) -> None:
        plan_id = self.model.plan_id
        if plan_id is None:
            return
        theme = self.document.services.catalogue.themes()[0].code

        def accept(title: str) -> str | None:
            command = self.document.undo_stack.run(AddAction(self.document.services, plan_id, title, theme))
            if command.error is not None:
                return error_text(command.error)
            self.select_action(command.action_id)
            return None

        self.last_dialog = TextPromptDialog.ask(self, self.tr("New action"), self.tr("Action &title:"), "", accept)

    def duplicate(self) -> None:
        if self._action_id is not None:
            command = self.document.undo_stack.run(DuplicateAction(self.document.services, self._action_id))
            self.select_action(command.action_id)

    def delete(self) -> None:
        action_id = self._action_id
        if action_id is None:
            return
        view = self.model.item(self.model.row_of(action_id))
        text = self.tr("Delete action %1, “%2”, with its budget and KPIs? Edit ▸ Undo brings it back.")
        text = text.replace("%1", str(view.number)).replace("%2", view.title)
        command = DeleteAction(self.document.services, action_id)
        self.last_dialog = ConfirmDialog.ask(
            self,
            self.tr("Delete action"),
            text,
            self.tr("Delete action"),
            lambda: self.document.undo_stack.run(command),
        )

    def move_by(self, step: int) -> None:
        """Move the selected action up (-1) or down (+1) in the plan."""
        action_id = self._action_id
        if action_id is None:
            return
        target = self.model.item(self.model.row_of(action_id)).number - 1 + step
        if 0 <= target < self.model.rowCount():
            self.document.undo_stack.run(MoveAction(self.document.services, action_id, target))
            self.select_action(action_id)

    def _dropped(self, action_id: int, position: int) -> None:
        if not self.proxy.in_plan_order() or self.filter.text():  # no plan order to drop into: say how
            self.hint.emit(
                self.tr("To reorder by dragging, sort by No. and clear the filter (or use Ctrl+Shift+Up/Down).")
            )
            return
        if self.model.item(self.model.row_of(action_id)).number - 1 != position:
            self.document.undo_stack.run(MoveAction(self.document.services, action_id, position))
            self.select_action(action_id)
