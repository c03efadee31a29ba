"""`ccrt-coder memos`: every coder's memos, as text and JSON."""

import json
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.project import Project
from tests.demo_counts import DEMO


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    with Project.open(path) as project:
        interview = project.interviews()[0]
        re = project.episodes(interview.id)[1]
        project.set_memo(project.coder(DEMO.coder_a).id, interview.id, re.id, "line one\nline two")
        project.set_memo(project.coder(DEMO.coder_b).id, interview.id, None, "=B's view")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_the_memos_as_text(demo: Path, capsys) -> None:
    code, out, err = run(capsys, "memos", demo)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].endswith(f", interview memo, by {DEMO.coder_b}:")
    assert lines[1] == "    =B's view"
    assert lines[2].endswith(f", memo of RE 2, by {DEMO.coder_a}:")
    assert lines[3:] == ["    line one", "    line two"]


def test_lists_the_memos_as_json_and_of_one_coder(demo: Path, capsys) -> None:
    code, out, _ = run(capsys, "memos", demo, "--json", "--coder", DEMO.coder_a)
    assert code == 0
    (memo,) = json.loads(out)
    assert (memo["coder"], memo["re"], memo["text"]) == (DEMO.coder_a, 2, "line one\nline two")
    assert memo["interview"].endswith("phase 5")


def test_an_unknown_coder_is_one_line(demo: Path, capsys) -> None:
    code, _out, err = run(capsys, "memos", demo, "--coder", "Nobody")
    assert code != 0 and "no coder called 'Nobody'" in err and "Traceback" not in err
