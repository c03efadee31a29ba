"""An encrypted project's first frame: read without SQLAlchemy, keyed like every connection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ccrt_coder.core.errors import PasswordError
from ccrt_coder.storage import cipher
from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.project import Project
from tests.encryption.secrets_check import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
FIRST_FRAME = """
import json, sys
from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.project import Project
encryption.use_password(sys.argv[1], sys.argv[2])  # as the password dialog does before opening
with Project.open(sys.argv[1]) as project:
    first = project.interviews()[0]
    text = project.transcript(first.id).text
    episodes = project.episodes(first.id)
    print(json.dumps([first.dyad, len(text) > 0, len(episodes), [c.name for c in
        project.coders()], project.settings().name, "sqlalchemy" in sys.modules]))
"""


def test_the_first_frame_of_an_encrypted_project_reads_keyed_without_the_orm(
    encrypted_demo: Path,
) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(encrypted_demo), PASSWORD],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    dyad, has_text, n_episodes, coders, name, orm = json.loads(done.stdout.splitlines()[-1])
    encryption.use_password(encrypted_demo, PASSWORD)
    with Project.open(encrypted_demo) as project:  # the same as through the ORM's sessions
        first = project.interviews()[0]
        assert (dyad, n_episodes) == (first.dyad, len(project.episodes(first.id)))
        assert (coders, name) == ([c.name for c in project.coders()], project.settings().name)
    assert has_text and not orm


def test_plain_reads_need_the_password_and_refuse_a_wrong_one(encrypted_demo: Path) -> None:
    encryption.use_password(encrypted_demo, PASSWORD)
    with Project.open(encrypted_demo) as project:
        assert project.interviews()
        cipher.forget_password(encrypted_demo)  # a plain reading opens a keyed connection
        with pytest.raises(PasswordError, match=r"^demo.ccrt is encrypted: give its password$"):
            project.interviews()
        encryption.use_password(encrypted_demo, "not it")
        with pytest.raises(PasswordError, match=r"^wrong password for demo.ccrt$"):
            project.settings()
