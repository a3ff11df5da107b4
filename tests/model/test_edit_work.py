"""A field edit does bounded work: the action read once, only changed fields compared, one UPDATE."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import event

from action_planner.model.errors import ValidationError
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
