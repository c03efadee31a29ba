"""A plain project's reads on the thread that opened it go through the connection it keeps open
(issue 15: no connection made and no schema read per read, dozens in a first frame); they still
see what other writers commit, and other threads and nested reads get connections of their own."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ccrt_coder.storage import plain_read
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files plain reads open a new connection to, from now on."""
    made: list[Path] = []
    connect = plain_read._connect

    def counted(path: Path, read_only: bool = False):  # type: ignore[no-untyped-def]
        made.append(path)
        return connect(path, read_only)

    monkeypatch.setattr(plain_read, "_connect", counted)
    return made


def test_reads_on_the_opening_thread_make_no_connection(tmp_path, connections) -> None:
    with Project.open(demo_copy(tmp_path)) as project:
        connections.clear()  # opening it checks the file with connections of its own
        assert project.interviews() and project.coders() and project.settings().name
        assert connections == []
        seen: list[int] = []
        other = threading.Thread(target=lambda: seen.append(len(project.coders())))
        other.start()
        other.join()
        assert seen and len(connections) == 1  # another thread reads on its own connection


def test_reads_see_what_another_writer_commits(tmp_path: Path) -> None:
    path = demo_copy(tmp_path)
    with Project.open(path) as project, Project.open(path) as colleague:
        assert project.settings().name != "Renamed"
        colleague.update_settings(name="Renamed")
        assert project.settings().name == "Renamed"
