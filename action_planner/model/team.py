"""Who may change a team workspace: viewers and editors, as PostgreSQL group roles of its database.

Each workspace (one database) has two group roles, ``<database>_viewer`` (reads every table) and
``<database>_editor`` (reads and writes them); a planner's login is a member of one. The database's
owner (who uploaded the workspace) is its owner and grants the others. Because the rights are the
server's own, they hold whatever program a planner uses: a viewer's plain SQL is refused too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text
from sqlalchemy import exc as sa_exc

from action_planner.model.errors import NotPermittedError, ValidationError
from action_planner.model.server import ServerWorkspace


class TeamRole(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"


@dataclass(frozen=True, slots=True)
class Member:
    login: str
    role: str  # "owner", "editor" or "viewer"


def _group(connection: Connection, role: TeamRole) -> str:
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return f"{database}_{role.value}"


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _grants(connection: Connection, role: TeamRole) -> None:
    """Create the group role if needed and give it its rights on every table and id sequence (also on
    those a later upgrade adds)."""
    group = _group(connection, role)
    q = _quoted(connection, group)
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).scalar()
    if not exists:
        connection.execute(text(f"CREATE ROLE {q} NOLOGIN"))
    database = _quoted(connection, str(connection.execute(text("SELECT current_database()")).scalar_one()))
    connection.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {q}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {q}"))
    tables = "SELECT" if role is TeamRole.VIEWER else "SELECT, INSERT, UPDATE, DELETE"
    connection.execute(text(f"GRANT {tables} ON ALL TABLES IN SCHEMA public TO {q}"))
    connection.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {tables} ON TABLES TO {q}"))
    if role is TeamRole.EDITOR:
        connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q}"))
        connection.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {q}"))


def grant(workspace: ServerWorkspace, login: str, role: TeamRole | str) -> None:
    """Make ``login`` (an existing server login) a viewer or an editor of this workspace, and nothing else."""
    try:
        chosen = TeamRole(role)
    except ValueError:
        raise ValidationError({"role": f"“{role}” is not a role (choose viewer or editor)."}) from None
    try:
        with workspace.engine.begin() as connection:
            if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).scalar():
                raise ValidationError(
                    {"login": f"The server has no login “{login}”; its administrator creates it (createuser)."}
                )
            for each in TeamRole:
                _grants(connection, each)
                member = _quoted(connection, login)
                group = _quoted(connection, _group(connection, each))
                verb = f"GRANT {group} TO {member}" if each is chosen else f"REVOKE {group} FROM {member}"
                connection.execute(text(verb))
    except sa_exc.ProgrammingError as exc:
        raise NotPermittedError(
            workspace.address,
            "only the workspace's owner, with the right to create roles, may grant access "
            f"({str(exc.orig).strip().splitlines()[0]}).",
        ) from None


def members(workspace: ServerWorkspace) -> list[Member]:
    """The owner and every viewer and editor of this workspace."""
    with workspace.engine.connect() as connection:
        owner = connection.execute(
            text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
        ).scalar_one()
        found = [Member(str(owner), "owner")]
        for role in TeamRole:
            rows = connection.execute(
                text(
                    "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                    "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :g ORDER BY m.rolname"
                ),
                {"g": _group(connection, role)},
            )
            found.extend(Member(str(name), role.value) for (name,) in rows)
    return found
