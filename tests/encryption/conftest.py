"""Fixtures of the encryption tests: passwords held by this process are forgotten after each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ccrt_coder.storage import cipher
from ccrt_coder.usecases.demo import build_demo
from tests.encryption.secrets_check import PASSWORD


@pytest.fixture(autouse=True)
def _forget_passwords() -> Iterator[None]:
    yield
    cipher._passwords.clear()
    cipher._derived.clear()


@pytest.fixture
def encrypted_demo(tmp_path: Path) -> Path:
    """The demo study built encrypted; the process forgets its password afterwards."""
    path = tmp_path / "demo.ccrt"
    build_demo(path, password=PASSWORD)
    cipher.forget_password(path)
    return path
