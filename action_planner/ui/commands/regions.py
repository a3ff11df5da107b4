"""Undo commands for regions and plans: add, rename, edit Part I/II fields, delete."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from action_planner.model.services import Services
from action_planner.model.snapshot import Snapshot
from action_planner.ui.undo import ServiceCommand


class AddRegion(ServiceCommand):
    """Add the region with a NUTS or ISO code; undo deletes it, redo restores the same row."""

    def __init__(self, services: Services, code: str) -> None:
        super().__init__(QCoreApplication.translate("RegionCommands", "Add region"))
        self.services = services
        self.code = code
        self.region_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.region_id = self.services.regions.add(self.code).id
        else:
            self.services.regions.restore(self._snapshot)

    def revert(self) -> None:
        assert self.region_id is not None
        self._snapshot = self.services.regions.delete(self.region_id)


class RenameRegion(ServiceCommand):
    """Rename a region, based on the name the window showed (``shown``; read now when not given)."""

    def __init__(self, services: Services, region_id: int, name: str, shown: str | None = None) -> None:
        super().__init__(QCoreApplication.translate("RegionCommands", "Rename region"))
        self.services = services
        self.region_id = region_id
        self.old = shown if shown is not None else services.regions.get(region_id).name
        self.new = name
        self.stored: str | None = None

    def apply(self) -> None:
        self.stored = self.services.regions.rename(self.region_id, self.new, self.old).name

    def revert(self) -> None:
        self.services.regions.rename(self.region_id, self.old, self.stored or self.new)


class DeleteRegion(ServiceCommand):
    """Delete a region with its plans; the snapshot the service returns puts everything back."""

    def __init__(self, services: Services, region_id: int) -> None:
        super().__init__(QCoreApplication.translate("RegionCommands", "Delete region"))
        self.services = services
        self.region_id = region_id
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.services.regions.delete(self.region_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.services.regions.restore(self._snapshot)


class AddPlan(ServiceCommand):
    def __init__(self, services: Services, region_id: int, title: str) -> None:
        super().__init__(QCoreApplication.translate("RegionCommands", "Add plan"))
        self.services = services
        self.region_id = region_id
        self.title = title
        self.plan_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.plan_id = self.services.plans.add(self.region_id, self.title).id
        else:
            self.services.plans.restore(self._snapshot)

    def revert(self) -> None:
        assert self.plan_id is not None
        self._snapshot = self.services.plans.delete(self.plan_id)


class EditPlan(ServiceCommand):
    """Change Part I/II fields of a plan. ``shown`` are the values the window showed (read when the command
    is made if not given); the edit, its undo and its redo say what they are based on, so a field another
    planner changed meanwhile is a :class:`ConflictError`, never overwritten."""

    def __init__(
        self,
        services: Services,
        plan_id: int,
        values: Mapping[str, object],
        text: str,
        shown: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.plan_id = plan_id
        self.new = dict(values)
        if shown is None:
            current = services.plans.get(plan_id)
            shown = {name: getattr(current, name) for name in self.new}
        self.old = {name: shown[name] for name in self.new}
        self.stored: dict[str, object] | None = None

    def apply(self) -> None:
        view = self.services.plans.update(self.plan_id, self.old, **self.new)
        self.stored = {name: getattr(view, name) for name in self.new}

    def revert(self) -> None:
        self.services.plans.update(self.plan_id, self.stored or self.new, **self.old)


class DeletePlan(ServiceCommand):
    def __init__(self, services: Services, plan_id: int) -> None:
        super().__init__(QCoreApplication.translate("RegionCommands", "Delete plan"))
        self.services = services
        self.plan_id = plan_id
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.services.plans.delete(self.plan_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.services.plans.restore(self._snapshot)
