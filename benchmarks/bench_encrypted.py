"""Plain vs encrypted (SQLCipher) on the generated 200-dyad study, side by side: target <= 1.3x.

Usage: python benchmarks/bench_encrypted.py [STUDY.ccrt]  (default: the cached generated study
of ``common.large_study``). Both copies are made in a temporary folder: a plain copy of the
study (SQLite's backup API) and the same encrypted by ``encrypt_project``. Each step is timed
on each copy in turn, best of 3 (coding a unit best of 20, the export best of 2): opening the
project and counting its contents, switching through 20 transcripts (text, REs and their units),
coding a unit (removed and stored again: two write transactions), the CCRT of one coder, the
agreement report of all coders, the xlsx export.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from common import best_of, large_study

from ccrt_coder.usecases import encryption
from ccrt_coder.usecases.project import Project

TARGET_RATIO = 1.3
PASSWORD = "a long benchmark passphrase"


def copies(study: Path, folder: Path) -> tuple[Path, Path]:
    from ccrt_coder.storage.schema import snapshot

    plain, encrypted = folder / "plain.ccrt", folder / "encrypted.ccrt"
    snapshot(study, plain)
    snapshot(study, encrypted)
    Project.open(plain).close()  # upgraded now if the cached study is older: not timed
    Project.open(encrypted).close()
    encryption.encrypt_project(encrypted, PASSWORD)
    return plain, encrypted


def steps(path: Path, export_to: Path) -> dict[str, Callable[[], object]]:
    project = Project.open(path)
    coders = [c.name for c in project.coders()]
    interviews = project.interviews()[:20]
    res = project.episodes(interviews[0].id)
    unit = project.units([r.id for r in res], project.coder(coders[0]).id)[0]
    choice = project.choose_layer(coders[0])

    def switch() -> None:
        for interview in interviews:
            project.transcript(interview.id)
            episodes = project.episodes(interview.id)
            project.units([r.id for r in episodes])

    def code() -> None:
        project.restore_unit(project.remove_unit(unit.id))

    return {
        "open the project": lambda: _open_and_count(path),
        "switch 20 transcripts": switch,
        "code a unit": code,
        "CCRT of one coder": lambda: project.ccrt_results(choice),
        "agreement report": lambda: project.agreement_report(coders),
        "export (xlsx)": lambda: project.export(export_to),
    }


def _open_and_count(path: Path) -> None:
    with Project.open(path) as project:
        project.info()


def main(argv: list[str]) -> int:
    study = Path(argv[0]) if argv else large_study()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain, encrypted = copies(study, folder)
        plain_steps = steps(plain, folder / "plain.xlsx")
        encrypted_steps = steps(encrypted, folder / "encrypted.xlsx")
        print(f"{'step':<24}{'plain':>10}{'encrypted':>12}{'ratio':>8}")
        worst = 0.0
        for what, work in plain_steps.items():
            runs = {"export (xlsx)": 2, "code a unit": 20}.get(what, 3)  # short writes vary most
            ours = best_of(runs, work)
            theirs = best_of(runs, encrypted_steps[what])
            worst = max(worst, theirs / ours)
            print(f"{what:<24}{ours * 1000:>8.1f}ms{theirs * 1000:>10.1f}ms{theirs / ours:>7.2f}x")
    print(f"worst ratio {worst:.2f}x (target <= {TARGET_RATIO}x)")
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
