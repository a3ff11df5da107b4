"""The navigator: regions and their plans, with commands to add, rename and delete them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QTreeView, QVBoxLayout, QWidget

from action_planner.model.regions import RegionInfo
from action_planner.model.views import PlanView, RegionView
from action_planner.typing_compat import override
from action_planner.ui import labels
from action_planner.ui.commands.regions import AddPlan, AddRegion, DeletePlan, DeleteRegion, EditPlan, RenameRegion
from action_planner.ui.dialogs import ConfirmDialog, TextPromptDialog
from action_planner.ui.document import Document
from action_planner.ui.keys import keyed_action
from action_planner.ui.messages import error_text
from action_planner.ui.models.navigator import NavigatorModel
from action_planner.ui.refusal import hint_label
from action_planner.ui.region_picker import RegionPickerDialog


class NavigatorPanel(QWidget):
    """Tree of regions and plans; emits ``plan_selected(plan id or None)``."""

    plan_selected = Signal(object)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = NavigatorModel(document, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Regions and plans"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # a new workspace says what to do first, instead of showing an empty tree
        self.empty_hint = hint_label(
            self.tr(
                "No regions yet. Start with Plan ▸ Add Region… (Ctrl+Shift+R): pick the region your action plan "
                "is for, then add its plan (Ctrl+Shift+P)."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.tree)
        self.last_dialog: QDialog | None = None
        self._plan_id: int | None = None
        self._remembered: int | None = None

        self.add_region_action = keyed_action(self, self.tr("Add &Region…"), self.add_region, "Ctrl+Shift+R")
        self.add_plan_action = keyed_action(self, self.tr("Add &Plan…"), self.add_plan, "Ctrl+Shift+P")
        self.rename_action = keyed_action(self, self.tr("Re&name…"), self.rename, "F2", local=True)
        self.delete_action = keyed_action(
            self, self.tr("&Delete Region or Plan…"), self.delete, QKeySequence.StandardKey.Delete, local=True
        )
        self.tree.addActions([self.add_region_action, self.add_plan_action, self.rename_action, self.delete_action])

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.tree.expandAll()
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.select_plan(None)

    @override
    def sizeHint(self) -> QSize:
        """Room for about 46 characters: docks start at this width."""
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 46, metrics.lineSpacing() * 12)

    # -- selection ----------------------------------------------------------------------

    @property
    def plan_id(self) -> int | None:
        return self._plan_id

    def current(self) -> RegionView | PlanView | None:
        return self.model.view(self.tree.currentIndex())

    def current_region_id(self) -> int | None:
        item = self.current()
        return item.id if isinstance(item, RegionView) else (item.region_id if item else None)

    def select_plan(self, plan_id: int | None) -> None:
        """Select a plan (or the first plan when None)."""
        index = self.model.plan_index(plan_id) if plan_id is not None else self.model.first_plan_index()
        self.tree.setCurrentIndex(index)
        if not index.isValid():
            self._set_plan(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.view(current)
        if isinstance(item, RegionView):  # a region shows its first plan, if it has one
            first = self.model.index(0, 0, current)
            item = self.model.view(first) if first.isValid() else None
        self._set_plan(item.id if isinstance(item, PlanView) else None)
        self._update_actions()

    def _set_plan(self, plan_id: int | None) -> None:
        if plan_id != self._plan_id:
            self._plan_id = plan_id
            self.plan_selected.emit(plan_id)

    def _remember(self) -> None:
        self._remembered = self._plan_id

    def _restore(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.tree.expandAll()
        index = self.model.plan_index(self._remembered) if self._remembered is not None else QModelIndex()
        self.tree.setCurrentIndex(index)
        if not index.isValid():
            self._set_plan(None)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.current() is not None
        self.add_plan_action.setEnabled(has)
        self.rename_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    # -- commands -----------------------------------------------------------------------

    def add_region(self) -> None:
        def pick(region: RegionInfo) -> str | None:
            command = self.document.undo_stack.run(AddRegion(self.document.services, region.code))
            if command.error is not None:
                return error_text(command.error)
            if command.region_id is not None:
                self.tree.setCurrentIndex(self.model.region_index(command.region_id))
            return None

        self.last_dialog = RegionPickerDialog.ask(self, pick)

    def add_plan(self) -> None:
        region_id = self.current_region_id()
        if region_id is None:
            return
        region = self.document.services.regions.get(region_id)

        def accept(title: str) -> str | None:
            command = self.document.undo_stack.run(AddPlan(self.document.services, region_id, title))
            if command.error is not None:
                return error_text(command.error)
            self.select_plan(command.plan_id)
            return None

        default = self.tr("Action plan for %1").replace("%1", region.name)
        self.last_dialog = TextPromptDialog.ask(self, self.tr("Add plan"), self.tr("Plan &title:"), default, accept)

    def rename(self) -> None:
        item = self.current()
        if item is None:
            return
        services, stack = self.document.services, self.document.undo_stack

        def accept(text: str) -> str | None:
            command: RenameRegion | EditPlan
            if isinstance(item, RegionView):
                command = stack.run(RenameRegion(services, item.id, text, item.name))
            else:
                change = self.tr("Rename plan", "the change as Edit ▸ Undo names it, not the dialog's title")
                rename = EditPlan(services, item.id, {"title": text}, change, {"title": item.title})
                command = stack.run(rename)
            return error_text(command.error) if command.error is not None else None

        if isinstance(item, RegionView):
            title, label, value = self.tr("Rename region"), self.tr("Region &name:"), item.name
        else:
            title, label, value = self.tr("Rename plan"), self.tr("Plan &title:"), item.title
        self.last_dialog = TextPromptDialog.ask(self, title, label, value, accept)

    def delete(self) -> None:
        item = self.current()
        if item is None:
            return
        services, stack = self.document.services, self.document.undo_stack
        if isinstance(item, RegionView):
            plans = self.model.rowCount(self.tree.currentIndex())
            text = self.tr("Delete the region “%1” and its %n plan(s)? Edit ▸ Undo brings it back.", "", plans)
            text = labels.counted(text, plans)
            title, button = self.tr("Delete region"), self.tr("Delete region")
            command: DeleteRegion | DeletePlan = DeleteRegion(services, item.id)
            text = text.replace("%1", item.label)
        else:
            text = self.tr("Delete the plan “%1” and all its actions? Edit ▸ Undo brings it back.").replace(
                "%1", item.title
            )
            title, button = self.tr("Delete plan"), self.tr("Delete plan")
            command = DeletePlan(services, item.id)
        self.last_dialog = ConfirmDialog.ask(self, title, text, button, lambda: stack.run(command))
