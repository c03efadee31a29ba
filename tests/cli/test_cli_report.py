"""`ccrt-coder report` through the real command line entry point."""

from __future__ import annotations

from pathlib import Path

import docx
import lxml.html
import pytest

from ccrt_coder.cli.entry import main


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.ccrt"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


def test_report_writes_docx_and_html(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coders = ["Coder A (L. Berger)", "Coder B (M. Costa)"]
    assert main(["report", str(demo), str(tmp_path / "r.docx"), "--coders", *coders]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {tmp_path / 'r.docx'} (12 tables, 3 figures)"
    document = docx.Document(str(tmp_path / "r.docx"))
    assert len(document.tables) == 12 and len(document.inline_shapes) == 3
    layer = ["--layer", "Coder B (M. Costa)", "--level", "category"]
    assert main(["report", str(demo), str(tmp_path / "r.html"), *layer]) == 0
    text = lxml.html.fromstring((tmp_path / "r.html").read_text("utf-8")).text_content()
    assert "The CCRT was formed from the own layer of coder Coder B (M. Costa)" in text
    assert "at the category level" in text


def test_report_refuses_an_unknown_coder_or_format(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(demo), str(tmp_path / "r.docx"), "--coders", "A", "Nobody"]) != 0
    assert "no coder called 'A' in the project" in capsys.readouterr().err
    assert main(["report", str(demo), str(tmp_path / "r.pdf")]) != 0
    assert "choose a file ending in .docx or .html" in capsys.readouterr().err
    assert main(["report", str(demo), str(tmp_path / "r.docx"), "--layer", "Nobody"]) != 0
    assert "no coder called 'Nobody'" in capsys.readouterr().err
    assert not any(tmp_path.glob("r.*"))
