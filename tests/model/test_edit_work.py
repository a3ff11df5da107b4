"""A field edit does bounded work: the action read once, only changed fields compared, one UPDATE."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import event

from action_planner.model.errors import ConflictError, ValidationError
from action_planner.model.services import Services


@pytest.fixture
def statements(demo: Services) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(demo.workspace.engine, "before_cursor_execute", count)
    yield seen
    event.remove(demo.workspace.engine, "before_cursor_execute", count)


def _reads_of_actions(statements: list[str]) -> int:
    return sum(
        s.startswith("SELECT") and " FROM actions " in f"{s} " and "JOIN actions" not in s and "FOR UPDATE" not in s
        for s in statements
    )


def test_a_title_edit_reads_the_action_once_and_writes_one_update(demo: Services, statements: list[str]) -> None:
    action = demo.actions.list(demo.plans.list()[0].id)[1]
    changes: list[object] = []
    demo.workspace.subscribe(changes.extend)
    statements.clear()
    view = demo.actions.update(action.id, title="Export coaching for first-time exporters")
    edit = list(statements)
    assert view.title == "Export coaching for first-time exporters"
    assert view.total == action.total  # the rest of the view is as it was
    assert view.players == action.players
    assert view.kpis == action.kpis
    assert view.budget_lines == action.budget_lines
    assert demo.actions.get(action.id) == view
    assert [getattr(c, "fields", None) for c in changes] == [("title",)]
    assert sum(s.startswith("UPDATE") for s in edit) == 1
    assert _reads_of_actions(edit) == 1
    on_server = not demo.workspace.file_based  # there: the row is locked first, and the commit announced
    assert sum(s.endswith("FOR UPDATE") for s in edit) == (1 if on_server else 0)
    assert sum("pg_notify" in s for s in edit) == (1 if on_server else 0)
    assert len(edit) <= 12 + (2 if on_server else 0)  # the view's parts, currency and rates, the UPDATE, BEGIN/COMMIT


def test_an_edit_to_the_same_value_writes_nothing_and_reports_nothing(demo: Services, statements: list[str]) -> None:
    action = demo.actions.list(demo.plans.list()[0].id)[0]
    changes: list[object] = []
    demo.workspace.subscribe(changes.extend)
    statements.clear()
    assert demo.actions.update(action.id, title=action.title, pilot=action.pilot) == action
    assert not any(s.startswith("UPDATE") for s in statements)
    assert changes == []


def test_an_end_before_the_start_is_refused_and_nothing_is_written(demo: Services, statements: list[str]) -> None:
    action = demo.actions.list(demo.plans.list()[0].id)[0]
    statements.clear()
    with pytest.raises(ValidationError):
        demo.actions.update(action.id, title="Changed", end_date=date(1999, 1, 1))
    assert not any(s.startswith("UPDATE") for s in statements)
    assert demo.actions.get(action.id) == action


_PARTS = ("FROM budget_lines", "FROM kpis", "FROM kpi_actuals", "FROM action_players", "FROM action_decisions")


def _before_the_write(statements: list[str]) -> list[str]:
    first = next(i for i, s in enumerate(statements) if s.startswith(("UPDATE", "INSERT")))
    return statements[:first]


def test_an_owner_edit_based_on_the_shown_value_checks_only_that_field(demo: Services, statements: list[str]) -> None:
    """The based-on check reads the owner from the locked row alone: no budget line, KPI or player is read
    before the write (the window's view of them is read once, after it)."""
    action = next(a for a in demo.actions.list(demo.plans.list()[0].id) if a.kpis and a.budget_lines)
    statements.clear()
    view = demo.actions.update(
        action.id, {"owner_organisation": action.owner_organisation}, owner_organisation="Camera di commercio"
    )
    edit = list(statements)
    assert view.owner_organisation == "Camera di commercio"
    assert (view.kpis, view.budget_lines, view.total) == (action.kpis, action.budget_lines, action.total)
    assert demo.actions.get(action.id) == view
    assert not [s for s in _before_the_write(edit) if any(part in s for part in _PARTS)]
    assert len(edit) <= 20 + (2 if not demo.workspace.file_based else 0)  # measured 19: the owner found or made


def test_an_owner_edit_on_a_value_changed_meanwhile_is_refused_with_the_three_values(demo: Services) -> None:
    action = demo.actions.list(demo.plans.list()[0].id)[0]
    shown = action.owner_organisation
    demo.actions.update(action.id, owner_organisation="Their agency")  # another planner, meanwhile
    with pytest.raises(ConflictError) as refused:
        demo.actions.update(action.id, {"owner_organisation": shown}, owner_organisation="My agency")
    assert list(refused.value.conflicts) == [("owner_organisation", shown, "Their agency", "My agency")]
    assert demo.actions.get(action.id).owner_organisation == "Their agency"
    demo.actions.update(action.id, {"owner_organisation": "Their agency"}, owner_organisation="My agency")
    assert demo.actions.get(action.id).owner_organisation == "My agency"


def test_reading_one_action_costs_the_same_statements_whatever_it_holds(demo: Services, statements: list[str]) -> None:
    """One read of each part of the action (as a list reads them), not one per KPI, line or player."""
    actions = demo.actions.list(demo.plans.list()[0].id)
    small = min(actions, key=lambda a: len(a.kpis) + len(a.budget_lines) + len(a.players))
    large = max(actions, key=lambda a: len(a.kpis) + len(a.budget_lines) + len(a.players))
    assert len(large.kpis) + len(large.budget_lines) > len(small.kpis) + len(small.budget_lines)
    counts = []
    for action in (small, large):
        statements.clear()
        assert demo.actions.get(action.id) == action
        counts.append(len(statements))
        assert _reads_of_actions(statements) == 1
    assert counts[0] == counts[1]
