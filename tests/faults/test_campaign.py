"""The fault campaign's fast subset (issue 14, item 8): ``benchmarks/fault_campaign.py`` runs
it all. Each test is one attempt of the campaign, judged by the campaign's own checks, on a
small generated study: kills during coding and during import-codes, a full disk under coding
and under import-codes (a tmpfs when this runs as root, else file sizes limited), and two
import-codes at once, kills of merge, export and generate and a full disk under merge, export and
generate (outputs whole or absent, no leftovers, one error line)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.campaign import concurrency, disk, kills, study
from benchmarks.campaign.runner import ccrt
from benchmarks.campaign.table import Attempt
from benchmarks.campaign.writers import Writer, writers

FREE = 64 * disk.KB


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> study.Base:
    """A generated study of two dyads, its coders' copies, a units sheet, transcripts."""
    return study.build(tmp_path_factory.mktemp("campaign") / "base", dyads=2)


def writer(base: study.Base, name: str, generated_units: int = 0) -> Writer:
    reference = {"csv_rows": {}, "generated_units": generated_units}
    return next(w for w in writers(base, reference) if w.name == name)


def assert_clean(attempt: Attempt) -> None:
    assert attempt.problems() == [], attempt.name


def test_a_coder_killed_midway_keeps_every_acknowledged_unit_in_the_file_alone(
    base: study.Base, tmp_path: Path
) -> None:
    attempt = kills.kill_coding(base, tmp_path, random.Random(2), 1)
    assert_clean(attempt)
    coder = attempt.runs[0]
    assert coder.killed and len(coder.lines) > 1  # it saved, a copy was taken, then the kill


def test_an_import_of_codes_killed_midway_adds_all_of_it_or_nothing(
    base: study.Base, tmp_path: Path
) -> None:
    import_codes = writer(base, "import-codes")
    whole = ccrt(import_codes.setup(base, study.fresh(tmp_path / "whole")), tmp_path / "tmp")
    assert whole.code == 0, whole.err
    attempt = kills.kill_writer(import_codes, base, tmp_path, 0.7 * whole.seconds, 1)
    assert_clean(attempt)
    assert attempt.runs[0].killed


@pytest.mark.parametrize("name", ["merge", "export xlsx", "generate"])
def test_a_merge_export_or_generate_killed_midway_leaves_nothing_partial(
    base: study.Base, tmp_path: Path, name: str
) -> None:
    folder = study.fresh(tmp_path / "whole")
    whole = ccrt(writer(base, name).setup(base, folder), tmp_path / "tmp")
    assert whole.code == 0, whole.err
    units = base.units(folder / "gen.ccrt") if name == "generate" else 0
    attempt = kills.kill_writer(writer(base, name, units), base, tmp_path, 0.6 * whole.seconds, 1)
    assert_clean(attempt)


@pytest.mark.parametrize("name", ["import-codes", "merge", "export xlsx", "export csv", "generate"])
def test_a_full_disk_under_a_writer_is_one_line_and_changes_nothing(
    base: study.Base, tmp_path: Path, name: str
) -> None:
    attempt = disk.full_writer(writer(base, name), base, tmp_path, FREE)
    assert_clean(attempt)
    assert attempt.refused, attempt.runs[0].err


@pytest.mark.skipif(not disk.can_mount(), reason="needs a tmpfs (root)")
def test_a_full_disk_under_coding_is_one_line_and_keeps_every_acknowledged_save(
    base: study.Base, tmp_path: Path
) -> None:
    attempt = disk.full_coding(base, tmp_path, FREE)
    assert_clean(attempt)
    assert attempt.refused, attempt.runs[0].err


def test_a_save_whose_checkpoint_fails_on_a_full_disk_is_not_reported_as_lost(
    base: study.Base, tmp_path: Path
) -> None:
    """The file may not grow (RLIMIT_FSIZE): the commit into the log succeeds, the checkpoint
    into the file after it cannot; the save is kept and must not be reported as not saved."""
    attempt = disk.full_coding(base, tmp_path, FREE, emulate=True)
    assert_clean(attempt)


def test_two_imports_of_codes_at_once_both_succeed(base: study.Base, tmp_path: Path) -> None:
    assert_clean(concurrency.two_imports_of_codes(base, tmp_path, 1))
