"""Editing the catalogue: the intervention editor dialog, and importing or exporting catalogue files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from action_planner.export.catalogue_files import export_catalogue, import_catalogue
from action_planner.model.catalogue import CODE_SEPARATOR, INDICATOR_COLUMNS, INTERVENTION_COLUMNS
from action_planner.model.enums import IndicatorKind
from action_planner.model.errors import ValidationError
from action_planner.model.services import ImportReport
from action_planner.ui import labels
from action_planner.ui.commands.catalogue import (
    SaveIndicator,
    SaveIntervention,
    find_by_code,
    find_indicator,
    indicator_values,
    intervention_values,
)
from action_planner.ui.dialogs import ConfirmDialog, FilePrompts, show_message
from action_planner.ui.document import Document
from action_planner.ui.rates_dialog import currency_codes
from action_planner.ui.tasks import BusyWork
from action_planner.ui.widgets.forms import error_label

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" width


class CodesCompleter(QCompleter):
    """Completes the last of several codes separated by semicolons ("RCO01; RC" offers RCO02…)."""

    @override
    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(CODE_SEPARATOR, 1)[-1].strip()]

    @override
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = typed.rsplit(CODE_SEPARATOR, 1)[0] + f"{CODE_SEPARATOR} " if CODE_SEPARATOR in typed else ""
        return before + str(index.data())


class EntryEditor(QDialog):
    """Non-modal editor of one catalogue entry, new (``item`` None) or to change; Save runs an undoable
    command. A refusal is shown beside its field and nothing is saved; the dialog closes once stored.

    Subclasses name their ``columns``, lay out the fields in :meth:`_build` and give the command.
    """

    columns: tuple[str, ...] = ()

    def __init__(self, document: Document, item: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.document = document
        self.item = item
        self.saved: Any = None
        self.setWindowTitle(self._title(new=item is None))
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self._build(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load(self._initial())
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def _build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def _title(self, *, new: bool) -> str:
        raise NotImplementedError

    def _initial(self) -> dict[str, str]:
        """The form's values to start with."""
        raise NotImplementedError

    def _taken(self, code: str) -> str | None:
        """Why a new entry cannot have ``code`` (one already has it), or None."""
        raise NotImplementedError

    def _command(self, values: dict[str, str]) -> Any:
        """The undo command storing ``values``; it has ``item`` (the stored view) once done."""
        raise NotImplementedError

    # -- building ---------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "", chars: int = 0) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if chars:
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * chars)
        self.fields[name] = edit
        return edit

    def _text(self, name: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = 2 * (edit.frameWidth() + round(edit.document().documentMargin()))
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + margins)
        self.fields[name] = edit
        return edit

    def _row(self, form: QFormLayout, text: str, fields: Sequence[tuple[str, QWidget, str]], join: str = "") -> None:
        """One form row: its field(s) side by side, and below them each field's refusal."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        for number, (_name, field, accessible) in enumerate(fields):
            if number == 1 and join:
                line.addWidget(QLabel(join))
            field.setAccessibleName(accessible)
            line.addWidget(field)
        if any(field.maximumWidth() < QWIDGETSIZE_MAX for _name, field, _accessible in fields):
            line.addStretch(1)  # short fields sit at the left, at their own width
        column.addLayout(line)
        for name, _field, _accessible in fields:
            self.errors[name] = error_label(holder)
            column.addWidget(self.errors[name])
        label = QLabel(text)
        label.setBuddy(fields[0][1])
        form.addRow(label, holder)

    # -- values -----------------------------------------------------------------------------

    def _load(self, values: dict[str, str]) -> None:
        for name in self.columns:
            field, value = self.fields[name], values.get(name, "")
            if isinstance(field, QComboBox) and not field.isEditable():  # a choice: its data is the value
                field.setCurrentIndex(max(0, field.findData(value)))
            elif isinstance(field, QComboBox):
                field.setCurrentText(value)
            elif isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            elif isinstance(field, QLineEdit):
                field.setText(value)
                field.setCursorPosition(0)  # long values show their beginning

    def values(self) -> dict[str, str]:
        """What the form holds, as the text values the service checks."""
        out: dict[str, str] = {}
        for name in self.columns:
            field = self.fields[name]
            if isinstance(field, QComboBox) and not field.isEditable():
                out[name] = str(field.currentData() or "")
            elif isinstance(field, QComboBox):
                out[name] = field.currentText()
            elif isinstance(field, QPlainTextEdit):
                out[name] = field.toPlainText()
            elif isinstance(field, QLineEdit):
                out[name] = field.text()
        return out

    def save(self) -> None:
        """Store the entry through an undo command; on a refusal show it beside the field and keep the dialog."""
        self._clear_errors()
        values = self.values()
        taken = self._taken(values["code"]) if self.item is None else None
        if taken is not None:
            self._show_error(taken, "code")
            return
        command = self.document.undo_stack.run(self._command(values))
        if isinstance(command.error, ValidationError):
            for name, message in command.error.errors.items():
                self._show_error(message, name if name in self.errors else None)
            first = next((n for n in self.columns if n in command.error.errors), None)
            if first is not None:
                self.fields[first].setFocus()
            return
        if command.error is not None:
            self._show_error(str(command.error))
            return
        self.saved = command.item
        self.accept()

    def _show_error(self, message: str, name: str | None = None) -> None:
        label = self.errors[name] if name is not None else self.error
        label.setText(message)
        label.setVisible(True)
        if name is not None:
            self.fields[name].setAccessibleDescription(message)

    def _clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.setVisible(False)
            label.clear()
            self.fields[name].setAccessibleDescription("")
        self.error.setVisible(False)
        self.error.clear()


class InterventionEditor(EntryEditor):
    """A catalogue intervention: code, name, theme, description, duration, typical cost, source and the
    indicators it suggests."""

    columns = INTERVENTION_COLUMNS

    def _title(self, *, new: bool) -> str:
        return self.tr("New Intervention") if new else self.tr("Edit Intervention")

    def _initial(self) -> dict[str, str]:
        return intervention_values(self.item) if self.item is not None else {"cost_currency": "EUR"}

    def _taken(self, code: str) -> str | None:
        if find_by_code(self.document.services, code) is None:
            return None
        return self.tr("An intervention with this code is already in the catalogue.")

    def _command(self, values: dict[str, str]) -> SaveIntervention:
        return SaveIntervention(self.document.services, values)

    def _build(self, form: QFormLayout) -> None:
        self.code = self._line("code", self.tr("e.g. INT-21"), 20)
        self.code.setReadOnly(self.item is not None)  # the code is the entry's identity
        self.name = self._line("name")
        self.theme = QComboBox()
        for theme in self.document.services.catalogue.themes():
            self.theme.addItem(theme.name, theme.code)
        self.fields["theme"] = self.theme
        self.description = self._text("description", 4)
        self.duration_min = self._line("duration_months_min", self.tr("from"), 10)
        self.duration_max = self._line("duration_months_max", self.tr("to"), 10)
        self.cost_min = self._line("cost_min", self.tr("lowest"), 16)
        self.cost_max = self._line("cost_max", self.tr("highest"), 16)
        self.cost_currency = QComboBox()
        self.cost_currency.setEditable(True)
        self.cost_currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cost_currency.addItems(["", *currency_codes()])
        self.cost_currency.setMinimumContentsLength(5)
        self.fields["cost_currency"] = self.cost_currency
        self.cost_facts = self._text("cost_facts", 2)
        self.source = self._line("source")
        self.suggested = self._line("suggested_indicators", self.tr("e.g. RCO01; RCO04"))
        codes = [i.code for i in self.document.services.catalogue.indicators()]
        completer = CodesCompleter(QStringListModel(codes, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggested.setCompleter(completer)
        self._row(form, self.tr("&Code:"), [("code", self.code, self.tr("Code"))])
        self._row(form, self.tr("&Name:"), [("name", self.name, self.tr("Name"))])
        self._row(form, self.tr("&Theme:"), [("theme", self.theme, self.tr("Theme"))])
        self._row(form, self.tr("&Description:"), [("description", self.description, self.tr("Description"))])
        self._row(
            form,
            self.tr("D&uration (months):"),
            [
                ("duration_months_min", self.duration_min, self.tr("Shortest duration in months")),
                ("duration_months_max", self.duration_max, self.tr("Longest duration in months")),
            ],
            self.tr("to"),
        )
        self._row(
            form,
            self.tr("Typical c&ost:"),
            [
                ("cost_min", self.cost_min, self.tr("Lowest typical cost")),
                ("cost_max", self.cost_max, self.tr("Highest typical cost")),
                ("cost_currency", self.cost_currency, self.tr("Cost currency")),
            ],
            self.tr("to"),
        )
        self._row(form, self.tr("Cost &facts:"), [("cost_facts", self.cost_facts, self.tr("Cost facts"))])
        self._row(form, self.tr("&Source:"), [("source", self.source, self.tr("Source"))])
        self._row(
            form,
            self.tr("Suggested &indicators:"),
            [("suggested_indicators", self.suggested, self.tr("Suggested indicators"))],
        )


class IndicatorEditor(EntryEditor):
    """An indicator of the library: code, name, unit, kind (output or result), source and description."""

    columns = INDICATOR_COLUMNS

    def _title(self, *, new: bool) -> str:
        return self.tr("New Indicator") if new else self.tr("Edit Indicator")

    def _initial(self) -> dict[str, str]:
        return indicator_values(self.item) if self.item is not None else {"kind": IndicatorKind.OUTPUT.value}

    def _taken(self, code: str) -> str | None:
        if find_indicator(self.document.services, code) is None:
            return None
        return self.tr("An indicator with this code is already in the library.")

    def _command(self, values: dict[str, str]) -> SaveIndicator:
        return SaveIndicator(self.document.services, values)

    def _build(self, form: QFormLayout) -> None:
        self.code = self._line("code", self.tr("e.g. EXP-01"), 20)
        self.code.setReadOnly(self.item is not None)  # the code is the indicator's identity
        self.name = self._line("name")
        self.unit = self._line("unit", self.tr("e.g. enterprises"), 30)
        self.kind = QComboBox()
        for kind in IndicatorKind:
            self.kind.addItem(labels.indicator_kind(kind), kind.value)
        self.fields["kind"] = self.kind
        self.source = self._line("source", self.tr("e.g. Interreg Europe programme indicator"))
        self.description = self._text("description", 4)
        self._row(form, self.tr("&Code:"), [("code", self.code, self.tr("Code"))])
        self._row(form, self.tr("&Name:"), [("name", self.name, self.tr("Name"))])
        self._row(form, self.tr("&Unit:"), [("unit", self.unit, self.tr("Unit"))])
        self._row(form, self.tr("&Kind:"), [("kind", self.kind, self.tr("Kind"))])
        self._row(form, self.tr("&Source:"), [("source", self.source, self.tr("Source"))])
        self._row(form, self.tr("&Description:"), [("description", self.description, self.tr("Description"))])


class CatalogueFiles(QObject):
    """File ▸ Import Catalogue… and Export Catalogue…: CSV or XLSX, with the outcome in a message box."""

    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.window = parent
        self.work = BusyWork(parent)  # a large file takes a while: the window stays painted meanwhile

    def _filter(self) -> str:
        return self.tr("Catalogue files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)")

    def export(self) -> None:
        title = self.tr("Export Catalogue")
        path = FilePrompts.save_path(self.window, title, self._filter(), "catalogue.xlsx")
        if path is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".xlsx")
        services = self.document.services

        def written(result: object) -> None:
            text = self.tr("The catalogue was written to “%1”.").replace("%1", str(result))
            show_message(self.window, title, text, error=False)

        self.work.start(
            self.tr("Writing the catalogue to “%1”…").replace("%1", path.name),
            lambda: export_catalogue(services, path),
            written,
            lambda message: show_message(self.window, title, message),
            self.window,
        )

    def import_(self) -> ConfirmDialog | None:
        """Ask for a file, then confirm (an import cannot be undone), then import it."""
        title = self.tr("Import Catalogue")
        path = FilePrompts.open_path(self.window, title, self._filter())
        if path is None:
            return None
        text = self.tr("Import “%1”?\n\nImporting adds or updates entries by code; it cannot be undone.")
        return ConfirmDialog.ask(
            self.window, title, text.replace("%1", path.name), self.tr("&Import"), lambda: self._run(path)
        )

    def _run(self, path: Path) -> None:
        title = self.tr("Import Catalogue")
        services = self.document.services

        def imported(report: object) -> None:
            assert isinstance(report, ImportReport)
            show_message(self.window, title, self.describe(report), error=False)

        self.work.start(
            self.tr("Importing “%1”…").replace("%1", path.name),
            lambda: import_catalogue(services, path),
            imported,
            lambda message: show_message(self.window, title, message),
            self.window,
        )

    def shutdown(self) -> None:
        self.work.shutdown()

    def describe(self, report: ImportReport) -> str:
        return "\n".join(
            (
                self.tr("The catalogue was imported."),
                self.tr("Interventions: %1 added, %2 updated.")
                .replace("%1", str(report.interventions_added))
                .replace("%2", str(report.interventions_updated)),
                self.tr("Indicators: %1 added, %2 updated.")
                .replace("%1", str(report.indicators_added))
                .replace("%2", str(report.indicators_updated)),
            )
        )
