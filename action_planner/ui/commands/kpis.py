"""Undo commands for the KPIs of an action: add from the indicator library, edit, delete; record and
remove the values measured."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from action_planner.model.services import Services
from action_planner.model.snapshot import Snapshot
from action_planner.model.views import ActualView, KpiView
from action_planner.ui.undo import ServiceCommand


class AddKpi(ServiceCommand):
    """A KPI from the indicator library (its unit and kind come from the indicator)."""

    def __init__(self, services: Services, action_id: int, indicator: str, **values: Any) -> None:
        super().__init__(QCoreApplication.translate("KpiCommands", "Add KPI"))
        self.services = services
        self.action_id = action_id
        self.indicator = indicator
        self.values = values
        self.kpi_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.kpi_id = self.services.kpis.add(self.action_id, indicator=self.indicator, **self.values).id
        else:
            self.services.kpis.restore(self._snapshot)

    def revert(self) -> None:
        assert self.kpi_id is not None
        self._snapshot = self.services.kpis.delete(self.kpi_id)


class EditKpi(ServiceCommand):
    """Change fields of a KPI ("Change KPI"); ``indicator`` takes a library code. Based on ``kpi`` as the
    window showed it, as :class:`~.actions.EditAction` is."""

    def __init__(self, services: Services, kpi: KpiView, values: Mapping[str, object]) -> None:
        super().__init__(QCoreApplication.translate("KpiCommands", "Change KPI"))
        self.services = services
        self.kpi_id = kpi.id
        self.new = dict(values)
        self.old: dict[str, object] = {}
        for name in self.new:
            if name == "indicator":  # a new indicator brings its own unit and kind: keep the old ones
                self.old.update(indicator=kpi.code, unit=kpi.unit, kind=kpi.kind)
            else:
                self.old[name] = getattr(kpi, name)

        self.stored: dict[str, object] | None = None  # the values as stored (cleaned) once applied

    def apply(self) -> None:
        # based on what the window showed, so a colleague's change meanwhile is a ConflictError, not overwritten
        view = self.services.kpis.update(self.kpi_id, self.old, **self.new)
        self.stored = {name: view.code if name == "indicator" else getattr(view, name) for name in self.new}

    def revert(self) -> None:
        self.services.kpis.update(self.kpi_id, self.stored or self.new, **self.old)


class DeleteKpi(ServiceCommand):
    def __init__(self, services: Services, kpi_id: int) -> None:
        super().__init__(QCoreApplication.translate("KpiCommands", "Delete KPI"))
        self.services = services
        self.kpi_id = kpi_id
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.services.kpis.delete(self.kpi_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.services.kpis.restore(self._snapshot)


class RecordActual(ServiceCommand):
    """The value a KPI measured on a date ("Record KPI value"); a date already recorded is corrected, and
    undo puts back what it held. ``value`` is the text typed: the service parses it exactly."""

    def __init__(self, services: Services, kpi: KpiView, measured_on: date, value: str, note: str = "") -> None:
        self.old = next((a for a in kpi.actuals if a.measured_on == measured_on), None)
        super().__init__(
            QCoreApplication.translate("KpiCommands", "Correct KPI value")
            if self.old
            else QCoreApplication.translate("KpiCommands", "Record KPI value")
        )
        self.services = services
        self.kpi_id = kpi.id
        self.measured_on, self.value, self.note = measured_on, value, note

    def apply(self) -> None:
        self.services.kpis.record_actual(self.kpi_id, self.measured_on, self.value, self.note)

    def revert(self) -> None:
        if self.old is None:
            self.services.kpis.remove_actual(self.kpi_id, self.measured_on)
        else:
            self.services.kpis.record_actual(self.kpi_id, self.old.measured_on, self.old.value, self.old.note)


class RemoveActual(ServiceCommand):
    """Remove the value measured on one date; undo records it again."""

    def __init__(self, services: Services, kpi_id: int, actual: ActualView) -> None:
        super().__init__(QCoreApplication.translate("KpiCommands", "Remove KPI value"))
        self.services = services
        self.kpi_id = kpi_id
        self.actual = actual

    def apply(self) -> None:
        self.services.kpis.remove_actual(self.kpi_id, self.actual.measured_on)

    def revert(self) -> None:
        self.services.kpis.record_actual(self.kpi_id, self.actual.measured_on, self.actual.value, self.actual.note)
