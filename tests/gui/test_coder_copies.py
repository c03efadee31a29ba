"""File ▸ Prepare coder copies…, File ▸ Send my work… and a coder copy opened in the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ccrt_coder.gui.exchange.coder_copies_dialog import CoderCopiesDialog, write_copies_in_worker
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.usecases.coder_copies import STEPS
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.gui.exchange_helpers import CODER_A, CODER_B, capture_warnings
from tests.gui.workspace_helpers import empty_window, open_as
from tests.test_coder_copies import add_unit


def work_in(path: Path) -> list[tuple]:
    """(coder, layer, units) of every layer with units in the file, read with plain SQL."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT c.name, u.layer, count(*) FROM coded_units u "
            "JOIN coders c ON c.id = u.coder_id GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
    finally:
        connection.close()


def prepare(qtbot, window: MainWindow) -> CoderCopiesDialog:
    assert window.coder_copies.prepare_action.isEnabled()
    window.coder_copies.prepare_action.trigger()
    dialog = window.coder_copies.dialog
    assert isinstance(dialog, CoderCopiesDialog) and dialog.isVisible()
    return dialog


def write(qtbot, window: MainWindow, dialog: CoderCopiesDialog) -> None:
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=30_000)
    qtbot.addWidget(dialog.result_box)


def test_the_lead_writes_one_copy_per_coder(qtbot, demo_path: Path, tmp_path: Path) -> None:
    window = open_as(qtbot, demo_path, CODER_A, lead=True)
    dialog = prepare(qtbot, window)
    assert [dialog.coder_list.item(i).text() for i in range(2)] == [CODER_A, CODER_B]
    folder = tmp_path / "to send"
    folder.mkdir()
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    a_file, b_file = (folder / f"{demo_path.stem}-{c}.ccrt" for c in (CODER_A, CODER_B))
    assert dialog.files_label.text() == f"Writes {a_file.name}, {b_file.name}"
    write(qtbot, window, dialog)
    box = dialog.result_box
    assert box.text().startswith("Wrote the coder copies of 2 coders.")
    units_a, ratings_a = DEMO.own_units(CODER_A), DEMO.own_ratings(CODER_A)
    assert f"{a_file}: {units_a} units, {ratings_a} ratings" in box.informativeText()
    assert work_in(a_file) == [(CODER_A, "coder", units_a)]
    assert work_in(b_file) == [(CODER_B, "coder", DEMO.own_units(CODER_B))]
    assert not dialog.isVisible()
    assert window.project is not None and window.project.path == demo_path  # still the study


def test_only_the_ticked_coders_get_a_copy(qtbot, demo_path: Path, tmp_path: Path) -> None:
    window = open_as(qtbot, demo_path, CODER_A, lead=True)
    dialog = prepare(qtbot, window)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.coder_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.files_to_write() == [tmp_path / f"{demo_path.stem}-{CODER_B}.ccrt"]
    dialog.coder_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.write_button.isEnabled()
    assert dialog.files_label.text() == "Tick the coders who get a copy."
    dialog.coder_list.item(1).setCheckState(Qt.CheckState.Checked)
    write(qtbot, window, dialog)
    assert sorted(p.name for p in tmp_path.glob("*-Coder*.ccrt")) == [
        f"{demo_path.stem}-{CODER_B}.ccrt"
    ]


def test_a_coder_who_does_not_lead_cannot_prepare_copies(qtbot, demo_path: Path) -> None:
    window = open_as(qtbot, demo_path, CODER_B)
    assert not window.coder_copies.prepare_action.isEnabled()
    assert "Only the project lead" in window.coder_copies.prepare_action.statusTip()
    assert window.coder_copies.open_prepare() is None
    assert window.coder_copies.send_action.isEnabled()


def test_a_coder_copy_opens_as_its_coder_blind(qtbot, demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "a.ccrt"
    with Project.open(demo_path) as project:
        project.update_settings(blind_mode=False)  # the team shares the file unblinded
        project.write_coder_copy(CODER_A, copy)
    window = open_as(qtbot, copy, CODER_A, lead=True)  # even a remembered "lead" is ignored
    assert window.windowTitle() == f"CCRT Coder — a.ccrt — {CODER_A} (coder copy)"
    assert window.coder_chooser.current_name() == CODER_A
    assert not window.coder_chooser.switch_button.isEnabled()
    assert window.coder_chooser.role_text() == "· coder copy"
    assert window.blind.is_blind() and window.blind.action.isChecked()
    assert not window.blind.action.isEnabled()
    assert window.blind.action.toolTip() == "A coder copy is always coded blind"
    identity = window.identity.identity()
    assert identity is not None and identity.coder_copy and not identity.lead
    assert not window.access().may_meet and not window.access().may_compare
    assert not window.coder_copies.prepare_action.isEnabled()
    window.menus.who_action.trigger()
    dialog = window.identity.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ui.leadCheck.isEnabled() and not dialog.ui.leadCheck.isChecked()
    assert not dialog.ui.coderList.isEnabled() and not dialog.ui.newCoderEdit.isEnabled()
    assert "coder copy" in dialog.ui.leadHint.text()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert window.identity.identity() == identity  # still the copy's coder, not the lead
    assert window.windowTitle().endswith("(coder copy)")


def test_a_full_project_keeps_the_blind_switch_for_teams_sharing_one_file(
    qtbot, demo_path: Path
) -> None:
    window = open_as(qtbot, demo_path, CODER_A, lead=True)
    assert window.windowTitle() == f"CCRT Coder — {demo_path.name} — {CODER_A}"
    assert window.coder_chooser.switch_button.isEnabled()
    assert window.blind.action.isEnabled()
    assert "share one project file" in window.blind.action.statusTip()
    assert "one shared project file" in window.blind.action.toolTip()


def test_send_my_work_is_what_the_lead_merges_once(qtbot, demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "a.ccrt"
    with Project.open(demo_path) as project:
        project.write_coder_copy(CODER_A, copy)
    window = empty_window(qtbot)
    assert window.open_project(copy)
    with Project.open(copy) as coding_at_home:  # the coder codes one more unit
        add_unit(coding_at_home, CODER_A, memo="coded at home")
    sent = tmp_path / "mail" / "my work.ccrt"
    sent.parent.mkdir()
    assert window.coder_copies.send_action.isEnabled()
    job = window.coder_copies.send(sent)
    assert job is not None
    qtbot.waitUntil(lambda: job.result_box is not None, timeout=30_000)
    qtbot.addWidget(job.result_box)
    assert "Send this file to your project lead" in job.result_box.text()
    assert str(sent) in job.result_box.informativeText()
    units_a = DEMO.own_units(CODER_A)
    assert work_in(sent) == [(CODER_A, "coder", units_a + 1)]
    with Project.open(demo_path) as lead_project:
        before = lead_project.info()
        first = lead_project.merge([sent])
        after = lead_project.info()
        second = lead_project.merge([sent])
        final = lead_project.info()
    assert first.backup is not None
    assert after.units == {**before.units, CODER_A: {**before.units[CODER_A], "coder": units_a + 1}}
    assert after.ratings == before.ratings  # exactly the one new unit came in
    assert second.backup is None and final == after  # merging again changes nothing
    assert ("coded at home",) in [row[1:] for row in _memos(demo_path) if row[0] == CODER_A]


def _memos(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT c.name, u.memo FROM coded_units u JOIN coders c ON c.id = u.coder_id "
            "WHERE u.memo != ''"
        ).fetchall()
    finally:
        connection.close()


def test_send_my_work_from_a_shared_project_takes_only_my_work(
    qtbot, demo_path: Path, tmp_path: Path
) -> None:
    window = open_as(qtbot, demo_path, CODER_B)
    job = window.coder_copies.send(tmp_path / "b.ccrt")
    assert job is not None
    qtbot.waitUntil(lambda: job.result_box is not None, timeout=30_000)
    qtbot.addWidget(job.result_box)
    assert work_in(tmp_path / "b.ccrt") == [(CODER_B, "coder", DEMO.own_units(CODER_B))]


def test_cancel_stops_between_two_copies(demo_path: Path, tmp_path: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:  # the user cancels while the first copy is written
        asked.append(1)
        return len(asked) > 1

    steps: list[tuple[int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    written = write_copies_in_worker(
        demo_path, [CODER_A, CODER_B], out, lambda d, t: steps.append((d, t)), cancelled
    )
    assert written.cancelled and [r.coder for r in written.reports] == [CODER_A]
    assert [p.name for p in out.iterdir()] == [f"{demo_path.stem}-{CODER_A}.ccrt"]
    assert steps[-1] == (STEPS, 2 * STEPS)  # half of the job was done


def test_existing_files_are_replaced_only_when_the_lead_agrees(
    qtbot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_as(qtbot, demo_path, CODER_A, lead=True)
    dialog = prepare(qtbot, window)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.coder_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    taken = tmp_path / f"{demo_path.stem}-{CODER_A}.ccrt"
    taken.write_text("last week's copy")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    assert not dialog.start_writing()
    assert taken.read_text() == "last week's copy"
    write(qtbot, window, dialog)
    assert work_in(taken) == [(CODER_A, "coder", DEMO.own_units(CODER_A))]


def test_a_folder_that_does_not_exist_is_reported(
    qtbot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = capture_warnings(monkeypatch)
    window = open_as(qtbot, demo_path, CODER_A, lead=True)
    dialog = prepare(qtbot, window)
    dialog.folder_edit.setText(str(tmp_path / "nowhere"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == [
        (
            "Coder copies failed",
            f"cannot write demo-{CODER_A}.ccrt: folder {tmp_path / 'nowhere'} does not exist",
        )
    ]
    assert dialog.isVisible() and dialog.write_button.isEnabled()
    assert dialog.status_label.text().startswith("Writing the copies failed")
