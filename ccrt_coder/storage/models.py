"""SQLAlchemy models of the project file; offsets are code points into immutable transcripts."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ccrt_coder.core.domain import COMPLETENESS_SCALE, Component, Layer, NarratorRole, Valence


def _one_of(column: str, values: type[StrEnum]) -> str:
    """The SQL check that ``column`` holds one of core's values, e.g. component IN ('W', ...)."""
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _uid() -> Mapped[str]:
    return mapped_column(String(32), unique=True, nullable=False)


class Study(Base):
    """The single row of study-wide settings."""

    __tablename__ = "study"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    phases: Mapped[list[int]] = mapped_column(JSON)
    other_person_types: Mapped[list[str]] = mapped_column(JSON)
    time_frames: Mapped[list[str]] = mapped_column(JSON)
    completeness_threshold: Mapped[float] = mapped_column(Float)
    min_res_for_ccrt: Mapped[int] = mapped_column(Integer)
    blind_mode: Mapped[bool] = mapped_column(Boolean, default=True)
    category_system_id: Mapped[int | None] = mapped_column(ForeignKey("category_systems.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The uid of the coder whose coder copy this file is (only their own work); None: a full
    # project. The app opens a coder copy as that coder, blind, without the lead's tools.
    coder_copy_of: Mapped[str | None] = mapped_column(String(32), default=None)


class CategorySystemRow(Base):
    __tablename__ = "category_systems"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(50))
    description: Mapped[str] = mapped_column(Text, default="")
    uses_lu_direction: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("name", "version"),)


class CategoryRow(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("category_systems.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(50))
    label: Mapped[str] = mapped_column(String(300))
    component: Mapped[str | None] = mapped_column(String(2))
    cluster: Mapped[str] = mapped_column(String(100))
    default_valence: Mapped[str | None] = mapped_column(String(1))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("system_id", "code"),)


class Person(Base):
    """A patient or a therapist; a therapist can be in several dyads."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    code: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (CheckConstraint(_one_of("role", NarratorRole), name="role"),)


class Dyad(Base):
    __tablename__ = "dyads"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    code: Mapped[str] = mapped_column(String(100), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    therapist_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    patient: Mapped[Person] = relationship(foreign_keys=[patient_id])
    therapist: Mapped[Person] = relationship(foreign_keys=[therapist_id])


class Interview(Base):
    """One RAP interview: a dyad's patient or therapist at one phase."""

    __tablename__ = "interviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    dyad_id: Mapped[int] = mapped_column(ForeignKey("dyads.id", ondelete="CASCADE"))
    narrator: Mapped[str] = mapped_column(String(10))
    phase: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("dyad_id", "narrator", "phase"),
        CheckConstraint(_one_of("narrator", NarratorRole), name="narrator"),
    )


class Transcript(Base):
    """The immutable text of an interview; line structure is derived from its newlines."""

    __tablename__ = "transcripts"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), unique=True
    )
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    line_count: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(500), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class RelationshipEpisode(Base):
    __tablename__ = "relationship_episodes"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    other_type: Mapped[str] = mapped_column(String(50))
    other_name: Mapped[str] = mapped_column(String(200), default="")
    time_frame: Mapped[str] = mapped_column(String(50), default="")
    # About the narrator's dyad partner: inferred from the other-person type when the RE is
    # made or its type changes, unless the coder sets it (a former therapist, another patient).
    about_partner: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("interview_id", "number"),)


class ReSpan(Base):
    """One piece of an RE's text (3a, 3b ...); ordinal 0 is the first piece."""

    __tablename__ = "re_spans"
    id: Mapped[int] = mapped_column(primary_key=True)
    re_id: Mapped[int] = mapped_column(
        ForeignKey("relationship_episodes.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    __table_args__ = (CheckConstraint('start >= 0 AND "end" > start', name="range"),)


class Coder(Base):
    __tablename__ = "coders"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ReRating(Base):
    """A coder's completeness rating (1-5) of an RE, in their own or the consensus layer."""

    __tablename__ = "re_ratings"
    id: Mapped[int] = mapped_column(primary_key=True)
    re_id: Mapped[int] = mapped_column(ForeignKey("relationship_episodes.id", ondelete="CASCADE"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"))
    layer: Mapped[str] = mapped_column(String(10))
    completeness: Mapped[float] = mapped_column(Float)
    # the coder read the RE and found no W, RO or RS to code (core.coding_done)
    nothing_codable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    modified_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (
        UniqueConstraint("re_id", "coder_id", "layer"),
        CheckConstraint(
            "completeness >= {} AND completeness <= {}".format(*COMPLETENESS_SCALE), name="scale"
        ),
        CheckConstraint(_one_of("layer", Layer), name="layer"),
    )


class CodedUnit(Base):
    """A thought unit scored as W, RO or RS by one coder in one layer."""

    __tablename__ = "coded_units"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = _uid()
    re_id: Mapped[int] = mapped_column(ForeignKey("relationship_episodes.id", ondelete="CASCADE"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"))
    layer: Mapped[str] = mapped_column(String(10))
    component: Mapped[str] = mapped_column(String(2))
    tailor_label: Mapped[str] = mapped_column(Text, default="")
    valence: Mapped[str | None] = mapped_column(String(1))
    actuality: Mapped[str | None] = mapped_column(String(12))
    explicitness: Mapped[str | None] = mapped_column(String(10))
    lu_direction: Mapped[str | None] = mapped_column(String(3))
    memo: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    modified_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (
        Index("ix_coded_units_re_coder", "re_id", "coder_id", "layer"),
        CheckConstraint(_one_of("component", Component), name="component"),
        CheckConstraint(_one_of("layer", Layer), name="layer"),
        CheckConstraint(f"valence IS NULL OR {_one_of('valence', Valence)}", name="valence"),
    )


class UnitSpan(Base):
    __tablename__ = "unit_spans"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("coded_units.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    __table_args__ = (CheckConstraint('start >= 0 AND "end" > start', name="range"),)


class UnitCategory(Base):
    __tablename__ = "unit_categories"
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("coded_units.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Memo(Base):
    """A coder's own note on an interview (``re_id`` None) or on one of its REs."""

    __tablename__ = "memos"
    id: Mapped[int] = mapped_column(primary_key=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id"))
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    re_id: Mapped[int | None] = mapped_column(
        ForeignKey("relationship_episodes.id", ondelete="CASCADE")
    )
    text: Mapped[str] = mapped_column(Text)
    modified_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_memos_interview_coder", "interview_id", "coder_id"),)


class RedactionName(Base):
    """A name (or alias) a pseudonymised export replaces, and its label (core.redaction)."""

    __tablename__ = "redaction_names"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    label: Mapped[str] = mapped_column(String(100))
