"""KPIs of the selected action: indicator from the library, unit, baseline, target and target date; and
below them the values measured for the selected KPI (monitoring), with their progress towards the target."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from action_planner.model.errors import ConflictError
from action_planner.model.views import ActionView, IndicatorView, KpiView
from action_planner.ui.commands.kpis import AddKpi, DeleteKpi, EditKpi, RecordActual, RemoveActual
from action_planner.ui.conflict_dialog import ConflictDialog, resolve_in_table
from action_planner.ui.document import Document
from action_planner.ui.messages import error_text
from action_planner.ui.models.lines import INDICATOR, MEASURE_NOTE, TARGET_DATE, KpisModel, Measured, MeasuredModel
from action_planner.ui.refusal import error_label
from action_planner.ui.widgets.budget_editor import refusal
from action_planner.ui.widgets.delegates import DateDelegate
from action_planner.ui.widgets.indicator_picker import IndicatorPickerDialog
from action_planner.ui.widgets.measure_dialog import MeasureDialog
from action_planner.ui.widgets.tables import cell_problems, compact, editable_table, on_delete_key, stack_editor


class KpiEditor(QWidget):
    """A table of KPIs; the indicator is chosen in a searchable picker, the figures edited in place."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view: ActionView | None = None
        self.last_dialog: QDialog | None = None
        self.model = KpisModel(self._commit, self)
        self.table = editable_table(self.model, self.tr("KPIs"))
        self.table.setItemDelegateForColumn(TARGET_DATE, DateDelegate(self.table, self._period_end))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(INDICATOR, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(self.tr("Add KP&I…"))
        self.add_button.clicked.connect(self.add_kpi)
        self.change_button = QPushButton(self.tr("&Change indicator…"))
        self.change_button.clicked.connect(self.change_indicator)
        self.remove_button = QPushButton(self.tr("Re&move KPI"))
        self.remove_button.clicked.connect(self.remove_kpi)
        self.errors = error_label(self)
        self.errors.setAccessibleName(self.tr("KPI problems"))
        stack_editor(self, self.table, self.errors, (self.add_button, self.change_button, self.remove_button))
        on_delete_key(self.table, self.tr("Remove KPI"), self.remove_kpi)
        self.model.errors_changed.connect(self._show_errors)
        self._add_measured_section()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_measured())

    def _period_end(self) -> date | None:
        """Where an empty target date's calendar opens: the end of the action's timeframe, or its start."""
        return (self.view.end_date or self.view.start_date) if self.view is not None else None

    def _add_measured_section(self) -> None:
        self.measured_model = MeasuredModel(self)
        self.measured = QTableView()
        self.measured.setModel(self.measured_model)
        self.measured.setAccessibleName(self.tr("Values measured for the selected KPI"))
        self.measured.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measured.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.measured.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measured.setTabKeyNavigation(False)  # read-only: one Tab stop
        compact(self.measured)
        header = self.measured.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEASURE_NOTE, QHeaderView.ResizeMode.Stretch)
        self.measured.doubleClicked.connect(lambda index: self.record_value(self.measured_model.item(index.row())))
        self.measured_caption = QLabel()
        self.measured_caption.setWordWrap(True)  # a long indicator name must not widen the window
        self.measured_caption.setBuddy(self.measured)
        self.record_button = QPushButton(self.tr("&Record value…"))
        self.record_button.clicked.connect(lambda: self.record_value(None))
        self.remove_value_button = QPushButton(self.tr("Remove va&lue"))
        self.remove_value_button.clicked.connect(self.remove_value)
        on_delete_key(self.measured, self.tr("Remove value"), self.remove_value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.remove_value_button)
        buttons.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(self.measured_caption)
        layout.addWidget(self.measured, 1)
        layout.addLayout(buttons)
        self._show_measured()

    def _show_measured(self) -> None:
        kpi = self._current()
        self.measured_model.show_kpi(kpi)
        name = KpisModel.indicator_text(kpi) if kpi else ""
        self.measured_caption.setText(
            self.tr("Values measured for “%1”:").replace("%1", name) if kpi else self.tr("Values measured:")
        )
        for widget in (self.measured, self.record_button):
            widget.setEnabled(kpi is not None)
        self.remove_value_button.setEnabled(kpi is not None and self.measured_model.rowCount() > 0)

    def record_value(self, measured: Measured | None) -> MeasureDialog | None:
        """Record a value (today's date to start with), or correct ``measured``."""
        kpi = self._current()
        if kpi is None:
            return None

        def store(day: date, value: str, note: str) -> str | None:
            current = self._current()
            if current is None:
                return self.tr("The KPI is no longer there (it may have been removed).")
            command = self.document.undo_stack.run(RecordActual(self.document.services, current, day, value, note))
            return error_text(command.error) if command.error else None

        dialog = MeasureDialog(
            self, KpisModel.indicator_text(kpi), kpi.unit, measured.actual if measured else None, store
        )
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def remove_value(self) -> None:
        kpi = self._current()
        row = self.measured.currentIndex().row()
        if kpi is None or row < 0:
            return
        actual = self.measured_model.item(row).actual
        self.document.undo_stack.run(RemoveActual(self.document.services, kpi.id, actual))

    def set_view(self, view: ActionView | None, *, fresh: bool) -> None:
        self.view = view
        self.model.replace_keeping_errors(view.kpis if view else (), keep=not fresh)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_measured()

    def _commit(self, kpi: KpiView, field: str, value: object) -> str | None:
        command = self.document.undo_stack.run(EditKpi(self.document.services, kpi, {field: value}))
        if isinstance(command.error, ConflictError):  # the cell shows what is stored; the dialog asks
            self.conflict_dialog = self._resolve(command.error, kpi)
            return None
        return refusal(command.error, field)

    def _resolve(self, conflict: ConflictError, kpi: KpiView) -> ConflictDialog:
        services = self.document.services
        labels = {field: header for field, header in zip(self.model.fields, self.model.headers, strict=True) if field}

        def command_for(values: dict[str, object]) -> EditKpi | None:
            now = next((x for x in services.kpis.list(kpi.action_id) if x.id == kpi.id), None)
            return EditKpi(services, now, values) if now is not None else None

        return resolve_in_table(self, self.document.undo_stack, conflict, labels, command_for)

    def _show_errors(self) -> None:
        text = cell_problems(self.tr("KPI %1, %2: %3"), self.model, self.model.errors())
        self.errors.setText(text)
        self.errors.setVisible(bool(text))

    def _current(self) -> KpiView | None:
        row = self.table.currentIndex().row()
        return self.model.item(row) if row >= 0 else None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == INDICATOR:
            self.change_indicator()

    def add_kpi(self) -> None:
        view = self.view
        if view is None:
            return

        def pick(indicator: IndicatorView) -> str | None:
            command = self.document.undo_stack.run(AddKpi(self.document.services, view.id, indicator.code))
            if command.kpi_id is not None:
                self.table.setCurrentIndex(self.model.index(self.model.row_of(command.kpi_id), 0))
            return refusal(command.error, "indicator")

        self.last_dialog = IndicatorPickerDialog.ask(self.document, self, self.tr("Add KPI"), pick)

    def change_indicator(self) -> None:
        kpi = self._current()
        if kpi is None:
            return

        def pick(indicator: IndicatorView) -> str | None:
            command = self.document.undo_stack.run(EditKpi(self.document.services, kpi, {"indicator": indicator.code}))
            return refusal(command.error, "indicator")

        self.last_dialog = IndicatorPickerDialog.ask(self.document, self, self.tr("Change indicator"), pick)

    def remove_kpi(self) -> None:
        kpi = self._current()
        if kpi is not None:
            self.document.undo_stack.run(DeleteKpi(self.document.services, kpi.id))
