"""One coded RE and one minimum of REs: CCRT formation, comparison and agreement agree on both."""

from pathlib import Path

from ccrt_coder.core.domain import Layer
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO


def rate_without_units(project: Project, coder_id: int, re_id: int, rating: float) -> None:
    """The coder read the RE, rated it and scored nothing in it."""
    for unit in project.units([re_id], coder_id, Layer.CODER):
        project.remove_unit(unit.id)
    project.rate_completeness(re_id, coder_id, rating)


def test_a_rated_re_without_units_is_coded_alike_in_the_ccrt_and_the_agreement(
    study: Path,
) -> None:
    with Project.open(study) as project:
        b = project.coder(DEMO.coder_b).id
        (interview,) = [
            i
            for i in project.interviews()
            if (i.dyad, i.narrator.value, i.phase) == ("D01", "patient", 5)
        ]
        low, rated = (re.id for re in project.episodes(interview.id)[:2])
        rate_without_units(project, b, low, 1.5)  # too incomplete to code: no units, rightly
        rate_without_units(project, b, rated, 4.0)  # complete, and nothing to score in it
        results = project.ccrt_results(project.choose_layer(DEMO.coder_b))
        scope = results.scope("D01", "patient", 5)
        # Both stay the coder's REs: the low one listed as excluded, the other included.
        assert [e.re_id for e in scope.excluded] == [low]
        assert scope.n_res_included + scope.n_res_excluded == interview.n_res
        in_ccrt = sum(
            results.scope("ALL", narrator, phase).n_res_included
            + results.scope("ALL", narrator, phase).n_res_excluded
            for narrator in ("patient", "therapist")
            for phase in (5, 15, 28)
        )
        coded_by = project.agreement_report().to_dict()["res"]["coded_by"]
        assert coded_by[DEMO.coder_b] == in_ccrt


def test_new_projects_need_ten_res_for_a_ccrt(tmp_path: Path) -> None:
    with Project.create(tmp_path / "new.ccrt") as project:
        assert project.settings().min_res_for_ccrt == 10


def test_the_minimum_of_res_is_one_setting_for_ccrt_comparison_and_agreement(
    study: Path,
) -> None:
    with Project.open(study) as project:
        layer = project.choose_layer(DEMO.coder_a)
        for minimum in (3, 50):
            project.update_settings(min_res_for_ccrt=minimum)
            scope = project.ccrt_results(layer).scope("D01", "patient", 5)  # 4 REs
            assert scope.few_res is (minimum == 50)
            side = project.ccrt_comparison(layer).to_dict(dyads=["D01"])["pairs"][0]["left"]
            assert (side["n_res_included"], side["few_res"]) == (4, minimum == 50)
            report = project.agreement_report()
            few = [w for w in report.warnings if w.kind == "few_res"]
            assert bool(few) is (minimum == 50)
            assert all(f"minimum is {minimum}" in w.message for w in few)
