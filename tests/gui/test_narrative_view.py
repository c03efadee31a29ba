"""NarrativeView: transcript, line numbers, RE bands and unit highlights at the right positions."""

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextFormat

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span
from ccrt_coder.gui.transcript.narrative_view import NarrativeView
from ccrt_coder.gui.widgets.component_style import COMPONENT_COLOURS
from ccrt_coder.usecases.project import Project


def load(project: Project, narrator: NarratorRole, coder: str = "Anna"):
    interview = next(i for i in project.interviews() if i.narrator is narrator and i.phase == 5)
    text = project.transcript(interview.id).text
    res = project.episodes(interview.id)
    units = project.units([r.id for r in res], project.coder(coder).id, Layer.CODER)
    return text, res, units


@pytest.fixture
def view(qtbot) -> NarrativeView:
    view = NarrativeView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    return view


def unit_selections(view: NarrativeView):
    return [
        s
        for s in view.extraSelections()
        if s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def test_units_are_highlighted_at_their_utf16_positions(view, project) -> None:
    text, res, units = load(project, NarratorRole.THERAPIST)
    assert "😊" in text
    view.show_transcript(text, res, units)
    [selection] = unit_selections(view)
    start = text.index("relieved")
    utf16_start = start + 3  # three emoji before it, each a surrogate pair
    assert selection.cursor.selectionStart() == utf16_start
    assert selection.cursor.selectionEnd() == utf16_start + len("relieved")
    assert selection.cursor.selectedText() == "relieved"
    assert view.qt_range(units[0].draft.spans[0]) == (utf16_start, utf16_start + 8)


def test_each_component_has_its_colour_and_underline(view, project) -> None:
    text, res, units = load(project, NarratorRole.PATIENT)
    view.show_transcript(text, res, units)
    styles = {
        s.cursor.selectedText(): (s.format.underlineStyle(), s.format.underlineColor().name())
        for s in unit_selections(view)
    }
    underline = QTextCharFormat.UnderlineStyle
    assert styles == {
        "hear me play": (underline.SingleUnderline, COMPONENT_COLOURS[Component.W].lower()),
        "waste of an evening": (underline.DashUnderline, COMPONENT_COLOURS[Component.RO].lower()),
        "felt small": (underline.DotLine, COMPONENT_COLOURS[Component.RS].lower()),
    }


def test_highlights_never_change_the_document(view, project) -> None:
    text, res, units = load(project, NarratorRole.THERAPIST)
    view.show_transcript(text, res, units)
    assert view.toPlainText() == text
    assert view.document().blockCount() == text.count("\n") + 1
    assert not view.document().isUndoAvailable()


def test_switching_coder_replaces_the_highlights(view, project) -> None:
    text, res, units = load(project, NarratorRole.PATIENT)
    view.show_transcript(text, res, units)
    _, _, ben_units = load(project, NarratorRole.PATIENT, coder="Ben")
    view.set_units(ben_units)
    assert [s.cursor.selectedText() for s in unit_selections(view)] == ["I wanted my mother"]


def test_re_bands_cover_marker_and_text_lines(view, project) -> None:
    text, res, units = load(project, NarratorRole.PATIENT)
    view.show_transcript(text, res, units)
    bands = sorted(view.bands(), key=lambda b: b.first_block)
    # lines (0-based blocks): 1 = "RE 1: ..." marker, 2-4 its text, 6 = "RE 2" marker, 7-8
    assert [(b.first_block, b.last_block, b.marker_block) for b in bands] == [
        (1, 4, 1),
        (6, 8, 6),
    ]
    markers = [
        s.cursor.selectedText()
        for s in view.extraSelections()
        if s.format.hasProperty(QTextFormat.Property.ForegroundBrush)
    ]
    assert markers == ["RE 1: mother (Helga), past-childhood", "RE 2: partner (Jonas), current"]


def test_re_at_finds_the_episode_of_an_offset(view, project) -> None:
    text, res, units = load(project, NarratorRole.PATIENT)
    view.show_transcript(text, res, units)
    by_number = {re.number: re for re in res}
    assert view.re_at(text.index("waste")) == by_number[1]
    assert view.re_at(text.index("RE 2:")) == by_number[2]
    assert view.re_at(0) is None


def test_line_number_gutter_sits_beside_the_text(view, project) -> None:
    text, res, units = load(project, NarratorRole.PATIENT)
    view.show_transcript(text, res, units)
    assert view.gutter.isVisible()
    assert view.gutter.width() > 20
    assert view.viewportMargins().left() == view.gutter.width()
    view.gutter.grab()  # paints the numbers without error


def test_selecting_an_re_scrolls_to_it(view, project, qtbot) -> None:
    text = "\n".join(f"P: line {i}" for i in range(200))
    marker = "RE 1: mother, current\n"
    text = text + "\n" + marker + "P: the episode\n"
    interview = project.interviews()[0]
    res = project.episodes(interview.id)[:1]
    # a record pointing at the end of this longer text
    start = text.index("P: the episode")
    re = replace(res[0], spans=(Span(start, start + 14),))
    view.show_transcript(text, [re])
    assert view.verticalScrollBar().value() == 0
    view.set_current_re(re.id)
    assert view.verticalScrollBar().value() > 0
    assert any(current for _top, _bottom, current in view.band_extents())


def test_clear_shows_the_placeholder(view, project) -> None:
    text, res, units = load(project, NarratorRole.PATIENT)
    view.show_transcript(text, res, units)
    view.clear_transcript()
    assert view.toPlainText() == ""
    assert view.extraSelections() == []
    assert view.bands() == []


def test_tints_follow_a_palette_change(view, project) -> None:
    text, res, units = load(project, NarratorRole.PATIENT)
    view.show_transcript(text, res, units)
    selections = unit_selections(view)  # keep them alive while reading their formats
    light = selections[0].format.background().color().name()
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    view.setPalette(palette)
    selections = unit_selections(view)
    dark = selections[0].format.background().color().name()
    assert dark != light
    assert QColor(dark).lightness() < 100
