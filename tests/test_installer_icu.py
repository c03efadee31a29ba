"""The installer's cut of Qt's ICU data (installer/icu_data.py): the package it writes is one ICU
reads, it keeps what Qt Core asks ICU for, and Qt sorts and names time zones with it as before."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_USES_ICU = """
import functools
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["Zebra", "äpfel", "Apfel", "öl", "Ol", "file10", "file9", "ångström", "čaj", "ciao"]
for name in ["de_DE", "en_US", "sv_SE", "cs_CZ", "fr_FR"]:
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    print(name, sorted(words, key=functools.cmp_to_key(collator.compare)))
berlin = QTimeZone(b"Europe/Berlin")
for name in ["de_DE", "en_US"]:
    print(name, berlin.displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale(name)))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("de_DE").toUpper("straße"))
"""


def icu_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "installer" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def qt_icu_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU data library (not a Linux wheel)")
    return found[0]


def test_qt_core_calls_only_the_icu_functions_the_cut_was_chosen_for(qt_icu_library: Path) -> None:
    cut = icu_data()
    qt_core = qt_icu_library.parent / "libQt6Core.so.6"
    version = qt_icu_library.name.rsplit(".", 1)[1]
    calls = [
        name.removesuffix(f"_{version}")
        for name, section, _ in cut.dynamic_symbols(qt_core.read_bytes())
        if section == 0 and name.endswith(f"_{version}")
    ]
    assert "ucol_open" in calls
    assert [name for name in calls if not name.startswith(cut.QT_CORE_CALLS)] == []


def test_a_package_written_from_its_own_items_is_the_same_bytes(qt_icu_library: Path) -> None:
    cut = icu_data()
    symbol, package = cut.common_data(qt_icu_library.read_bytes())
    header = package[: struct.unpack_from("<H", package, 0)[0]]
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    assert cut.package_of(header, cut.items(package)) == package


def test_the_cut_keeps_what_qt_core_asks_icu_for_and_drops_the_rest(qt_icu_library: Path) -> None:
    cut = icu_data()
    _, package = cut.common_data(qt_icu_library.read_bytes())
    header = package[: struct.unpack_from("<H", package, 0)[0]]
    every = cut.items(package)
    kept = cut.items(cut.package_of(header, [item for item in every if cut.wanted(item[0])]))
    names = {name.split("/", 1)[1] for name, _ in kept}
    for needed in ("coll/ucadata.icu", "coll/root.res", "coll/sv.res", "coll/de.res",
                   "zoneinfo64.res", "timezoneTypes.res", "metaZones.res", "cnvalias.icu",
                   "res_index.res", "coll/res_index.res", "zone/de.res", "de.res", "root.res",
                   "uts46.nrm"):  # fmt: skip
        assert needed in names
    for dropped in ("coll/zh.res", "brkitr/cjdict.dict", "ibm-943_P15A-2003.cnv", "fr.res",
                    "zone/fr.res", "lang/de.res", "curr/de.res", "translit/root.res"):  # fmt: skip
        assert dropped not in names
    assert [name for name, _ in kept] == sorted(name for name, _ in kept)  # ICU's binary search
    assert sum(len(blob) for _, blob in kept) < len(package) / 5


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no cc")
def test_qt_sorts_and_names_time_zones_with_the_cut_library_as_with_the_whole(
    qt_icu_library: Path, tmp_path: Path
) -> None:
    library = icu_data().trimmed_library(qt_icu_library, tmp_path)
    assert library is not None and library.stat().st_size < qt_icu_library.stat().st_size / 5

    def qt_says(**preload: str) -> str:
        command = [sys.executable, "-c", QT_USES_ICU]
        run = subprocess.run(command, env=preload, capture_output=True, text=True, check=True)
        return run.stdout

    whole = qt_says()
    assert "Mitteleuropäische Normalzeit" in whole and "'Apfel', 'čaj', 'ciao'" in whole
    assert qt_says(LD_PRELOAD=str(library)) == whole
