"""The coding margin beside the transcript: bars over their lines, labels, columns, clicks,
tooltips, the View ▸ Coding margin toggle, and a lane per coder when comparing coders."""

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.gui.consensus.coders_side_by_side import Mode
from ccrt_coder.gui.shell.main_window import MainWindow
from ccrt_coder.gui.transcript.coding_margin import CodingMargin
from ccrt_coder.gui.transcript.margin_items import Placed
from ccrt_coder.gui.transcript.margin_paint import background, label_of
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.ui_settings import UiSettings
from ccrt_coder.gui.widgets.component_style import component_colour
from ccrt_coder.gui.widgets.contrast import contrast, readable
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO
from tests.gui.coding_helpers import open_window, show_interview
from tests.gui.conftest import PATIENT_TEXT, quote
from tests.gui.workspace_helpers import open_as


def open_demo(qtbot, path: Path, size: tuple[int, int] = (1400, 900)) -> MainWindow:
    window = open_window(qtbot, path, DEMO.coder_a)
    window.resize(*size)
    show_interview(qtbot, window, "D01", NarratorRole.PATIENT, 5)
    qtbot.wait(10)
    return window


def cursor_rect(view: NarrativeView, position: int):
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor)


def placed_of(margin: CodingMargin, unit_id: int) -> Placed:
    return next(p for p in margin.placed() if p.bar.unit.id == unit_id)


def test_each_unit_is_a_labelled_bar_over_its_lines(qtbot, demo_path: Path) -> None:
    window = open_demo(qtbot, demo_path, (1024, 700))  # narrow: units wrap over lines
    view, margin = window.workspace.view, window.workspace.margin
    assert margin.isVisible() and 90 <= margin.width() <= 160
    assert view.viewportMargins().right() == margin.width()
    assert margin.geometry().left() == view.viewport().geometry().right() + 1
    first_unit = min(view.units(), key=lambda u: min(u.draft.spans))
    top = cursor_rect(view, view.qt_range(min(first_unit.draft.spans))[0]).top()
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + top - 4)
    placed = margin.placed()
    assert len(placed) >= 3
    wrapped = 0
    for item in placed:
        spans = item.bar.unit.draft.spans
        start, end = view.qt_range(min(spans))[0], view.qt_range(max(spans))[1]
        first, last = cursor_rect(view, start), cursor_rect(view, end)
        assert abs(item.rect.top() - first.top()) <= 4
        assert abs(item.rect.bottom() - last.bottom()) <= 6
        wrapped += last.top() > first.bottom()
    assert wrapped, "some unit of the demo's first RE wraps over two lines at 1024 px"
    labels = {label_of(p.bar.unit) for p in placed}
    assert {"W6", "RO5 −"} <= labels
    assert label_of(next(p.bar.unit for p in placed if p.bar.unit.draft.categories == ("W6",))) == (
        "W6"
    )
    # What is drawn: the W bar in the component's blue, beside the text, not in it.
    image = margin.grab().toImage()
    w_bar = next(p for p in placed if p.bar.unit.draft.component is Component.W)
    centre = w_bar.rect.center().toPoint()
    colour = image.pixelColor(centre)
    assert colour.blue() > colour.red() + 60


def test_clicking_a_bar_selects_its_unit_in_the_table_and_the_text(qtbot, demo_path: Path) -> None:
    window = open_demo(qtbot, demo_path)
    workspace = window.workspace
    view, margin, panel = workspace.view, workspace.margin, workspace.panel
    second_re = next(re for re in workspace.episodes() if re.number == 2)
    unit = next(u for u in view.units() if u.draft.re_id == second_re.id)
    view.scroll_to(min(unit.draft.spans))
    qtbot.wait(1)
    item = placed_of(margin, unit.id)
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=item.rect.center().toPoint())
    assert panel.current_re() is not None and panel.current_re().id == second_re.id
    assert panel.current_unit() is not None and panel.current_unit().id == unit.id
    assert view.selection_span() == min(unit.draft.spans)
    # A click between bars chooses nothing.
    empty = next(
        QPoint(x, y)
        for y in range(2, margin.height(), 4)
        for x in range(margin.width() - 2, 0, -4)
        if margin.bar_at(QPointF(x, y)) is None
    )
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=empty)
    assert panel.current_unit().id == unit.id


def test_the_tooltip_names_the_categories_in_full_and_the_units_text(
    qtbot, demo_path: Path
) -> None:
    window = open_demo(qtbot, demo_path)
    margin = window.workspace.margin
    item = next(p for p in margin.placed() if p.bar.unit.draft.categories == ("W6",))
    assert margin.bar_at(QPointF(item.rect.center())) == item.bar
    text = margin.tooltip(item.bar)
    assert "To be loved and understood" in text
    assert "I really wanted my mother" in text


def test_overlapping_units_stand_in_different_columns(qtbot, demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        record = next(
            i
            for i in project.interviews()
            if (i.dyad, i.narrator, i.phase) == ("D01", NarratorRole.PATIENT, 5)
        )
        re = next(r for r in project.episodes(record.id) if r.number == 1)
        text = project.transcript(record.id).text
        coder = project.coder(DEMO.coder_a).id
        start = text.index("I really wanted my mother")
        project.add_units(
            [UnitDraft(re.id, coder, Component.RS, (Span(start, start + 40),), ("RS8",))]
        )
    window = open_demo(qtbot, demo_path)
    margin = window.workspace.margin
    placed = margin.placed()
    w = next(p for p in placed if p.bar.unit.draft.component is Component.W)
    rs = next(
        p
        for p in placed
        if p.bar.unit.draft.categories == ("RS8",) and p.bar.first_block == w.bar.first_block
    )
    assert {w.bar.column, rs.bar.column} == {0, 1}
    assert abs(w.rect.left() - rs.rect.left()) >= 20
    assert w.rect.top() < rs.rect.bottom() and rs.rect.top() < w.rect.bottom()


def test_view_menu_toggle_hides_the_margin_and_is_remembered(qtbot, demo_path: Path) -> None:
    window = open_demo(qtbot, demo_path)
    margin, view = window.workspace.margin, window.workspace.view
    action = window.margin.action
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    assert action in view_menu.actions() and action.text().replace("&", "") == "Coding margin"
    assert action.isChecked() and margin.isVisible()
    action.trigger()
    assert not margin.isVisible() and view.viewportMargins().right() == 0
    assert UiSettings().coding_margin() is False
    again = MainWindow(UiSettings(), ask_for_coder=False)  # the next start keeps it hidden
    qtbot.addWidget(again)
    assert not again.margin.action.isChecked() and not again.workspace.margin.is_wanted()
    action.trigger()
    assert margin.isVisible() and view.viewportMargins().right() == margin.width()
    assert UiSettings().coding_margin() is True


def test_compare_coders_gives_each_coder_a_lane_and_marks_disagreements(
    qtbot, demo_path: Path
) -> None:
    with Project.open(demo_path) as project:
        project.update_settings(blind_mode=False)
    window = open_demo(qtbot, demo_path)
    margin = window.workspace.margin
    window.side_by_side.compare_action.trigger()
    assert window.side_by_side.mode() is Mode.COMPARE
    assert [lane.name for lane in margin.lanes()] == [DEMO.coder_a, DEMO.coder_b]
    coder_b = window.project.coder(DEMO.coder_b).id
    placed = margin.placed()
    a_w = next(p for p in placed if p.bar.lane == 0 and p.bar.unit.draft.component is Component.W)
    b_w = next(p for p in placed if p.bar.lane == 1 and p.bar.unit.draft.component is Component.W)
    assert b_w.bar.unit.draft.coder_id == coder_b
    assert set(a_w.bar.unit.draft.categories) != set(b_w.bar.unit.draft.categories)
    assert a_w.bar.disagrees_with == (b_w.bar.unit.id,)
    assert b_w.bar.disagrees_with == (a_w.bar.unit.id,)
    assert b_w.rect.left() > a_w.rect.left()  # Coder B's lane right of Coder A's
    assert "≠" in margin.tooltip(a_w.bar) and DEMO.coder_b in margin.tooltip(a_w.bar)
    agreeing = [
        p for p in placed if p.bar.unit.draft.layer is Layer.CODER and not p.bar.disagrees_with
    ]
    assert agreeing, "units with the same categories carry no mark"
    window.side_by_side.compare_action.trigger()  # leaving: the coder's own units again
    assert [lane.name for lane in margin.lanes()] == [""]
    assert all(not bar.disagrees_with for bar in margin.bars())


def test_labels_and_bars_read_in_light_and_dark_palettes(qapp) -> None:
    for base, window in (("#ffffff", "#efefef"), ("#1e1e1e", "#2b2b2b")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        ground = background(palette)
        for component in Component:
            colour = component_colour(component)
            assert contrast(readable(colour, ground), ground) >= 4.5
            assert contrast(readable(colour, ground, 3.0), ground) >= 3.0


def test_the_consensus_lane_is_shown_but_not_compared(qtbot, project_path: Path) -> None:
    with Project.open(project_path) as project:
        record = next(
            i
            for i in project.interviews()
            if (i.dyad, i.narrator, i.phase) == ("D01", NarratorRole.PATIENT, 5)
        )
        mother = next(r for r in project.episodes(record.id) if r.number == 1)
        span = quote(PATIENT_TEXT, "felt small")
        ben, anna = project.coder("Ben").id, project.coder("Anna").id
        project.add_units(
            [
                UnitDraft(mother.id, ben, Component.RS, (span,), ("RS3",)),
                UnitDraft(mother.id, anna, Component.RS, (span,), ("RS3",), layer=Layer.CONSENSUS),
            ]
        )
    window = open_as(qtbot, project_path, "Anna", lead=True)
    window.activateWindow()
    assert window.open_consensus_at(mother.id)
    margin = window.workspace.margin
    assert [lane.name for lane in margin.lanes()] == ["Anna", "Ben", "Consensus"]
    rs = {bar.lane: bar for bar in margin.bars() if bar.unit.draft.component is Component.RS}
    assert rs[0].disagrees_with == (rs[1].unit.id,)  # Anna's RS7 against Ben's RS3
    assert rs[1].disagrees_with == (rs[0].unit.id,)
    assert rs[2].disagrees_with == ()  # the consensus's RS3 is the outcome, not a coder
