"""Turn the workspace's change notifications into one Qt signal that item models can connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from action_planner.model.workspace import Change, Workspace


class ChangeBridge(QObject):
    """Re-emits every committed service call's changes as ``changed(list[Change])``.

    Listeners are called on the thread that committed; services are only called from the GUI
    thread for edits (exports only read), so connections stay direct and models refresh at once.
    """

    changed = Signal(list)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = workspace.subscribe(self._forward)

    def _forward(self, changes: list[Change]) -> None:
        self.changed.emit(list(changes))

    def close(self) -> None:
        """Stop listening; safe to call twice."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None  # type: ignore[assignment]


def touches_plan(changes: list[Change], plan_id: int | None, entities: frozenset[str]) -> bool:
    """Whether any change is about ``plan_id`` (or the whole workspace) and one of ``entities``."""
    for change in changes:
        if change.entity not in entities:
            continue
        if change.plan_id is None or change.plan_id == plan_id:
            return True
    return False
