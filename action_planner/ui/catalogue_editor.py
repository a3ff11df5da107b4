"""The catalogue's intervention editor, with a completer for the indicator codes it suggests."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
)

from action_planner.model.catalogue import CODE_SEPARATOR, INTERVENTION_COLUMNS
from action_planner.typing_compat import override
from action_planner.ui import catalogue_texts
from action_planner.ui.commands.catalogue import (
    SaveIntervention,
    find_by_code,
    intervention_values,
)
from action_planner.ui.currencies import currency_codes
from action_planner.ui.entry_editor import EntryEditor


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
            self.theme.addItem(catalogue_texts.theme_name(theme.code, theme.name), theme.code)
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
        self._row(form, self.tr("Sou&rce:"), [("source", self.source, self.tr("Source"))])
        self._row(
            form,
            self.tr("Suggested &indicators:"),
            [("suggested_indicators", self.suggested, self.tr("Suggested indicators"))],
        )
