"""Undo commands for the actions of a plan: add (custom or from the catalogue), edit, move, copy, delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from action_planner.model.services import Services
from action_planner.model.snapshot import Snapshot
from action_planner.ui.undo import ServiceCommand


class _AddsAction(ServiceCommand):
    """Shared undo/redo of commands that create one action: undo deletes it, redo restores the same row."""

    def __init__(self, services: Services, text: str) -> None:
        super().__init__(text)
        self.services = services
        self.action_id: int | None = None
        self._snapshot: Snapshot | None = None

    def create(self) -> int:
        raise NotImplementedError

    def apply(self) -> None:
        if self._snapshot is None:
            self.action_id = self.create()
        else:
            self.services.actions.restore(self._snapshot)

    def revert(self) -> None:
        assert self.action_id is not None
        self._snapshot = self.services.actions.delete(self.action_id)


class AddAction(_AddsAction):
    """A custom action with a title and a theme."""

    def __init__(self, services: Services, plan_id: int, title: str, theme: str, position: int | None = None) -> None:
        super().__init__(services, QCoreApplication.translate("ActionCommands", "Add action"))
        self.plan_id, self.title, self.theme, self.position = plan_id, title, theme, position

    def create(self) -> int:
        return self.services.actions.add(self.plan_id, self.title, self.theme, position=self.position).id


class AddFromCatalogue(_AddsAction):
    """An action pre-filled from a catalogue intervention, at ``position`` (from 0) or at the end."""

    def __init__(self, services: Services, plan_id: int, intervention_id: int, position: int | None = None) -> None:
        super().__init__(services, QCoreApplication.translate("ActionCommands", "Add action from catalogue"))
        self.plan_id, self.intervention_id, self.position = plan_id, intervention_id, position

    def create(self) -> int:
        view = self.services.actions.add_from_intervention(self.plan_id, self.intervention_id, position=self.position)
        return view.id


class DuplicateAction(_AddsAction):
    def __init__(self, services: Services, source_id: int) -> None:
        super().__init__(services, QCoreApplication.translate("ActionCommands", "Duplicate action"))
        self.source_id = source_id

    def create(self) -> int:
        return self.services.actions.duplicate(self.source_id).id


class EditAction(ServiceCommand):
    """Change some fields of an action (e.g. "Change owner").

    ``shown`` are the values the window showed when the planner edited (read in the constructor when not
    given). The edit, its undo and its redo each say what they are based on, so a field another planner
    changed meanwhile is refused as a :class:`ConflictError` instead of being overwritten.
    """

    def __init__(
        self,
        services: Services,
        action_id: int,
        values: Mapping[str, object],
        text: str,
        shown: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(text)
        self.services = services
        self.action_id = action_id
        self.new = dict(values)
        if shown is None:
            current = services.actions.get(action_id)
            shown = {name: getattr(current, name) for name in self.new}
        self.old = {name: shown[name] for name in self.new}
        self.stored: dict[str, object] | None = None  # the values as stored (cleaned) once applied

    def apply(self) -> None:
        view = self.services.actions.update(self.action_id, self.old, **self.new)
        self.stored = {name: getattr(view, name) for name in self.new}

    def revert(self) -> None:
        self.services.actions.update(self.action_id, self.stored or self.new, **self.old)


class SetPlayers(ServiceCommand):
    """Replace the organisations involved in an action, each ``(name, role)``."""

    def __init__(
        self,
        services: Services,
        action_id: int,
        players: Sequence[tuple[str, str]],
        shown: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("ActionCommands", "Change players"))
        self.services = services
        self.action_id = action_id
        self.new = list(players)
        if shown is None:  # the list the window showed; read now when not given
            shown = [(p.organisation, p.role) for p in services.actions.get(action_id).players]
        self.old = list(shown)

        self.stored: list[tuple[str, str]] | None = None  # the list as stored (cleaned) once applied

    def apply(self) -> None:  # based on the list shown, as EditAction is
        view = self.services.actions.set_players(self.action_id, self.new, self.old)
        self.stored = [(p.organisation, p.role) for p in view.players]

    def revert(self) -> None:
        self.services.actions.set_players(self.action_id, self.old, self.stored or self.new)


class MoveAction(ServiceCommand):
    """Move an action to another place in its plan (indexes count from 0)."""

    def __init__(self, services: Services, action_id: int, to_index: int) -> None:
        super().__init__(QCoreApplication.translate("ActionCommands", "Move action"))
        self.services = services
        self.action_id = action_id
        self.from_index = services.actions.get(action_id).number - 1
        self.to_index = to_index

    def apply(self) -> None:
        self.services.actions.move(self.action_id, self.to_index)

    def revert(self) -> None:
        self.services.actions.move(self.action_id, self.from_index)


class DeleteAction(ServiceCommand):
    def __init__(self, services: Services, action_id: int) -> None:
        super().__init__(QCoreApplication.translate("ActionCommands", "Delete action"))
        self.services = services
        self.action_id = action_id
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.services.actions.delete(self.action_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.services.actions.restore(self._snapshot)
