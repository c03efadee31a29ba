"""Managing coders: counts, add, rename, retire (kept in analyses), merge two identities."""

import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.core.coders import clashing_work
from ccrt_coder.core.domain import Component, Layer
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.usecases.export import ExportOptions
from ccrt_coder.usecases.project import Project
from tests.factories import sample_draft


@pytest.fixture
def study(tmp_path: Path):
    """Anna coded RE 1 (two units, a rating); 'A. Berger' (Anna under another name) coded RE 2
    and rated RE 1 in the consensus layer; Ben coded RE 1."""
    with Project.create(tmp_path / "study.ccrt") as project:
        project.import_narratives([sample_draft()])
        anna, alias, ben = (project.add_coder(n) for n in ("Anna", "A. Berger", "Ben"))
        re1, re2 = project.episodes(project.interviews()[0].id)
        project.add_units(
            [
                UnitDraft(re1.id, anna.id, Component.W, (re1.spans[0],)),
                UnitDraft(re1.id, anna.id, Component.RS, (re1.spans[0],)),
                UnitDraft(re2.id, alias.id, Component.W, (re2.spans[0],)),
                UnitDraft(re1.id, ben.id, Component.W, (re1.spans[0],)),
            ]
        )
        project.set_completeness(re1.id, anna.id, 4.0)
        project.set_completeness(re1.id, alias.id, 3.0, Layer.CONSENSUS)
        yield project


def _summary(project: Project) -> dict[str, tuple[int, int, bool]]:
    return {c.name: (c.units, c.ratings, c.retired) for c in project.coder_summaries()}


def test_coders_are_listed_with_their_work(study: Project) -> None:
    assert _summary(study) == {
        "A. Berger": (1, 1, False),
        "Anna": (2, 1, False),
        "Ben": (1, 0, False),
    }


def test_names_are_checked_ignoring_case(study: Project) -> None:
    with pytest.raises(InputError, match="there is already a coder called 'anna'"):
        study.add_coder("anna")
    with pytest.raises(InputError, match="a coder needs a name"):
        study.rename_coder("Ben", "  ")
    with pytest.raises(InputError, match="there is already a coder called 'ANNA'"):
        study.rename_coder("Ben", "ANNA")
    with pytest.raises(NotFoundError, match="no coder called 'Carla'"):
        study.rename_coder("Carla", "Carl")
    study.rename_coder("Ben", " Benjamin ")
    study.rename_coder("Anna", "ANNA")  # her own name in other letters
    assert sorted(_summary(study)) == ["A. Berger", "ANNA", "Benjamin"]


def test_a_retired_coder_stays_in_analyses_and_exports(study: Project, tmp_path: Path) -> None:
    study.retire_coder("Ben")
    assert _summary(study)["Ben"] == (1, 0, True)
    assert [c.name for c in study.coders() if c.retired] == ["Ben"]
    report = study.agreement_report(coders=["Anna", "Ben"])
    assert report.coders == ("Anna", "Ben")
    export = study.export(tmp_path / "out.xlsx", ExportOptions(sheets=("units",)))
    assert export.rows["Units"] == 4
    study.retire_coder("Ben", retired=False)
    assert not any(c.retired for c in study.coders())


def test_merging_moves_all_units_and_ratings_in_one_step(study: Project) -> None:
    study.merge_coders("A. Berger", "Anna")
    assert _summary(study) == {"Anna": (3, 2, False), "Ben": (1, 0, False)}
    with sqlite3.connect(study.path) as db:
        layers = db.execute(
            "SELECT layer, completeness FROM re_ratings r JOIN coders c ON c.id = r.coder_id "
            "WHERE c.name = 'Anna' ORDER BY layer"
        ).fetchall()
    assert layers == [("coder", 4.0), ("consensus", 3.0)]


def test_merging_is_refused_where_both_coded_the_same_re_in_one_layer(study: Project) -> None:
    before = _summary(study)
    with pytest.raises(InputError) as refused:
        study.merge_coders("Ben", "Anna")
    assert str(refused.value) == (
        "cannot merge Ben into Anna: both coded the same RE in the same layer "
        "(D01/patient/5 RE 1 (coder layer)); delete one coder's units and rating there first"
    )
    with pytest.raises(InputError, match="cannot be merged into themselves"):
        study.merge_coders("Ben", "Ben")
    assert _summary(study) == before


def test_a_rating_alone_is_work_in_that_layer() -> None:
    # Anna rated RE 7 in the consensus layer, Ben coded it there: they clash; other layers not.
    anna = {(7, "consensus"), (7, "coder")}
    ben = {(7, "consensus"), (8, "coder")}
    assert clashing_work(anna, ben) == [(7, "consensus")]
    assert clashing_work({(7, "coder")}, {(7, "consensus")}) == []
