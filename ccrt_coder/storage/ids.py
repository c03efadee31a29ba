"""Stable identifiers and timestamps shared by every stored row."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_uid() -> str:
    """A random identifier that survives copying a project to other machines (for merging)."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    """Naive UTC, as SQLite stores it."""
    return datetime.now(UTC).replace(tzinfo=None)
