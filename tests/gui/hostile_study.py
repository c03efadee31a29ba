"""A study whose every user-supplied name is HTML, and the checks that the GUI shows it as text.

Qt renders a QLabel, a tooltip or a message box as rich text when its text "might be rich text";
a coder called ``<h1><font color=red>X</font></h1><img src=…>`` would then show as a red banner
and load a local image. The checks find every such text on screen and say where it leaked.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMessageBox,
    QWidget,
)

from ccrt_coder.core.domain import Component, Layer, NarratorRole, Span, Valence
from ccrt_coder.core.narratives import InterviewDraft, ReDraft
from ccrt_coder.core.records import ReHeader, UnitDraft
from ccrt_coder.usecases.project import Project
from tests.demo_file import demo_copy

TELL = "<font color=red>"  # in every hostile name below; seen raw only where text is plain
MARK = "<h1><font color=red>X</font></h1><img src=/tmp/x.png>"
CODER_A, CODER_B = MARK, MARK.replace("X", "Y")
MATH = "$\\x$"  # in category labels: matplotlib must not read it as a formula (it cannot)


def code(tag: str) -> str:
    """A hostile dyad or person code (codes cannot hold '/', which names interviews)."""
    return f"<h1><font color=red>{tag}<img src=x.png>"


DYAD, PATIENT, THERAPIST = code("D01"), code("P01"), code("T01")
HOSTILE_DYAD = code("D03")
HOSTILE_TEXT = (
    f"RE 1: mother ({MARK}), current\n"
    f"P: I wanted {MARK} to hear me play.\n"
    "P: She said it was a waste of an evening.\n"
    "P: I went to my room and felt small.\n"
)


def hostile_study(folder: Path) -> Path:
    """The demo study with coders, study, dyad, people, category system and labels, an RE's
    other person, memos and a whole interview's text and file name made of HTML."""
    path = demo_copy(folder)
    with Project.open(path) as project:
        project.update_settings(name=MARK)
        project.rename_coder("Coder A (L. Berger)", CODER_A)
        project.rename_coder("Coder B (M. Costa)", CODER_B)
        project.update_dyad("D01", DYAD, PATIENT, THERAPIST)
        system = project.category_system()
        labelled = tuple(
            replace(c, label=f"{MATH} {MARK} {c.code}", description=MARK) for c in system.categories
        )
        project.import_category_system(replace(system, name=MARK, categories=labelled))
        _hostile_interview(project)
        first = next(i for i in project.interviews() if i.dyad == DYAD)
        re = project.episodes(first.id)[0]
        project.update_re(re.id, ReHeader(re.other_type, MARK, re.time_frame))
        coder = project.coder(CODER_A)
        project.set_memo(coder.id, first.id, None, MARK)
        project.set_memo(coder.id, first.id, re.id, MARK)
        project.update_settings(blind_mode=False)
    return path


def _hostile_interview(project: Project) -> None:
    """D03's patient at phase 5: HTML in its text, file name and RE; both coders coded it."""
    text = HOSTILE_TEXT
    span = Span(text.index("P: I wanted"), len(text) - 1)
    draft = InterviewDraft(
        HOSTILE_DYAD,
        NarratorRole.PATIENT,
        5,
        text,
        (ReDraft(1, "mother", (span,), MARK, "current"),),
        f"{MARK}.txt",
        code("P03"),
        code("T03"),
    )
    project.import_narratives([draft])
    record = next(i for i in project.interviews() if i.dyad == HOSTILE_DYAD)
    re = project.episodes(record.id)[0]
    quoted = Span(text.index(f"{MARK} to hear"), text.index(" to hear"))
    small = Span(text.index("felt small"), text.index("felt small") + len("felt small"))
    drafts = []
    for name in (CODER_A, CODER_B):
        coder = project.coder(name)
        drafts += [
            UnitDraft(
                re.id, coder.id, Component.W, (quoted,), ("W3",), tailor_label=MARK, memo=MARK
            ),
            UnitDraft(
                re.id,
                coder.id,
                Component.RS,
                (small,),
                ("RS3",) if name == CODER_A else ("RS4",),
                tailor_label=MARK,
                valence=Valence.NEGATIVE,
                memo=MARK,
            ),
        ]
        project.rate_completeness(re.id, coder.id, 4.0)
    lead = project.coder(CODER_A)
    drafts.append(
        UnitDraft(
            re.id,
            lead.id,
            Component.W,
            (quoted,),
            ("W3",),
            layer=Layer.CONSENSUS,
            tailor_label=MARK,
            memo=MARK,
        )
    )
    project.add_units(drafts)
    project.set_memo(lead.id, record.id, None, MARK)
    project.set_memo(lead.id, record.id, re.id, MARK)


def shown_as_rich(text: str, text_format: Qt.TextFormat) -> bool:
    """Whether Qt renders ``text`` as rich text in a label or tooltip of ``text_format``."""
    if text_format == Qt.TextFormat.PlainText:
        return False
    return text_format != Qt.TextFormat.AutoText or QtGui.Qt.mightBeRichText(text)


def visible_text(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a reader sees of ``text``: itself when plain, the document's text when rich."""
    if not shown_as_rich(text, text_format):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def leaks(widgets: list[QWidget] | None = None) -> list[str]:
    """Every label, tooltip and item tooltip that shows a hostile name as rich text."""
    found: list[str] = []
    for widget in QApplication.allWidgets() if widgets is None else widgets:
        text = widget.text() if isinstance(widget, QLabel) else ""
        if TELL in text and shown_as_rich(text, widget.textFormat()):
            found.append(f"label {_where(widget)}: {widget.text()!r}")
        tip = widget.toolTip()
        if TELL in tip and QtGui.Qt.mightBeRichText(tip):
            found.append(f"tooltip {_where(widget)}: {tip!r}")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += [f"{_where(widget)}: {leak}" for leak in _model_leaks(widget.model())[:1]]
    return found


def assert_no_leaks(widgets: list[QWidget] | None = None) -> None:
    found = leaks(widgets)
    assert not found, "\n".join(found)


def _model_leaks(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = QModelIndex() if parent is None else parent
    found: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount to themselves: one column
        columns = 1
    if not parent.isValid():
        for orientation in Qt.Orientation.Horizontal, Qt.Orientation.Vertical:
            for section in range(
                min(model.rowCount() if orientation == Qt.Orientation.Vertical else columns, 200)
            ):
                tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and TELL in tip and QtGui.Qt.mightBeRichText(tip):
                    found.append(f"header tooltip {section}: {tip!r}")
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and TELL in tip and QtGui.Qt.mightBeRichText(tip):
                found.append(f"item tooltip ({row}, {column}): {tip!r}")
            if column == 0 and model.rowCount(index) > 0:
                found += _model_leaks(model, index)
    return found


def shown_texts(widgets: list[QWidget] | None = None) -> list[str]:
    """The texts every label shows (rich ones as the reader sees them)."""
    return [
        visible_text(w.text(), w.textFormat())
        for w in (QApplication.allWidgets() if widgets is None else widgets)
        if isinstance(w, QLabel) and w.isVisible()
    ]


def box_leaks(box: QMessageBox) -> list[str]:
    """A message box's labels (text, informative text) that render a hostile name."""
    return leaks([box, *box.findChildren(QLabel)])
