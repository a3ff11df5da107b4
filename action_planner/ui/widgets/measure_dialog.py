"""Record (or correct) the value a KPI measured on a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from action_planner.model.views import ActualView
from action_planner.ui import labels
from action_planner.ui.refusal import error_label
from action_planner.ui.widgets.inputs import DateField

#: ``store(measured_on, value typed, note)`` returns None when recorded, else why not.
Store = Callable[[date, str, str], "str | None"]


class MeasureDialog(QDialog):
    """Date, value and note; a date that already has a value is corrected. Refusals show in the dialog."""

    def __init__(self, parent: QWidget, kpi: str, unit: str, actual: ActualView | None, store: Store) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Correct KPI Value") if actual else self.tr("Record KPI Value"))
        self._store = store
        day = actual.measured_on if actual else date.today()
        self.measured_on = DateField()  # typed as the window's language writes dates, or ISO; a calendar on Alt+Down
        self.measured_on.set_value(day)
        self.value = QLineEdit(labels.editable_number(actual.value.normalize()) if actual else "")  # no grouping
        self.value.setPlaceholderText(self.tr("e.g. 12 or %1").replace("%1", labels.editable_number(Decimal("2.5"))))
        self.note = QLineEdit(actual.note if actual else "")
        self.note.setPlaceholderText(self.tr("source or remark (optional)"))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        heading = QLabel(kpi)
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow(self.tr("&Measured on:"), self.measured_on)
        form.addRow(self.tr("&Value (%1):").replace("%1", unit) if unit else self.tr("&Value:"), self.value)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.value.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def day(self) -> date | None:
        """The date typed in Measured on (None when it is empty or cannot be read)."""
        return self.measured_on.value()

    def _try_accept(self) -> None:
        day = self.day()
        if day is None:  # nothing stored: the dialog says why and stays open
            problem: str | None = self.measured_on.problem() or self.tr("Type the date the value was measured on.")
            self.measured_on.setFocus()
        else:
            try:
                problem = self._store(day, labels.typed_number(self.value.text()), self.note.text())
            except labels.NumberFormatError as refusal:
                problem = str(refusal)
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        self.accept()
