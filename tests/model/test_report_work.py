"""Reports read each thing once for any number of plans: ``info`` and the exporters cost no query per plan."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from action_planner.cli import info_document
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine sends while the test runs."""
    sent: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    yield sent
    event.remove(Engine, "before_cursor_execute", count)


def test_reports_of_all_plans_cost_the_statements_of_one(demo: Services, statements: list[str]) -> None:
    ids = [p.id for p in demo.plans.list()]
    assert len(ids) >= 6
    statements.clear()
    one = demo.reports.plan_reports(ids[:1])
    for_one = len(statements)
    statements.clear()
    every = demo.reports.plan_reports(ids)
    assert len(statements) == for_one
    assert every[:1] == one
    assert every == [demo.reports.plan_report(plan_id) for plan_id in ids]  # the same as plan by plan


def _add_plans(path: Path, count: int) -> list[int]:
    """``count`` more plans in the demo's first region, each with two actions and a budget line."""
    with Workspace.open(path) as workspace:
        services = Services(workspace)
        region = services.regions.list()[0]
        added = []
        for number in range(count):
            plan = services.plans.add(region.id, f"Extra plan {number + 1}")
            for title in ("Export vouchers", "Trade mission"):
                action = services.actions.add(plan.id, title, "export")
                services.budget.add(action.id, "1000.50", currency=plan.currency)
            added.append(plan.id)
        return added


def test_info_reads_as_many_statements_for_sixteen_plans_as_for_six(demo_path: Path, statements: list[str]) -> None:
    statements.clear()
    before = info_document(demo_path)
    for_six = len(statements)
    added = _add_plans(demo_path, 10)
    statements.clear()
    after = info_document(demo_path)
    assert len(statements) == for_six
    plans = {p["id"]: p for r in after["regions"] for p in r["plans"]}
    assert len(plans) == sum(len(r["plans"]) for r in before["regions"]) + 10
    for plan_id in added:
        assert plans[plan_id]["total"] == str(Decimal("2001.00"))
        assert [a["total"] for a in plans[plan_id]["actions"]] == ["1000.50", "1000.50"]
