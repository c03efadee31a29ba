"""ChangeWatch: other writers' commits are seen, the project's own are not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.usecases.project import Project
from tests.factories import sample_draft


@pytest.fixture
def path(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "study.ccrt") as project:
        project.import_narratives([sample_draft()])
    return tmp_path / "study.ccrt"


def test_own_commits_are_not_changes_on_disk(path: Path) -> None:
    with Project.open(path) as project:
        watch = project.watch_changes()
        project.add_coder("Anna")
        project.import_narratives([sample_draft("D02")])
        assert watch.changed_outside() is False


def test_another_connections_commit_is_seen_once(path: Path) -> None:
    with Project.open(path) as project:
        watch = project.watch_changes()
        with Project.open(path) as other:
            other.add_coder("Ben")
        assert watch.changed_outside() is True
        assert watch.changed_outside() is False


def test_another_commit_before_an_own_one_is_not_swallowed(path: Path) -> None:
    with Project.open(path) as project:
        watch = project.watch_changes()
        with Project.open(path) as other:
            other.add_coder("Ben")
        project.add_coder("Anna")  # the window's own edit, before the next poll
        assert watch.changed_outside() is True


def test_reading_by_others_is_not_a_change(path: Path) -> None:
    with Project.open(path) as project:
        watch = project.watch_changes()
        with Project.open(path) as other:
            other.interviews()
        assert watch.changed_outside() is False


def test_the_watch_closes_with_its_project(path: Path) -> None:
    project = Project.open(path)
    watch = project.watch_changes()
    project.close()
    with pytest.raises(sqlite3.ProgrammingError):
        watch.changed_outside()
