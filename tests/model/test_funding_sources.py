"""The workspace's own list of funding sources: the built-in ones by default, then the planner's own."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from action_planner.model.errors import ValidationError
from action_planner.model.fileformat import APPLICATION_ID, SCHEMA_VERSION
from action_planner.model.migrate import upgrade
from action_planner.model.services import Services
from action_planner.model.workspace import Workspace

UKSPF = "UK Shared Prosperity Fund"
BUILT_IN = ["ERDF / Interreg", "National", "Regional", "Municipal", "Private", "Other"]


@pytest.fixture
def action(services: Services) -> Any:
    region = services.regions.add("UKE4")
    plan = services.plans.add(region.id, "West Yorkshire plan")
    return services.actions.add(plan.id, "Export vouchers", theme="export")


def names(services: Services) -> list[str]:
    return [s.name for s in services.funding_sources.list()]


def test_a_new_workspace_offers_the_built_in_sources_in_order(services: Services) -> None:
    sources = services.funding_sources.list()
    assert [s.name for s in sources] == BUILT_IN
    assert [s.code for s in sources] == ["erdf_interreg", "national", "regional", "municipal", "private", "other"]
    assert all(s.builtin for s in sources)


def test_a_source_of_ones_own_is_added_last_and_named_on_a_line(services: Services, action: Any) -> None:
    added = services.funding_sources.add(f"  {UKSPF} ")
    assert (added.name, added.code, added.builtin) == (UKSPF, "uk_shared_prosperity_fund", False)
    assert names(services)[-1] == UKSPF
    line = services.budget.add(action.id, "12000", funding_source=UKSPF.upper())
    assert line.funding_source == added.code
    totals = services.budget.plan_totals(action.plan_id).plan
    assert totals is not None
    assert totals.by_source[added.code] == Decimal("12000.00")
    assert list(totals.by_source)[-1] == added.code  # in the list's order
    assert services.funding_sources.names().name(line.funding_source) == UKSPF


def test_a_second_source_of_the_same_name_is_refused(services: Services) -> None:
    services.funding_sources.add(UKSPF)
    with pytest.raises(ValidationError) as caught:
        services.funding_sources.add(UKSPF.lower())
    assert "already in the list of funding sources" in caught.value.errors["name"]
    assert names(services).count(UKSPF) == 1


def test_an_unknown_source_on_a_line_is_refused_naming_the_list(services: Services, action: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        services.budget.add(action.id, "100", funding_source="Lottery")
    assert "“Lottery” is not one of: ERDF / Interreg, National" in caught.value.errors["funding_source"]
    assert services.budget.lines(action.id) == []


def test_renaming_a_built_in_source_keeps_its_code_and_renaming_it_back_restores_it(
    services: Services, action: Any
) -> None:
    line = services.budget.add(action.id, "100", funding_source="other")
    renamed = services.funding_sources.rename("other", "Other public funds")
    assert (renamed.code, renamed.name, renamed.builtin) == ("other", "Other public funds", False)
    assert services.budget.lines(action.id)[0].funding_source == line.funding_source == "other"
    back = services.funding_sources.rename("other", "Other")
    assert back.builtin


def test_moving_a_source_reorders_the_list(services: Services) -> None:
    services.funding_sources.add(UKSPF)
    services.funding_sources.move("uk_shared_prosperity_fund", 1)
    assert names(services) == [BUILT_IN[0], UKSPF, *BUILT_IN[1:]]
    assert [s.position for s in services.funding_sources.list()] == list(range(7))


def test_a_source_in_use_cannot_be_removed_and_nothing_changes(services: Services, action: Any) -> None:
    source = services.funding_sources.add(UKSPF)
    services.budget.add(action.id, "100", funding_source=source.code)
    services.budget.add(action.id, "200", funding_source=source.code)
    before = (services.funding_sources.list(), services.budget.lines(action.id))
    with pytest.raises(ValidationError) as caught:
        services.funding_sources.remove(source.code)
    assert caught.value.errors["name"] == (
        "“UK Shared Prosperity Fund” is the funding source of 2 budget lines; give them another source first."
    )
    assert (services.funding_sources.list(), services.budget.lines(action.id)) == before


def test_an_unused_source_is_removed_and_restored_where_it_was(services: Services) -> None:
    (regional,) = (s for s in services.funding_sources.list() if s.code == "regional")
    removed = services.funding_sources.remove("regional")
    assert removed == regional
    assert "Regional" not in names(services)
    assert [s.position for s in services.funding_sources.list()] == list(range(5))
    services.funding_sources.restore(removed)
    assert services.funding_sources.list()[2] == regional


def test_new_lines_start_with_the_first_source_when_regional_is_gone(services: Services, action: Any) -> None:
    services.funding_sources.remove("regional")
    assert services.budget.add(action.id, "100").funding_source == "erdf_interreg"


def test_a_third_format_workspace_opens_with_its_lines_sources_and_the_default_list(tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from action_planner.model.catalogue import seed_workspace

    path = tmp_path / "old.actionplan"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.close()
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0003")
    with Session(engine) as session, session.begin():
        seed_workspace(session)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO regions (id, code, name, scheme, level, country_code, country_name, position) "
            "VALUES (1, 'UKE4', 'West Yorkshire', 'NUTS 2024', 2, 'UK', 'United Kingdom', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO plans (id, region_id, title, project, partner_organisation, other_partners, instrument_type,"
            " instrument_name, contact_name, contact_email, contact_phone, context, currency, language,"
            " english_summary, status, signatory) VALUES (1, 1, 'Old plan', 'Compete-In', '', '', 'growth_and_jobs',"
            " '', '', '', '', '', 'GBP', 'en', '', 'draft', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO actions (id, plan_id, position, title, theme_id, background, description, status, priority,"
            " pilot, notes) VALUES (1, 1, 0, 'Old action', 1, '', '', 'planned', 'medium', 0, '')"
        )
        for n, source in enumerate(("erdf_interreg", "municipal", "private")):
            connection.exec_driver_sql(
                "INSERT INTO budget_lines (id, action_id, position, amount, currency, funding_source, year, note)"
                f" VALUES ({n + 1}, 1, {n}, '100.00', 'GBP', '{source}', 2027, '')"
            )
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == 3
    engine.dispose()

    with Workspace.open(path) as workspace:
        services = Services(workspace)
        assert [x.funding_source for x in services.budget.lines(1)] == ["erdf_interreg", "municipal", "private"]
        assert names(services) == BUILT_IN
        with pytest.raises(ValidationError):  # the upgraded file guards its lines' sources as a new one does
            services.funding_sources.remove("municipal")
        with workspace.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION == 4
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            shown = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'budget_lines'").scalar()
            assert "CHECK (funding_source IN" not in str(shown)


def test_a_line_naming_no_source_of_the_list_is_refused_by_the_file(workspace: Workspace) -> None:
    from sqlalchemy.exc import IntegrityError

    services = Services(workspace)
    region = services.regions.add("UKE4")
    plan = services.plans.add(region.id, "Plan")
    action = services.actions.add(plan.id, "A", theme="export")
    with pytest.raises(IntegrityError), workspace.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO budget_lines (action_id, position, amount, currency, funding_source, year, note)"
            f" VALUES ({action.id}, 0, '1.00', 'GBP', 'lottery', 2027, '')"
        )
