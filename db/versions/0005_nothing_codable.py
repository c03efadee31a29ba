"""nothing codable: a coder marks an RE they read and found nothing to code in

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 08:55:00

The mark is part of the coder's rating of the RE in a layer (it needs the rating), so coder
copies, merges and exports carry it with the ratings. No RE of an older file is marked.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("re_ratings") as batch:
        batch.add_column(
            sa.Column("nothing_codable", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("re_ratings") as batch:
        batch.drop_column("nothing_codable")
