"""The manuscript report: the .docx and .html hold the numbers the analyses computed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import lxml.html
import pytest

from ccrt_coder.io.report_model import plain, stat
from ccrt_coder.usecases.ccrt import POOLED
from ccrt_coder.usecases.demo import build_demo
from ccrt_coder.usecases.domain import InputError
from ccrt_coder.usecases.project import Project
from ccrt_coder.usecases.report import ReportCancelled, ReportOptions

A, B = "Coder A (L. Berger)", "Coder B (M. Costa)"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.ccrt"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(demo_master, tmp_path / "demo.ccrt"))


@pytest.fixture(scope="module")
def written(demo_master: Path) -> tuple[docx.document.Document, str, dict, Project]:
    out = demo_master.parent
    with Project.open(demo_master) as project:
        summary = project.write_report(out / "report.docx")
        project.write_report(out / "report.html")
        agreement = project.agreement_report().to_dict()
        pooled = project.ccrt_results(project.choose_layer(consensus=True))
        info = project.info()
    assert summary.tables == 10 and summary.figures == 3
    html = (out / "report.html").read_text(encoding="utf-8")
    return docx.Document(str(out / "report.docx")), html, agreement, (pooled, info)


def cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def column(rows: list[list[str]], name: str) -> int:
    return rows[0].index(name)


def test_the_pairwise_table_holds_the_agreement_reports_kappas(written) -> None:
    document, _html, agreement, _ = written
    rows = cells(document.tables[0])
    kappa = column(rows, "Cohen's κ")
    for component in ("W", "RO", "RS"):
        row = next(r for r in rows if r[0] == component and r[1] == "Main category")
        pair = agreement["components"][component]["category"]["pairs"][0]
        assert row[kappa] == stat(pair["cohen_kappa"]["value"])
        assert row[column(rows, "Gwet's AC1")] == stat(pair["gwet_ac1"]["value"])
        assert row[rows[0].index("n REs")] == str(agreement["res"]["n_shared"])
    # APA 7: no leading zero for a statistic bounded by 1; Latin symbols in italics, Greek not.
    assert all(not r[kappa].startswith("0.") for r in rows[1:])
    header = document.tables[0].rows[0].cells
    assert not any(r.italic for r in header[kappa].paragraphs[0].runs)
    n_runs = header[rows[0].index("n REs")].paragraphs[0].runs
    assert [(r.text, bool(r.italic)) for r in n_runs] == [("n", True), (" REs", False)]


def test_the_across_coders_table_and_captions_are_numbered(written) -> None:
    document, _html, agreement, _ = written
    rows = cells(document.tables[1])
    alpha = column(rows, "Krippendorff's α")
    row = next(r for r in rows if r[0] == "RS" and r[1] == "Main cluster")
    expected = agreement["components"]["RS"]["cluster"]["all"]["krippendorff_alpha"]["value"]
    assert row[alpha] == stat(expected)
    texts = [p.text for p in document.paragraphs]
    for n in range(1, 11):
        assert f"Table {n}" in texts
    for n in range(1, 4):
        assert f"Figure {n}" in texts
    title = texts[texts.index("Table 2") + 1]
    assert title == "Interrater Reliability Across All Coders by Component and Unit of Analysis"


def test_the_ccrt_table_holds_the_pooled_ccrt_with_pervasiveness(written) -> None:
    document, _html, _agreement, (results, _info) = written
    rows = cells(document.tables[6])
    assert rows[0][:3] == ["Narrator", "Phase", "n REs"]
    for row in rows[1:]:
        scope = results.scope(POOLED, row[0].lower(), int(row[1]))
        assert row[2].rstrip("ᵃ") == str(scope.n_res_included)
        for index, component in enumerate(("W", "RO", "RS"), start=4):
            profile = scope.profile(component, "cluster")
            top = next(s for s in profile.stats if s.code == profile.ccrt[0])
            assert row[index] == f"{', '.join(profile.ccrt)} ({stat(top.pervasiveness)})"


def test_the_figures_are_inline_pictures(written) -> None:
    document = written[0]
    assert len(document.inline_shapes) == 3
    assert all(shape.width > 0 for shape in document.inline_shapes)


def test_the_method_paragraph_gives_the_real_counts(written) -> None:
    document, _html, agreement, (_results, info) = written
    method = " ".join(p.text for p in document.paragraphs[2:6])
    assert f"{info.interviews} interviews with N = {info.res} relationship episodes" in method
    assert "comprises two patient–therapist dyads" in method
    assert f"C1, {A}, with {info.units[A]['coder']} units and C2, {B}, with" in method
    assert f"n = {agreement['res']['n_shared']} REs coded by every coder" in method
    assert info.category_system in method
    assert "at least 2.5 (scale 1–5)" in method
    assert "fewer than 10 REs" in method
    assert "CCRT Coder 0.1.0" in method


def test_the_html_parses_has_no_scripts_and_carries_its_images(written) -> None:
    _document, html, agreement, _ = written
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//script") and "javascript:" not in html
    images = tree.xpath("//img/@src")
    assert len(images) == 3 and all(src.startswith("data:image/png;base64,") for src in images)
    assert len(tree.xpath("//table")) == 10
    kappa = agreement["components"]["W"]["category"]["pairs"][0]["cohen_kappa"]["value"]
    first = tree.xpath("//table")[0]
    assert stat(kappa) in [td.text_content() for td in first.xpath(".//td")]
    assert tree.xpath("//th/i[text()='n']") and "<i>κ</i>" not in html


def test_a_coder_name_with_markup_shows_literally(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.rename_coder(A, "<b>Eve</b> & co")
        project.write_report(tmp_path / "r.html")
        project.write_report(tmp_path / "r.docx")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//b")
    assert "C1, <b>Eve</b> & co, with" in tree.text_content()
    method = " ".join(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    assert "C1, <b>Eve</b> & co, with" in method


def test_cis_bands_and_a_baseline_appear_when_the_analyses_carry_them(written) -> None:
    from ccrt_coder.usecases.report_content import ReportData, build_document
    from ccrt_coder.usecases.report_methods import MethodsFacts

    _document, _html, agreement, (results, _info) = written
    ccrt = results.to_dict(dyads=[POOLED], scopes=["all"], levels=["cluster"])
    bootstrap = {"replicates": 1000, "seed": 7, "resample": "interviews"}
    agreement = {**agreement, "bootstrap": bootstrap}
    pair = agreement["components"]["W"]["category"]["pairs"][0]
    pair["cohen_kappa"] = {**pair["cohen_kappa"], "se": 0.0871, "ci_low": 0.351,
                           "ci_high": 0.702, "band": "moderate"}  # fmt: skip
    pair["pabak"] = {**pair["cohen_kappa"], "value": 0.6, "band": None}  # a new statistic
    comparison = {
        "level": "cluster",
        "pairs": [
            {"kind": "patient_vs_therapist", "dyad": d, "phase": 5, "similarity": {
                c: {"cosine": v, "top_match": True, "baseline": {"cosine": {"p_value": p}}}
                for c in ("W", "RO", "RS")}}
            for d, v, p in (("D1", 0.8, 0.04), ("D2", 0.4, 0.5))
        ],
        "across_dyads": [
            {"kind": "patient_vs_therapist", "phase": 5, "component": c, "measure": m,
             "n_dyads": 2, "mean": 0.6, "sd": 0.2828, "minimum": 0.4, "maximum": 0.8,
             "pooled": 0.9, "pseudo_mean": 0.31, "permutation_p": 0.0004,
             "n_permutations": 1000, "seed": 12}
            for c in ("W", "RO", "RS") for m in ("cosine", "jaccard")
        ],
        "changes": [],
    }  # fmt: skip
    facts = MethodsFacts("S", "s.ccrt", 2, (5,), 4, 10, (A, B), {A: 1, B: 1}, "the consensus "
                         "layer", 2, "cluster", "sys", 2.5, 10, "9")  # fmt: skip
    document = build_document(ReportData(facts, agreement, "", ccrt, comparison))
    first = document.tables()[0]
    header = [plain(h) for h in first.header]
    row = next(r for r in first.rows if plain(r[0]) == "W" and plain(r[1]) == "Main category")
    assert plain(row[header.index("Cohen's κ")]) == ".52 (.09) [.35, .70], moderate"
    assert "Cells: estimate (SE), [95% CI], band." in plain(first.note)
    method = plain(document.sections[0].blocks[1].text)
    assert "B = 1000, resampling interviews, seed 7" in method
    assert "percent agreement, Gwet's AC1, and PABAK per pair of coders" in method
    assert plain(row[header.index("PABAK")]) == ".60 (.09) [.35, .70]"
    similarity = next(t for t in document.tables() if t.title.startswith("Patient–Therapist"))
    header = [plain(h) for h in similarity.header]
    w = next(r for r in similarity.rows if plain(r[1]) == "W")
    assert plain(w[header.index("Cosine M (SD)")]) == ".60 (.28)"
    assert plain(w[header.index("Range")]) == ".40 to .80"
    assert plain(w[header.index("Chance M")]) == ".31"
    assert plain(w[header.index("p")]) == "< .001"
    assert plain(w[header.index("Dyads p < .05")]) == "1 of 2"
    assert plain(w[header.index("Pooled")]) == ".90"
    assert "share of 1000 random re-pairings" in plain(similarity.note)


def test_a_wrong_suffix_or_level_is_refused_and_nothing_is_written(demo: Path) -> None:
    with Project.open(demo) as project:
        with pytest.raises(InputError, match=r"docx or \.html"):
            project.write_report(demo.with_suffix(".pdf"))
        with pytest.raises(InputError, match="level"):
            project.write_report(demo.with_suffix(".docx"), ReportOptions(level="item"))
    assert not demo.with_suffix(".docx").exists()


def test_a_cancelled_report_leaves_the_old_file_as_it_was(demo: Path) -> None:
    out = demo.with_name("old.docx")
    out.write_bytes(b"old")
    calls: list[tuple[int, int]] = []
    with Project.open(demo) as project, pytest.raises(ReportCancelled):
        project.write_report(out, None, lambda d, t: calls.append((d, t)), lambda: len(calls) > 3)
    assert out.read_bytes() == b"old"
    assert calls[0] == (0, 5)
    assert sorted(p.name for p in demo.parent.iterdir()) == ["demo.ccrt", "old.docx"]


def test_one_coder_gives_a_report_without_reliability(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.ccrt") as project:
        project.add_coder("Solo")
        summary = project.write_report(tmp_path / "p.html")
    text = lxml.html.fromstring((tmp_path / "p.html").read_text("utf-8")).text_content()
    assert "Interrater reliability is not reported" in text
    assert "No RE of the consensus layer is included in a CCRT" in text
    assert (summary.tables, summary.figures) == (0, 0)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_opens_the_docx_with_its_tables(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    with Project.open(demo) as project:
        project.write_report(out)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    text = (tmp_path / "report.txt").read_text(encoding="utf-8-sig")
    assert "Table 10" in text and "Figure 3" in text
    assert "Pairwise Interrater Reliability by Component and Unit of Analysis" in text


def test_the_similarity_table_holds_the_comparisons_summary_over_dyads(demo: Path) -> None:
    """Each dyad's own similarity (M, SD, range), the pseudo-dyads and the pooled profiles,
    as `compare` computes them for the consensus layer at cluster level."""
    with Project.open(demo) as project:
        project.write_report(demo.with_suffix(".docx"))
        choice = project.choose_layer(consensus=True)
        across = project.ccrt_comparison(choice, "cluster").to_dict(sides=False)["across_dyads"]
    tables = docx.Document(str(demo.with_suffix(".docx"))).tables
    rows = next(cells(t) for t in tables if "Cosine M (SD)" in cells(t)[0])
    checked = 0
    for row in rows[1:]:
        summary = next(
            a for a in across
            if (a["kind"], a["phase"], a["component"], a["measure"])
            == ("patient_vs_therapist", int(row[0]), row[1], "cosine")
        )  # fmt: skip
        assert row[column(rows, "n")] == str(summary["n_dyads"])
        if summary["mean"] is not None:
            assert row[column(rows, "Cosine M (SD)")].startswith(stat(summary["mean"]))
            checked += 1
        assert row[column(rows, "Chance M")] == stat(summary["pseudo_mean"])
        assert row[column(rows, "Pooled")] == stat(summary["pooled"])
    assert checked == 9  # three phases x W, RO, RS
