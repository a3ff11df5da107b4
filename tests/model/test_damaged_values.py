"""A well-formed workspace holding a damaged value: every reader names the record, nothing else breaks."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from action_planner.cli import main
from action_planner.model.errors import DamagedValueError
from action_planner.model.glance import glance
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, sql: str, *params: object) -> None:
    """Write a raw value with plain sqlite3, as another program or a hand edit would (checks switched off)."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute(sql, params)
        db.commit()
    finally:
        db.close()


def first_plan_line(path: Path) -> tuple[int, int]:
    """(budget line id, plan id) of the first budget line of the first plan, in region order."""
    db = sqlite3.connect(path)
    try:
        row = db.execute(
            "SELECT b.id, a.plan_id FROM budget_lines b JOIN actions a ON a.id = b.action_id "
            "JOIN plans p ON p.id = a.plan_id JOIN regions r ON r.id = p.region_id "
            "ORDER BY r.position, r.code, p.id, a.position, b.position LIMIT 1"
        ).fetchone()
    finally:
        db.close()
    return int(row[0]), int(row[1])


AMOUNTS = ["abc", "1E+400", "Infinity", "NaN", "1" * 44, "-5"]


@pytest.mark.parametrize("raw", AMOUNTS)
def test_a_damaged_amount_is_named_by_info_and_export(
    demo_path: Path, tmp_path: Path, raw: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line_id, _plan_id = first_plan_line(demo_path)
    damage(demo_path, "UPDATE budget_lines SET amount = ? WHERE id = ?", raw, line_id)
    before = digest(demo_path)

    assert main(["info", str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err  # one line, no traceback
    assert f"budget line {line_id}" in err
    assert "field “amount” in table budget_lines" in err
    assert raw[:40] in err

    output = tmp_path / "plans.xlsx"
    assert main(["export", str(demo_path), "--format", "xlsx", "--output", str(output)]) == 2
    assert f"budget line {line_id}" in capsys.readouterr().err
    assert not output.exists()
    assert digest(demo_path) == before


def test_the_rest_of_the_workspace_stays_usable(demo_path: Path, tmp_path: Path) -> None:
    line_id, damaged_plan = first_plan_line(demo_path)
    damage(demo_path, "UPDATE budget_lines SET amount = 'abc' WHERE id = ?", line_id)
    with Workspace.open(demo_path) as workspace:
        services = Services(workspace)
        plans = services.plans.list()  # the navigator's list still reads
        assert len(plans) == 6
        with pytest.raises(DamagedValueError) as refused:
            services.actions.list(damaged_plan)
        assert refused.value.damaged  # the record is named, not only the value
        other = next(p for p in plans if p.id != damaged_plan)
        assert services.actions.list(other.id)
        # an edit elsewhere still commits
        action = services.actions.list(other.id)[0]
        assert services.actions.update(action.id, title="Still editable").title == "Still editable"
    region = other.region_code
    output = tmp_path / "other.docx"
    assert main(["export", str(demo_path), "--format", "docx", "--region", region, "--output", str(output)]) == 0
    assert output.stat().st_size > 0


@pytest.mark.parametrize(
    "case",
    [
        ("actions", "start_date", "2027-02-30", "a date written YYYY-MM-DD"),
        ("actions", "status", "bogus", "one of: Planned, In progress"),
        ("actions", "impact", 9, "a whole number from 1 to 5"),
        ("actions", "effort", "high", "a whole number from 1 to 5"),
        ("actions", "votes_for", -3, "not negative"),
        ("exchange_rates", "rate", "0", "a positive number"),
        ("exchange_rates", "valid_on", "yesterday", "a date written YYYY-MM-DD"),
        ("kpis", "target", "lots", "a number"),
        ("plans", "status", "approved?", "one of: Draft"),
    ],
)
def test_each_kind_of_damaged_value_is_named(
    demo_path: Path, case: tuple[str, str, object, str], capsys: pytest.CaptureFixture[str]
) -> None:
    table, column, raw, expected = case
    damage(demo_path, f"UPDATE {table} SET {column} = ? WHERE id = (SELECT min(id) FROM {table})", raw)
    assert main(["info", str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert f"field “{column}” in table {table}" in err
    assert expected in err


def test_a_damaged_value_means_no_glance(demo_path: Path) -> None:
    assert glance(demo_path) is not None
    line_id, _plan_id = first_plan_line(demo_path)
    for raw in ("NaN", "-5", "abc"):
        damage(demo_path, "UPDATE budget_lines SET amount = ? WHERE id = ?", raw, line_id)
        assert glance(demo_path) is None, raw  # the full open explains it instead of a wrong total


def test_a_healthy_workspace_scans_clean(demo: Services) -> None:
    from action_planner.model.damage import checked_columns, scan

    with demo.workspace.reading() as session:
        assert scan(session.connection()) == []
    checked = {(table.name, column) for table, column in checked_columns()}
    assert {
        ("budget_lines", "amount"),
        ("actions", "start_date"),
        ("actions", "status"),
        ("kpi_actuals", "value"),
    } <= checked
