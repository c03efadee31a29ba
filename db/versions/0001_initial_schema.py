"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 18:23:13.946449
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "category_systems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("uses_lu_direction", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category_systems")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_category_systems_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_category_systems_uid")),
    )
    op.create_table(
        "coders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coders")),
        sa.UniqueConstraint("name", name=op.f("uq_coders_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_coders_uid")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('patient', 'therapist')", name=op.f("ck_people_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("code", name=op.f("uq_people_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_people_uid")),
    )
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("system_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("component", sa.String(length=2), nullable=True),
        sa.Column("cluster", sa.String(length=100), nullable=False),
        sa.Column("default_valence", sa.String(length=1), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["system_id"],
            ["category_systems.id"],
            name=op.f("fk_categories_system_id_category_systems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("system_id", "code", name=op.f("uq_categories_system_id")),
    )
    op.create_table(
        "dyads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("therapist_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["people.id"], name=op.f("fk_dyads_patient_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["therapist_id"], ["people.id"], name=op.f("fk_dyads_therapist_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dyads")),
        sa.UniqueConstraint("code", name=op.f("uq_dyads_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_dyads_uid")),
    )
    op.create_table(
        "study",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("phases", sa.JSON(), nullable=False),
        sa.Column("other_person_types", sa.JSON(), nullable=False),
        sa.Column("time_frames", sa.JSON(), nullable=False),
        sa.Column("completeness_threshold", sa.Float(), nullable=False),
        sa.Column("min_res_for_ccrt", sa.Integer(), nullable=False),
        sa.Column("blind_mode", sa.Boolean(), nullable=False),
        sa.Column("category_system_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_system_id"],
            ["category_systems.id"],
            name=op.f("fk_study_category_system_id_category_systems"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_study")),
        sa.UniqueConstraint("uid", name=op.f("uq_study_uid")),
    )
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("dyad_id", sa.Integer(), nullable=False),
        sa.Column("narrator", sa.String(length=10), nullable=False),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "narrator IN ('patient', 'therapist')", name=op.f("ck_interviews_narrator")
        ),
        sa.ForeignKeyConstraint(
            ["dyad_id"], ["dyads.id"], name=op.f("fk_interviews_dyad_id_dyads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
        sa.UniqueConstraint("dyad_id", "narrator", "phase", name=op.f("uq_interviews_dyad_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_interviews_uid")),
    )
    op.create_table(
        "relationship_episodes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("other_type", sa.String(length=50), nullable=False),
        sa.Column("other_name", sa.String(length=200), nullable=False),
        sa.Column("time_frame", sa.String(length=50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_relationship_episodes_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_episodes")),
        sa.UniqueConstraint(
            "interview_id", "number", name=op.f("uq_relationship_episodes_interview_id")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_relationship_episodes_uid")),
    )
    op.create_table(
        "transcripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_transcripts_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcripts")),
        sa.UniqueConstraint("interview_id", name=op.f("uq_transcripts_interview_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_transcripts_uid")),
    )
    op.create_table(
        "coded_units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("re_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("layer", sa.String(length=10), nullable=False),
        sa.Column("component", sa.String(length=2), nullable=False),
        sa.Column("tailor_label", sa.Text(), nullable=False),
        sa.Column("valence", sa.String(length=1), nullable=True),
        sa.Column("actuality", sa.String(length=12), nullable=True),
        sa.Column("explicitness", sa.String(length=10), nullable=True),
        sa.Column("lu_direction", sa.String(length=3), nullable=True),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("component IN ('W', 'RO', 'RS')", name=op.f("ck_coded_units_component")),
        sa.CheckConstraint("layer IN ('coder', 'consensus')", name=op.f("ck_coded_units_layer")),
        sa.CheckConstraint(
            "valence IS NULL OR valence IN ('+', '-')", name=op.f("ck_coded_units_valence")
        ),
        sa.ForeignKeyConstraint(
            ["coder_id"], ["coders.id"], name=op.f("fk_coded_units_coder_id_coders")
        ),
        sa.ForeignKeyConstraint(
            ["re_id"],
            ["relationship_episodes.id"],
            name=op.f("fk_coded_units_re_id_relationship_episodes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coded_units")),
        sa.UniqueConstraint("uid", name=op.f("uq_coded_units_uid")),
    )
    with op.batch_alter_table("coded_units", schema=None) as batch_op:
        batch_op.create_index(
            "ix_coded_units_re_coder", ["re_id", "coder_id", "layer"], unique=False
        )

    op.create_table(
        "re_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("re_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("layer", sa.String(length=10), nullable=False),
        sa.Column("completeness", sa.Float(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("layer IN ('coder', 'consensus')", name=op.f("ck_re_ratings_layer")),
        sa.CheckConstraint(
            "completeness >= 1 AND completeness <= 5", name=op.f("ck_re_ratings_scale")
        ),
        sa.ForeignKeyConstraint(
            ["coder_id"], ["coders.id"], name=op.f("fk_re_ratings_coder_id_coders")
        ),
        sa.ForeignKeyConstraint(
            ["re_id"],
            ["relationship_episodes.id"],
            name=op.f("fk_re_ratings_re_id_relationship_episodes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_re_ratings")),
        sa.UniqueConstraint("re_id", "coder_id", "layer", name=op.f("uq_re_ratings_re_id")),
    )
    op.create_table(
        "re_spans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("re_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f("ck_re_spans_range")),
        sa.ForeignKeyConstraint(
            ["re_id"],
            ["relationship_episodes.id"],
            name=op.f("fk_re_spans_re_id_relationship_episodes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_re_spans")),
    )
    with op.batch_alter_table("re_spans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_re_spans_re_id"), ["re_id"], unique=False)

    op.create_table(
        "unit_categories",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_unit_categories_category_id_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["coded_units.id"],
            name=op.f("fk_unit_categories_unit_id_coded_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("unit_id", "category_id", name=op.f("pk_unit_categories")),
    )
    op.create_table(
        "unit_spans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f("ck_unit_spans_range")),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["coded_units.id"],
            name=op.f("fk_unit_spans_unit_id_coded_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_spans")),
    )
    with op.batch_alter_table("unit_spans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_spans_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("unit_spans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_spans_unit_id"))

    op.drop_table("unit_spans")
    op.drop_table("unit_categories")
    with op.batch_alter_table("re_spans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_re_spans_re_id"))

    op.drop_table("re_spans")
    op.drop_table("re_ratings")
    with op.batch_alter_table("coded_units", schema=None) as batch_op:
        batch_op.drop_index("ix_coded_units_re_coder")

    op.drop_table("coded_units")
    op.drop_table("transcripts")
    op.drop_table("relationship_episodes")
    op.drop_table("interviews")
    op.drop_table("study")
    op.drop_table("dyads")
    op.drop_table("categories")
    op.drop_table("people")
    op.drop_table("coders")
    op.drop_table("category_systems")
