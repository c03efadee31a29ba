"""coder copies: the study says whose coder copy a file is

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 07:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("study") as batch:
        batch.add_column(sa.Column("coder_copy_of", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("study") as batch:
        batch.drop_column("coder_copy_of")
