"""The rules are checked where the project is written, so no entry point can bypass them."""

from dataclasses import replace
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.categories import Category, CategorySystem
from ccrt_coder.core.domain import Component, Layer, NarratorRole, StudySettings
from ccrt_coder.core.errors import InputError
from ccrt_coder.usecases.project import Project


def _rating_target(project: Project) -> tuple[int, int]:
    return project.find_re("D01", NarratorRole.PATIENT, 5, 1), project.add_coder("Anna").id


@pytest.mark.parametrize("layer", [Layer.CODER, Layer.CONSENSUS])
def test_set_completeness_refuses_a_rating_off_the_grid(project: Project, layer: Layer) -> None:
    re_id, coder_id = _rating_target(project)
    with pytest.raises(InputError, match=r"1 to 5 in steps of 0\.5, not 3\.3"):
        project.set_completeness(re_id, coder_id, 3.3, layer)
    with pytest.raises(InputError, match="not 6"):
        project.set_completeness_many([(re_id, coder_id, layer, 6.0)])
    assert project.completeness_ratings([re_id]) == {}
    project.set_completeness(re_id, coder_id, 3.5, layer)
    assert project.completeness_ratings([re_id]) == {(re_id, coder_id, layer): 3.5}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"completeness_threshold": 42}, "completeness threshold is a rating, 1 to 5"),
        ({"completeness_threshold": 2.7}, "in steps of 0.5, not 2.7"),
        ({"phases": ()}, "give at least one phase"),
        ({"phases": (5, 5)}, "given once"),
        ({"phases": (-5, 15)}, "positive session number"),
        ({"min_res_for_ccrt": -1}, "whole number of 1 or more, not -1"),
        ({"min_res_for_ccrt": 0}, "whole number of 1 or more, not 0"),
        ({"name": "  "}, "the study needs a name"),
        ({"blind_mode": "no"}, "blind mode is on or off"),
    ],
)
def test_update_settings_refuses_invalid_values(
    project: Project, changes: dict, message: str
) -> None:
    before = project.settings()
    with pytest.raises(InputError, match=message):
        project.update_settings(**changes)
    assert project.settings() == before


def test_a_mistyped_setting_names_itself_and_the_allowed_ones(project: Project) -> None:
    with pytest.raises(InputError) as raised:
        project.update_settings(threshold=3.0)
    message = str(raised.value)
    assert message.startswith("unknown setting 'threshold'; the settings are name, phases")
    assert "completeness_threshold" in message and "\n" not in message


def test_valid_settings_are_stored(project: Project) -> None:
    settings = project.update_settings(phases=[28, 5], completeness_threshold=3, min_res_for_ccrt=1)
    assert project.settings() == settings
    assert (settings.phases, settings.completeness_threshold) == ((28, 5), 3)


def test_a_project_cannot_be_created_with_invalid_settings(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="completeness threshold"):
        Project.create(tmp_path / "bad.ccrt", settings=StudySettings(completeness_threshold=0.5))


def _system_with_a_repeated_code() -> CategorySystem:
    wish = Category("W1", "to be loved", Component.W, "A")
    return CategorySystem("Lab system", "1", (wish, replace(wish, label="to be understood")))


def test_a_category_system_with_a_repeated_code_is_refused(project: Project) -> None:
    with pytest.raises(InputError, match="gives the code W1 to more than one category"):
        project.import_category_system(_system_with_a_repeated_code())
    assert project.category_system().name != "Lab system"


def test_the_cli_refuses_a_blank_study_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["new", str(tmp_path / "s.ccrt"), "--name", "   "])
    _, err = capsys.readouterr()
    assert code != 0
    assert err.strip() == "error: the study needs a name"
