"""Shared steps of the export, import, merge and REFI-QDA tests: the demo study, coders' copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO

CODER_A, CODER_B = DEMO.coder_a, DEMO.coder_b


def demo_study(folder: Path, name: str = "demo.ccrt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    build_demo(folder / name)
    return folder / name


def unit_count(path: Path) -> int:
    with Project.open(path) as project:
        return sum(n for layers in project.info().units.values() for n in layers.values())


def copy_without(original: Path, path: Path, coder: str) -> Path:
    """A coder's copy of the study: ``coder``'s units and ratings (both layers) deleted."""
    shutil.copy(original, path)
    with Project.open(path) as project:
        coder_id = project.coder(coder).id
        re_ids = [re.id for i in project.interviews() for re in project.episodes(i.id)]
        for unit in project.units(re_ids, coder_id):
            project.remove_unit(unit.id)
        ratings = project.completeness_ratings(re_ids, coder_id)
        for re_id, _coder, layer in ratings:
            project.set_completeness(re_id, coder_id, None, layer)
    return path


def capture_warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Warning boxes (title, message) the GUI would show, instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_a: shown.append((title, text))
    )
    return shown
