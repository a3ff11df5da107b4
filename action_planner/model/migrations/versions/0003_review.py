"""Partner review: review rounds (what was sent to whom) and review comments on actions.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from action_planner.model.migrations.format import file_format

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("plan_ids", sa.Text(), nullable=False),
        sa.Column("sent", sa.Text(), nullable=False),
        sa.Column("decided", sa.Text(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_rounds")),
        sqlite_autoincrement=True,  # ids are never reused: a returned file names its round
    )
    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("commented_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["actions.id"], name=op.f("fk_review_comments_action_id_actions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["review_rounds.id"], name=op.f("fk_review_comments_round_id_review_rounds"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comments")),
        sqlite_autoincrement=True,  # ids are never reused, so undo can restore them
    )
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_comments_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_comments_round_id"), ["round_id"], unique=False)

    file_format(3)  # the file format number read_header() checks


def downgrade() -> None:
    file_format(2)
    with op.batch_alter_table("review_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comments_round_id"))
        batch_op.drop_index(batch_op.f("ix_review_comments_action_id"))
    op.drop_table("review_comments")
    op.drop_table("review_rounds")
