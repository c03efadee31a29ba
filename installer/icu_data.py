"""Qt's ICU data cut to what Qt Core asks ICU for, so the installer need not carry all 31 MB of it.

Qt Core (the PySide6 wheel's build) calls ICU for four things only: locale-aware upper/lower case
(no data files), collation (QCollator, e.g. the file dialog's sort order), time-zone ids and
names (QTimeZone), and codecs other than the UTF ones and Latin-1 (QStringConverter by name,
which the app never asks for: Python decodes the files it reads). The common data package
therefore keeps its non-locale items (normalisation, properties, time-zone tables,
aliases), the collation of every language but Chinese, Japanese and Korean (QCollator sorts the
file dialog in the user's language; those three sort in the root order, ICU's fallback when a
locale is missing), the time-zone names and locale data of the languages the app speaks and
of the root locale, and drops the converters' tables, break-iterator dictionaries,
transliterators, unit, currency, language and region names and the locale data of all other
languages.

`trimmed_library(original, folder)` writes a libicudata with the same soname and symbol from
the cut package; it needs a C compiler (cc) and returns None without one (the spec then keeps
the original library).

Run: python installer/icu_data.py LIBICUDATA   (prints the items kept and the sizes)
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# The ICU functions Qt Core calls (its undefined dynamic symbols, e.g. ucol_open_73); the cut is
# chosen for these: a Qt calling others needs the cut looked at again (tests/test_installer_icu.py).
QT_CORE_CALLS = ("u_strToLower", "u_strToUpper", "ucal_", "ucnv_", "UCNV_", "ucol_")
SPOKEN = ("root", "de", "en")  # the app's GUI languages (ccrt_coder/gui/language.py) and root
UNSORTED = ("zh", "ja", "ko")  # the largest collation tailorings (1.1 MB): these sort as root does
LOCALE_BUNDLE = re.compile(r"^(?P<language>[a-z]{2,3}|root)(_\w*)?\.res$")
ALIGNMENT = 16  # ICU aligns every item of a common package to 16 bytes
PADDING = b"\xaa"  # and fills the gaps with this byte (ICU's pkgdata does)


def items(package: bytes) -> list[tuple[str, bytes]]:
    """The (name, bytes) items of an ICU common data package ("CmnD"), in their stored order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", package, header_size)[0]
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * k) for k in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(package) - header_size]
    found = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name_start = header_size + name_offset
        name = package[name_start : package.index(b"\0", name_start)].decode("ascii")
        found.append((name, package[header_size + data_offset : header_size + end]))
    return found


def wanted(name: str) -> bool:
    """Whether Qt Core's uses of ICU may need this item (a name like "icudt73l/coll/de.res")."""
    tree, _, leaf = name.split("/", 1)[1].rpartition("/")
    bundle = LOCALE_BUNDLE.match(leaf)
    if tree == "coll":
        return bundle is None or bundle["language"] not in UNSORTED
    if tree not in ("", "zone") or leaf.endswith(".cnv"):
        return False
    return bundle is None or leaf == "res_index.res" or bundle["language"] in SPOKEN


def package_of(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common data package of these items (kept in their sorted order: ICU looks them up by
    binary search), behind the original header."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    data_start = -(-(table_size + len(names)) // ALIGNMENT) * ALIGNMENT
    table, blobs, name_offset, data_offset = [], [], table_size, data_start
    for name, blob in kept:
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = blob + PADDING * (-len(blob) % ALIGNMENT)
        blobs.append(padded)
        data_offset += len(padded)
    toc = struct.pack("<I", len(kept)) + b"".join(table) + names
    return header + toc + PADDING * (data_start - len(toc)) + b"".join(blobs)


def dynamic_symbols(library: bytes) -> list[tuple[str, int, bytes]]:
    """The (name, section index, bytes) of each dynamic symbol of a 64-bit little-endian ELF
    library; section 0 (and no bytes) for a symbol it needs from another library."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF library")
    table, entry_size, count = (
        struct.unpack_from("<Q", library, 0x28)[0],
        *struct.unpack_from("<HH", library, 0x3A),
    )
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, table + k * entry_size) for k in range(count)
    ]
    found = []
    for _, kind, _, _, offset, size, link, _, _, symbol_size in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, symbol_size):
            name_at, _, _, index, value, length = struct.unpack_from("<IBBHQQ", library, at)
            name = library[strings + name_at : library.index(b"\0", strings + name_at)].decode()
            data = b""
            if 0 < index < len(sections) and sections[index][1] != 8:  # SHT_NOBITS: no bytes
                start = sections[index][4] + value - sections[index][3]
                data = library[start : start + length]
            found.append((name, index, data))
    return found


def common_data(library: bytes) -> tuple[str, bytes]:
    """The symbol (icudtNN_dat) of a libicudata and the package it holds."""
    for name, _, data in dynamic_symbols(library):
        if re.fullmatch(r"icudt\d+_dat", name):
            return name, data
    raise ValueError("no ICU data symbol (icudtNN_dat) in the library")


def trimmed_library(original: Path, folder: Path) -> Path | None:
    """A libicudata like `original` (same file name, soname and symbol) holding only the items
    `wanted` keeps, built in `folder`; None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    symbol, package = common_data(original.read_bytes())
    header_size = struct.unpack_from("<H", package, 0)[0]
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "icudt.dat"
    data.write_bytes(
        package_of(package[:header_size], [it for it in items(package) if wanted(it[0])])
    )
    assembly = folder / "icudt.s"
    assembly.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    library = folder / original.name
    subprocess.run(
        [
            compiler,
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{original.name}",
            "-o",
            str(library),
            str(assembly),
        ],
        check=True,
    )
    return library


def main() -> int:
    original = Path(sys.argv[1])
    symbol, package = common_data(original.read_bytes())
    every = items(package)
    kept = [name for name, _ in every if wanted(name)]
    size = sum(len(blob) for name, blob in every if wanted(name))
    print("\n".join(kept))
    print(f"{symbol}: {len(kept)} of {len(every)} items,", end=" ")
    print(f"{size / 1e6:.1f} of {len(package) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
