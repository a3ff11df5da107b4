"""One open workspace as the window sees it: services, change signal and undo stack together."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from action_planner.model.address import ServerAddress, is_server_url
from action_planner.model.changes import Change
from action_planner.model.errors import HeldElsewhereError, Location, WorkspaceGoneError
from action_planner.model.services import Services
from action_planner.model.sources import SourceNames
from action_planner.model.workspace import EVERYTHING, Workspace
from action_planner.ui.bridge import ChangeBridge
from action_planner.ui.messages import error_text
from action_planner.ui.undo import UndoStack


class Document(QObject):
    """Holds the open :class:`Workspace`, its :class:`Services`, a :class:`ChangeBridge` and the undo stack.

    Every feature widget (and later the workshop view) receives the document and reads through
    ``services``, refreshes on ``bridge.changed`` and pushes commands on ``undo_stack``.
    """

    #: How often a read-only window looks whether the writer committed (ms).
    REFRESH_MS = 1000
    #: What a refresh after another program's commit reports when it cannot say what changed.
    EVERYTHING = EVERYTHING
    #: How often a team workspace's window looks for other planners' commits (ms): "within a second".
    SERVER_REFRESH_MS = 200

    #: Emitted once the writer of a read-only window committed, after the views were told to refresh.
    refreshed = Signal()
    #: Emitted once when the file was deleted, moved or replaced while open (the reason): nothing more
    #: is written to it, and the window offers to save what it shows as a new file.
    lost = Signal(str)
    #: Emitted when a team workspace's server stops or starts being reachable (True once it is back,
    #: after the views read everything again).
    reachability = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.services = Services(workspace)
        self.bridge = ChangeBridge(workspace, self)
        #: The workspace's funding sources, read again (before any view refreshes) when the list changes.
        self.funding_sources: SourceNames = self.services.funding_sources.names()
        self.bridge.changed.connect(self._on_changes)
        self.undo_stack = UndoStack(self)
        self._closed = False
        self.lost_reason: str | None = None
        self.undo_stack.lost.connect(self._lose)
        self._presence = QTimer(self)  # a stat of the path: cheap, and says "gone" before the next edit
        self._presence.setInterval(self.REFRESH_MS)
        self._presence.timeout.connect(self._check_present)
        self._presence.start()
        self._watcher: QTimer | None = None
        self.reachable = True
        if workspace.watches_others:
            workspace.others_changes()  # from now on: the window has just read everything
            self._watcher = QTimer(self)
            self._watcher.setInterval(self.REFRESH_MS if workspace.file_based else self.SERVER_REFRESH_MS)
            self._watcher.timeout.connect(self._look)
            self._watcher.start()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity == "funding_source" for c in changes) and not self._closed:
            self.funding_sources = self.services.funding_sources.names()

    @classmethod
    def open(cls, path: Path | str, ask_read_only: Callable[[str], bool] | None = None) -> Document:
        """Open ``path``; raises the core's :class:`WorkspaceError` (file untouched) when it cannot.

        When another window or program writes it, ``ask_read_only`` is shown the reason and answers
        whether to open it read-only instead (without it, or on "no", the refusal is raised).
        """
        try:
            return cls(Workspace.open(path))
        except HeldElsewhereError as exc:
            if ask_read_only is None or not ask_read_only(error_text(exc)):
                raise
        return cls(Workspace.open(path, read_only=True))

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    def _check_present(self) -> None:
        if self._closed or self.lost_reason is not None:
            return
        try:
            self.workspace.check_still_there()
        except WorkspaceGoneError as exc:
            self._lose(error_text(exc))

    def _lose(self, reason: str) -> None:
        if self.lost_reason is None:
            self.lost_reason = reason
            self._presence.stop()
            if self._watcher is not None:
                self._watcher.stop()
            self.lost.emit(reason)

    def _look(self) -> None:
        if self._closed or self.lost_reason is not None:
            return
        changes = self.workspace.others_changes()
        if changes:
            self.workspace.notify(changes)
            self.refreshed.emit()
        if self.workspace.reachable != self.reachable:
            self.reachable = self.workspace.reachable
            self.reachability.emit(self.reachable)

    @classmethod
    def create(cls, path: Path, reporting_currency: str = "EUR") -> Document:
        return cls(Workspace.create(path, reporting_currency=reporting_currency))

    @property
    def path(self) -> Location:
        return self.workspace.path

    def save_copy(self, target: Path) -> Path:
        """Save As: a consistent copy with SQLite's backup API; this window keeps the original open."""
        return self.workspace.backup_to(target)

    def upload(self, address: str) -> Location:
        """Copy every row of this workspace into the empty server database ``address`` (all or nothing)."""
        from action_planner.model.transfer import copy_workspace

        if not is_server_url(address):
            raise ValueError(
                QCoreApplication.translate("Document", "Write the address as postgresql://user@server/database.")
            )
        return copy_workspace(self.workspace, ServerAddress.parse(address))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._presence.stop()
        if self._watcher is not None:
            self._watcher.stop()
        self.undo_stack.clear()
        self.bridge.close()
        self.workspace.close()
