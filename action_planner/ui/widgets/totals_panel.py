"""Totals of the selected plan by theme, funding source and year, in plan and reporting currency."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.changes import Change
from action_planner.model.errors import NotFoundError
from action_planner.model.totals import PlanTotals
from action_planner.typing_compat import override
from action_planner.ui import catalogue_texts, labels
from action_planner.ui.commands.budget import SetReportingCurrency
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text, render
from action_planner.ui.models.totals import BY_SOURCE, BY_THEME, BY_YEAR, FIGURES, LABEL, BreakdownModel
from action_planner.ui.refusal import error_label
from action_planner.ui.widgets.figures_delegate import FiguresDelegate
from action_planner.ui.widgets.tables import compact
from action_planner.ui.widgets.totals_chart import PALETTE, ThemeChart, theme_colours

COMMON_CURRENCIES = ("EUR", "GBP", "SEK", "PLN", "DKK", "CZK", "HUF", "RON", "NOK", "CHF", "USD")


class TotalsPanel(QWidget):
    """Recomputed from the services whenever a committed change touches the plan."""

    reporting_currency_chosen = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plan_id: int | None = None
        self.totals: PlanTotals | None = None
        stored = document.services.catalogue.themes()
        self._themes = {t.code: catalogue_texts.theme_name(t.code, t.name) for t in stored}
        self._colours = theme_colours(list(self._themes))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(list(COMMON_CURRENCIES))
        self.currency.setAccessibleName(self.tr("Reporting currency"))
        editor = self.currency.lineEdit()
        assert editor is not None
        editor.editingFinished.connect(self._currency_edited)
        self.currency.activated.connect(lambda _index: self._currency_edited())
        self.currency_error = error_label(self)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setAccessibleName(self.tr("Plan total"))
        bold = self.total.font()
        bold.setBold(True)
        self.total.setFont(bold)
        self.problem = error_label(self)
        self.chart = ThemeChart(self)
        self.models = {kind: BreakdownModel(kind, self) for kind in (BY_THEME, BY_SOURCE, BY_YEAR)}
        self.models[BY_THEME].colours = dict(self._colours)
        self.tabs = QTabWidget()
        self.tables: list[QTableView] = []
        titles = {BY_THEME: self.tr("Theme"), BY_SOURCE: self.tr("Funding"), BY_YEAR: self.tr("Year")}
        for kind, model in self.models.items():
            self.tables.append(self._table(model, titles[kind]))
            self.tabs.addTab(self.tables[-1], titles[kind])
        form = QFormLayout()
        form.addRow(self.tr("Reporting currency:"), self.currency)
        label = form.labelForField(self.currency)
        if isinstance(label, QLabel):
            label.setBuddy(self.currency)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.currency_error, self.total, self.problem, self.chart):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        document.bridge.changed.connect(self._on_changes)
        self._load_currency()
        self.set_plan(None)

    @override
    def sizeHint(self) -> QSize:
        """Room for about 46 characters: docks start at this width."""
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 46, metrics.lineSpacing() * 30)

    @staticmethod
    def _table(model: BreakdownModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # read-only: one Tab stop, arrows move within
        compact(table, wrap=True)
        # The figures take the width they need, whole; the name takes the rest, wrapped (its tooltip says it whole).
        table.setItemDelegateForColumn(FIGURES, FiguresDelegate(table))
        table.horizontalHeader().setSectionResizeMode(FIGURES, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        return table

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.refresh()

    def refresh(self) -> None:
        try:
            self.totals = self.document.services.budget.plan_totals(self.plan_id) if self.plan_id is not None else None
        except NotFoundError:
            self.plan_id, self.totals = None, None
        totals = self.totals
        for kind, model in self.models.items():
            model.set_totals(totals, self._source_name if kind == BY_SOURCE else self._name_of)
        plan, reporting = (totals.plan, totals.reporting) if totals else (None, None)
        if totals is None:
            self.total.setText(self.tr("Select a plan to see its totals."))
        else:
            text = labels.money(plan.total, plan.currency, with_code=True) if plan else "—"
            if reporting is not None and (plan is None or reporting.currency != plan.currency):
                text += " = " + labels.money(reporting.total, reporting.currency, with_code=True)
            self.total.setText(self.tr("Plan total: %1").replace("%1", text))
        self.problem.setText(render(totals.problem) if totals else "")
        self.problem.setVisible(bool(totals and totals.problem))
        source = plan or reporting
        grey = QColor(PALETTE[-1])
        parts = (
            [(self._themes.get(k, k), self._colours.get(k, grey), v) for k, v in source.by_theme.items()]
            if source
            else []
        )
        self.chart.set_parts(parts)

    def _name_of(self, key: object) -> str:
        return self._themes.get(str(key), str(key))

    def _source_name(self, key: object) -> str:
        return labels.funding_source(str(key), self.document.funding_sources)

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "settings" for c in changes):
            self._load_currency()
        if self.plan_id is not None and any(c.entity == "funding_source" for c in changes):
            self.refresh()  # renamed, reordered, added or removed: every plan lists the sources
            return
        if self.plan_id is not None and any(c.plan_id in (None, self.plan_id) and _moves_totals(c) for c in changes):
            self.refresh()

    def _load_currency(self) -> None:
        self.currency.setCurrentText(self.document.services.rates.reporting_currency())

    def _currency_edited(self) -> None:
        code = self.currency.currentText().strip().upper()
        if code == self.document.services.rates.reporting_currency():
            self.currency_error.setVisible(False)
            return
        command = self.document.undo_stack.run(SetReportingCurrency(self.document.services, code))
        self.currency_error.setText(error_text(command.error) if command.error else "")
        self.currency_error.setVisible(command.error is not None)
        if command.error is None:
            self.reporting_currency_chosen.emit(code)


def _moves_totals(change: Change) -> bool:
    """Whether ``change`` may change a plan's totals: an edit of an action's title, dates, owner, scores,
    votes or decision (or of a KPI) leaves every amount, theme and rate as it was."""
    if change.entity == "kpi":
        return False
    if change.entity == "action" and change.op == "changed" and change.fields:
        return "theme" in change.fields
    return True
