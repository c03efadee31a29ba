"""`ccrt-coder nothing-codable`: the REs coders marked, as text and JSON."""

import json
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.core.domain import Layer
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO


def test_the_marks_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.ccrt"
    build_demo(path)
    assert main(["nothing-codable", str(path)]) == 0
    assert capsys.readouterr().out == 'no RE is marked "nothing codable"\n'
    with Project.open(path) as project:
        interview = project.interviews()[0]
        re = project.episodes(interview.id)[2]
        a = project.coder(DEMO.coder_a).id
        for unit in project.units([re.id], a, Layer.CODER):
            project.remove_unit(unit.id)
        project.set_nothing_codable(re.id, a, True)  # the demo rated every RE
    assert main(["nothing-codable", str(path)]) == 0
    assert (
        capsys.readouterr().out == f"{interview.dyad} / patient / phase {interview.phase}, "
        f"RE {re.number}: {DEMO.coder_a} (coder)\n"
    )
    assert main(["nothing-codable", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found == [
        {
            "interview": f"{interview.dyad} / patient / phase {interview.phase}",
            "re": re.number,
            "coder": DEMO.coder_a,
            "layer": "coder",
        }
    ]
