"""The start-up glance: what the first screen shows, read with sqlite3 alone, equal to what the services say.

The window paints this before the ORM loads and then replaces it with the services' rows, so any
difference would show as a jump; a file the full open would refuse or change shows nothing at all.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from action_planner.model.fileformat import SCHEMA_VERSION
from action_planner.model.glance import MAX_ACTIONS, Glance, glance
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def glanced(path: Path) -> Glance:
    before = folder_state(path.parent)
    seen = glance(path)
    assert seen is not None
    assert folder_state(path.parent) == before  # nothing written, no journal or index file made
    return seen


def assert_same_as_services(seen: Glance, services: Services) -> None:
    regions = services.regions.list()
    plans = services.plans.list()
    assert [r.label for r in seen.regions] == [r.label for r in regions]
    for region in seen.regions:
        assert [(p.id, p.title) for p in region.plans] == [(p.id, p.title) for p in plans if p.region_id == region.id]
    first = next(p for r in regions for p in plans if p.region_id == r.id)
    assert seen.plan_id == first.id
    assert seen.currency == first.currency
    actions = services.actions.list(first.id)
    assert [
        (a.number, a.title, a.theme_name, a.owner, a.start_date, a.end_date, a.total, a.status, a.kpi_count)
        for a in seen.actions
    ] == [
        (a.number, a.title, a.theme_name, a.owner, a.start_date, a.end_date, a.total, a.status, len(a.kpis))
        for a in actions
    ]


def test_the_demo_glance_equals_what_the_services_show(demo_path: Path) -> None:
    seen = _closed_then_compared(demo_path)
    assert len(seen.regions) == 6
    assert len(seen.actions) == 7


def _mixed_currency_plan(services: Services) -> int:
    region = services.regions.add("SE31")
    plan = services.plans.add(region.id, "Norra Mellansverige: exports", currency="SEK")
    first = services.actions.add(plan.id, "Trade mission", "export", start_date="2027-02-01")
    second = services.actions.add(plan.id, "Digital export programme", "digitisation")
    services.actions.add(plan.id, "Place branding", "liveability")  # no budget: total 0,00
    services.budget.add(first.id, "1000.10", currency="EUR", year=2027)
    services.budget.add(first.id, "2500.55", currency="SEK", year=2027)
    services.budget.add(second.id, "333.33", currency="PLN", year=2028)
    services.rates.set("EUR", "SEK", "11.0180", "2026-11-01")
    services.rates.set("EUR", "PLN", "4.2385", "2026-11-01")
    services.rates.set("EUR", "SEK", "11.2000", "2026-12-01", plan_id=plan.id)  # this plan's own rate wins
    services.kpis.add(first.id, name="Firms on the mission", target="12")
    return plan.id


def _closed_then_compared(path: Path) -> Glance:
    """Glance at ``path`` (closed, as at start-up) and check it against the services reading it."""
    seen = glanced(path)
    with Workspace.open(path) as workspace:
        assert_same_as_services(seen, Services(workspace))
    return seen


@pytest.fixture
def new_path(empty_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "work.actionplan"
    shutil.copyfile(empty_template, target)
    return target


def test_mixed_currencies_and_a_plan_rate_give_the_services_totals(new_path: Path) -> None:
    with Workspace.open(new_path) as workspace:
        _mixed_currency_plan(Services(workspace))
    seen = _closed_then_compared(new_path)
    assert [a.total is not None for a in seen.actions] == [True, True, True]


def test_a_missing_rate_shows_no_totals_as_in_the_window(new_path: Path) -> None:
    with Workspace.open(new_path) as workspace:
        services = Services(workspace)
        _mixed_currency_plan(services)
        pln = next(r for r in services.rates.list() if r.quote == "PLN")
        services.rates.delete(pln.id)
    seen = _closed_then_compared(new_path)
    assert all(a.total is None for a in seen.actions)


def test_a_workspace_without_plans_shows_its_regions_only(new_path: Path) -> None:
    with Workspace.open(new_path) as workspace:
        Services(workspace).regions.add("ITH5")
    seen = glanced(new_path)
    assert [r.label for r in seen.regions] == ["Emilia-Romagna (ITH5)"]
    assert (seen.plan_id, seen.actions) == (None, ())


def _set_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    connection.close()


@pytest.mark.parametrize("version", [1, SCHEMA_VERSION - 1, SCHEMA_VERSION + 1])
def test_a_file_to_upgrade_or_from_a_newer_app_is_left_to_the_full_open(demo_path: Path, version: int) -> None:
    _set_version(demo_path, version)
    before = folder_state(demo_path.parent)
    assert glance(demo_path) is None
    assert folder_state(demo_path.parent) == before


def test_a_pending_journal_is_left_to_the_full_open(demo_path: Path) -> None:
    demo_path.with_name(demo_path.name + "-wal").write_bytes(b"")
    assert glance(demo_path) is None


def test_a_workspace_open_in_the_app_is_not_glanced(demo_path: Path) -> None:
    with Workspace.open(demo_path) as workspace:
        Services(workspace).plans.list()
        assert glance(demo_path) is None  # its journal is live: the window waits for the full open


#: Refused files whose only fault is their structure (checked by the full open alone, which then closes
#: the glance with its message): these are shown. Every other refused file shows nothing.
SHOWN_THEN_REFUSED = {"table-of-another-app", "index-on-unknown-function", "known-table-redefined"}


def _hostile_files() -> list[object]:
    spec = importlib.util.spec_from_file_location("hostile_files", Path(__file__).with_name("test_hostile_files.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("hostile_files", module)
    spec.loader.exec_module(module)
    refused = module.REFUSED + module.SUBTLE
    return [pytest.param(make, name in SHOWN_THEN_REFUSED, id=name) for name, make, *_ in refused]


@pytest.mark.parametrize(("make", "shown"), _hostile_files())
def test_a_hostile_or_damaged_file_is_glanced_safely(
    make: Callable[[Path, Path], Path], shown: bool, demo_path: Path, tmp_path: Path
) -> None:
    """Never an exception, never a change; a file the full open refuses shows nothing, unless only its
    structure is wrong (then it is read-only data in tables the glance knows, shown until the refusal)."""
    path = make(demo_path, tmp_path / "partner")
    before = folder_state(path.parent)
    seen = glance(path)
    assert folder_state(path.parent) == before
    assert (seen is not None) == shown


def test_an_unfinished_change_in_a_rollback_journal_is_not_shown(demo_path: Path) -> None:
    demo_path.with_name(demo_path.name + "-journal").write_bytes(b"pending")
    assert glance(demo_path) is None  # the full open undoes it first (see test_hostile_files)


def test_a_read_only_file_or_folder_is_left_to_the_full_open(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == demo_path else real_access(path, mode))
    assert glance(demo_path) is None
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if Path(path) == demo_path.parent else real_access(path, mode)
    )
    assert glance(demo_path) is None


@pytest.mark.parametrize("target", ["loop", "~nosuchuser/plans.actionplan", "missing.actionplan", "."])
def test_a_path_that_leads_nowhere_shows_nothing_and_raises_nothing(tmp_path: Path, target: str) -> None:
    if target == "loop":
        (tmp_path / "a.actionplan").symlink_to(tmp_path / "b.actionplan")
        (tmp_path / "b.actionplan").symlink_to(tmp_path / "a.actionplan")
        assert glance(tmp_path / "a.actionplan") is None
    else:
        assert glance(Path(target) if target.startswith("~") else tmp_path / target) is None


def test_a_long_plan_shows_its_first_actions_only(new_path: Path) -> None:
    with Workspace.open(new_path) as workspace:
        services = Services(workspace)
        plan = services.plans.add(services.regions.add("PL41").id, "Wielkopolska")
        for number in range(MAX_ACTIONS + 5):
            services.actions.add(plan.id, f"Action {number + 1}", "export")
    seen = glanced(new_path)
    assert [a.number for a in seen.actions] == list(range(1, MAX_ACTIONS + 1))


@pytest.mark.parametrize(
    "name", ["a?b.actionplan", "c#d.actionplan", "e%20f.actionplan", "x&mode=rw.actionplan", "ü ñ 名.actionplan"]
)
def test_any_file_name_is_glanced_read_only(demo_path: Path, name: str) -> None:
    odd = demo_path.with_name(name)
    demo_path.rename(odd)
    assert len(glanced(odd).actions) == 7  # and nothing written beside it (see glanced)
