"""Headless export for the command line: open a workspace, pick plans (all, or one region's), write one file."""

from __future__ import annotations

from pathlib import Path

from action_planner.export.registry import exporter_class
from action_planner.export.request import ExportRequest
from action_planner.model.errors import ActionPlannerError, Location
from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP


def export_workspace(
    path: Location, fmt: str, output: Path, region: str | None = None, *, table_of_contents: bool = False
) -> Path:
    """Export every plan of the workspace at ``path`` (or only the plans of the region ``region``) to ``output``;
    ``table_of_contents`` adds a contents page to a Word export."""
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    exporter = exporter_class(fmt)
    with Workspace.open_for_reading(path) as workspace:  # beside a window writing it
        services = Services(workspace)
        plan_ids: tuple[int, ...] = ()
        if region is not None:
            regions = services.regions.list()
            wanted = region.strip().upper()
            match = next((r for r in regions if r.code.upper() == wanted), None)
            if match is None:
                codes = ", ".join(r.code for r in regions) or Message(QT_TRANSLATE_NOOP("Model", "none"))
                raise ActionPlannerError(
                    Message(
                        QT_TRANSLATE_NOOP("Model", "The workspace has no region “%1” (its regions are: %2)."),
                        region,
                        codes,
                    )
                )
            plan_ids = tuple(p.id for p in services.plans.list(match.id))
            if not plan_ids:
                raise ActionPlannerError(Message(QT_TRANSLATE_NOOP("Model", "%1 has no plans to export."), match.label))
        request = ExportRequest(plan_ids, Path(output), table_of_contents=table_of_contents)
        return exporter().export(services, request)
