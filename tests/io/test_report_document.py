"""The manuscript report: the .docx and .html hold the numbers the analyses computed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import lxml.html
import pytest

from ccrt_coder.io.report_model import percent, plain, stat
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
    assert summary.tables == 12 and summary.figures == 3
    html = (out / "report.html").read_text(encoding="utf-8")
    return docx.Document(str(out / "report.docx")), html, agreement, (pooled, info)


def cells(table) -> list[list[str]]:
    """The cells' text; an interval's no-break space read as a space."""
    return [[c.text.replace("\u00a0", " ") for c in row.cells] for row in table.rows]


def column(rows: list[list[str]], name: str) -> int:
    return rows[0].index(name)


def table_titled(document, title: str):
    """The table whose caption (the line under "Table n") is ``title``."""
    texts = [p.text for p in document.paragraphs]
    titles = [texts[i + 1] for i, t in enumerate(texts) if t.startswith("Table ")]
    return document.tables[titles.index(title)]


def titled(document, title: str) -> list[list[str]]:
    return cells(table_titled(document, title))


def est(result: dict, share: bool = False) -> str:
    """What a cell must show for a result of the agreement JSON: value [ci_low, ci_high]."""
    show = percent if share else stat
    return f"{show(result['value'])} [{show(result['ci_low'])}, {show(result['ci_high'])}]"


PRESENCE = "Primary Reliability: Presence of Each Cluster per Relationship Episode"
TOP_SETS = "Agreement on the Set of Top Categories per Relationship Episode"
MAIN = "Secondary: Agreement on the Main Category per Relationship Episode, All Coders"
PAIRWISE = "Secondary: Pairwise Agreement on the Main Category per Relationship Episode"


def test_the_pairwise_table_holds_the_agreement_reports_kappas(written) -> None:
    document, _html, agreement, _ = written
    rows = titled(document, PAIRWISE)
    kappa = column(rows, "Cohen's κ [95% CI]")
    groups = [r[0] for r in rows if len(set(r)) == 1]
    assert groups == ["Wish (W)", "Response of the other (RO)", "Response of the self (RS)"]
    for component, group in zip(("W", "RO", "RS"), groups, strict=True):
        row = rows[rows.index([group] * len(rows[0])) + 1]
        assert row[0] == "Category"
        pair = agreement["components"][component]["category"]["pairs"][0]
        assert row[kappa] == est(pair["cohen_kappa"])
        assert row[column(rows, "AC1 [95% CI]")] == est(pair["gwet_ac1"])
        assert row[column(rows, "Band")] == pair["cohen_kappa"]["band"]
        assert row[rows[0].index("n REs")] == str(pair["cohen_kappa"]["n_units"])
    # APA 7: no leading zero for a statistic bounded by 1; Latin symbols in italics, Greek not.
    assert all(not r[kappa].startswith("0.") for r in rows[1:])
    header = table_titled(document, PAIRWISE).rows[0].cells
    assert not any(r.italic for r in header[kappa].paragraphs[0].runs)
    n_runs = header[rows[0].index("n REs")].paragraphs[0].runs
    assert [(r.text, bool(r.italic)) for r in n_runs] == [("n", True), (" REs", False)]


def test_the_main_category_table_and_captions_are_numbered(written) -> None:
    document, _html, agreement, _ = written
    rows = titled(document, MAIN)
    rs = rows.index(["Response of the self (RS)"] * len(rows[0]))
    row = rows[rs + 2]
    assert row[0] == "Cluster"
    found = agreement["components"]["RS"]["cluster"]["all"]
    assert row[column(rows, "Fleiss' κ [95% CI]")] == est(found["fleiss_kappa"])
    assert row[column(rows, "AC1 [95% CI]")] == est(found["gwet_ac1"])
    assert row[column(rows, "Agr.")] == percent(found["percent_agreement"]["value"])
    texts = [p.text for p in document.paragraphs]
    for n in range(1, 13):
        assert f"Table {n}" in texts
    for n in range(1, 4):
        assert f"Figure {n}" in texts
    assert texts[texts.index("Table 1") + 1] == PRESENCE
    assert texts[texts.index("Table 4") + 1] == MAIN


def test_the_presence_table_holds_each_clusters_kappa_interval_and_pabak(written) -> None:
    document, _html, agreement, _ = written
    rows = titled(document, PRESENCE)
    assert rows[0][:4] == ["Cluster", "Prev.", "κ [95% CI]", "Band"]
    assert rows[0][4] == "vs. .55–.70"
    checked = 0
    for parts in agreement["components"].values():
        for label, block in parts["presence"]["cluster"].items():
            row = next(r for r in rows if r[0] == label)
            kappa = block["all"]["fleiss_kappa"]
            assert row[1] == percent(block["prevalence"]["1"])
            assert row[column(rows, "PABAK")] == stat(block["pairs"][0]["pabak"]["value"])
            assert row[column(rows, "Agr.")] == percent(block["all"]["percent_agreement"]["value"])
            if kappa["value"] is None:
                assert row[2] == "—"
                continue
            assert row[2] == est(kappa) and row[3] == kappa["band"]
            low, high = kappa["ci_low"], kappa["ci_high"]
            expected = "below" if high < 0.55 else "above" if low > 0.70 else "overlapping"
            assert row[4] == expected
            checked += 1
    assert checked >= 20
    assert "RO4" in [r[0] for r in rows if r[4] == "below"]  # its whole CI is under .55


def test_the_top_set_and_category_tables_hold_masi_alpha_and_the_kappas_median(written) -> None:
    import statistics

    document, _html, agreement, _ = written
    rows = titled(document, TOP_SETS)
    ro = rows.index(["Response of the other (RO)"] * len(rows[0]))
    for offset, (level, case) in enumerate(
        [("category", "primary"), ("category", "complete_cases"), ("cluster", "primary")]
    ):
        row = rows[ro + 1 + offset]
        found = agreement["components"]["RO"]["top_sets"][level][case]["all"]
        assert row[:2] == [level, "Primary" if case == "primary" else "Complete"]
        assert row[column(rows, "MASI α [95% CI]")] == est(found["masi_alpha"])
        assert row[column(rows, "Band")] == found["masi_alpha"]["band"]
        assert row[column(rows, "Exact match [95% CI]")] == est(found["exact_match"], share=True)
    summary = titled(
        document, "Primary Reliability: Presence of Each Category, Summarised per Component"
    )
    for row in summary[1:]:
        blocks = agreement["components"][row[0]]["presence"]["category"].values()
        kappas = [b["all"]["fleiss_kappa"]["value"] for b in blocks]
        defined = [k for k in kappas if k is not None]
        assert row[1] == f"{len(defined)} of {len(kappas)}"
        assert row[2] == stat(statistics.median(defined))
        assert row[3] == f"{stat(min(defined))}–{stat(max(defined))}"
        assert sum(int(x) for x in row[5:8]) == len(defined)


def test_the_completeness_and_formulation_tables_hold_alpha_icc_and_kappa(written) -> None:
    document, _html, agreement, _ = written
    rows = titled(document, "Agreement on the Completeness Ratings of the Relationship Episodes")
    found = agreement["completeness"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["ICC(2,1)"][3] == est(found["all"]["icc_2_1"])
    assert by_name["ICC(2,1)"][4] == found["all"]["icc_2_1"]["band"]
    ordinal = found["all"]["krippendorff_alpha_ordinal"]
    assert by_name["Krippendorff's α (ordinal)"][3] == est(ordinal)
    assert by_name["Weighted κ (linear)"][3] == est(found["pairs"][0]["cohen_kappa_linear"])
    assert by_name["Percent agreement"][3] == est(found["pairs"][0]["percent_agreement"], True)
    rows = titled(document, "Agreement on the CCRT Formulation per Dyad, Narrator and Phase")
    statistics = agreement["formulation"]["statistics"]
    for row in rows[1:4]:
        results = statistics[row[0]]["all"]
        assert row[column(rows, "κ [95% CI]")] == est(results["fleiss_kappa"])
        assert row[column(rows, "MASI α [95% CI]")] == est(results["masi_alpha"])


def test_the_ccrt_table_holds_the_pooled_ccrt_with_pervasiveness(written) -> None:
    document, _html, _agreement, (results, _info) = written
    rows = cells(document.tables[8])
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
    texts = [p.text for p in document.paragraphs]
    method = " ".join(texts[2 : texts.index("Results: Interrater Reliability")])
    assert f"{info.interviews} interviews with N = {info.res} relationship episodes" in method
    assert "comprises two patient–therapist dyads" in method
    assert f"C1, {A}, with {info.units[A]['coder']} units and C2, {B}, with" in method
    assert f"n = {agreement['res']['n_shared']} REs coded by every coder" in method
    assert info.category_system in method
    assert "at least 2.5 (scale 1–5)" in method
    assert "fewer than 10 REs" in method
    assert "CCRT Coder 0.1.0" in method
    # the units of analysis, the bootstrap, the bands and the benchmark rule, as a reviewer asks
    bootstrap = agreement["bootstrap"]
    assert (
        "The primary unit of analysis was the presence of each category and each cluster" in method
    )
    assert "counted as a disagreement" in method and "MASI distance (Passonneau, 2006)" in method
    assert "the set “none” (primary figures), and the complete-case variant" in method
    assert "The single main category per RE (ties broken by position" in method
    assert (
        f"cluster bootstrap with B = {bootstrap['replicates']} replicates (seed "
        f"{bootstrap['seed']}): since REs are nested in interviews, the "
        f"{bootstrap['n_interviews']} interviews (dyad × narrator × phase) were resampled"
    ) in method
    assert "Analytic standard errors (Cohen's κ: Fleiss, Cohen, & Everitt, 1969" in method
    assert "Landis and Koch's (1977) bands" in method
    assert "≥ .800 reliable, ≥ .667 tentative, else unacceptable" in method
    assert "κ = .55–.70 (weighted κ .61–.70); a figure is reported as below or above" in method
    assert "only when its whole 95% CI lies below or above it" in method


def test_the_html_parses_has_no_scripts_and_carries_its_images(written) -> None:
    _document, html, agreement, _ = written
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//script") and "javascript:" not in html
    images = tree.xpath("//img/@src")
    assert len(images) == 3 and all(src.startswith("data:image/png;base64,") for src in images)
    assert len(tree.xpath("//table")) == 12
    kappa = agreement["components"]["W"]["presence"]["cluster"]["W1"]["all"]["fleiss_kappa"]
    first = tree.xpath("//table")[0]
    shown = [td.text_content().replace("\u00a0", " ") for td in first.xpath(".//td")]
    assert est(kappa) in shown and "Wish (W)" in shown
    assert first.xpath(".//td[@colspan='7']/i[text()='Wish (W)']")
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


def test_the_benchmark_reads_the_whole_interval_and_a_baseline_appears(written) -> None:
    import copy

    from ccrt_coder.usecases.report_content import ReportData, build_document
    from ccrt_coder.usecases.report_methods import MethodsFacts

    _document, _html, agreement, (results, _info) = written
    ccrt = results.to_dict(dyads=[POOLED], scopes=["all"], levels=["cluster"])
    agreement = copy.deepcopy(agreement)
    agreement["bootstrap"]["computed"] = False
    clusters = agreement["components"]["W"]["presence"]["cluster"]
    for label, value, low, high in (
        ("W1", 0.8, 0.72, 0.9),  # wholly above .55-.70
        ("W2", 0.6, 0.1, 0.5),  # wholly below (a point inside the range does not count)
        ("W4", 0.6, None, None),  # no interval: the value itself
    ):
        kappa = clusters[label]["all"]["fleiss_kappa"]
        kappa.update(value=value, ci_low=low, ci_high=high, band="substantial")
    agreement["completeness"]["n_rated"] = 0  # no RE rated by two coders: no table, a sentence
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
    presence = document.tables()[0]
    shown = {
        plain(r[0]): [plain(c).replace("\u00a0", " ") for c in r]
        for r in presence.rows
        if len(r) > 1
    }
    assert shown["W1"][2:5] == [".80 [.72, .90]", "substantial", "above"]
    assert shown["W2"][2:5][::2] == [".60 [.10, .50]", "below"]
    assert shown["W4"][2:5][::2] == [".60", "overlapping"]
    assert "no bootstrap (too few interviews)" in plain(presence.note)
    method = " ".join(plain(b.text) for b in document.sections[0].blocks)
    assert "No bootstrap was run" in method and "B = 1000" not in method
    intro = plain(document.sections[1].blocks[0].text)
    assert "Table 6 gives the agreement on the CCRT formulation and Table 7 on unit" in intro
    assert "no RE had completeness ratings from two or more coders" in intro
    assert not any("Completeness" in t.title for t in document.tables())
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
    assert "Table 12" in text and "Figure 3" in text
    assert PRESENCE in text


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
