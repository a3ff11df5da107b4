"""What an export is asked to do, how it reports progress and cancellation, and how it fails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from action_planner.model.errors import ActionPlannerError
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(ActionPlannerError):
    """An export could not be written; the message names the target file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(Message(QT_TRANSLATE_NOOP("Model", "Cannot export to “%1”: %2"), str(self.path), problem))


class ExportCancelled(Exception):
    """The user cancelled an export; no file (and no temporary file) was left behind."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where: ``plan_ids`` empty means every plan of the workspace, in region order.

    ``table_of_contents`` asks the Word export for a contents page (a TOC field Word and LibreOffice update).
    """

    plan_ids: tuple[int, ...]
    output: Path
    table_of_contents: bool = False


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One format the planner can export to, and the module and class of its exporter (imported on demand)."""

    name: str
    suffix: str
    label: str
    module: str
    class_name: str


class Steps:
    """Counts the steps of one export, reports progress and checks for cancellation between them."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise :class:`ExportCancelled` if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled

    def advance(self, count: int = 1) -> None:
        """Mark ``count`` steps done, report progress, then check for cancellation."""
        self.done = min(self.done + count, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()

    def grow(self, count: int) -> None:
        """Add ``count`` steps once the size of the work is known."""
        self.total += count
