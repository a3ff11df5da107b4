"""Undo commands for the catalogue: add, change and delete one intervention or indicator (kept by its code)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from action_planner.model.catalogue import CODE_SEPARATOR, INDICATOR_COLUMNS, INTERVENTION_COLUMNS
from action_planner.model.errors import NotFoundError
from action_planner.model.services import Services
from action_planner.model.views import IndicatorView, InterventionView
from action_planner.ui.undo import ServiceCommand

Values = dict[str, str]
E = TypeVar("E", InterventionView, IndicatorView)


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


def indicator_values(item: IndicatorView) -> Values:
    """An indicator as the text values ``save_indicator`` takes back."""
    return {name: str(getattr(item, name)) for name in INDICATOR_COLUMNS}


def find_indicator(services: Services, code: str) -> IndicatorView | None:
    """The library's indicator with this code, if any."""
    wanted = code.strip().upper()
    return next((v for v in services.catalogue.indicators(wanted) if v.code.upper() == wanted), None)


@dataclass(frozen=True)
class EntryKind(Generic[E]):
    """How the commands find, read, save and delete one kind of catalogue entry, and what they say."""

    find: Callable[[Services, str], E | None]
    values: Callable[[E], Values]
    save: Callable[[Services, Mapping[str, str]], E]
    delete: Callable[[Services, int], object]
    added: str
    changed: str
    deleted: str
    gone: str  # %1: the code

    def existing(self, services: Services, code: str) -> E:
        item = self.find(services, code)
        if item is None:
            raise NotFoundError(_tr(self.gone).replace("%1", code))
        return item


INTERVENTIONS: EntryKind[InterventionView] = EntryKind(
    find_by_code,
    intervention_values,
    lambda services, values: services.catalogue.save_intervention(values),
    lambda services, ident: services.catalogue.delete_intervention(ident),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "Add intervention")),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "Change intervention")),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "Delete intervention")),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "The intervention %1 is no longer in the catalogue.")),
)
INDICATORS: EntryKind[IndicatorView] = EntryKind(
    find_indicator,
    indicator_values,
    lambda services, values: services.catalogue.save_indicator(values),
    lambda services, ident: services.catalogue.delete_indicator(ident),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "Add indicator")),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "Change indicator")),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "Delete indicator")),
    str(QT_TRANSLATE_NOOP("CatalogueCommands", "The indicator %1 is no longer in the library.")),
)


class SaveEntry(ServiceCommand, Generic[E]):
    """Store an entry typed in an editor: "Add …", or "Change …" when its code exists. Undo deletes an
    added entry, or saves a changed one's old values back."""

    def __init__(self, kind: EntryKind[E], services: Services, values: Mapping[str, str]) -> None:
        old = kind.find(services, str(values.get("code", "")))
        super().__init__(_tr(kind.changed) if old else _tr(kind.added))
        self.kind: EntryKind[E] = kind
        self.services = services
        self.values = dict(values)
        self.old = kind.values(old) if old is not None else None
        self.item: E | None = None

    def apply(self) -> None:
        self.item = self.kind.save(self.services, self.values)

    def revert(self) -> None:
        assert self.item is not None
        if self.old is None:
            self.kind.delete(self.services, self.kind.existing(self.services, self.item.code).id)
        else:
            self.item = self.kind.save(self.services, self.old)


class DeleteEntry(ServiceCommand, Generic[E]):
    """Remove an entry (the service refuses an indicator KPIs use); undo saves its values back."""

    def __init__(self, kind: EntryKind[E], services: Services, item: E) -> None:
        super().__init__(_tr(kind.deleted))
        self.kind: EntryKind[E] = kind
        self.services = services
        self.values = kind.values(item)
        self.code = self.values["code"]

    def apply(self) -> None:
        self.kind.delete(self.services, self.kind.existing(self.services, self.code).id)

    def revert(self) -> None:
        self.kind.save(self.services, self.values)


class SaveIntervention(SaveEntry[InterventionView]):
    def __init__(self, services: Services, values: Mapping[str, str]) -> None:
        super().__init__(INTERVENTIONS, services, values)


class DeleteIntervention(DeleteEntry[InterventionView]):
    def __init__(self, services: Services, item: InterventionView) -> None:
        super().__init__(INTERVENTIONS, services, item)


class SaveIndicator(SaveEntry[IndicatorView]):
    def __init__(self, services: Services, values: Mapping[str, str]) -> None:
        super().__init__(INDICATORS, services, values)


class DeleteIndicator(DeleteEntry[IndicatorView]):
    def __init__(self, services: Services, item: IndicatorView) -> None:
        super().__init__(INDICATORS, services, item)
