"""Undo commands pushed on a bare undo stack: each change, its undo and redo, checked in the services' data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from action_planner.model.errors import NotFoundError, ValidationError
from action_planner.model.services import Services
from action_planner.ui.commands.actions import (
    AddAction,
    AddFromCatalogue,
    DeleteAction,
    DuplicateAction,
    EditAction,
    MoveAction,
    SetPlayers,
)
from action_planner.ui.commands.budget import AddBudgetLine, DeleteBudgetLine, EditBudgetLine, SetReportingCurrency
from action_planner.ui.commands.kpis import AddKpi, DeleteKpi, EditKpi
from action_planner.ui.commands.regions import AddPlan, AddRegion, DeletePlan, DeleteRegion, EditPlan, RenameRegion
from action_planner.ui.undo import UndoStack


@pytest.fixture
def stack() -> UndoStack:
    return UndoStack()


def _titles(demo: Services, plan_id: int) -> list[str]:
    return [a.title for a in demo.actions.list(plan_id)]


def test_add_region_and_plan_undo_redo_keep_their_ids(services: Services, stack: UndoStack) -> None:
    region = stack.run(AddRegion(services, "UKE4"))
    plan = stack.run(AddPlan(services, region.region_id or 0, "West Yorkshire plan"))
    assert region.error is None
    assert plan.error is None
    assert stack.undoText() == "Add plan"
    stack.undo()
    stack.undo()
    assert services.regions.list() == []
    stack.redo()
    stack.redo()
    assert [r.id for r in services.regions.list()] == [region.region_id]
    assert [p.id for p in services.plans.list()] == [plan.plan_id]


def test_refused_command_is_not_recorded(services: Services, stack: UndoStack) -> None:
    command = stack.run(AddRegion(services, "NOT-A-CODE"))
    assert command.error is not None
    assert "NOT-A-CODE" in str(command.error)
    assert stack.count() == 0
    assert services.regions.list() == []


def test_rename_region_and_delete_region_with_snapshot(demo: Services, stack: UndoStack) -> None:
    region = demo.regions.list()[0]
    plans = [p.id for p in demo.plans.list(region.id)]
    stack.run(RenameRegion(demo, region.id, "Emilia"))
    assert demo.regions.get(region.id).name == "Emilia"
    stack.run(DeleteRegion(demo, region.id))
    with pytest.raises(NotFoundError):
        demo.regions.get(region.id)
    stack.undo()
    assert [p.id for p in demo.plans.list(region.id)] == plans
    assert len(demo.actions.list(plans[0])) == 7
    stack.undo()
    assert demo.regions.get(region.id).name == region.name


def test_edit_and_delete_plan(demo: Services, stack: UndoStack) -> None:
    plan = demo.plans.list()[0]
    command = stack.run(EditPlan(demo, plan.id, {"contact_email": "not an address"}, "Change plan details"))
    assert isinstance(command.error, ValidationError)
    assert "contact_email" in command.error.errors
    assert stack.count() == 0
    stack.run(EditPlan(demo, plan.id, {"instrument_name": "New ROP"}, "Change plan details"))
    stack.run(DeletePlan(demo, plan.id))
    stack.undo()
    assert demo.plans.get(plan.id).instrument_name == "New ROP"
    stack.undo()
    assert demo.plans.get(plan.id).instrument_name == plan.instrument_name


def test_action_commands(demo: Services, stack: UndoStack) -> None:
    plan_id = demo.plans.list()[0].id
    before = _titles(demo, plan_id)
    intervention = demo.catalogue.interventions("export credit insurance")[0]
    added = stack.run(AddFromCatalogue(demo, plan_id, intervention.id, position=1))
    assert _titles(demo, plan_id)[1] == "Assicurazione del credito all'esportazione"  # the Italian plan's language
    custom = stack.run(AddAction(demo, plan_id, "Export club", "partnership"))
    copy = stack.run(DuplicateAction(demo, custom.action_id or 0))
    assert _titles(demo, plan_id)[-2:] == ["Export club", "Export club (copy)"]
    stack.run(EditAction(demo, custom.action_id or 0, {"owner_organisation": "Regione Emilia-Romagna"}, "Change owner"))
    stack.run(SetPlayers(demo, custom.action_id or 0, [("Clust-ER Mech", "hosts meetings")]))
    stack.run(MoveAction(demo, custom.action_id or 0, 0))
    assert _titles(demo, plan_id)[0] == "Export club"
    stack.run(DeleteAction(demo, added.action_id or 0))
    for _ in range(7):
        stack.undo()
    assert _titles(demo, plan_id) == before
    for _ in range(7):
        stack.redo()
    view = demo.actions.get(custom.action_id or 0)
    assert view.number == 1
    assert view.owner_organisation == "Regione Emilia-Romagna"
    assert [(p.organisation, p.role) for p in view.players] == [("Clust-ER Mech", "hosts meetings")]
    assert copy.action_id in [a.id for a in demo.actions.list(plan_id)]
    assert added.action_id not in [a.id for a in demo.actions.list(plan_id)]


def test_budget_commands(demo: Services, stack: UndoStack) -> None:
    action = demo.actions.list(demo.plans.list()[0].id)[0]
    line = action.budget_lines[0]
    stack.run(EditBudgetLine(demo, line, {"amount": "1250.50"}))
    assert stack.undoText() == "Change budget"
    refused = stack.run(EditBudgetLine(demo, demo.budget.lines(action.id)[0], {"amount": "12,5"}))
    assert refused.error is not None
    assert stack.count() == 1
    added = stack.run(AddBudgetLine(demo, action.id, "99", note="Room hire"))
    stack.run(DeleteBudgetLine(demo, demo.budget.lines(action.id)[0], 0))
    assert [x.amount for x in demo.budget.lines(action.id)] == [action.budget_lines[1].amount, Decimal("99.00")]
    stack.undo()
    stack.undo()
    assert [x.id for x in demo.budget.lines(action.id)] == [b.id for b in action.budget_lines]
    assert demo.budget.lines(action.id)[0].amount == Decimal("1250.50")
    stack.undo()
    assert demo.budget.lines(action.id)[0].amount == line.amount
    stack.redo()
    stack.redo()
    assert added.line is not None
    assert demo.budget.lines(action.id)[-1].id == added.line.id


def test_kpi_commands(demo: Services, stack: UndoStack) -> None:
    action = demo.actions.list(demo.plans.list()[0].id)[0]
    added = stack.run(AddKpi(demo, action.id, "RCO04"))
    kpi = demo.kpis.list(action.id)[-1]
    assert kpi.code == "RCO04"
    assert kpi.id == added.kpi_id
    stack.run(EditKpi(demo, kpi, {"target": "40"}))
    stack.run(EditKpi(demo, demo.kpis.list(action.id)[-1], {"indicator": "RCR03"}))
    assert demo.kpis.list(action.id)[-1].code == "RCR03"
    stack.undo()
    restored = demo.kpis.list(action.id)[-1]
    assert (restored.code, restored.unit, restored.target) == ("RCO04", kpi.unit, Decimal(40))
    stack.run(DeleteKpi(demo, kpi.id))
    stack.undo()
    assert demo.kpis.list(action.id)[-1].id == kpi.id


def test_reporting_currency(demo: Services, stack: UndoStack) -> None:
    stack.run(SetReportingCurrency(demo, "SEK"))
    assert demo.rates.reporting_currency() == "SEK"
    stack.undo()
    assert demo.rates.reporting_currency() == "EUR"


def test_undo_of_a_vanished_target_is_reported_and_dropped(demo: Services, stack: UndoStack) -> None:
    plan = demo.plans.list()[0]
    stack.run(EditPlan(demo, plan.id, {"title": "Renamed"}, "Rename plan"))
    demo.plans.delete(plan.id)  # behind the stack's back (another window, a script)
    messages: list[str] = []
    stack.failed.connect(messages.append)
    stack.undo()
    assert messages
    assert "no longer exists" in messages[0]
    assert stack.count() == 0
