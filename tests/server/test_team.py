"""Who may change a team workspace: an editor writes, a viewer reads only (through the app and through
plain SQL alike), and only someone with the right to create roles may grant."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import psycopg
import pytest

from action_planner.cli import main
from action_planner.model.address import ServerAddress
from action_planner.model.errors import NotPermittedError, ReadOnlyWindowError
from action_planner.model.server import ServerWorkspace
from action_planner.model.services import Services
from action_planner.model.team import Member, members
from action_planner.model.workspace import Workspace

if TYPE_CHECKING:
    from tests.conftest import ServerDatabases

LOGINS = ("ap_test_anna", "ap_test_bo")


@pytest.fixture
def logins(server_admin: str, server_databases: ServerDatabases) -> Iterator[tuple[str, str]]:
    """Two server logins as the administrator makes them (createuser), removed afterwards with the
    workspaces' group roles (their rights live in each test database, so they are dropped there)."""
    with psycopg.connect(server_admin, autocommit=True) as admin:
        for login in LOGINS:
            admin.execute(f"DROP ROLE IF EXISTS {login}")  # fixed names, never typed in
            admin.execute(f"CREATE ROLE {login} LOGIN")
    yield LOGINS
    with psycopg.connect(server_admin, autocommit=True) as admin:
        groups = [
            str(name)
            for (name,) in admin.execute("SELECT rolname FROM pg_roles WHERE rolname ~ '^ap_test_.*_(viewer|editor)$'")
        ]
        present = {str(name) for (name,) in admin.execute("SELECT datname FROM pg_database")}
    for database in {group.rsplit("_", 1)[0] for group in groups} & present:
        with psycopg.connect(server_databases.url(database), autocommit=True) as there:
            for role in (*LOGINS, *(g for g in groups if g.startswith(f"{database}_"))):
                there.execute(f'DROP OWNED BY "{role}"')
    with psycopg.connect(server_admin, autocommit=True) as admin:
        for role in (*LOGINS, *groups):
            admin.execute(f'DROP OWNED BY "{role}"')
            admin.execute(f'DROP ROLE "{role}"')


def as_login(url: str, login: str) -> str:
    return url.replace("planner_admin@", f"{login}@")


def test_an_editor_writes_a_viewer_reads_only_by_the_app_and_by_plain_sql(
    server_workspace: Callable[[str], str], logins: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_workspace("demo")
    editor, viewer = logins
    assert main(["team", url, "--grant", editor, "--as", "editor"]) == 0
    assert main(["team", url, "--grant", viewer, "--as", "viewer"]) == 0
    listed = capsys.readouterr().out
    assert f"editor  {editor}" in listed
    assert f"viewer  {viewer}" in listed

    with Workspace.open(as_login(url, editor)) as workspace:
        assert not workspace.read_only
        services = Services(workspace)
        plan = services.plans.list()[0]
        action = services.actions.add(plan.id, "Added by the editor", "export")
    with Workspace.open(as_login(url, viewer)) as workspace:
        assert workspace.read_only
        services = Services(workspace)
        assert "Added by the editor" in [a.title for a in services.actions.list(plan.id)]
        with pytest.raises(ReadOnlyWindowError, match="read this workspace, not change it"):
            services.actions.update(action.id, title="Changed by the viewer")
    with psycopg.connect(as_login(url, viewer)) as plain, pytest.raises(psycopg.errors.InsufficientPrivilege):
        plain.execute("UPDATE actions SET title = 'Changed by plain SQL'")

    assert main(["team", url, "--grant", editor, "--as", "viewer"]) == 0  # a role replaces the other
    with Workspace.open(as_login(url, editor)) as workspace:
        assert workspace.read_only


def test_only_someone_who_may_create_roles_grants(
    server_workspace: Callable[[str], str], logins: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_workspace("demo")
    editor, other = logins
    assert main(["team", url, "--grant", editor, "--as", "editor"]) == 0
    capsys.readouterr()
    assert main(["team", as_login(url, editor), "--grant", other, "--as", "editor"]) == 2
    assert "only the workspace's owner" in capsys.readouterr().err
    assert main(["team", url, "--grant", "ap_test_nobody", "--as", "viewer"]) == 2
    assert "has no login" in capsys.readouterr().err


def test_an_editor_given_a_region_changes_only_that_regions_plans_by_the_app_and_by_plain_sql(
    server_workspace: Callable[[str], str], logins: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_workspace("demo")
    bologna, everyone = logins
    assert main(["team", url, "--grant", bologna, "--as", "editor", "--region", "ITH5"]) == 0
    assert main(["team", url, "--grant", everyone, "--as", "editor"]) == 0
    listed = capsys.readouterr().out
    assert f"editor  {bologna}  (changes ITH5 only)" in listed
    assert f"editor  {everyone}\n" in listed

    with Workspace.open(url) as workspace:  # the owner
        services = Services(workspace)
        plans = {plan.region_code: plan for plan in services.plans.list()}
        own, other = plans["ITH5"], plans["ES52"]
        own_action = services.actions.list(own.id)[0]
        other_action = services.actions.list(other.id)[0]
        other_line = services.budget.add(other_action.id, "1000.00")
        before = services.actions.get(other_action.id)

    with Workspace.open(as_login(url, bologna)) as workspace:
        assert not workspace.read_only
        services = Services(workspace)
        services.actions.update(own_action.id, title="Changed in Bologna")
        services.budget.add(own_action.id, "250.00")
        refusals = (
            lambda: services.actions.update(other_action.id, title="Changed in Bologna too"),
            lambda: services.actions.update(other_action.id, effort=5),  # the single-column fast path
            lambda: services.budget.add(other_action.id, "250.00"),
            lambda: services.budget.delete(other_line.id),
            lambda: services.actions.delete(other_action.id),
            lambda: services.actions.add(other.id, "Added in Bologna", "export"),
        )
        for refused in refusals:
            with pytest.raises(NotPermittedError, match="belong to another agency"):
                refused()
        assert services.actions.get(other_action.id) == before
        assert other_line.id in [line.id for line in services.actions.get(other_action.id).budget_lines]
        assert services.actions.get(own_action.id).title == "Changed in Bologna"
        gone = services.actions.list(own.id)[-1]
        services.actions.delete(gone.id)  # its own region's action goes, budget lines and KPIs with it
        assert gone.id not in [action.id for action in services.actions.list(own.id)]

    with psycopg.connect(as_login(url, bologna)) as plain:
        for statement in (
            f"UPDATE actions SET title = 'By plain SQL' WHERE plan_id = {other.id}",
            f"DELETE FROM budget_lines WHERE id = {other_line.id}",
            f"UPDATE plans SET region_id = {own.region_id} WHERE id = {other.id}",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
                plain.execute(statement)
            plain.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            plain.execute(f"INSERT INTO team_regions VALUES ('{bologna}', 'ES52')")

    with Workspace.open(as_login(url, everyone)) as workspace:  # an editor of every region, as before
        services = Services(workspace)
        services.actions.update(other_action.id, title="Changed by the partnership")
        services.actions.delete(own_action.id)  # its budget lines and KPIs go with it

    assert main(["team", url, "--grant", bologna, "--as", "editor"]) == 0  # the limit lifted
    with Workspace.open(as_login(url, bologna)) as workspace:
        Services(workspace).actions.update(other_action.id, title="Changed in Bologna at last")


def test_regions_are_given_to_editors_only_and_must_exist(
    server_workspace: Callable[[str], str], logins: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_workspace("demo")
    login = logins[0]
    assert main(["team", url, "--grant", login, "--as", "viewer", "--region", "ITH5"]) == 2
    assert "Only an editor is given regions" in capsys.readouterr().err
    assert main(["team", url, "--grant", login, "--as", "editor", "--region", "XX99"]) == 2
    assert "no region XX99" in capsys.readouterr().err
    assert [m for m in main_members(url) if m.login == login] == []


def main_members(url: str) -> list[Member]:
    with ServerWorkspace.open_server(ServerAddress.parse(url)) as workspace:
        return members(workspace)
