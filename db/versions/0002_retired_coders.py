"""coders can be retired

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 07:40:00

A retired coder keeps their units and ratings (analyses, exports) but is no longer offered in
"Who is coding?". Every coder of an older file is active.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coders") as batch:
        batch.add_column(
            sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("coders") as batch:
        batch.drop_column("retired")
