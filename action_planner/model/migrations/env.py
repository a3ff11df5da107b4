"""Alembic environment: migrations always run on the connection the workspace module hands over."""

from __future__ import annotations

from alembic import context

from action_planner.model.entities import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Workspace migrations run through action_planner.model.migrate, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=False,
)
context.run_migrations()
