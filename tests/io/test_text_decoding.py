"""Reading users' text and table files: encodings, refusals and table rows."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ccrt_coder.core.errors import InputError
from ccrt_coder.io.tables import read_table
from ccrt_coder.io.text_decoding import decode_bytes, read_text_file

SAMPLE = "Müller – café\nzweite Zeile 😊\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_unicode_encodings_with_and_without_bom(tmp_path, encoding, prefix):
    path = write(tmp_path, "t.txt", prefix + SAMPLE.encode(encoding))
    assert read_text_file(path) == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(tmp_path, encoding):
    text = "RE 1: mother\nShe said no, Müller said yes.\n"
    assert read_text_file(write(tmp_path, "t.txt", text.encode(encoding))) == text


def test_cp1252_fallback(tmp_path):
    text = "Müller – café “quoted” €\n"
    assert read_text_file(write(tmp_path, "t.txt", text.encode("cp1252"))) == text


def test_newlines_are_normalised(tmp_path):
    path = write(tmp_path, "t.txt", b"a\r\nb\rc\nd")
    assert read_text_file(path) == "a\nb\nc\nd"


def test_empty_file_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"empty\.txt: the file is empty"):
        read_text_file(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"blank\.txt: the file is empty \(only whitespace\)"):
        read_text_file(write(tmp_path, "blank.txt", b" \r\n\t\n  "))


def test_binary_file_renamed_txt_is_refused(tmp_path):
    noise = random.Random(7).randbytes(2000)
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise)
    with pytest.raises(InputError, match=r"image\.txt: this is not a text file"):
        read_text_file(path)


def test_many_control_characters_mean_binary(tmp_path):
    path = write(tmp_path, "ctl.txt", b"ab\x01\x02\x03\x04cd\x05\x06\x07\x08 text")
    with pytest.raises(InputError, match=r"ctl\.txt: this is not a text file \(it contains binary"):
        read_text_file(path)


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("file was read"))
    with pytest.raises(InputError, match=r"huge\.txt: the file is too large \(50\.0 MB; limit 10"):
        read_text_file(path)


def test_max_bytes_is_configurable(tmp_path):
    path = write(tmp_path, "t.txt", b"x" * 2048)
    with pytest.raises(InputError, match=r"too large \(2\.0 KB; limit 1000 bytes\)"):
        read_text_file(path, max_bytes=1000)


def test_undecodable_bytes_name_the_offset(tmp_path):
    path = write(tmp_path, "bad.txt", b"abc\x81\x8d\x90\x9d\xff")
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    message = str(caught.value)
    assert message.startswith("bad.txt: cannot decode the text as UTF-8 or Windows-1252")
    assert "byte offset 3 (line 1)" in message


def test_undecodable_bytes_name_both_offsets_when_they_differ(tmp_path):
    path = write(tmp_path, "bad.txt", b"caf\xe9 ok\nline two \x81\n")
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    assert "byte offset 3 (line 1) and byte offset 17 (line 2)" in str(caught.value)


def test_broken_utf16_with_bom_names_the_offset(tmp_path):
    path = write(tmp_path, "u16.txt", b"\xff\xfea\x00\x00\xd8b\x00")  # lone high surrogate
    with pytest.raises(InputError, match=r"u16\.txt: invalid UTF-16-LE text at byte offset 4"):
        read_text_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: file not found"):
        read_text_file(tmp_path / "nope.txt")


def test_directory_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"is a folder, not a file"):
        read_text_file(tmp_path)


def test_decode_bytes_names_the_source():
    assert decode_bytes("é\r\n".encode(), "x") == "é\n"
    with pytest.raises(InputError, match=r"^memo: this is not a text file \(it contains NUL"):
        decode_bytes(b"abc\x00def\x00\x00g", "memo")


def test_read_csv_table_headers_rows_and_delimiter(tmp_path):
    data = "Code ; Default Valence;extra\n\nW1;+;x\n\n  W2 ;;y\n".encode("utf-8-sig")
    rows = read_table(
        write(tmp_path, "t.csv", data), required=("code",), optional=("default_valence", "label")
    )
    assert [(row.number, row.values) for row in rows] == [
        (3, {"code": "W1", "default_valence": "+"}),
        (5, {"code": "W2", "default_valence": ""}),
    ]


def test_read_xlsx_table_converts_cells(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([])
    sheet.append(["RE", "Text"])
    sheet.append([3.0, "line one\r\nline two"])
    sheet.append([None, None])
    sheet.append([4, 2.5])
    workbook.save(tmp_path / "t.xlsx")
    rows = read_table(tmp_path / "t.xlsx", required=("re", "text"))
    assert [(row.number, row.values) for row in rows] == [
        (3, {"re": "3", "text": "line one\nline two"}),
        (5, {"re": "4", "text": "2.5"}),
    ]


def test_read_table_duplicate_and_missing_columns(tmp_path):
    path = write(tmp_path, "t.csv", b"code,Code\nW1,W2\n")
    with pytest.raises(InputError, match=r"t\.csv: row 1: column 'code' appears twice"):
        read_table(path, required=("code",))
    path = write(tmp_path, "u.csv", b"code,lbl\nW1,x\n")
    with pytest.raises(InputError, match=r"u\.csv: row 1: missing column\(s\) 'label', 'cluster'"):
        read_table(path, required=("code", "label", "cluster"))


def test_read_table_header_only(tmp_path):
    path = write(tmp_path, "t.csv", b"code,label\n\n")
    with pytest.raises(InputError, match=r"t\.csv: the table has no rows below its header"):
        read_table(path, required=("code",))
