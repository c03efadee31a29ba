"""The shipped demo study: complete enough that every view has something real to show."""

import json
from collections import Counter
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.domain import Component, Layer, NarratorRole
from ccrt_coder.core.errors import ProjectFileError
from ccrt_coder.paths import user_data_dir
from ccrt_coder.usecases.demo import build_demo, demo_project_path
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    with Project.open(path) as project:
        yield project


def test_cli_writes_the_demo_and_info_shows_its_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.ccrt"
    assert main(["demo", str(out)]) == 0
    assert main(["info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert (info["dyads"], info["people"], info["interviews"]) == (
        DEMO.dyads,
        DEMO.people,
        DEMO.interviews,
    )
    assert 36 <= info["res"] <= 60
    assert len(info["coders"]) == 2
    layers = [set(layers) for layers in info["units"].values()]
    assert {"coder", "consensus"} in layers and {"coder"} in layers


def test_both_narrators_at_all_three_phases_with_3_to_5_res(demo: Project) -> None:
    interviews = demo.interviews()
    cells = Counter((i.dyad, i.narrator) for i in interviews)
    assert cells == {(dyad, role): 3 for dyad in ("D01", "D02") for role in NarratorRole}
    assert {i.phase for i in interviews} == {5, 15, 28}
    assert all(3 <= i.n_res <= 5 for i in interviews)


def test_every_interview_has_res_about_others_and_about_the_partner(demo: Project) -> None:
    for interview in demo.interviews():
        others = {re.other_type for re in demo.episodes(interview.id)}
        assert interview.narrator.partner_type in others, interview.describe()
        assert others - {interview.narrator.partner_type}, interview.describe()


def test_two_coders_code_every_re_and_partly_disagree(demo: Project) -> None:
    first, second = demo.coders()
    agree = differ = 0
    for interview in demo.interviews():
        for re in demo.episodes(interview.id):
            mine = demo.units([re.id], first.id, Layer.CODER)
            theirs = demo.units([re.id], second.id, Layer.CODER)
            assert mine and theirs, re.label()
            for component in Component:
                mine_codes = {u.draft.categories for u in mine if u.draft.component is component}
                their_codes = {u.draft.categories for u in theirs if u.draft.component is component}
                if mine_codes == their_codes:
                    agree += 1
                else:
                    differ += 1
    assert agree > 0 and differ > 0  # the same categories in many REs, not in all


def test_consensus_layer_exists_for_dyad_d01_only(demo: Project) -> None:
    for interview in demo.interviews():
        re_ids = [re.id for re in demo.episodes(interview.id)]
        consensus = demo.units(re_ids, layer=Layer.CONSENSUS)
        assert bool(consensus) == (interview.dyad == "D01"), interview.describe()


def test_the_demo_is_never_written_over_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "mine.ccrt"
    out.write_text("my own work")
    with pytest.raises(ProjectFileError, match="already exists"):
        build_demo(out)
    assert out.read_text() == "my own work"
    assert list(tmp_path.iterdir()) == [out]


def test_the_user_demo_copy_is_made_once_in_the_data_folder(tmp_path: Path) -> None:
    path = demo_project_path()
    assert path == user_data_dir() / "demo.ccrt"
    with Project.open(path) as project:
        project.add_coder("Me")
    assert demo_project_path() == path
    with Project.open(path) as project:
        assert "Me" in [c.name for c in project.coders()]
