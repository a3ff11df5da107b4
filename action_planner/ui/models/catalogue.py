"""The catalogue's interventions (draggable onto a plan), the indicator library and organisation names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QStringListModel, Qt

from action_planner.model.changes import Change
from action_planner.model.views import IndicatorView, InterventionView
from action_planner.typing_compat import override
from action_planner.ui import catalogue_texts, labels, mime
from action_planner.ui.document import Document
from action_planner.ui.models.rows import Index, RowsModel


class InterventionsModel(RowsModel[InterventionView]):
    """Interventions matching a search and a theme, in the planner's language (an entry the user edited or
    added as typed); each row can be dragged onto the actions table. ``stored`` holds the workspace's own
    views by id, for commands that must restore exactly what was there."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.headers = [self.tr("Intervention")]
        self.query = ""
        self.theme: str | None = None
        self.stored: dict[int, InterventionView] = {}
        self.reload()
        document.bridge.changed.connect(self._on_changes)

    def search(self, query: str, theme: str | None) -> None:
        self.query, self.theme = query, theme
        self.reload()

    def reload(self) -> None:
        language = catalogue_texts.ui_language()
        stored = self.document.services.catalogue.interventions("", self.theme)
        self.stored = {item.id: item for item in stored}
        shown = [(catalogue_texts.intervention(item, language), item) for item in stored]
        self.replace(
            [
                view
                for view, own in shown
                if catalogue_texts.matches(
                    self.query, view.code, view.name, view.description, view.cost_facts, own.name, own.description
                )
            ]
        )

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "catalogue" for c in changes):
            self.reload()

    def cell(self, item: InterventionView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.code}  {item.name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.name}\n{item.theme_name}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    @override
    def mimeTypes(self) -> list[str]:
        return [mime.INTERVENTION_MIME]

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return mime.encode(mime.INTERVENTION_MIME, [self._rows[r].id for r in rows])

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class IndicatorsModel(RowsModel[IndicatorView]):
    """The indicator library in the planner's language, searched by code, name or unit (shown or stored);
    ``stored`` holds the workspace's own views by id."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.headers = [self.tr("Code"), self.tr("Indicator"), self.tr("Unit"), self.tr("Kind")]
        self.stored: dict[int, IndicatorView] = {}
        self.search("")

    def search(self, query: str) -> None:
        language = catalogue_texts.ui_language()
        stored = self.document.services.catalogue.indicators()
        self.stored = {item.id: item for item in stored}
        shown = [(catalogue_texts.indicator(item, language), item) for item in stored]
        self.replace(
            [view for view, own in shown if catalogue_texts.matches(query, view.code, view.name, view.unit, own.name)]
        )

    def cell(self, item: IndicatorView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.code, item.name, item.unit, labels.indicator_kind(item.kind))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.description or item.name
        return None


class OrganisationNamesModel(QStringListModel):
    """Names of the workspace's organisations, for completing owner and player fields."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.reload()
        document.bridge.changed.connect(self._on_changes)

    def reload(self) -> None:
        names = [o.name for o in self.document.services.organisations.list()]
        if names != self.stringList():
            self.setStringList(names)

    def _on_changes(self, changes: list[Change]) -> None:
        if any(_may_name_an_organisation(c) for c in changes):
            self.reload()


#: The action fields whose edit may add an organisation (an owner or a player typed for the first time).
_NAMING_FIELDS = frozenset({"owner_organisation", "players"})


def _may_name_an_organisation(change: Change) -> bool:
    """Whether ``change`` may have added an organisation: a title, date or score edit cannot."""
    if change.entity == "organisation":
        return True
    if change.entity != "action":
        return False
    return change.op != "changed" or not change.fields or not _NAMING_FIELDS.isdisjoint(change.fields)
