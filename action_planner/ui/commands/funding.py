"""Undo commands for the workspace's funding sources: add, rename, move and remove one.

Each text is translated where it is written, so that ``pyside6-lupdate`` extracts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from action_planner.model.services import Services
from action_planner.model.views import FundingSourceView
from action_planner.ui.undo import ServiceCommand


class AddFundingSource(ServiceCommand):
    """Add a source of the planner's own at the end of the list; undo removes it again."""

    def __init__(self, services: Services, name: str) -> None:
        super().__init__(QCoreApplication.translate("FundingSourceCommands", "Add funding source"))
        self.services = services
        self.name = name
        self.source: FundingSourceView | None = None

    def apply(self) -> None:
        if self.source is None:
            self.source = self.services.funding_sources.add(self.name)
        else:  # redo: the same code again, so lines given it after an undo and redo still find it
            self.source = self.services.funding_sources.restore(self.source)

    def revert(self) -> None:
        assert self.source is not None
        self.services.funding_sources.remove(self.source.code)


class RenameFundingSource(ServiceCommand):
    """Give a source a new name; undo gives back the old one (a built-in name shown translated again)."""

    def __init__(self, services: Services, source: FundingSourceView, name: str) -> None:
        super().__init__(QCoreApplication.translate("FundingSourceCommands", "Rename funding source"))
        self.services = services
        self.old = source
        self.name = name

    def apply(self) -> None:
        self.services.funding_sources.rename(self.old.code, self.name)

    def revert(self) -> None:
        self.services.funding_sources.rename(self.old.code, self.old.name)


class MoveFundingSource(ServiceCommand):
    """Move a source up or down the list; undo puts it back where it was."""

    def __init__(self, services: Services, source: FundingSourceView, position: int) -> None:
        super().__init__(QCoreApplication.translate("FundingSourceCommands", "Move funding source"))
        self.services = services
        self.source = source
        self.position = position

    def apply(self) -> None:
        self.services.funding_sources.move(self.source.code, self.position)

    def revert(self) -> None:
        self.services.funding_sources.move(self.source.code, self.source.position)


class RemoveFundingSource(ServiceCommand):
    """Remove a source no budget line names (the service refuses one in use); undo puts it back."""

    def __init__(self, services: Services, source: FundingSourceView) -> None:
        super().__init__(QCoreApplication.translate("FundingSourceCommands", "Remove funding source"))
        self.services = services
        self.source = source

    def apply(self) -> None:
        self.source = self.services.funding_sources.remove(self.source.code)

    def revert(self) -> None:
        self.source = self.services.funding_sources.restore(self.source)
