"""The file format number each migration leaves behind, where the engine keeps one."""

from __future__ import annotations

from alembic import op


def file_format(number: int) -> None:
    """Set SQLite's ``user_version`` (what ``read_header`` checks before the ORM loads); a server database
    is known by its ``alembic_version`` row alone."""
    if op.get_context().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {number}")
