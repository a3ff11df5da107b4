"""Alembic migrations of workspace files, run in-process on an engine (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the workspace behind ``engine`` to ``revision`` in one transaction.

    Foreign keys are off while migrating (SQLite rebuilds tables by copying them, and a
    cascading delete would empty child tables), then checked before the commit.
    """
    from alembic import command

    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":  # PostgreSQL: transactional DDL, foreign keys always checked
            with connection.begin():
                command.upgrade(_config(connection), revision)  # type: ignore[arg-type]
            return
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(_config(connection), revision)  # type: ignore[arg-type]
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} rows pointing nowhere; nothing was changed")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def revisions() -> list[str]:
    """Every revision id, oldest first; revision N creates file format (``user_version``) N."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    """The newest migration's revision id."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head
