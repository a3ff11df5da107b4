"""The one exporter interface: gather the plans, write them in one format to a temporary file, rename it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from action_planner.export.data import ExportData, gather_plans
from action_planner.export.request import Cancelled, ExportFormat, ExportRequest, Progress, Steps
from action_planner.export.safe_write import atomic_output

if TYPE_CHECKING:
    from action_planner.model.services import Services


class Exporter(ABC):
    """Writes a set of plans to one file of its format. ``export`` may run on a worker thread."""

    format: ClassVar[ExportFormat]

    @property
    def suffix(self) -> str:
        return self.format.suffix

    @property
    def label(self) -> str:
        return self.format.label

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
        steps = Steps(1, progress, cancelled)
        steps.check()
        with atomic_output(request.output) as temp:
            self.write(gather_plans(services, request, steps), temp, steps)
            steps.advance()
        return Path(request.output).expanduser().absolute()

    @abstractmethod
    def write(self, data: ExportData, path: Path, steps: Steps) -> None:
        """Write ``data`` in this format to ``path`` (a temporary file), advancing ``steps`` as it goes."""
