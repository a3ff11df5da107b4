"""Who may change a team workspace: an editor writes, a viewer reads only (through the app and through
plain SQL alike), and only someone with the right to create roles may grant."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import psycopg
import pytest

from action_planner.cli import main
from action_planner.model.errors import ReadOnlyWindowError
from action_planner.model.services import Services
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
