"""Undo commands for the catalogue: add, change and delete one intervention or indicator (kept by its code)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from action_planner.model.catalogue import CODE_SEPARATOR, INDICATOR_COLUMNS, INTERVENTION_COLUMNS
from action_planner.model.errors import NotFoundError
from action_planner.model.services import Services
from action_planner.model.views import IndicatorView, InterventionView
from action_planner.ui.undo import ServiceCommand

Values = dict[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueCommands", text)


def intervention_values(item: InterventionView) -> Values:
    """An entry as the text values ``save_intervention`` takes back (the inverse of saving)."""
    cells = {name: getattr(item, name, None) for name in INTERVENTION_COLUMNS}
    values = {name: "" if value is None else str(value) for name, value in cells.items()}
    values["suggested_indicators"] = f"{CODE_SEPARATOR} ".join(item.suggested)
    return values


def find_by_code(services: Services, code: str) -> InterventionView | None:
    """The catalogue entry with this code (codes are compared as the service stores them), if any."""
    wanted = code.strip().upper()
    return next((v for v in services.catalogue.interventions(wanted) if v.code.upper() == wanted), None)


def _existing(services: Services, code: str) -> InterventionView:
    item = find_by_code(services, code)
    if item is None:
        raise NotFoundError(_tr("The intervention %1 is no longer in the catalogue.").replace("%1", code))
    return item


class SaveIntervention(ServiceCommand):
    """Store an entry typed in the editor: "Add intervention", or "Change intervention" when its code exists.

    Undo deletes an added entry, or saves a changed one's old values back.
    """

    def __init__(self, services: Services, values: Mapping[str, str]) -> None:
        old = find_by_code(services, str(values.get("code", "")))
        super().__init__(_tr("Change intervention") if old else _tr("Add intervention"))
        self.services = services
        self.values = dict(values)
        self.old = intervention_values(old) if old is not None else None
        self.item: InterventionView | None = None

    def apply(self) -> None:
        self.item = self.services.catalogue.save_intervention(self.values)

    def revert(self) -> None:
        assert self.item is not None
        if self.old is None:
            self.services.catalogue.delete_intervention(_existing(self.services, self.item.code).id)
        else:
            self.item = self.services.catalogue.save_intervention(self.old)


class DeleteIntervention(ServiceCommand):
    """Remove an entry; undo saves its captured values back under the same code."""

    def __init__(self, services: Services, item: InterventionView) -> None:
        super().__init__(_tr("Delete intervention"))
        self.services = services
        self.code = item.code
        self.values = intervention_values(item)

    def apply(self) -> None:
        self.services.catalogue.delete_intervention(_existing(self.services, self.code).id)

    def revert(self) -> None:
        self.services.catalogue.save_intervention(self.values)


def indicator_values(item: IndicatorView) -> Values:
    """An indicator as the text values ``save_indicator`` takes back."""
    return {name: str(getattr(item, name)) for name in INDICATOR_COLUMNS}


def find_indicator(services: Services, code: str) -> IndicatorView | None:
    """The library's indicator with this code, if any."""
    wanted = code.strip().upper()
    return next((v for v in services.catalogue.indicators(wanted) if v.code.upper() == wanted), None)


def _existing_indicator(services: Services, code: str) -> IndicatorView:
    item = find_indicator(services, code)
    if item is None:
        raise NotFoundError(_tr("The indicator %1 is no longer in the library.").replace("%1", code))
    return item


class SaveIndicator(ServiceCommand):
    """Store an indicator typed in the editor ("Add indicator", or "Change indicator" when its code exists);
    undo deletes an added one, or saves a changed one's old values back."""

    def __init__(self, services: Services, values: Mapping[str, str]) -> None:
        old = find_indicator(services, str(values.get("code", "")))
        super().__init__(_tr("Change indicator") if old else _tr("Add indicator"))
        self.services = services
        self.values = dict(values)
        self.old = indicator_values(old) if old is not None else None
        self.item: IndicatorView | None = None

    def apply(self) -> None:
        self.item = self.services.catalogue.save_indicator(self.values)

    def revert(self) -> None:
        assert self.item is not None
        if self.old is None:
            self.services.catalogue.delete_indicator(_existing_indicator(self.services, self.item.code).id)
        else:
            self.item = self.services.catalogue.save_indicator(self.old)


class DeleteIndicator(ServiceCommand):
    """Remove an indicator no KPI uses (the service refuses otherwise); undo saves it back."""

    def __init__(self, services: Services, item: IndicatorView) -> None:
        super().__init__(_tr("Delete indicator"))
        self.services = services
        self.code = item.code
        self.values = indicator_values(item)

    def apply(self) -> None:
        self.services.catalogue.delete_indicator(_existing_indicator(self.services, self.code).id)

    def revert(self) -> None:
        self.services.catalogue.save_indicator(self.values)
