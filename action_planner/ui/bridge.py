"""Turn the workspace's change notifications into one Qt signal that item models can connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from action_planner.model.changes import Change
from action_planner.model.workspace import Workspace


class ChangeBridge(QObject):
    """Re-emits every committed service call's changes as ``changed(list[Change])``, on the GUI thread.

    Edits commit on the GUI thread, so their changes reach the models at once (a direct call). A job on a
    worker (a catalogue import) commits there: its changes are queued to the GUI thread and arrive when
    the event loop next runs. Anything still queued when the document closes is dropped, so no model
    reads a closed workspace.
    """

    changed = Signal(list)
    _arrived = Signal(list)  # from whichever thread committed; delivered on this object's (the GUI) thread

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._arrived.connect(self._deliver)
        self._unsubscribe = workspace.subscribe(self._forward)

    def _forward(self, changes: list[Change]) -> None:
        self._arrived.emit(list(changes))

    def _deliver(self, changes: list[Change]) -> None:
        if not self._closed:
            self.changed.emit(changes)

    def close(self) -> None:
        """Stop listening and drop anything still on its way; safe to call twice."""
        self._closed = True
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
