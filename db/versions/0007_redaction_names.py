"""Names to redact: the per-project list pseudonymised exports replace

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:40:00

The names (and aliases) a user adds or relabels under Project > Names to redact; the
suggestions from the project's people, REs and coders are derived, not stored.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redaction_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redaction_names")),
        sa.UniqueConstraint("name", name=op.f("uq_redaction_names_name")),
    )


def downgrade() -> None:
    op.drop_table("redaction_names")
