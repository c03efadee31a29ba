"""Loading category systems from JSON, CSV and XLSX, and the shipped default."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from ccrt_coder.core.categories import Category
from ccrt_coder.core.domain import Component, Valence
from ccrt_coder.core.errors import InputError
from ccrt_coder.io.category_import import default_category_system, load_category_system

HEADER = ["code", "label", "component", "cluster", "default_valence", "description"]
ROWS = [
    ["RO1", "Strong", "RO", "RO1", "+", "Cluster 1"],
    ["RO1.1", "Is strong", "ro", "RO1", "Positive", ""],
    ["RS2", "Unreceptive", "RS", "RS2", "negative", "cluster"],
    ["W1", "To assert self", "W", "W1", "", ""],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_category_system(path)
    return str(caught.value)


def test_default_system_is_the_shipped_cluster_level():
    system = default_category_system()
    assert system.version == "3.0-clusters"
    assert not system.uses_lu_direction
    for component in Component:
        assert len(system.clusters(component)) == 8
    assert system.get("RO1") == Category(
        "RO1", "Strong", Component.RO, "RO1", Valence.POSITIVE, system.get("RO1").description
    )
    assert system.get("RS8").default_valence is Valence.NEGATIVE
    assert system.get("W6").default_valence is None
    assert default_category_system() is system


def test_csv_system(tmp_path):
    rows = [[*HEADER, "notes"], *([*row, "ignored"] for row in ROWS)]
    system = load_category_system(write_csv(tmp_path / "lab items.csv", rows))
    assert (system.name, system.version, system.uses_lu_direction) == (
        "lab items",
        "imported",
        False,
    )
    assert [c.code for c in system.categories] == ["RO1", "RO1.1", "RS2", "W1"]
    assert system.get("RO1.1") == Category(
        "RO1.1", "Is strong", Component.RO, "RO1", Valence.POSITIVE
    )
    assert system.get("RS2").default_valence is Valence.NEGATIVE
    assert system.get("W1").default_valence is None


def test_xlsx_system_without_optional_columns_and_without_components(tmp_path):
    rows = [
        ["Code", "Label", "Component", "Cluster"],
        ["1", "Wish", None, "1"],
        [1.1, "Close", "", 1],
    ]
    system = load_category_system(write_xlsx(tmp_path / "lu.xlsx", rows))
    assert system.categories == (
        Category("1", "Wish", None, "1"),
        Category("1.1", "Close", None, "1"),
    )
    assert system.uses_lu_direction


def test_json_system_round_trip(tmp_path):
    data = {
        "name": "Lab",
        "version": "2",
        "description": "ours",
        "uses_lu_direction": True,
        "categories": [
            {"code": "A", "label": "Alpha", "component": None, "cluster": "A"},
            {
                "code": "B",
                "label": "Beta",
                "component": "RS",
                "cluster": "A",
                "default_valence": "-",
            },
        ],
    }
    path = tmp_path / "lab.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    system = load_category_system(path)
    assert (system.name, system.version, system.description) == ("Lab", "2", "ours")
    assert system.uses_lu_direction
    assert system.get("B") == Category("B", "Beta", Component.RS, "A", Valence.NEGATIVE)


def test_json_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "lab.json"
    path.write_text('{\n  "name": "x",\n  "categories": [\n    {"code": "A",}\n  ]\n}', "utf-8")
    assert error_of(path).startswith("lab.json: line 4: not valid JSON (")


def test_json_without_categories(tmp_path):
    path = tmp_path / "lab.json"
    path.write_text('{"name": "x"}', encoding="utf-8")
    assert error_of(path) == "lab.json: expected an object with a 'categories' list"


def test_json_category_errors_are_numbered(tmp_path):
    categories = [
        {"code": "A", "label": "Alpha", "component": "W", "cluster": "A"},
        {"code": "a", "label": "", "component": "X", "cluster": "A", "default_valence": "good"},
    ]
    path = tmp_path / "lab.json"
    path.write_text(json.dumps({"categories": categories}), encoding="utf-8")
    assert error_of(path).splitlines() == [
        "lab.json: 4 problems:",
        "category 2: empty label",
        "category 2: unknown component 'X' (use W, RO, RS or leave empty)",
        "category 2: unknown default_valence 'good' (use +, -, positive, negative)",
        "category 2: duplicate code 'a' (first in category 1)",
    ]


def test_table_missing_column(tmp_path):
    rows = [["code", "label", "component"], ["W1", "x", "W"]]
    message = error_of(write_csv(tmp_path / "cats.csv", rows))
    assert message == (
        "cats.csv: row 1: missing column(s) 'cluster' in the header (found: code, label, component)"
    )


def test_table_reports_every_row_error(tmp_path):
    rows = [
        HEADER,
        ["W1", "To assert self", "W", "W1", "", ""],
        ["", "No code", "W", "W1", "", ""],
        ["W2", "", "W", "", "", ""],
        ["W1", "Again", "W", "W1", "", ""],
        ["RO1", "Strong", "RX", "RO1", "+", ""],
        ["RO2", "Controlling", "RO", "RO2", "bad", ""],
    ]
    assert error_of(write_xlsx(tmp_path / "cats.xlsx", rows)).splitlines() == [
        "cats.xlsx: 6 problems:",
        "row 3: empty code",
        "row 4: empty label",
        "row 4: empty cluster",
        "row 5: duplicate code 'W1' (first in row 2)",
        "row 6: unknown component 'RX' (use W, RO, RS or leave empty)",
        "row 7: unknown default_valence 'bad' (use +, -, positive, negative)",
    ]


def test_table_without_rows(tmp_path):
    message = error_of(write_csv(tmp_path / "cats.csv", [HEADER]))
    assert message == "cats.csv: the table has no rows below its header (row 1)"


def test_unsupported_extension(tmp_path):
    path = tmp_path / "cats.txt"
    path.write_text("code", encoding="utf-8")
    assert error_of(path) == "cats.txt: unsupported file type '.txt'; supported: .json, .csv, .xlsx"


def test_binary_json_is_refused(tmp_path):
    path = tmp_path / "cats.json"
    path.write_bytes(b"\x00\x01\x02\x03binary\x00")
    assert error_of(path).startswith("cats.json: this is not a text file")
