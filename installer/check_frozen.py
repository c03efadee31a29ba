"""Does a PyInstaller build still do what the app does? Runs its executable through the README's
commands and checks each output, printing OK or FAIL per check (exit status 1 on any FAIL).

Every library the spec leaves out or trims must keep these working: the CLI's start, the demo
study, import of .txt and .docx transcripts, the xlsx and CSV export, the .docx and .html
reports with their matplotlib charts, agreement, CCRT and comparison tables, REFI-QDA export,
an encrypted project (SQLCipher) read with a password file, and the GUI rendered offscreen
(the coding view, the charts drawn by matplotlib's Qt canvas, the agreement view, the German
GUI, and the charts on X11 through Qt's xcb plugin, in a virtual X server if there is no
display). A run that writes a traceback or a warning to stderr fails too (a missing font,
backend or plugin shows up there first). Not part of the pytest suite: a build takes minutes.

Run: python installer/check_frozen.py [dist/ccrt-coder/ccrt-coder]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n"
PASSWORD = "frozen-check-password"
DOCX_BODY = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>RE 1: mother</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>I asked her to stay and she left for work.</w:t></w:r></w:p>"
    "</w:body></w:document>"
)
OOXML = "http://schemas.openxmlformats.org"
DOCX_PARTS = {
    "[Content_Types].xml": f'<Types xmlns="{OOXML}/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": f'<Relationships xmlns="{OOXML}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{OOXML}/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": DOCX_BODY,
}
Check = Callable[[Path, str], str | None]  # (folder, stdout) -> None when fine, else what is wrong


def exists(name: str, magic: bytes = b"") -> Check:
    def check(folder: Path, _: str) -> str | None:
        path = folder / name
        if not path.is_file() or path.stat().st_size == 0:
            return f"{name} not written"
        return None if path.read_bytes().startswith(magic) else f"{name} is not what it should be"

    return check


def zipped(name: str, prefix: str, at_least: int = 1) -> Check:
    """An OOXML/zip output with at least `at_least` members under `prefix` (sheets, charts)."""

    def check(folder: Path, _: str) -> str | None:
        if (problem := exists(name)(folder, _)) is not None:
            return problem
        with zipfile.ZipFile(folder / name) as archive:
            found = [member for member in archive.namelist() if member.startswith(prefix)]
        return (
            None if len(found) >= at_least else f"{name}: {len(found)} {prefix}* (want {at_least})"
        )

    return check


def contains(name: str, text: str, at_least: int = 1) -> Check:
    def check(folder: Path, _: str) -> str | None:
        path = folder / name
        count = path.read_text(encoding="utf-8").count(text) if path.is_file() else 0
        return None if count >= at_least else f"{name}: {count} x {text!r} (want {at_least})"

    return check


def printed(*texts: str) -> Check:
    def check(_: Path, out: str) -> str | None:
        missing = [text for text in texts if text not in out]
        return f"output lacks {missing}" if missing else None

    return check


def json_with(key: str) -> Check:
    def check(_: Path, out: str) -> str | None:
        try:
            data = json.loads(out)
        except ValueError:
            return "output is not JSON"
        return None if key in data else f"JSON lacks {key!r}"

    return check


def not_sqlite(name: str) -> Check:
    def check(folder: Path, _: str) -> str | None:
        head = (folder / name).read_bytes()[:16] if (folder / name).is_file() else b""
        return (
            None if head and not head.startswith(b"SQLite format 3") else f"{name} is not encrypted"
        )

    return check


def bundled(executable: Path, *names: str) -> Check:
    def check(_: Path, __: str) -> str | None:
        inside = executable.parent / "_internal"
        missing = [name for name in names if not list(inside.glob(name))]
        return f"not in the bundle: {missing}" if missing else None

    return check


def steps(executable: Path) -> list[tuple[str, list[str], dict[str, str], Check]]:
    """(what, arguments, extra environment, check) in the order they build on each other."""
    pw = ["--password-file", "pw.txt"]
    german = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
    return [
        ("version", ["--version"], {}, printed("ccrt-coder")),
        ("demo study", ["demo", "x.ccrt"], {}, exists("x.ccrt", b"SQLite format 3")),
        ("info", ["info", "x.ccrt", "--json"], {}, json_with("dyads")),
        ("import .txt", ["import", "x.ccrt", "D90_patient_5.txt"], {}, printed("D90")),
        ("import .docx", ["import", "x.ccrt", "D91_therapist_15.docx"], {}, printed("D91")),
        (
            "export .xlsx",
            ["export", "x.ccrt", "x.xlsx"],
            {},
            zipped("x.xlsx", "xl/worksheets/sheet", 7),
        ),
        (
            "export .csv",
            ["export", "x.ccrt", "x.csv", "--sheet", "units"],
            {},
            exists("x-units.csv"),
        ),
        ("report .docx", ["report", "x.ccrt", "r.docx"], {}, zipped("r.docx", "word/media/", 2)),
        (
            "report .html",
            ["report", "x.ccrt", "r.html"],
            {},
            contains("r.html", "data:image/png;base64,", 2),
        ),
        (
            "agreement",
            ["agreement", "x.ccrt", "--bootstrap", "50", "--json"],
            {},
            json_with("coders"),
        ),
        ("ccrt", ["ccrt", "x.ccrt", "--consensus", "--json"], {}, printed("patient")),
        ("compare", ["compare", "x.ccrt", "--consensus"], {}, printed("therapist")),
        ("export .qdpx", ["export-qdpx", "x.ccrt", "x.qdpx"], {}, zipped("x.qdpx", "project.qde")),
        (
            "encrypted demo",
            ["demo", "--encrypt", "--new-password-file", "pw.txt", "e.ccrt"],
            {},
            not_sqlite("e.ccrt"),
        ),
        ("encrypted info", ["info", "e.ccrt", "--json", *pw], {}, json_with("dyads")),
        (
            "GUI coding view",
            ["screenshot", "--project", "x.ccrt", "s1.png"],
            {},
            exists("s1.png", PNG),
        ),
        (
            "GUI charts (matplotlib QtAgg)",
            ["screenshot", "--project", "x.ccrt", "--view", "comparison", "s2.png"],
            {},
            exists("s2.png", PNG),
        ),
        (
            "GUI agreement view",
            ["screenshot", "--project", "x.ccrt", "--view", "agreement", "s3.png"],
            {},
            exists("s3.png", PNG),
        ),
        (
            "GUI encrypted project",
            ["screenshot", "--project", "e.ccrt", *pw, "s4.png"],
            {},
            exists("s4.png", PNG),
        ),
        (
            "GUI in German",
            ["screenshot", "--project", "x.ccrt", "s5.png"],
            german,
            exists("s5.png", PNG),
        ),
        (
            "GUI on X11 (xcb), charts",
            ["screenshot", "--project", "x.ccrt", "--view", "comparison", "s6.png"],
            {"QT_QPA_PLATFORM": "xcb"},
            exists("s6.png", PNG),
        ),
        (
            "translations bundled",
            ["--version"],
            {},
            bundled(
                executable,
                "ccrt_coder/gui/translations/*de.qm",
                "PySide6/Qt/translations/qtbase_de.qm",
            ),
        ),
    ]


def inputs(folder: Path) -> None:
    (folder / "pw.txt").write_text(PASSWORD + "\n", encoding="utf-8")
    (folder / "D90_patient_5.txt").write_text(
        "RE 1: father\nHe said I was late again. I told him nothing and went to my room.\n",
        encoding="utf-8",
    )
    with zipfile.ZipFile(folder / "D91_therapist_15.docx", "w") as archive:
        for name, text in DOCX_PARTS.items():
            archive.writestr(name, text)


def x_server(extra: dict[str, str]) -> list[str] | None:
    """What runs a step on X11 (xcb): nothing more with a display, else a virtual X server
    (xvfb-run), else None (skipped); other steps run as they are."""
    if extra.get("QT_QPA_PLATFORM") != "xcb" or os.environ.get("DISPLAY"):
        return []
    xvfb = shutil.which("xvfb-run")
    return None if xvfb is None else [xvfb, "-a", "-s", "-screen 0 1600x1000x24"]


def main() -> int:
    executable = Path(
        sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "ccrt-coder" / "ccrt-coder"
    ).resolve()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="ccrt-check-frozen-") as name:
        folder = Path(name)
        inputs(folder)
        base = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", CCRT_CODER_DATA_DIR=str(folder / "data")
        )
        for what, arguments, extra, check in steps(executable):
            prefix = x_server(extra)
            if prefix is None:
                print(f"SKIP {what:32} no X display and no xvfb-run")
                continue
            start = time.perf_counter()
            run = subprocess.run(
                [*prefix, str(executable), *arguments],
                cwd=folder,
                env={**base, **extra},
                capture_output=True,
                text=True,
            )
            problem = check(folder, run.stdout)
            if run.returncode != 0:
                problem = f"exit status {run.returncode}: {run.stderr.strip()[-300:]}"
            elif "Traceback" in run.stderr or "Warning" in run.stderr or "findfont" in run.stderr:
                problem = f"stderr: {run.stderr.strip()[-300:]}"
            failed += problem is not None
            verdict = "OK  " if problem is None else "FAIL"
            seconds = time.perf_counter() - start
            print(f"{verdict} {what:32} {seconds:5.1f} s  {problem or ''}".rstrip())
    print(f"{'all checks passed' if not failed else f'{failed} check(s) failed'}: {executable}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
