"""Workshops: dot votes on actions, decisions with notes and times, and workshop snapshots.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from action_planner.model.migrations.format import file_format


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_workshops_plan_id_plans"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshops")),
        sqlite_autoincrement=True,  # ids are never reused, so undo can restore them
    )
    with op.batch_alter_table("workshops", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshops_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "action_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "agreed", "revisit", "parked", name="decision", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["actions.id"], name=op.f("fk_action_decisions_action_id_actions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_decisions")),
        sqlite_autoincrement=True,  # ids are never reused, so undo can restore them
    )
    with op.batch_alter_table("action_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_decisions_action_id"), ["action_id"], unique=False)

    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("votes_for", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("votes_against", sa.Integer(), server_default="0", nullable=False))

    file_format(2)  # the file format number read_header() checks


def downgrade() -> None:
    file_format(1)
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_column("votes_against")
        batch_op.drop_column("votes_for")

    with op.batch_alter_table("action_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_decisions_action_id"))

    op.drop_table("action_decisions")
    with op.batch_alter_table("workshops", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshops_plan_id"))

    op.drop_table("workshops")
