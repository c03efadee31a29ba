"""The CCRT-LU direction level through every output a user reads: the `ccrt` and `compare`
commands (text and JSON), the xlsx export's CCRT sheet and the manuscript report (.docx).

The study is tests/lu_study.py; every expected figure below is counted from its docstring.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from ccrt_coder.cli.entry import main
from ccrt_coder.io.units_format import LIST_JOIN
from tests.lu_study import build_lu_study

INCLUDED = 5  # patient phase 5: REs 1, 2, 3, 5, 6 (RE 4 rated 2 is excluded)
# Patient phase 5, direction level: {component: (CCRT, REs with it, pervasiveness)}
PATIENT = {
    "W": (["WOS", "WSO"], 2, 2 / INCLUDED),  # WOS REs 1, 5; WSO REs 2, 3 (RE 4 excluded)
    "RO": (["ROS"], 3, 3 / INCLUDED),  # REs 1, 2, 5
    "RS": (["RSO"], 3, 3 / INCLUDED),  # REs 1, 3, 5
}
THERAPIST_W = (["WOO"], 2, 2 / 2)


@pytest.fixture(scope="module")
def studies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("lu")
    return build_lu_study(folder / "lu.ccrt"), build_lu_study(folder / "plain.ccrt", lu=False)


POSITIONS = {"below", "overlapping", "above"}


def fleiss_two_coders(a: list[int], b: list[int]) -> float:
    """Fleiss' kappa of two coders' 0/1 ratings, from its definition (Fleiss 1971)."""
    n = len(a)
    p_one = (sum(a) + sum(b)) / (2 * n)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    expected = p_one**2 + (1 - p_one) ** 2
    return (observed - expected) / (1 - expected)


def test_ccrt_json_carries_the_direction_level(studies, capsys) -> None:  # type: ignore[no-untyped-def]
    lu, _ = studies
    assert main(["ccrt", str(lu), "--consensus", "--level", "direction", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "direction"
    scopes = {(s["dyad"], s["narrator"], s["phase"], s["scope"]): s for s in data["scopes"]}
    patient = scopes["ALL", "patient", 5, "all"]
    assert (patient["n_res_included"], patient["n_res_excluded"]) == (INCLUDED, 1)
    for component, (ccrt, n_with, share) in PATIENT.items():
        assert set(patient["components"][component]) == {"direction"}
        profile = patient["components"][component]["direction"]
        assert profile["ccrt"] == ccrt
        for code in ccrt:
            stat = next(c for c in profile["categories"] if c["code"] == code)
            assert (stat["n_res_with"], stat["pervasiveness"], stat["rank"]) == (n_with, share, 1)
    w = scopes["D01", "therapist", 5, "all"]["components"]["W"]["direction"]
    assert w["ccrt"] == THERAPIST_W[0]
    assert w["categories"][0]["pervasiveness"] == THERAPIST_W[2]


def test_ccrt_text_names_the_tied_directions(studies, capsys) -> None:  # type: ignore[no-untyped-def]
    lu, _ = studies
    assert main(["ccrt", str(lu), "--consensus", "--level", "direction"]) == 0
    out = capsys.readouterr().out
    assert "CCRT of the consensus layer, direction level" in out
    assert "units without a direction do not count" in out
    patient = out.split("ALL patient phase 5:")[1].split("\n\n")[0]
    assert "W   WOS other to self (wish) (40%, 2 REs); WSO self to other (wish) (40%, 2 REs)" in (
        patient
    )
    assert "RO  ROS other to self (response) (60%, 3 REs)" in patient


def test_compare_accepts_the_direction_level(studies, capsys) -> None:  # type: ignore[no-untyped-def]
    lu, _ = studies
    assert main(["compare", str(lu), "--consensus", "--level", "direction", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "direction"
    pair = next(p for p in data["pairs"] if (p["dyad"], p["phase"]) == ("D01", 5))
    assert pair["similarity"]["W"]["left_top"] == ["WOS", "WSO"]


def test_a_system_without_directions_refuses_the_level(studies, capsys) -> None:  # type: ignore[no-untyped-def]
    _, plain = studies
    for command in ("ccrt", "compare"):
        assert main([command, str(plain), "--consensus", "--level", "direction"]) != 0
        assert "CCRT-LU directions" in capsys.readouterr().err
    assert main(["ccrt", str(plain), "--consensus", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all("direction" not in c for s in data["scopes"] for c in s["components"].values())


def ccrt_sheet(path: Path, out: Path) -> list[dict[str, object]]:
    assert main(["export", str(path), str(out), "--layer", "consensus", "--sheet", "ccrt"]) == 0
    rows = list(openpyxl.load_workbook(out, read_only=True)["CCRT"].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_xlsx_ccrt_sheet_has_direction_rows_for_lu_only(studies, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lu, plain = studies
    rows = ccrt_sheet(lu, tmp_path / "lu.xlsx")
    found = {
        r["component"]: r
        for r in rows
        if (r["dyad"], r["narrator"], r["phase"], r["scope"], r["level"])
        == ("ALL", "patient", 5, "all", "direction")
    }
    assert set(found) == {"W", "RO", "RS"}
    for component, (ccrt, n_with, share) in PATIENT.items():
        row = found[component]
        assert row["ccrt"] == LIST_JOIN.join(ccrt)
        assert (row["n_res_with"], row["pervasiveness"], row["n_res_included"]) == (
            n_with,
            share,
            INCLUDED,
        )
    assert "other to self (wish)" in str(found["W"]["ccrt_label"])
    assert {r["level"] for r in ccrt_sheet(plain, tmp_path / "plain.xlsx")} == {
        "category",
        "cluster",
    }


def docx_text(path: Path) -> tuple[str, list[list[list[str]]]]:
    document = docx.Document(str(path))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return paragraphs, tables


def test_the_report_shows_direction_agreement_and_ccrt(studies, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    lu, plain = studies
    out = tmp_path / "lu.docx"
    assert main(["report", str(lu), str(out)]) == 0
    paragraphs, tables = docx_text(out)
    assert "coded for its CCRT-LU direction" in paragraphs  # the methods sentence
    (agreement,) = [t for t in tables if t[0][0] == "Direction"]
    rows = {r[0]: r for r in agreement if r[0] != r[1]}  # the component rows span the table
    # W presence per RE (REs 1-6), from tests/lu_study.py: Ana and Ben.
    wos = fleiss_two_coders([1, 0, 0, 1, 1, 0], [1, 0, 1, 1, 0, 0])
    wso = fleiss_two_coders([0, 1, 1, 0, 0, 0], [0, 1, 0, 0, 1, 0])
    assert (round(wos, 4), round(wso, 4)) == (0.3333, 0.25)
    assert rows["WOS"][1:3] == ["50%", f"{wos:.2f}".lstrip("0")]  # 6 of 12 ratings present
    assert rows["WSO"][1:3] == ["33%", f"{wso:.2f}".lstrip("0")]
    assert rows["WOS"][5] == "67%" and rows["WSO"][5] == "67%"  # 4 of 6 REs agree
    header = next(r for r in agreement if r[0] == "Direction")
    assert header == ["Direction", "Prev.", "κ [95% CI]", "Band", "PABAK", "Agr."]  # no range
    for main_values in (t for t in tables if t[0][0] == "Main"):  # across coders, per pair
        w_direction = next(r for r in main_values if r[0] == "Direction")
        assert w_direction[2].startswith(".17") and w_direction[4] == "—"  # no range published
    direction_ccrt = [t for t in tables if t[0][:2] == ["Narrator", "Phase"] and
                      any(cell.startswith("WOS") for row in t for cell in row)]  # fmt: skip
    assert len(direction_ccrt) == 1
    by_row = {(r[0], r[1]): r for r in direction_ccrt[0][1:]}
    assert by_row["Patient", "5"][2:] == ["5ᵃ", "1", "WOS, WSO (.40)", "ROS (.60)", "RSO (.60)"]
    assert by_row["Therapist", "5"][4:] == ["WOO (1.00)", "—", "—"]
    plain_out = tmp_path / "plain.docx"
    assert main(["report", str(plain), str(plain_out)]) == 0
    capsys.readouterr()
    paragraphs, tables = docx_text(plain_out)
    assert "CCRT-LU" not in paragraphs and "irection" not in paragraphs
    assert not [t for t in tables if t[0][0] == "Direction"]


def numbers(cell: str) -> list[float]:
    """'−.07 [−.35, .23]' -> [-0.07, -0.35, 0.23]."""
    plain = cell.replace("−", "-").replace("\xa0", " ").replace("[", " ").replace("]", " ")
    return [float(part.rstrip(",")) for part in plain.split()]


def test_the_report_gives_each_direction_kappa_with_its_interval(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """On the demo study (enough interviews for the bootstrap) made a CCRT-LU study: each
    direction's kappa and 95% CI in the report are the agreement analysis's own."""
    import sqlite3

    from ccrt_coder.usecases.project import Project
    from tests.demo_file import demo_copy

    path = demo_copy(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE category_systems SET uses_lu_direction = 1")
        db.execute("UPDATE coded_units SET lu_direction = CASE component WHEN 'W' THEN "
                   "CASE id % 3 WHEN 0 THEN 'WOS' WHEN 1 THEN 'WSO' ELSE NULL END ELSE "
                   "CASE id % 2 WHEN 0 THEN 'ROS' ELSE 'RSS' END END")  # fmt: skip
    with Project.open(path) as project:
        agreement = project.agreement_report()
    out = tmp_path / "demo.docx"
    assert main(["report", str(path), str(out)]) == 0
    capsys.readouterr()
    _, tables = docx_text(out)
    (table,) = [t for t in tables if t[0][0] == "Direction"]
    for main_values in (t for t in tables if t[0][0] == "Main"):  # the range: categories only
        assert {r[4] for r in main_values if r[0] in ("Category", "Cluster")} <= POSITIONS
        assert {r[4] for r in main_values if r[0] in ("Direction", "Valence")} == {"—"}
    rows = [r for r in table if r[0] != r[1]][1:]
    components = [r[0] for r in table if r[0] == r[1]]
    assert components == ["Wish (W)", "Response of the other (RO)", "Response of the self (RS)"]
    shown = 0
    for component, blocks in ((c, agreement.components[c].lu_direction) for c in ("W", "RO", "RS")):
        assert blocks is not None
        for direction, block in blocks.items():
            row = rows.pop(0)
            assert row[0] == direction, component
            kappa = block.overall["fleiss_kappa"]
            if kappa.value is None:
                assert row[2] == "—"
                continue
            interval = block.interval("fleiss_kappa")
            assert interval is not None
            expected = [kappa.value, interval.low, interval.high]
            assert numbers(row[2]) == pytest.approx(expected, abs=0.005)
            shown += 1
    assert shown >= 4 and not rows
