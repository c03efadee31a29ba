"""ReListModel and UnitTableModel: what the RE panel lists."""

from datetime import datetime

from PySide6.QtCore import Qt

from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Component, Span, Valence
from ccrt_coder.core.records import ReRecord, UnitDraft, UnitRecord
from ccrt_coder.gui.episodes.re_list_model import RE_ID_ROLE, ReListModel, re_title
from ccrt_coder.gui.episodes.unit_table_model import Column, UnitTableModel
from ccrt_coder.gui.transcript.line_index import LineIndex

RES = [
    ReRecord(12, 1, 2, "mother", "Helga", "past-childhood", (Span(40, 90),)),
    ReRecord(11, 1, 1, "colleague/boss", "", "", (Span(0, 30),)),
]
SYSTEM = CategorySystem(
    "S",
    "1",
    (
        Category("W6", "To be loved and understood", Component.W, "W6"),
        Category("RO5", "Rejecting and opposing", Component.RO, "RO5", Valence.NEGATIVE),
    ),
)


def unit(id: int, component: Component, start: int, codes=(), **extra) -> UnitRecord:
    draft = UnitDraft(12, 1, component, (Span(start, start + 5),), tuple(codes), **extra)
    now = datetime(2024, 1, 1)
    return UnitRecord(id, f"u{id}", draft, now, now)


def test_re_titles() -> None:
    assert re_title(RES[0]) == "RE 2 · mother (Helga) · past-childhood"
    assert re_title(RES[1]) == "RE 1 · colleague/boss"


def test_re_list_is_sorted_by_number(qtmodeltester) -> None:
    model = ReListModel()
    model.set_res(RES, lambda re: f"{len(re.spans)} span")
    qtmodeltester.check(model)
    assert [model.index(r).data() for r in range(2)] == [
        "RE 1 · colleague/boss",
        "RE 2 · mother (Helga) · past-childhood",
    ]
    assert model.index(1).data(RE_ID_ROLE) == 12
    assert model.row_of(12) == 1
    assert model.row_of(99) == -1
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole).endswith("1 span")


def test_unit_table_shows_labels_from_the_category_system(qtmodeltester) -> None:
    units = [
        unit(2, Component.RO, 60, ["RO5"], valence=Valence.NEGATIVE, tailor_label="devalues"),
        unit(1, Component.W, 45, ["W6"], tailor_label="to be heard"),
    ]
    model = UnitTableModel()
    model.set_units(units, SYSTEM, LineIndex("x\n" * 100))
    qtmodeltester.check(model)
    row = [model.index(1, c).data() for c in Column]
    assert row == ["RO", "RO5 Rejecting and opposing", "−", "devalues"]
    assert model.index(0, Column.COMPONENT).data() == "W"  # text order
    assert model.index(0, Column.VALENCE).data() == ""
    assert model.index(0, Column.COMPONENT).data(Qt.ItemDataRole.DecorationRole) is not None
    tooltip = model.index(1, Column.LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "Response of Other" in tooltip
    assert "negative" in tooltip


def test_unit_table_tolerates_unknown_codes() -> None:
    model = UnitTableModel()
    model.set_units([unit(1, Component.W, 0, ["W99"])], SYSTEM)
    assert model.index(0, Column.CATEGORIES).data() == "W99 ?"
