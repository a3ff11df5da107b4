"""Exchange rates: the workspace's (or one plan's own) rates and their history, with a form to add one."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.changes import Change
from action_planner.model.errors import NotFoundError, ValidationError
from action_planner.model.views import RateView
from action_planner.ui import labels
from action_planner.ui.commands.rates import DeleteRate, SetRate
from action_planner.ui.currencies import FIRST_CURRENCIES, currency_codes
from action_planner.ui.document import Document
from action_planner.ui.keys import redo_keys
from action_planner.ui.messages import error_text, render
from action_planner.ui.models.rates import PAIR, SOURCE, STATUS, VALID_FROM, RatesModel, currency_name, rate_text
from action_planner.ui.models.rows import VIEW_ROLE
from action_planner.ui.refusal import error_label
from action_planner.ui.undo import StackAction
from action_planner.ui.widgets.inputs import DateField
from action_planner.ui.widgets.tables import compact

#: The source written on a new rate: InforEuro, the Commission's monthly rates, is what programmes ask for.
DEFAULT_SOURCE = "InforEuro"  # a proper name stored with the rate, so not translated
FIELDS = ("base", "quote", "rate", "valid_on", "source")


def first_of_this_month() -> date:
    return date.today().replace(day=1)


class RatesDialog(QDialog):
    """Non-modal: it follows the window's selected plan (:meth:`set_plan`) and refreshes from every change.

    Adding, replacing and deleting go through undo commands; a refusal is shown beside its field.
    """

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plan_id: int | None = None
        self.plan_title: str | None = None
        self._shown_scope: int | None = None
        self.setWindowTitle(self.tr("Exchange Rates"))
        self.setModal(False)
        self.model = RatesModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._scope_row())
        self.scope_note = QLabel()
        self.scope_note.setWordWrap(True)
        layout.addWidget(self.scope_note)
        layout.addWidget(self._table(), 1)
        layout.addLayout(self._table_buttons())
        layout.addWidget(self._form())
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.add_button.setDefault(True)  # Return adds; set once in the dialog, so that it stays the default
        self._undo_keys()
        self._tab_order()
        document.bridge.changed.connect(self._on_changes)
        chars, lines = self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing()
        self.resize(chars * 112, lines * 40)
        self.set_plan(None)

    # -- building ---------------------------------------------------------------------------

    def _scope_row(self) -> QHBoxLayout:
        self.workspace_scope = QRadioButton(self.tr("&Workspace rates (all plans)"))
        self.plan_scope = QRadioButton(self.tr("This &plan's own rates"))
        self.scope = QButtonGroup(self)
        for button in (self.workspace_scope, self.plan_scope):
            self.scope.addButton(button)
        self.workspace_scope.setChecked(True)
        self.plan_scope.toggled.connect(lambda _on: self._scope_changed())
        row = QHBoxLayout()
        row.addWidget(self.workspace_scope)
        row.addWidget(self.plan_scope)
        row.addStretch(1)
        return row

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Exchange rates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact(self.table)
        header = self.table.horizontalHeader()
        for column in (PAIR, VALID_FROM, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())
        remove = QAction(self.tr("Delete Rate"), self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.delete_selected)
        self.table.addAction(remove)
        return self.table

    def _table_buttons(self) -> QHBoxLayout:
        self.edit_button = QPushButton(self.tr("&Edit Rate"))
        self.edit_button.setToolTip(self.tr("Copy the selected rate into the form below to change it"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete Rate"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.edit_button, self.delete_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        return row

    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add or replace a rate"))
        form = QFormLayout(box)
        self.errors: dict[str, QLabel] = {}
        self.base = self._currency(self.tr("Base currency"), "EUR")
        self.quote = self._currency(self.tr("Quote currency"), "")
        self.rate = QLineEdit()
        self.rate.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.rate_base = QLabel()
        self.rate_quote = QLabel()
        sentence = QWidget()
        line = QHBoxLayout(sentence)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.rate_base)
        line.addWidget(self.rate, 1)
        line.addWidget(self.rate_quote)
        self.valid_on = DateField()  # typed as the window's language writes dates, or ISO; a calendar on Alt+Down
        self.valid_on.set_value(first_of_this_month())
        self.valid_on.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)  # the placeholder's example
        self.source = QLineEdit(DEFAULT_SOURCE)
        self._row(form, "base", self.tr("&Base currency:"), self.base)
        self._row(form, "quote", self.tr("&Quote currency:"), self.quote)
        self._row(form, "rate", self.tr("&Rate:"), self.rate, sentence)
        self._row(form, "valid_on", self.tr("&Valid from:"), self.valid_on)
        self._row(form, "source", self.tr("&Source:"), self.source, wide=True)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.add_note = QLabel()
        self.add_note.setWordWrap(True)
        form.addRow(self.add_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addRow(row)
        for combo in (self.base, self.quote):
            combo.editTextChanged.connect(lambda _text: self._entry_changed())
        self.valid_on.textChanged.connect(lambda _text: self._entry_changed())
        return box

    def _currency(self, name: str, code: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for number, each in enumerate(currency_codes()):
            combo.addItem(each)
            combo.setItemData(number, currency_name(each), Qt.ItemDataRole.ToolTipRole)
            if number == len(FIRST_CURRENCIES) - 1:
                combo.insertSeparator(len(FIRST_CURRENCIES))
        combo.setCurrentText(code)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(6)
        return combo

    def _row(
        self,
        form: QFormLayout,
        name: str,
        text: str,
        field: QWidget,
        shown: QWidget | None = None,
        *,
        wide: bool = False,
    ) -> None:
        """A form row: the field (or the widget holding it) at its natural width, and below it the field's refusal."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(shown or field, 0, Qt.AlignmentFlag(0) if wide else Qt.AlignmentFlag.AlignLeft)
        self.errors[name] = error_label(holder)
        column.addWidget(self.errors[name])
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, holder)

    def _undo_keys(self) -> None:
        """Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) work here as in the window; text fields keep their own undo."""
        stack = self.document.undo_stack
        self.undo_action = StackAction(stack, self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = StackAction(stack, self, redo=True)
        self.redo_action.setShortcuts(redo_keys())
        self.addActions([self.undo_action, self.redo_action])

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.workspace_scope,
            self.plan_scope,
            self.table,
            self.edit_button,
            self.delete_button,
            self.base,
            self.quote,
            self.rate,
            self.valid_on,
            self.source,
            self.add_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- which rates --------------------------------------------------------------------------

    @property
    def scope_plan_id(self) -> int | None:
        """The plan whose own rates are shown, or None for the workspace's."""
        return self.plan_id if self.plan_scope.isChecked() else None

    def set_plan(self, plan_id: int | None) -> None:
        """Follow the plan selected in the window; its own rates are one click away."""
        title, currency = None, ""
        if plan_id is not None:
            try:
                plan = self.document.services.plans.get(plan_id)
                title, currency = plan.title, plan.currency
            except NotFoundError:
                plan_id = None
        self.plan_id, self.plan_title = plan_id, title
        if title is None:
            self.workspace_scope.setChecked(True)
        self.plan_scope.setToolTip(title or self.tr("Select a plan in the window to give it its own rates"))
        self.plan_scope.setEnabled(title is not None)
        if not self.quote.currentText() and currency and currency != self.base.currentText():
            self.quote.setCurrentText(currency)
        self._scope_changed()

    def _scope_changed(self) -> None:
        if self.scope_plan_id != self._shown_scope:  # refusals belong to the list they were made in
            self._shown_scope = self.scope_plan_id
            self._clear_errors()
        self.refresh()

    def _note(self, empty: bool) -> str:
        if self.scope_plan_id is None and empty:
            return self.tr(
                "Every plan uses these rates, unless it has its own rate for the pair. "
                "1 base = rate quote, from the date given; the latest date of each pair is in force. No rates yet."
            )
        if self.scope_plan_id is None:
            return self.tr(
                "Every plan uses these rates, unless it has its own rate for the pair. "
                "1 base = rate quote, from the date given; the latest date of each pair is in force."
            )
        if empty:
            note = self.tr(
                "These rates replace the workspace's for “%1” only. It has none yet: it uses the workspace's."
            )
        else:
            note = self.tr("These rates replace the workspace's for “%1” only.")
        return note.replace("%1", self.plan_title or "")

    def refresh(self) -> None:
        selected = self.selected()
        rates = self.document.services.rates.list(self.scope_plan_id)
        self.scope_note.setText(self._note(not rates))
        self.model.set_rates(rates)
        if selected is not None:
            self.select(selected.base, selected.quote, selected.valid_on)
        self._selection_changed()
        self._entry_changed()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "plan" for c in changes):
            self.set_plan(self.plan_id)  # renamed or deleted: the label and the list follow
        elif any(c.entity == "rate" for c in changes):
            self.refresh()

    # -- the table ----------------------------------------------------------------------------

    def selected(self) -> RateView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        view = rows[0].data(VIEW_ROLE)
        return view if isinstance(view, RateView) else None

    def select(self, base: str, quote: str, valid_on: date) -> None:
        """Select the rate of this pair and date, if it is shown."""
        for row, item in enumerate(self.model.items):
            if (item.base, item.quote, item.valid_on) == (base, quote, valid_on):
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, PAIR))
                return

    def _selection_changed(self, *_args: QItemSelection) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def edit_selected(self) -> None:
        rate = self.selected()
        if rate is None:
            return
        self.base.setCurrentText(rate.base)
        self.quote.setCurrentText(rate.quote)
        self.rate.setText(rate_text(rate.rate))
        self.valid_on.set_value(rate.valid_on)
        self.source.setText(rate.source)
        self._clear_errors()
        self.rate.setFocus()
        self.rate.selectAll()

    def delete_selected(self) -> None:
        rate = self.selected()
        if rate is None:
            return
        command = self.document.undo_stack.run(DeleteRate(self.document.services, rate))
        self._clear_errors()
        if command.error is not None:
            self._show_error(error_text(command.error))

    # -- the form -----------------------------------------------------------------------------

    def entry_date(self) -> date | None:
        """The date typed in Valid from (None when it is empty or cannot be read)."""
        return self.valid_on.value()

    def _entry_changed(self) -> None:
        base, quote = self.base.currentText().strip().upper(), self.quote.currentText().strip().upper()
        self.rate_base.setText(self.tr("1 %1 =").replace("%1", base or "…"))
        self.rate_quote.setText(quote or "…")
        key = (base, quote, self.entry_date())
        existing = next((r for r in self.model.items if (r.base, r.quote, r.valid_on) == key), None)
        self.rate.setPlaceholderText(self._example(base, quote))
        if existing is None:
            self.add_button.setText(self.tr("&Add"))
            self.add_note.clear()
        else:
            self.add_button.setText(self.tr("Rep&lace"))
            note = self.tr("Replaces the rate stored for this date: 1 %1 = %2 %3.")
            self.add_note.setText(
                note.replace("%1", existing.base).replace("%2", rate_text(existing.rate)).replace("%3", existing.quote)
            )
        self.add_note.setVisible(existing is not None)

    def _example(self, base: str, quote: str) -> str:
        """The placeholder of the rate: the latest rate stored for this pair, else how to read the field
        (a made-up figure would be wrong for most pairs)."""
        same = [r for r in self.model.items if (r.base, r.quote) == (base, quote)]
        if same:
            latest = max(same, key=lambda r: r.valid_on)
            return self.tr("last stored: %1").replace("%1", rate_text(latest.rate))
        if base and quote:
            return self.tr("%1 for one %2").replace("%1", quote).replace("%2", base)
        return self.tr("as your source quotes it")

    def add(self) -> None:
        """Record the rate typed in the form (or replace that pair's rate for the date)."""
        base, quote = self.base.currentText(), self.quote.currentText()
        valid_on = self.entry_date()
        if valid_on is None:  # unreadable or empty: said beside the field, nothing stored, no undo step
            self._clear_errors()
            problem = self.valid_on.problem() or self.tr("Type the date from which this rate applies.")
            self._show_error(problem, "valid_on")
            self.valid_on.setFocus()
            return
        try:
            typed = labels.typed_number(self.rate.text())
        except labels.NumberFormatError as refusal:  # nothing stored, no undo step
            self._clear_errors()
            self._show_error(str(refusal), "rate")
            self.rate.setFocus()
            return
        command = SetRate(
            self.document.services,
            base,
            quote,
            typed,
            valid_on,
            source=self.source.text(),
            plan_id=self.scope_plan_id,
        )
        self.document.undo_stack.run(command)
        self._clear_errors()
        if isinstance(command.error, ValidationError):
            for name, message in command.error.errors.items():
                self._show_error(message, name if name in self.errors else None)
            first = next((n for n in FIELDS if n in command.error.errors), "rate")
            self._field(first).setFocus()
            return
        if command.error is not None:
            self._show_error(error_text(command.error))
            return
        assert command.rate is not None
        self.select(command.rate.base, command.rate.quote, command.rate.valid_on)
        self.rate.clear()
        self.rate.setFocus()

    def _field(self, name: str) -> QWidget:
        fields: dict[str, QWidget] = {
            "base": self.base,
            "quote": self.quote,
            "rate": self.rate,
            "valid_on": self.valid_on,
            "source": self.source,
        }
        return fields[name]

    def _show_error(self, message: str, name: str | None = None) -> None:
        message = render(message)
        label = self.errors[name] if name is not None else self.error
        label.setText(message)
        label.setVisible(True)
        if name is not None:
            self._field(name).setAccessibleDescription(message)

    def _clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.setVisible(False)
            label.clear()
            self._field(name).setAccessibleDescription("")
        self.error.setVisible(False)
        self.error.clear()
