"""File ▸ Merge coders' projects…: preview, refusals, merging on a worker, the window reloaded."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ccrt_coder.gui.exchange.merge_dialog import MergeDialog
from ccrt_coder.gui.shell.main_window import MainWindow
from tests.demo_counts import DEMO
from tests.gui.exchange_helpers import CODER_A, CODER_B, copy_without, demo_study, unit_count
from tests.gui.workspace_helpers import empty_window

UNITS_B, RATINGS_B = DEMO.own_units(CODER_B), DEMO.own_ratings(CODER_B)


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo study split in two coders' copies: A has only A's work, B only B's."""
    folder = tmp_path_factory.mktemp("split")
    original = demo_study(folder, "original.ccrt")
    return {
        "original": original,
        "a": copy_without(original, folder / "a.ccrt", CODER_B),
        "b": copy_without(original, folder / "b.ccrt", CODER_A),
    }


@pytest.fixture
def target(copies: dict[str, Path], tmp_path: Path) -> Path:
    return Path(shutil.copy(copies["a"], tmp_path / "lead.ccrt"))


@pytest.fixture
def source(copies: dict[str, Path], tmp_path: Path) -> Path:
    return Path(shutil.copy(copies["b"], tmp_path / "coder-b.ccrt"))


@pytest.fixture
def window(qtbot, target: Path) -> MainWindow:
    window = empty_window(qtbot)
    assert window.open_project(target)
    return window


def preview(qtbot, window: MainWindow, *sources: Path) -> MergeDialog:
    window.exchange.merge_action.trigger()
    dialog = window.exchange.dialog
    assert isinstance(dialog, MergeDialog)
    dialog.add_sources(list(sources))
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=30_000)
    return dialog


def plain(dialog: MergeDialog) -> str:
    """The preview as one line of words (no-break spaces and line ends made spaces)."""
    return " ".join(dialog.preview_text().split())


def test_merging_coder_bs_copy_brings_the_study_back_together(
    qtbot, window: MainWindow, target: Path, source: Path, copies: dict[str, Path]
) -> None:
    assert unit_count(target) == DEMO.units_of(CODER_A)
    before = window.project
    dialog = preview(qtbot, window, source)
    assert (
        f"coder-b.ccrt adds {UNITS_B} units, {RATINGS_B} ratings {CODER_B} own coding add {UNITS_B}"
        in plain(dialog)
    )
    assert (
        f"Merge will add {UNITS_B} units and {RATINGS_B} ratings to lead.ccrt"
        in dialog.ui.summaryLabel.text()
    )
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exchange.result_box is not None, timeout=30_000)
    box = window.exchange.result_box
    qtbot.addWidget(box)
    assert box.text() == f"Merged {UNITS_B} units and {RATINGS_B} ratings from coder-b.ccrt."
    backups = list(target.parent.glob("lead.ccrt.bak-premerge-*"))
    assert len(backups) == 1 and backups[0].name in box.informativeText()
    assert unit_count(target) == unit_count(copies["original"]) == DEMO.all_units
    assert window.project is not before and window.project.path == target  # reloaded
    assert not dialog.isVisible()


def test_merging_the_same_copy_again_has_nothing_to_add(
    qtbot, window: MainWindow, target: Path, source: Path
) -> None:
    window.project.merge([source])
    dialog = preview(qtbot, window, source)
    assert f"coder-b.ccrt nothing to add {CODER_B} own coding already merged" in plain(dialog)
    assert dialog.ui.summaryLabel.text().startswith("Nothing to add: lead.ccrt has all")
    assert not dialog.merge_button.isEnabled()
    assert not dialog.start_merge()


def test_a_copy_with_an_edited_transcript_is_refused_and_merge_stays_disabled(
    qtbot, window: MainWindow, source: Path, tmp_path: Path
) -> None:
    connection = sqlite3.connect(source)
    connection.create_function("sha", 1, lambda text: hashlib.sha256(text.encode()).hexdigest())
    with connection:
        connection.execute(
            "UPDATE transcripts SET text = text || ' (typo fixed)', "
            "sha256 = sha(text || ' (typo fixed)') WHERE id = (SELECT MIN(id) FROM transcripts)"
        )
    connection.close()
    fine = shutil.copy(source.parent / "lead.ccrt", tmp_path / "another-copy.ccrt")
    dialog = preview(qtbot, window, source, Path(fine))
    text = plain(dialog)
    assert "coder-b.ccrt REFUSED: nothing is merged from it" in text
    assert "its transcript text differs from the target's (edited)" in text
    assert dialog.ui.summaryLabel.text().startswith("Cannot merge: coder-b.ccrt is refused")
    assert not dialog.merge_button.isEnabled()
    dialog.ui.sourceList.item(0).setSelected(True)
    dialog.remove_selected()  # without the refused copy the rest could merge (here: nothing)
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=30_000)
    assert "REFUSED" not in dialog.preview_text()


def test_the_target_itself_is_not_added_as_a_copy(qtbot, window: MainWindow, target: Path) -> None:
    window.exchange.merge_action.trigger()
    dialog = window.exchange.dialog
    dialog.add_sources([target, target])
    assert dialog.sources() == []
    assert not dialog.merge_button.isEnabled()


def test_a_file_that_is_no_project_is_named_in_the_preview(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.ccrt"
    notes.write_text("not a project", encoding="utf-8")
    window.exchange.merge_action.trigger()
    dialog = window.exchange.dialog
    dialog.add_sources([notes])
    qtbot.waitUntil(lambda: dialog.ui.summaryLabel.text() == "Cannot merge: see above.")
    assert "notes.ccrt" in dialog.preview_text()
    assert not dialog.merge_button.isEnabled()


def test_a_crafted_copy_is_refused_in_the_preview_with_its_problems(
    qtbot, window: MainWindow, source: Path, tmp_path: Path
) -> None:
    connection = sqlite3.connect(source)
    with connection:
        connection.execute(
            "CREATE TRIGGER wipe AFTER INSERT ON coded_units BEGIN "
            "DELETE FROM coded_units WHERE id != new.id; END"
        )
    connection.close()
    before = source.read_bytes()
    dialog = preview(qtbot, window, source)
    text = plain(dialog)
    assert "coder-b.ccrt REFUSED: nothing is merged from it" in text
    assert "it has a trigger 'wipe' that CCRT Coder never makes" in text
    assert not dialog.merge_button.isEnabled()
    assert source.read_bytes() == before
