"""The indicator library's editor: code, name, unit, kind, source and description of one indicator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
)

from action_planner.model.catalogue import INDICATOR_COLUMNS
from action_planner.model.enums import IndicatorKind
from action_planner.ui import labels
from action_planner.ui.commands.catalogue import (
    SaveIndicator,
    find_indicator,
    indicator_values,
)
from action_planner.ui.entry_editor import EntryEditor


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
        self._row(form, self.tr("Sou&rce:"), [("source", self.source, self.tr("Source"))])
        self._row(form, self.tr("&Description:"), [("description", self.description, self.tr("Description"))])
