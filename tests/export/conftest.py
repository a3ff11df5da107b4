"""Export fixtures: the demo exported once per run in every format, with the services' own totals beside it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from action_planner.export.registry import EXPORTERS
from action_planner.export.request import ExportRequest
from action_planner.model.services import Services
from action_planner.model.totals import PlanTotals
from action_planner.model.views import ActionView, PlanView
from action_planner.model.workspace import Workspace


@dataclass(frozen=True)
class DemoExports:
    """The demo's plans, actions and totals as the services report them, and one file per format."""

    services: Services
    plans: list[PlanView]
    actions: dict[int, list[ActionView]]
    totals: dict[int, PlanTotals]
    files: dict[str, Path]


@pytest.fixture(scope="session")
def demo_exports(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoExports]:
    folder = tmp_path_factory.mktemp("exports")
    path = folder / "demo.actionplan"
    shutil.copyfile(demo_template, path)
    workspace = Workspace.open(path)
    services = Services(workspace)
    files = {
        fmt: EXPORTERS[fmt]().export(services, ExportRequest((), folder / f"demo.{fmt}"))
        for fmt in ("docx", "xlsx", "pdf")
    }
    plans = services.plans.list()
    yield DemoExports(
        services=services,
        plans=plans,
        actions={p.id: services.actions.list(p.id) for p in plans},
        totals={p.id: services.budget.plan_totals(p.id) for p in plans},
        files=files,
    )
    workspace.close()


@pytest.fixture
def export_to(demo: Services, tmp_path: Path) -> Callable[..., Path]:
    """Export the private demo copy: ``export_to("docx", plan_ids=(...), name="x.docx")`` → path."""

    def run(fmt: str, plan_ids: tuple[int, ...] = (), name: str | None = None) -> Path:
        return EXPORTERS[fmt]().export(demo, ExportRequest(plan_ids, tmp_path / (name or f"out.{fmt}")))

    return run
