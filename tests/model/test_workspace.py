"""The workspace file: creation, migrations, foreign keys, and every way an open can fail safely."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from action_planner.model.entities import Base, BudgetLine
from action_planner.model.errors import (
    DamagedError,
    LockedError,
    NewerSchemaError,
    NotAWorkspaceError,
    ReadOnlyError,
    WorkspaceError,
)
from action_planner.model.fileformat import APPLICATION_ID, SCHEMA_VERSION
from action_planner.model.migrate import head_revision, upgrade
from action_planner.model.workspace import Workspace, backup_name


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrating_an_empty_file_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert connection.execute(text("PRAGMA user_version")).scalar() == SCHEMA_VERSION
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    engine.dispose()


def test_new_workspace_is_marked_seeded_and_in_wal_mode(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA trusted_schema")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM interventions")).scalar() == 40


def test_an_orphan_row_is_refused(workspace: Workspace) -> None:
    from decimal import Decimal

    from action_planner.model.enums import FundingSource

    orphan = BudgetLine(
        action_id=9999, amount=Decimal(1), currency="EUR", funding_source=FundingSource.OTHER, year=2027
    )
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), workspace.transaction() as session:
        session.add(orphan)
    with workspace.reading() as session:
        assert session.query(BudgetLine).count() == 0


def test_create_refuses_an_existing_file_and_a_missing_folder(tmp_path: Path) -> None:
    existing = tmp_path / "x.actionplan"
    existing.write_bytes(b"precious")
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(existing)
    assert existing.read_bytes() == b"precious"
    with pytest.raises(WorkspaceError, match="folder does not exist"):
        Workspace.create(tmp_path / "nowhere" / "x.actionplan")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.actionplan"]


def test_save_as_writes_a_consistent_copy(demo_path: Path, tmp_path: Path) -> None:
    from action_planner.model.services import Services

    with Workspace.open(demo_path) as workspace:
        copy = workspace.backup_to(tmp_path / "copy.actionplan")
        expected = [r.code for r in Services(workspace).regions.list()]
    with Workspace.open(copy) as reopened:
        assert [r.code for r in Services(reopened).regions.list()] == expected


# -- failed opens: a clear message naming the file, and not one byte changed -------------------


def _sqlite_file(path: Path, *, app_id: int = 0, user_version: int = 0, sql: str = "") -> Path:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {app_id}")
    connection.execute(f"PRAGMA user_version = {user_version}")
    connection.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)")
    if sql:
        connection.executescript(sql)
    connection.commit()
    connection.close()
    return path


def _copy_demo(demo_path: Path, target: Path) -> Path:
    target.write_bytes(demo_path.read_bytes())
    return target


def _truncated(demo_path: Path, tmp_path: Path) -> Path:
    data = demo_path.read_bytes()
    target = tmp_path / "truncated.actionplan"
    target.write_bytes(data[: len(data) // 3])
    return target


def _random_bytes(tmp_path: Path) -> Path:
    target = tmp_path / "noise.actionplan"
    target.write_bytes(os.urandom(64 * 1024))
    return target


def _newer(demo_path: Path, tmp_path: Path) -> Path:
    target = _copy_demo(demo_path, tmp_path / "newer.actionplan")
    connection = sqlite3.connect(target)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    return target


def _hostile(demo_path: Path, tmp_path: Path) -> Path:
    target = _copy_demo(demo_path, tmp_path / "hostile.actionplan")
    connection = sqlite3.connect(target)
    connection.executescript(
        "CREATE TRIGGER wipe AFTER UPDATE ON actions BEGIN DELETE FROM budget_lines; END;"
        "CREATE VIEW spy AS SELECT * FROM plans;"
    )
    connection.close()
    return target


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda d, t: t / "missing.actionplan", NotAWorkspaceError, "does not exist"),
        (lambda d, t: t, NotAWorkspaceError, "is a folder"),
        (lambda d, t: (t / "empty.actionplan").touch() or t / "empty.actionplan", NotAWorkspaceError, "empty"),
        (lambda d, t: _write(t / "notes.actionplan", b"Meeting notes\n" * 100), NotAWorkspaceError, "not a SQLite"),
        (lambda d, t: _random_bytes(t), NotAWorkspaceError, "not a SQLite"),
        (lambda d, t: _sqlite_file(t / "other.db"), NotAWorkspaceError, "another application"),
        (_newer, NewerSchemaError, "newer version of Action Planner"),
        (_truncated, DamagedError, "damaged"),
        (_hostile, DamagedError, "did not create"),
    ],
    ids=["missing", "folder", "empty", "text", "random", "other-sqlite", "newer", "truncated", "hostile"],
)
def test_a_file_that_cannot_be_opened_gets_a_clear_error_and_stays_untouched(
    demo_path: Path, tmp_path: Path, make: Callable[[Path, Path], Path], error: type[WorkspaceError], message: str
) -> None:
    path = make(demo_path, tmp_path)
    before = digest(path) if path.is_file() else None
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error) as refused:
        Workspace.open(path)
    assert message in str(refused.value)
    assert str(path) in str(refused.value)
    if before is not None:
        assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_file_is_refused_untouched(demo_path: Path) -> None:
    demo_path.chmod(0o444)
    before = digest(demo_path)
    with pytest.raises(ReadOnlyError, match="read-only"):
        Workspace.open(demo_path)
    assert digest(demo_path) == before


def test_a_read_only_file_is_refused_untouched_even_for_root(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == demo_path and mode & os.W_OK else real_access(p, mode)
    )
    before = digest(demo_path)
    with pytest.raises(ReadOnlyError, match="read-only"):
        Workspace.open(demo_path)
    assert digest(demo_path) == before


def test_a_file_locked_by_another_program_is_refused_untouched(demo_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n",
            str(demo_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        before = digest(demo_path)
        with pytest.raises(LockedError, match="another program"):
            Workspace.open(demo_path)
        assert digest(demo_path) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=10)
        assert holder.stdout is not None
        holder.stdout.close()
    with Workspace.open(demo_path):
        pass


def test_a_first_format_workspace_is_migrated_on_open_and_keeps_its_data(tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from action_planner.model.catalogue import seed_workspace
    from action_planner.model.services import Services

    path = tmp_path / "old.actionplan"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.close()
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    with Session(engine) as session, session.begin():
        seed_workspace(session)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO regions (id, code, name, scheme, level, country_code, country_name, position) "
            "VALUES (1, 'ITH5', 'Emilia-Romagna', 'NUTS 2024', 2, 'IT', 'Italy', 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO plans (id, region_id, title, project, partner_organisation, other_partners, instrument_type,"
            " instrument_name, contact_name, contact_email, contact_phone, context, currency, language,"
            " english_summary, status, signatory) VALUES (1, 1, 'Old plan', 'Compete-In', '', '', 'growth_and_jobs',"
            " '', '', '', '', '', 'EUR', 'it', '', 'draft', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO actions (id, plan_id, position, title, theme_id, background, description, status, priority,"
            " pilot, notes) VALUES (1, 1, 0, 'Old action', 1, '', '', 'planned', 'medium', 0, '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO budget_lines (id, action_id, position, amount, currency, funding_source, year, note)"
            " VALUES (1, 1, 0, '1234.56', 'EUR', 'regional', 2027, '')"
        )
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == 1
    engine.dispose()

    with Workspace.open(path) as workspace:
        services = Services(workspace)
        (action,) = services.actions.list(1)
        assert (action.title, action.total, action.votes_for, action.decision) == (
            "Old action",
            Decimal("1234.56"),
            0,
            None,
        )
        with workspace.engine.connect() as connection:
            assert connection.execute(text("PRAGMA user_version")).scalar() == SCHEMA_VERSION
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    kept = backup_name(path, 1)
    raw = sqlite3.connect(kept)  # the file as it was before the upgrade, kept beside it
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    assert raw.execute("SELECT title FROM actions").fetchall() == [("Old action",)]
    raw.close()


def test_a_workspace_whose_schema_is_spelled_differently_still_opens(demo_path: Path) -> None:
    """Another SQLAlchemy or SQLite version may word the same CREATE TABLE differently; only shapes count."""
    connection = sqlite3.connect(demo_path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET sql = replace(sql, ', ', ' ,   ') WHERE name = 'regions'")
    connection.commit()
    connection.close()
    from action_planner.model.services import Services

    with Workspace.open(demo_path) as workspace:
        assert len(Services(workspace).regions.list()) == 6
