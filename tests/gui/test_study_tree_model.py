"""StudyTreeModel: dyad -> narrator -> phase over plain interview records."""

from PySide6.QtCore import QModelIndex, Qt

from ccrt_coder.core.domain import NarratorRole
from ccrt_coder.core.records import InterviewRecord
from ccrt_coder.gui.study.tree_model import INTERVIEW_ID_ROLE, StudyTreeModel, natural_key


def record(id: int, dyad: str, narrator: NarratorRole, phase: int, n_res: int = 4):
    n = dyad[1:]
    return InterviewRecord(id, dyad, f"P{n}", f"T{n}", narrator, phase, n_res)


def study(dyads: int) -> list[InterviewRecord]:
    records, next_id = [], 1
    for d in range(dyads, 0, -1):  # stored order need not be display order
        for narrator in (NarratorRole.THERAPIST, NarratorRole.PATIENT):
            for phase in (28, 5, 15):
                records.append(record(next_id, f"D{d}", narrator, phase))
                next_id += 1
    return records


def texts(model: StudyTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = StudyTreeModel()
    model.set_interviews(study(3))
    qtmodeltester.check(model)


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(StudyTreeModel())


def test_dyads_narrators_and_phases_in_natural_order() -> None:
    model = StudyTreeModel()
    model.set_interviews(study(10))
    assert texts(model)[:3] == ["D1 · P1 / T1", "D2 · P2 / T2", "D3 · P3 / T3"]
    assert texts(model)[-1] == "D10 · P10 / T10"
    dyad = model.index(0, 0)
    assert texts(model, dyad) == ["patient P1", "therapist T1"]
    assert texts(model, model.index(0, 0, dyad)) == [
        "phase 5 · 4 REs",
        "phase 15 · 4 REs",
        "phase 28 · 4 REs",
    ]


def test_phase_leaves_carry_their_interview() -> None:
    records = [record(7, "D1", NarratorRole.PATIENT, 5, n_res=1)]
    model = StudyTreeModel()
    model.set_interviews(records)
    leaf = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    assert leaf.data() == "phase 5 · 1 RE"
    assert leaf.data(INTERVIEW_ID_ROLE) == 7
    assert model.interview_at(leaf) == records[0]
    assert model.index_of_interview(7) == leaf
    assert not model.index_of_interview(99).isValid()
    assert model.flags(leaf) & Qt.ItemFlag.ItemNeverHasChildren
    assert model.interview_at(model.index(0, 0)) is None
    assert "patient P1, therapist T1" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_large_study_builds_one_row_per_interview() -> None:
    records = study(200)  # 1200 interviews
    model = StudyTreeModel()
    model.set_interviews(records)
    assert model.dyad_count() == 200
    assert len(model.interviews()) == 1200


def test_natural_key() -> None:
    assert sorted(["D10", "D2", "d1"], key=natural_key) == ["d1", "D2", "D10"]
