"""RE about the dyad partner: an explicit per-RE flag

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:40:00

Until now "about the partner" was inferred from the other-person type alone (a patient's RE
about "therapist", a therapist's about "patient"), so a former therapist or another patient
could not be told apart. Each RE now stores the flag; an older file's REs get the value the
inference gave, so no analysis of an upgraded project changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (narrator, other-person type) pairs of an RE about the partner, as the inference knew them
# at this revision (frozen here: a migration must not follow later code).
_PARTNER_PAIRS = (("patient", "therapist"), ("therapist", "patient"))


def upgrade() -> None:
    with op.batch_alter_table("relationship_episodes") as batch:
        batch.add_column(
            sa.Column("about_partner", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    partner = " OR ".join(
        f"(i.narrator = '{narrator}' AND lower(relationship_episodes.other_type) = '{other}')"
        for narrator, other in _PARTNER_PAIRS
    )
    op.execute(
        "UPDATE relationship_episodes SET about_partner = 1 WHERE EXISTS (SELECT 1 FROM "
        f"interviews i WHERE i.id = relationship_episodes.interview_id AND ({partner}))"
    )


def downgrade() -> None:
    with op.batch_alter_table("relationship_episodes") as batch:
        batch.drop_column("about_partner")
