"""One open workspace as the window sees it: services, change signal and undo stack together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from action_planner.model.services import Services
from action_planner.model.workspace import Workspace
from action_planner.ui.bridge import ChangeBridge
from action_planner.ui.undo import UndoStack


class Document(QObject):
    """Holds the open :class:`Workspace`, its :class:`Services`, a :class:`ChangeBridge` and the undo stack.

    Every feature widget (and later the workshop view) receives the document and reads through
    ``services``, refreshes on ``bridge.changed`` and pushes commands on ``undo_stack``.
    """

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.services = Services(workspace)
        self.bridge = ChangeBridge(workspace, self)
        self.undo_stack = UndoStack(self)
        self._closed = False

    @classmethod
    def open(cls, path: Path) -> Document:
        """Open ``path``; raises the core's :class:`WorkspaceError` (file untouched) when it cannot."""
        return cls(Workspace.open(path))

    @classmethod
    def create(cls, path: Path, reporting_currency: str = "EUR") -> Document:
        return cls(Workspace.create(path, reporting_currency=reporting_currency))

    @property
    def path(self) -> Path:
        return self.workspace.path

    def save_copy(self, target: Path) -> Path:
        """Save As: a consistent copy with SQLite's backup API; this window keeps the original open."""
        return self.workspace.backup_to(target)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.undo_stack.clear()
        self.bridge.close()
        self.workspace.close()
