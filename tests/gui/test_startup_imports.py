"""What the app imports before its first paint: only an allowed set (issue 15, start-up).

A fresh interpreter runs ``ccrt-coder screenshot --project demo.ccrt`` (start, open the project,
show and paint the coding view, grab it) and lists the modules it has loaded by then. Heavy
libraries the first frame does not need (SQLAlchemy and the models, pandas, numpy, matplotlib,
openpyxl, python-docx, lxml, Alembic) and the views not on screen must load only when used: the
first frame reads through plain DB-API queries (``storage/plain_read.py``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.demo_file import demo_copy

ROOT = Path(__file__).resolve().parents[2]

# Top-level packages beyond the standard library that the first frame may import.
ALLOWED = {
    "ccrt_coder",
    "PySide6",
    "shiboken6",
    "shibokensupport",
    "signature_bootstrap",
    "__feature__",
    "sqlcipher3",  # ~6 ms: an encrypted project's first frame reads through it
}
# Parts of the app that belong to views or actions not on the first screen.
LATER = (
    "ccrt_coder.analysis",
    "ccrt_coder.gui.agreement",
    "ccrt_coder.gui.comparison",
    "ccrt_coder.gui.units_view",
    "ccrt_coder.storage.models",
    "ccrt_coder.gui.exchange.redaction_dialog",
    "ccrt_coder.io.xlsx_writer",
    "ccrt_coder.io.report_docx",
    "ccrt_coder.io.report_charts",
    "ccrt_coder.io.docx_text",
    "ccrt_coder.usecases.export",
    "ccrt_coder.usecases.agreement",
    "ccrt_coder.usecases.ccrt",
    "ccrt_coder.gui.consensus.side_by_side_pane",  # the side-by-side dock: when comparing starts
    "ccrt_coder.gui.consensus.coder_columns",
    "ccrt_coder.gui.consensus.coder_lanes",
    "ccrt_coder.gui.consensus.meeting",
    "ccrt_coder.gui.units.unit_card",
    "ccrt_coder.gui.shell.error_dialog",  # the app's crash dialog, not the screenshot's
    "ccrt_coder.storage.rekey",  # encrypting, decrypting, changing a password
)
# Modules a plain project's first frame does without: the HTML5 entity table (``html``), uuid and
# platform (the About box), SQLCipher and the crypto library under it (encrypted projects only).
LATER_PACKAGES = ("html", "uuid", "platform", "sqlcipher3")
LIST_MODULES = """
import json, sys
from ccrt_coder.cli.entry import main
status = main(["screenshot", "--project", sys.argv[1], sys.argv[2]])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""
BARE = "import json, sys; print(json.dumps(sorted(sys.modules)))"


def _run(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def _top_level(modules: list[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_the_first_frame_imports_only_the_allowed_modules(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = json.loads(_run(LIST_MODULES, str(demo_copy(tmp_path)), str(shot)))
    assert result["status"] == 0 and shot.stat().st_size > 0  # the window was painted
    modules: list[str] = result["modules"]
    at_start = _top_level(json.loads(_run(BARE)))  # what site and .pth files load anyway
    extra = {
        name
        for name in _top_level(modules) - at_start - set(sys.stdlib_module_names) - ALLOWED
        if not name.startswith(("_cython_", "cython_runtime", "_sysconfigdata"))
    }
    assert extra == set(), f"imported before the first paint: {sorted(extra)}"
    early = [name for name in modules if name.startswith(LATER)]
    assert early == [], f"views and actions not on screen were imported: {early}"
    loaded = [name for name in LATER_PACKAGES if name in modules]
    assert loaded == [], f"modules the first frame does not need: {loaded}"


PREPARE = """
import json, sys
from ccrt_coder.usecases.project import Project
with Project.open(sys.argv[1]) as project:
    first = project.interviews()[0].id
    project.episodes(first), project.transcript(first), project.coders(), project.settings()
    read = "sqlalchemy" in sys.modules
    project.prepare_writes()  # what the app does once the first frame is up
    print(json.dumps([read, "sqlalchemy.orm" in sys.modules]))
"""


def test_reading_loads_no_orm_until_the_app_prepares_writes(tmp_path: Path) -> None:
    assert json.loads(_run(PREPARE, str(demo_copy(tmp_path)))) == [False, True]
