"""Who may change a team workspace: viewers and editors, as PostgreSQL group roles of its database.

Each workspace (one database) has two group roles, ``<database>_viewer`` (reads every table) and
``<database>_editor`` (reads and writes them); a planner's login is a member of one. The database's
owner (who uploaded the workspace) is its owner and grants the others. Because the rights are the
server's own, they hold whatever program a planner uses: a viewer's plain SQL is refused too.

Where a region's plans belong to one agency, an editor is given regions (``grant(..., regions=[...])``):
row-level security then lets that login change only those regions' plans, actions, budget lines, KPIs,
decisions, workshops and plan rates, and read everything. The policies' ``WITH CHECK`` refuses a row
written into another region; a trigger refuses changing or deleting a row that is in another region,
because a PostgreSQL ``USING`` policy would skip such rows silently, and a refused change must be said.
An editor given no regions changes every region, as before; workspace-wide rates stay with those editors.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text
from sqlalchemy import exc as sa_exc

from action_planner.model.errors import NotPermittedError, ValidationError
from action_planner.model.messages import Message
from action_planner.model.server import ServerWorkspace
from action_planner.model.translatable import QT_TRANSLATE_NOOP, translate


class TeamRole(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"


@dataclass(frozen=True, slots=True)
class Member:
    login: str
    role: str  # "owner", "editor" or "viewer"
    regions: tuple[str, ...] = ()  # the region codes an editor may change; () = every region


#: Which region a row of each plan-owned table belongs to: (table, guard function, its column).
REGION_TABLES = (
    ("regions", "region", "id"),
    ("plans", "region", "region_id"),
    ("actions", "plan", "plan_id"),
    ("workshops", "plan", "plan_id"),
    ("exchange_rates", "plan", "plan_id"),
    ("action_players", "action", "action_id"),
    ("budget_lines", "action", "action_id"),
    ("kpis", "action", "action_id"),
    ("action_decisions", "action", "action_id"),
    ("review_comments", "action", "action_id"),
    ("kpi_actuals", "kpi", "kpi_id"),
)

#: The functions the policies call. SECURITY DEFINER, so that a planner need not read ``team_regions``'
#: rows of others; ``session_user`` is the planner's login. A parent that is not found is being deleted
#: in the same statement (its own guard decided), so its rows follow it; a missing plan of a rate is a
#: workspace-wide rate, which only an editor of every region changes.
_GUARDS = """
CREATE OR REPLACE FUNCTION ap_may_edit_region(region integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT NOT EXISTS (SELECT 1 FROM team_regions WHERE login = session_user)
      OR EXISTS (SELECT 1 FROM team_regions t JOIN regions r ON r.code = t.region_code
                 WHERE t.login = session_user AND r.id = region)
$$;
CREATE OR REPLACE FUNCTION ap_may_edit_plan(plan integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN plan IS NULL THEN ap_may_edit_region(NULL)
              ELSE COALESCE((SELECT ap_may_edit_region(region_id) FROM plans WHERE id = plan), true) END
$$;
CREATE OR REPLACE FUNCTION ap_may_edit_action(action integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT COALESCE((SELECT ap_may_edit_plan(plan_id) FROM actions WHERE id = action), true)
$$;
CREATE OR REPLACE FUNCTION ap_may_edit_kpi(kpi integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT COALESCE((SELECT ap_may_edit_action(action_id) FROM kpis WHERE id = kpi), true)
$$;
CREATE OR REPLACE FUNCTION ap_refuse_other_regions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  allowed boolean;
BEGIN
  EXECUTE format('SELECT ap_may_edit_%s(($1).%I)', TG_ARGV[0], TG_ARGV[1]) INTO allowed USING OLD;
  IF NOT allowed THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = format('row-level security: this row of %s belongs to another agency''s region', TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
"""


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


def _region_security(connection: Connection) -> None:
    """Create ``team_regions``, the guard functions, the policies and the delete triggers (idempotent)."""
    connection.execute(
        text(
            "CREATE TABLE IF NOT EXISTS team_regions (login name NOT NULL, region_code text NOT NULL, "
            "PRIMARY KEY (login, region_code))"
        )
    )
    for role in TeamRole:  # everyone may see who holds which region; nobody but the owner changes it
        group = _quoted(connection, _group(connection, role))
        connection.execute(text(f"REVOKE ALL ON team_regions FROM {group}"))
        connection.execute(text(f"GRANT SELECT ON team_regions TO {group}"))
    connection.execute(text(_GUARDS))
    for table, kind, column in REGION_TABLES:
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for policy in ("ap_read", "ap_insert", "ap_update", "ap_delete"):
            connection.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
        may = f"ap_may_edit_{kind}({column})"
        connection.execute(text(f"CREATE POLICY ap_read ON {table} FOR SELECT USING (true)"))
        connection.execute(text(f"CREATE POLICY ap_insert ON {table} FOR INSERT WITH CHECK ({may})"))
        connection.execute(text(f"CREATE POLICY ap_update ON {table} FOR UPDATE USING (true) WITH CHECK ({may})"))
        connection.execute(text(f"CREATE POLICY ap_delete ON {table} FOR DELETE USING (true)"))
        connection.execute(text(f"DROP TRIGGER IF EXISTS ap_refuse_other_regions ON {table}"))
        connection.execute(
            text(
                f"CREATE TRIGGER ap_refuse_other_regions BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION ap_refuse_other_regions('{kind}', '{column}')"
            )
        )


def _checked_regions(connection: Connection, regions: list[str]) -> list[str]:
    known = {str(code) for (code,) in connection.execute(text("SELECT code FROM regions"))}
    unknown = sorted(set(regions) - known)
    if unknown:
        raise ValidationError(
            {
                "regions": Message(
                    translate("Model", "The workspace has no region %1 (its regions: %2).", None, 1),
                    ", ".join(unknown),
                    ", ".join(sorted(known)),
                    n=len(unknown),
                )
            }
        )
    return sorted(set(regions))


def grant(workspace: ServerWorkspace, login: str, role: TeamRole | str, regions: list[str] | None = None) -> None:
    """Make ``login`` (an existing server login) a viewer or an editor of this workspace, and nothing else.

    ``regions`` (region codes) limits an editor to those regions' plans by row-level security; without
    it the editor changes every region (and a limit given before is lifted).
    """
    try:
        chosen = TeamRole(role)
    except ValueError:
        raise ValidationError(
            {
                "role": Message(
                    QT_TRANSLATE_NOOP("Model", "“%1” is not a role (choose %2 or %3)."), str(role), "viewer", "editor"
                )
            }
        ) from None
    if regions and chosen is not TeamRole.EDITOR:
        raise ValidationError(
            {"regions": Message(QT_TRANSLATE_NOOP("Model", "Only an editor is given regions: a viewer changes none."))}
        )
    try:
        with workspace.engine.begin() as connection:
            if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).scalar():
                raise ValidationError(
                    {
                        "login": Message(
                            QT_TRANSLATE_NOOP(
                                "Model", "The server has no login “%1”; its administrator creates it (createuser)."
                            ),
                            login,
                        )
                    }
                )
            limited = _checked_regions(connection, regions) if regions else []
            for each in TeamRole:
                _grants(connection, each)
                member = _quoted(connection, login)
                group = _quoted(connection, _group(connection, each))
                verb = f"GRANT {group} TO {member}" if each is chosen else f"REVOKE {group} FROM {member}"
                connection.execute(text(verb))
            if limited or _has_region_table(connection):
                _region_security(connection)
                connection.execute(text("DELETE FROM team_regions WHERE login = :l"), {"l": login})
                for code in limited:
                    connection.execute(
                        text("INSERT INTO team_regions (login, region_code) VALUES (:l, :c)"), {"l": login, "c": code}
                    )
    except sa_exc.ProgrammingError as exc:
        raise NotPermittedError(
            workspace.address,
            Message(
                QT_TRANSLATE_NOOP(
                    "Model", "only the workspace's owner, with the right to create roles, may grant access (%1)."
                ),
                str(exc.orig).strip().splitlines()[0],
            ),
        ) from None


def _has_region_table(connection: Connection) -> bool:
    return bool(connection.execute(text("SELECT to_regclass('public.team_regions') IS NOT NULL")).scalar())


def members(workspace: ServerWorkspace) -> list[Member]:
    """The owner and every viewer and editor of this workspace (an editor with the regions it may change)."""
    with workspace.engine.connect() as connection:
        held: dict[str, list[str]] = {}
        if _has_region_table(connection):
            for login, code in connection.execute(text("SELECT login, region_code FROM team_regions ORDER BY 1, 2")):
                held.setdefault(str(login), []).append(str(code))
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
            found.extend(Member(str(name), role.value, tuple(held.get(str(name), ()))) for (name,) in rows)
    return found
