"""A whole first study through the app's own menus and dialogs: new project, transcripts, coders,
coder copies coded apart, merged, agreement, the consensus meeting, the Excel export.

The test body calls the project API only to check what the file holds after each step.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QLabel

from ccrt_coder.core.domain import Component, NarratorRole
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.gui.coders.coders_dialog import CodersDialog
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.exchange.coder_copies_dialog import CoderCopiesDialog
from ccrt_coder.gui.exchange.export_dialog import ExportDialog
from ccrt_coder.gui.exchange.merge_dialog import MergeDialog
from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.shell.view_switcher import AGREEMENT
from ccrt_coder.usecases.project import Project
from tests.gui.agreement_helpers import wait_shown
from tests.gui.coding_helpers import code, show_interview
from tests.gui.design_helpers import tree_texts, trigger_project_entry
from tests.gui.study_steps import (
    activate,
    choose,
    click,
    dismiss,
    file_dialogs_answer,
    open_with_ctrl_o,
    shortcut,
)
from tests.gui.test_consensus_meeting import button, card_of
from tests.gui.workspace_helpers import answer_next_box

LEAD, CODERS = "Lena", ("Ben", "Carla")
PATIENT = (
    "Interview after session {phase}\n"
    "RE 1: mother (Helga), past-childhood\n"
    "P: I wanted my mother to listen to me.\n"
    "P: She turned away and read her paper.\n"
    "P: I felt small and alone.\n"
    "\n"
    "RE 2: partner (Jonas), current\n"
    "P: I hoped we could plan the summer together.\n"
    "P: He said he had no time for that.\n"
    "P: I got angry and left the room.\n"
)
THERAPIST = (
    "RE 1: patient (P01), here-and-now\n"
    "T: She came late and smiled at me.\n"
    "T: I felt relieved.\n"
    "RE 2: colleague (Dr. K.), current\n"
    "T: I wanted his advice on the case.\n"
    "T: He told me to trust my sense.\n"
    "RE 3: friend, past-childhood\n"
    "T: We played by the river after school.\n"
)
# (quote, component, what the coder types in the picker) per coder; they differ on the wish.
CODING = {
    "Ben": [
        ("I wanted my mother to listen to me", Component.W, "W6"),
        ("She turned away and read her paper", Component.RO, "RO5"),
        ("I felt small and alone", Component.RS, "RS7"),
    ],
    "Carla": [
        ("I wanted my mother to listen to me", Component.W, "W5"),
        ("She turned away and read her paper", Component.RO, "RO5"),
        ("I felt small and alone", Component.RS, "RS7"),
    ],
}


def write_transcripts(folder: Path) -> list[Path]:
    """One dyad: patient and therapist, interviewed after sessions 5, 15 and 28."""
    folder.mkdir()
    paths = []
    for phase in (5, 15, 28):
        for narrator, text in (("patient", PATIENT.format(phase=phase)), ("therapist", THERAPIST)):
            path = folder / f"D01_{narrator}_{phase}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


def units_by_layer(path: Path) -> list[tuple[str, str, str, str]]:
    """(coder, layer, component, categories) of every unit in the file, read with plain SQL."""
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT c.name, u.layer, u.component, group_concat(k.code, ';') "
            "FROM coded_units u JOIN coders c ON c.id = u.coder_id "
            "JOIN unit_categories uc ON uc.unit_id = u.id "
            "JOIN categories k ON k.id = uc.category_id "
            "GROUP BY u.id ORDER BY 1, 2, 3"
        ).fetchall()
    return [tuple(row) for row in rows]


def new_project_as_lead(qtbot, window: MainWindow, monkeypatch, path: Path) -> None:
    """Ctrl+N, the file's name, then "Who is coding?": the lead adds herself."""
    file_dialogs_answer(monkeypatch, getSaveFileName=path)
    shortcut(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.identity.dialog is not None)
    who = window.identity.dialog
    assert who is not None
    qtbot.waitUntil(who.ui.newCoderEdit.hasFocus)  # a new project has no coders yet
    qtbot.keyClicks(who.ui.newCoderEdit, LEAD)
    qtbot.mouseClick(who.ui.leadCheck, Qt.MouseButton.LeftButton)
    click(qtbot, who.ok_button())
    assert window.windowTitle() == f"CCRT Coder — {path.name} — {LEAD}"


def import_transcripts(qtbot, window: MainWindow, monkeypatch, paths: list[Path]) -> None:
    """Ctrl+I, Add files…, then Import."""
    shortcut(qtbot, window, Qt.Key.Key_I)
    dialog = window.transcripts.dialog
    assert dialog is not None and dialog.isVisible()
    file_dialogs_answer(monkeypatch, getOpenFileNames=paths)
    click(qtbot, dialog.add_files_button)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=20_000)
    assert dismiss(qtbot, dialog.result_box) == "Imported 6 interviews with 15 REs."


def add_coders(qtbot, window: MainWindow) -> None:
    """Project ▸ Coders…: type each name, Enter; then Close."""
    dialog = trigger_project_entry(qtbot, window, "Coders…")
    assert isinstance(dialog, CodersDialog)
    for name in CODERS:
        qtbot.keyClicks(dialog.new_name, name)
        qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
        assert dialog.message.text() == f"Added {name}."
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def prepare_copies(qtbot, window: MainWindow, folder: Path) -> None:
    """File ▸ Prepare coder copies…: untick the lead, type the folder, Write copies."""
    choose(window, "fileMenu", "Prepare coder copies…")
    dialog = window.coder_copies.dialog
    assert isinstance(dialog, CoderCopiesDialog) and dialog.isVisible()
    lead_item = dialog.coder_list.findItems(LEAD, Qt.MatchFlag.MatchExactly)[0]
    dialog.coder_list.scrollToItem(lead_item)
    row = dialog.coder_list.visualItemRect(lead_item)
    check_box = QPoint(row.left() + 10, row.center().y())
    qtbot.mouseClick(dialog.coder_list.viewport(), Qt.MouseButton.LeftButton, pos=check_box)
    assert dialog.checked_coders() == list(CODERS)
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    click(qtbot, dialog.write_button)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=30_000)
    assert dismiss(qtbot, dialog.result_box).startswith("Wrote the coder copies of 2 coders.")


def code_in_copy(qtbot, window: MainWindow, monkeypatch, copy: Path, coder: str) -> None:
    """Open the copy (it opens as its coder's), then code from the keyboard."""
    open_with_ctrl_o(qtbot, window, monkeypatch, copy)
    assert window.windowTitle() == f"CCRT Coder — {copy.name} — {coder} (coder copy)"
    assert window.identity.dialog is None  # nobody is asked: the copy is its coder's
    activate(qtbot, window)  # the coding keys act in the active window
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    for quote, component, typed in CODING[coder]:
        code(qtbot, window, quote, component, typed)
        assert not window.coding.picker.isVisible()


def merge_copies(qtbot, window: MainWindow, monkeypatch, copies: list[Path]) -> None:
    """File ▸ Merge coders' projects…: Add… both copies, read the preview, Merge."""
    choose(window, "fileMenu", "Merge coders' projects…")
    dialog = window.exchange.dialog
    assert isinstance(dialog, MergeDialog)
    file_dialogs_answer(monkeypatch, getOpenFileNames=copies)
    click(qtbot, dialog.ui.addButton)
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=30_000)
    assert "Merge will add 6 units" in dialog.ui.summaryLabel.text()
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: window.exchange.result_box is not None, timeout=30_000)
    assert dismiss(qtbot, window.exchange.result_box).startswith("Merged 6 units")


def show_agreement(qtbot, window: MainWindow) -> AgreementView:
    shortcut(qtbot, window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.views.current() == AGREEMENT)
    view = window.views.view(AGREEMENT)
    assert isinstance(view, AgreementView)
    wait_shown(qtbot, view)
    return view


def meet_on_first_disagreement(qtbot, window: MainWindow, view: AgreementView) -> None:
    """Unblind (Project ▸ Blind coding, confirmed), then double-click the disagreement."""
    answer_next_box(qtbot, "Turn blind coding off")
    choose(window, "projectMenu", "Blind coding")
    assert not window.blind.is_blind()
    panel = view.disagreements
    tabs = view.side.tabBar()
    tab = tabs.tabRect(view.side.indexOf(panel)).center()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tab)
    assert view.side.currentWidget() is panel and panel.revealed()
    model, table = panel.model, panel.table
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert set(CODERS) <= set(headers) and LEAD not in headers
    assert model.rowCount() == 1  # they differ on the wish only
    cell = table.visualRect(model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.side_by_side.mode() is Mode.CONSENSUS
    current = window.workspace.panel.current_re()
    assert current is not None and current.number == 1


def export_xlsx(qtbot, window: MainWindow, monkeypatch, out: Path) -> None:
    """Ctrl+E, Browse… to the workbook, Export."""
    shortcut(qtbot, window, Qt.Key.Key_E)
    dialog = window.exchange.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    file_dialogs_answer(monkeypatch, getSaveFileName=out)
    click(qtbot, dialog.ui.browseButton)
    assert dialog.target() == out
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=30_000)
    dismiss(qtbot, dialog.result_box)


def test_a_first_study_from_transcripts_to_the_consensus_export(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    window = make_main_window()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    study = tmp_path / "first study.ccrt"

    new_project_as_lead(qtbot, window, monkeypatch, study)
    with Project.open(study) as project:
        assert [c.name for c in project.coders()] == [LEAD]

    import_transcripts(qtbot, window, monkeypatch, write_transcripts(tmp_path / "transcripts"))
    assert window.counts_text() == "1 dyad · 6 interviews · 15 REs"
    assert tree_texts(window) == [
        "D01 · D01-P / D01-T",
        "patient D01-P",
        *(f"phase {phase} · 2 REs" for phase in (5, 15, 28)),
        "therapist D01-T",
        *(f"phase {phase} · 3 REs" for phase in (5, 15, 28)),
    ]
    with Project.open(study) as project:
        assert sorted((i.narrator, i.phase, i.n_res) for i in project.interviews()) == [
            (NarratorRole.PATIENT, 5, 2),
            (NarratorRole.PATIENT, 15, 2),
            (NarratorRole.PATIENT, 28, 2),
            (NarratorRole.THERAPIST, 5, 3),
            (NarratorRole.THERAPIST, 15, 3),
            (NarratorRole.THERAPIST, 28, 3),
        ]

    add_coders(qtbot, window)
    with Project.open(study) as project:
        assert sorted(c.name for c in project.coders()) == sorted([LEAD, *CODERS])
    folder = tmp_path / "to send"
    folder.mkdir()
    prepare_copies(qtbot, window, folder)
    copies = [folder / f"{study.stem}-{name}.ccrt" for name in CODERS]
    for copy, name in zip(copies, CODERS, strict=True):
        with Project.open(copy) as project:
            owner = project.coder_copy_owner()
            assert owner is not None and owner.name == name

    for copy, name in zip(copies, CODERS, strict=True):
        code_in_copy(qtbot, window, monkeypatch, copy, name)
        assert units_by_layer(copy) == sorted(
            (name, "coder", component.value, typed) for _q, component, typed in CODING[name]
        )

    open_with_ctrl_o(qtbot, window, monkeypatch, study)
    identity = window.identity.identity()
    assert identity is not None and (identity.name, identity.lead) == (LEAD, True)
    merge_copies(qtbot, window, monkeypatch, copies)
    assert units_by_layer(study) == sorted(
        (name, "coder", component.value, typed)
        for name in CODERS
        for _q, component, typed in CODING[name]
    )

    view = show_agreement(qtbot, window)
    coder_list = view.controls.coder_list
    listed = {coder_list.item(i).text(): coder_list.item(i).checkState() for i in range(3)}
    assert listed == {
        LEAD: Qt.CheckState.Unchecked,  # no units of her own
        "Ben": Qt.CheckState.Checked,
        "Carla": Qt.CheckState.Checked,
    }
    run = view.run()
    assert run is not None and run.report is not None

    meet_on_first_disagreement(qtbot, window, view)
    with Project.open(study) as project:
        assert not project.settings().blind_mode
    click(qtbot, button(card_of(window, "Ben"), "Accept"))
    consensus = [row for row in units_by_layer(study) if row[1] == "consensus"]
    assert consensus == [(LEAD, "consensus", "W", "W6")]
    notes = [label.text() for label in card_of(window, "Ben").findChildren(QLabel)]
    assert "✓ in consensus" in notes  # the meeting shows Ben's unit as taken over

    out = tmp_path / "export" / "first study.xlsx"
    out.parent.mkdir()
    export_xlsx(qtbot, window, monkeypatch, out)
    workbook = openpyxl.load_workbook(out, read_only=True)
    rows = list(workbook["Units"].iter_rows(values_only=True))
    workbook.close()
    header = rows[0]
    at = {name: header.index(name) for name in ("coder", "layer", "component", "category_code")}
    found = sorted(tuple(str(row[at[n]]) for n in at) for row in rows[1:])
    assert found == sorted(
        [
            *((name, "coder", c.value, typed) for name in CODERS for _q, c, typed in CODING[name]),
            (LEAD, "consensus", "W", "W6"),
        ]
    )
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
