"""memos: a coder's own notes on an interview or on an RE

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 08:10:00

Each memo belongs to one coder (blind, carried by coder copies, merged back). An older file
has no memos; its units keep their own memo column.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "memos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("re_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], name=op.f("fk_memos_coder_id_coders")),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_memos_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["re_id"],
            ["relationship_episodes.id"],
            name=op.f("fk_memos_re_id_relationship_episodes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memos")),
    )
    op.create_index("ix_memos_interview_coder", "memos", ["interview_id", "coder_id"])


def downgrade() -> None:
    op.drop_index("ix_memos_interview_coder", table_name="memos")
    op.drop_table("memos")
