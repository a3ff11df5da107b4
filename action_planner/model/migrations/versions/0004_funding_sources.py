"""Funding sources as a list each workspace edits, seeded with the sources that used to be fixed.

Budget lines keep naming their source by code; the CHECK that allowed only the six built-in codes
gives way to a foreign key into the new list, so a line's source is always one the list holds.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from action_planner.model.migrations.format import file_format

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The built-in sources as this migration seeds them (code, English name), frozen here so that a later
#: change to the enum cannot change what this format means.
BUILT_IN = (
    ("erdf_interreg", "ERDF / Interreg"),
    ("national", "National"),
    ("regional", "Regional"),
    ("municipal", "Municipal"),
    ("private", "Private"),
    ("other", "Other"),
)

_OLD_TYPE = sa.Enum(*(code for code, _ in BUILT_IN), name="funding_source", native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    sources = op.create_table(
        "funding_sources",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_funding_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_funding_sources_name")),
    )
    op.bulk_insert(
        sources,
        [{"code": code, "name": name, "position": n, "builtin": True} for n, (code, name) in enumerate(BUILT_IN)],
    )
    with op.batch_alter_table(
        "budget_lines", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:  # ids are never reused, so undo can restore them
        batch_op.alter_column(  # dropping the old type's CHECK of the six built-in codes, on either engine
            "funding_source", existing_type=_OLD_TYPE, type_=sa.String(length=32), existing_nullable=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_budget_lines_funding_source_funding_sources"),
            "funding_sources",
            ["funding_source"],
            ["code"],
            ondelete="RESTRICT",
        )
        batch_op.create_index(batch_op.f("ix_budget_lines_funding_source"), ["funding_source"], unique=False)

    file_format(4)  # the file format number read_header() checks


def downgrade() -> None:
    file_format(3)
    op.execute(
        "UPDATE budget_lines SET funding_source = 'other' WHERE funding_source NOT IN ("
        + ", ".join(f"'{code}'" for code, _ in BUILT_IN)
        + ")"
    )
    with op.batch_alter_table(
        "budget_lines", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:  # ids are never reused, so undo can restore them
        batch_op.drop_index(batch_op.f("ix_budget_lines_funding_source"))
        batch_op.drop_constraint(batch_op.f("fk_budget_lines_funding_source_funding_sources"), type_="foreignkey")
        batch_op.alter_column(
            "funding_source", existing_type=sa.String(length=32), type_=_OLD_TYPE, existing_nullable=False
        )
    op.drop_table("funding_sources")
