"""Budget lines of the selected action: add, remove, and edit amount, currency, source, year and note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from action_planner.model.advice import action_advice
from action_planner.model.changes import Change
from action_planner.model.errors import ConflictError, ValidationError
from action_planner.model.views import ActionView, BudgetLineView
from action_planner.ui import labels
from action_planner.ui.advice import advice_lines
from action_planner.ui.commands.budget import AddBudgetLine, DeleteBudgetLine, EditBudgetLine
from action_planner.ui.conflict_dialog import ConflictDialog, resolve_in_table
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text, render
from action_planner.ui.models.lines import NOTE, SOURCE, BudgetLinesModel
from action_planner.ui.refusal import error_label, hint_label
from action_planner.ui.widgets.delegates import ChoiceDelegate
from action_planner.ui.widgets.tables import cell_problems, editable_table, on_delete_key, stack_editor


def refusal(error: Exception | None, field: str) -> str | None:
    """The message for ``field`` from a command's error (None when it was stored)."""
    if error is None:
        return None
    if isinstance(error, ValidationError):
        own = error.errors.get(field)
        return render(own) if isinstance(own, str) and own else error_text(error)
    return error_text(error)


class BudgetEditor(QWidget):
    """A table of the action's budget lines; a refused value stays in its cell with the reason below."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view: ActionView | None = None
        self.model = BudgetLinesModel(self._commit, self, lambda: document.funding_sources)
        self.table = editable_table(self.model, self.tr("Budget lines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.sources = ChoiceDelegate((), self.table)  # the workspace's list, in its order
        self._list_sources()
        self.table.setItemDelegateForColumn(SOURCE, self.sources)
        document.bridge.changed.connect(self._on_changes)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add &line"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Re&move line"))
        self.remove_button.clicked.connect(self.remove_line)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Action total"))
        self.errors = error_label(self)
        self.errors.setAccessibleName(self.tr("Budget problems"))
        stack_editor(self, self.table, self.errors, (self.add_button, self.remove_button), self.total)
        self.advice = hint_label()  # a line in a year outside the timeframe: worth a look, not refused
        self.advice.setAccessibleName(self.tr("Worth a look"))
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.advice)
        on_delete_key(self.table, self.tr("Remove budget line"), self.remove_line)
        self.model.errors_changed.connect(self._show_errors)

    def _list_sources(self) -> None:
        names = self.document.funding_sources
        self.sources.choices = [(labels.funding_source(s.code, names), s.code) for s in names]

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "funding_source" for c in changes):
            self._list_sources()
            if self.model.rowCount():  # a renamed source reads anew on every line
                self.model.dataChanged.emit(
                    self.model.index(0, SOURCE), self.model.index(self.model.rowCount() - 1, SOURCE)
                )

    def set_view(self, view: ActionView | None, *, fresh: bool) -> None:
        self.view = view
        self.model.replace_keeping_errors(view.budget_lines if view else (), keep=not fresh)
        years = [a for a in action_advice(view) if a.code.startswith("line_")] if view else []
        self.advice.setText(advice_lines(years))
        self.advice.setVisible(bool(years))
        self.total.setText(
            self.tr("Action total: %1").replace("%1", labels.money(view.total, self._currency(), with_code=True))
            if view
            else ""
        )

    def _currency(self) -> str:
        if self.view is None:
            return ""
        return self.document.services.plans.get(self.view.plan_id).currency

    def _commit(self, line: BudgetLineView, field: str, value: object) -> str | None:
        command = self.document.undo_stack.run(EditBudgetLine(self.document.services, line, {field: value}))
        if isinstance(command.error, ConflictError):  # the cell shows what is stored; the dialog asks
            self.conflict_dialog = self._resolve(command.error, line)
            return None
        return refusal(command.error, field)

    def _resolve(self, conflict: ConflictError, line: BudgetLineView) -> ConflictDialog:
        services = self.document.services
        labels = dict(zip(self.model.fields, self.model.headers, strict=True))

        def command_for(values: dict[str, object]) -> EditBudgetLine | None:
            now = next((x for x in services.budget.lines(line.action_id) if x.id == line.id), None)
            return EditBudgetLine(services, now, values) if now is not None else None

        return resolve_in_table(self, self.document.undo_stack, conflict, labels, command_for)

    def _show_errors(self) -> None:
        text = cell_problems(self.tr("Line %1, %2: %3"), self.model, self.model.errors())
        self.errors.setText(text)
        self.errors.setVisible(bool(text))

    def add_line(self) -> None:
        if self.view is None:
            return
        command = self.document.undo_stack.run(AddBudgetLine(self.document.services, self.view.id, "0"))
        if command.line is not None:
            row = self.model.row_of(command.line.id)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.setFocus()

    def remove_line(self) -> None:
        row = self.table.currentIndex().row()
        if self.view is None or row < 0:
            return
        line = self.model.item(row)
        self.document.undo_stack.run(DeleteBudgetLine(self.document.services, line, row))
