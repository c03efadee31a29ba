"""`ccrt-coder coder-copy`: a coder's own work in a new file; clear one-line refusals."""

import sqlite3
from pathlib import Path

import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.usecases.demo import build_demo
from tests.demo_counts import DEMO


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ccrt"
    build_demo(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def coders_and_layers(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT c.name, u.layer, count(*) FROM coded_units u "
            "JOIN coders c ON c.id = u.coder_id GROUP BY 1, 2"
        ).fetchall()
    finally:
        connection.close()


def test_writes_the_coders_copy(demo: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "demo-B.ccrt"
    code, out, err = run(capsys, "coder-copy", demo, out_file, "--coder", DEMO.coder_b)
    assert (code, err) == (0, "")
    units, ratings = DEMO.own_units(DEMO.coder_b), DEMO.own_ratings(DEMO.coder_b)
    assert out == (
        f"wrote {out_file}: the coder copy of {DEMO.coder_b} ({units} units, {ratings} "
        "completeness ratings; no other coder's work, no consensus layer)\n"
    )
    assert coders_and_layers(out_file) == [(DEMO.coder_b, "coder", units)]
    code, out, _ = run(capsys, "info", out_file)
    assert code == 0 and [line.split(maxsplit=1) for line in out.splitlines()][-2] == [
        "Coders",
        DEMO.coder_b,
    ]


def test_an_existing_file_is_kept_unless_forced(demo: Path, tmp_path: Path, capsys) -> None:
    taken = tmp_path / "taken.ccrt"
    taken.write_text("a letter")
    code, out, err = run(capsys, "coder-copy", demo, taken, "--coder", DEMO.coder_a)
    assert code == 1 and out == ""
    assert (
        err
        == f"error: {taken} exists already; choose another name or allow replacing it (--force)\n"
    )
    assert taken.read_text() == "a letter"
    code, _out, err = run(capsys, "coder-copy", demo, taken, "--coder", DEMO.coder_a, "--force")
    assert (code, err) == (0, "")
    assert coders_and_layers(taken) == [(DEMO.coder_a, "coder", DEMO.own_units(DEMO.coder_a))]


@pytest.mark.parametrize(
    ("coder", "target", "message"),
    [
        ("Coder C", "c.ccrt", "error: no coder called 'Coder C' in demo.ccrt (its coders: "),
        (DEMO.coder_a, "missing/a.ccrt", "error: cannot write a.ccrt: folder "),
        (DEMO.coder_a, "", "error: "),  # the project itself, see below
    ],
)
def test_refusals_are_one_line(
    demo: Path, tmp_path: Path, capsys, coder: str, target: str, message: str
) -> None:
    out_file = tmp_path / target if target else demo
    args = ["--force"] if not target else []
    before = demo.read_bytes()
    code, out, err = run(capsys, "coder-copy", demo, out_file, "--coder", coder, *args)
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert err.startswith(message)
    if not target:
        assert "is the project itself" in err
    assert demo.read_bytes() == before
    assert [p.name for p in tmp_path.rglob("*") if ".ccrt" in p.name] == []


def test_the_coder_is_required(demo: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["coder-copy", str(demo), str(tmp_path / "x.ccrt")])
    assert exit_.value.code == 2
    assert "the following arguments are required: --coder" in capsys.readouterr().err
