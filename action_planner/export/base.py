"""The one exporter interface: a request, progress and cancel callbacks, and the registry of formats."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from action_planner.model.errors import ActionPlannerError

if TYPE_CHECKING:
    from action_planner.export.data import ExportData
    from action_planner.model.services import Services

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(ActionPlannerError):
    """An export could not be written; the message names the target file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"Cannot export to “{self.path}”: {problem}")


class ExportCancelled(Exception):
    """The user cancelled an export; no file (and no temporary file) was left behind."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where: ``plan_ids`` empty means every plan of the workspace, in region order."""

    plan_ids: tuple[int, ...]
    output: Path


#: Every exporter by its format ("docx", "xlsx", "pdf"); filled as the exporter classes are defined.
EXPORTERS: dict[str, type[Exporter]] = {}


class Exporter(ABC):
    """Writes a set of plans to one file of its format. ``export`` may run on a worker thread."""

    format: ClassVar[str]
    suffix: ClassVar[str]
    label: ClassVar[str]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if getattr(cls, "format", None):
            EXPORTERS[cls.format] = cls

    def export(
        self,
        services: Services,
        request: ExportRequest,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        """Write the export to ``request.output`` and return its path.

        ``progress(done, total)`` is called as the work goes on; ``cancelled()`` is checked between steps and,
        when it returns True, :class:`ExportCancelled` is raised with nothing left on disk.
        Raises :class:`ExportError` when the file cannot be written.
        """
        from action_planner.export.data import gather_plans
        from action_planner.export.safe_write import atomic_output

        steps = Steps(1, progress, cancelled)
        steps.check()
        with atomic_output(request.output) as temp:
            self.write(gather_plans(services, request, steps), temp, steps)
            steps.advance()
        return Path(request.output).expanduser().absolute()

    @abstractmethod
    def write(self, data: ExportData, path: Path, steps: Steps) -> None:
        """Write ``data`` in this format to ``path`` (a temporary file), advancing ``steps`` as it goes."""


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
