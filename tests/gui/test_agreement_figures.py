"""The Agreement tables show every figure whole, sign and all, at small and large windows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from ccrt_coder.gui.agreement.report_panel import SECTIONS
from ccrt_coder.gui.agreement.table_model import BELOW_ROLE, COUNT_ROLE, INTERVAL_ROLE, VALUE_ROLE
from ccrt_coder.gui.agreement.view import AgreementView
from ccrt_coder.usecases.project import Project
from tests.gui.agreement_helpers import wait_shown
from tests.gui.opposed_study import CONTRA, PRO

SIZES = [(1024, 700), (1920, 1080)]


class Recorder(QPainter):
    """Notes every text the delegate draws and the rectangle it is drawn in."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[QRect, str]] = []

    def drawText(self, *args: object) -> None:  # type: ignore[override]
        rect, _flags, text = args
        assert isinstance(rect, QRect) and isinstance(text, str)
        self.texts.append((QRect(rect), text))
        super().drawText(*args)  # type: ignore[call-overload]


def show(qtbot, project: Project, size: tuple[int, int]) -> AgreementView:
    view = AgreementView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_context(project, None, False)
    view.show()
    wait_shown(qtbot, view)
    qtbot.wait(50)  # the layout settles
    return view


def painted(table: QTableView, index: QModelIndex) -> list[tuple[QRect, str]]:
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.font, option.fontMetrics, option.widget = table.font(), table.fontMetrics(), table
    image = QImage(table.viewport().size(), QImage.Format.Format_ARGB32)
    painter = Recorder(image)
    table.itemDelegate().paint(painter, option, index)
    painter.end()
    return painter.texts


def shown_figure(text: str) -> float:
    word = text.split()[0]
    return float(word.rstrip("%")) / (100 if word.endswith("%") else 1)


@pytest.mark.parametrize("size", SIZES)
def test_negative_figures_keep_their_sign(qtbot, opposed: Project, size) -> None:
    view = show(qtbot, opposed, size)
    w = view.report.models["W"]
    pi = w.find(("W", "category", f"{PRO}|{CONTRA}", "scott_pi"))
    assert pi.data(VALUE_ROLE) == pytest.approx(-1.0)
    table = view.report.views["W"]
    rect, text = painted(table, pi)[0]
    assert text.startswith("-1.000") and shown_figure(text) == -1.0
    assert rect.width() >= table.fontMetrics().horizontalAdvance(text)  # the sign is not cut
    fleiss = w.find(("W", "category", "all", "fleiss_kappa"))
    assert fleiss.data(VALUE_ROLE) < 0 and fleiss.data().startswith("-0.")


@pytest.mark.parametrize("size", SIZES)
def test_every_figure_is_painted_whole_inside_its_cell(qtbot, opposed: Project, size) -> None:
    view = show(qtbot, opposed, size)
    checked = 0
    for section in SECTIONS:
        table, model = view.report.views[section], view.report.models[section]
        metrics = table.fontMetrics()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                words = str(index.data() or "").split()
                longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
                assert table.columnWidth(c) >= longest, (section, index.data())
                if index.data(COUNT_ROLE) is None:
                    continue
                cell = table.visualRect(index)
                texts = painted(table, index)
                interval = index.data(INTERVAL_ROLE)
                expected = [index.data(), index.data(COUNT_ROLE), *([interval] if interval else [])]
                assert [t for _r, t in texts] == expected
                for rect, text in texts:
                    assert rect.width() >= metrics.horizontalAdvance(text), (section, text)
                    assert cell.left() <= rect.left() and rect.right() <= cell.right(), text
                value = index.data(VALUE_ROLE)
                assert shown_figure(index.data()) == pytest.approx(value, abs=0.0006)
                checked += 1
    assert checked > 20


def test_the_demo_shows_each_figures_interval_and_band_at_1024x700(
    qtbot, demo_project: Project
) -> None:
    view = show(qtbot, demo_project, (1024, 700))
    report = view.run().report
    assert report is not None and report.intervals_computed
    for section, key in (
        ("W", ("W", "category", "all", "fleiss_kappa")),
        ("presence", ("presence", "W", "W1", "fleiss_kappa")),
        ("completeness", ("completeness", "all", "icc_2_1")),
    ):
        model, table = view.report.models[section], view.report.views[section]
        index = model.find(key)
        interval = index.data(INTERVAL_ROLE)
        assert interval.startswith("[") and interval.split()[-1].isalpha(), interval  # CI, band
        cell = table.visualRect(index)
        rect, text = painted(table, index)[-1]
        assert text == interval
        assert rect.width() >= table.fontMetrics().horizontalAdvance(text)
        assert cell.left() <= rect.left() and rect.right() <= cell.right()
        assert cell.top() <= rect.top() and rect.bottom() <= cell.bottom()


def test_completeness_weighted_kappa_is_not_read_against_the_category_benchmark(
    qtbot, demo_project: Project
) -> None:
    view = show(qtbot, demo_project, (1024, 700))
    model = view.report.models["completeness"]
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            assert index.data(BELOW_ROLE) is False
            assert "published CCRT range" not in str(index.data(Qt.ItemDataRole.ToolTipRole))
