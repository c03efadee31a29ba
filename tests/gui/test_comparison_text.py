"""The Comparison view's words and choices, on the small hand-made project (Qt-free parts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccrt_coder.analysis.ccrt.scopes import ScopeKey
from ccrt_coder.analysis.ccrt.views import CategoryStat, ComponentProfile, ScopeResult
from ccrt_coder.core.domain import Layer
from ccrt_coder.core.records import LayerChoice
from ccrt_coder.gui.comparison import cell_text
from ccrt_coder.gui.comparison.chart_style import short_label
from ccrt_coder.gui.comparison.choices import (
    CONSENSUS,
    ViewChoice,
    describe,
    layer_options,
    scope_words,
)
from ccrt_coder.gui.comparison.compute import ResultsCache
from ccrt_coder.gui.comparison.figures import ComparisonFigures, build_figures
from ccrt_coder.gui.project_fingerprint import fingerprint
from ccrt_coder.usecases.project import Project

ANNA = LayerChoice(Layer.CODER, "Anna")


@pytest.fixture
def figures(project: Project) -> ComparisonFigures:
    """Anna's layer, D01: she coded one patient RE (phase 5) and one therapist RE (RS only)."""
    comparison = project.ccrt_comparison(ANNA, "category")
    return build_figures(comparison, ViewChoice(dyad="D01", layer=ANNA, level="category"))


def test_a_ccrt_cell_names_the_code_its_pervasiveness_and_the_res(figures) -> None:
    text = cell_text.side_text(figures.side("patient", 5), "RO", "category")
    assert text == "RO5 Rejecting and opposing\n100% (1/1 RE)"


def test_empty_scopes_and_components_say_so(figures) -> None:
    assert cell_text.side_text(figures.side("patient", 15), "W", "category") == "no coded REs"
    assert cell_text.side_text(figures.side("therapist", 5), "W", "category") == (
        "no W coded (0/1 RE)"
    )
    assert cell_text.side_text(None, "W", "category") == "no coded REs"


def test_the_tooltip_gives_the_counts_behind_a_cell(figures) -> None:
    tip = cell_text.side_tooltip(figures.side("patient", 5), "RO", "category", "patient", 4)
    assert "1 RE included (minimum for a CCRT: 4)" in tip
    assert "Few REs" in tip
    assert "RO5 Rejecting and opposing: 100% (1 RE)  ← CCRT" in tip
    assert "Positive units: 0% of 1 with a valence (0 +, 1 −)" in tip


def _scope(counts: dict[str, int], n: int = 4, excluded: int = 0) -> ScopeResult:
    """A scope with the given RO counts (ranks by hand: the highest count is rank 1)."""
    top = max(counts.values())
    stats = tuple(
        CategoryStat(
            code,
            f"Label of {code}",
            k,
            k / n if n else None,
            1 if k == top and k else (2 if k else None),
        )
        for code, k in counts.items()
    )
    profiles = (ComponentProfile("RO", "category", stats),)
    return ScopeResult(ScopeKey("D01", "patient", 5), n, excluded, 0, n < 4, (), profiles, ())


def test_ties_are_listed_with_labels_up_to_two_then_by_code() -> None:
    two = _scope({"RO1": 2, "RO2": 2, "RO3": 1})
    assert cell_text.side_text(two, "RO", "category") == (
        "RO1 Label of RO1 / RO2 Label of RO2\n50% (2/4 REs)"
    )
    three = _scope({"RO1": 2, "RO2": 2, "RO3": 2})
    assert cell_text.side_text(three, "RO", "category") == "RO1, RO2, RO3 (tied)\n50% (2/4 REs)"


def test_a_scope_with_only_excluded_res_says_how_many() -> None:
    assert cell_text.side_text(_scope({"RO1": 0}, n=0, excluded=2), "RO", "category") == (
        "no included REs (2 excluded)"
    )


def test_similarity_gives_each_undefined_figure_its_reason(figures) -> None:
    assert cell_text.similarity_text(figures.similarity_of(5, "RS")) == (
        "Top\N{NO-BREAK SPACE}✗ · cos\N{NO-BREAK SPACE}0.00 · J\N{NO-BREAK SPACE}0.00 · "
        "ρ\N{NO-BREAK SPACE}-1.00"
    )
    assert cell_text.similarity_text(figures.similarity_of(5, "W")) == (
        "Top, cos, J undefined: therapist has no W codes\n"
        "ρ undefined: patient has a constant W profile"
    )
    assert cell_text.similarity_text(figures.similarity_of(15, "W")) == (
        "Top, cos, J, ρ undefined: patient has no included REs"
    )
    assert cell_text.similarity_text(None) == "–"


def test_reasons_name_the_narrator_and_filter_in_words() -> None:
    assert cell_text.friendly("therapist/all has no RS codes") == "therapist has no RS codes"
    assert cell_text.friendly("patient/about_partner has no included REs") == (
        "patient (about the partner) has no included REs"
    )


def test_an_unknown_dyad_has_no_figures(project: Project) -> None:
    comparison = project.ccrt_comparison(ANNA, "category")
    figures = build_figures(comparison, ViewChoice(dyad="D99", layer=ANNA))
    assert figures.side("patient", 5) is None and figures.similarity_of(5, "W") is None


def test_about_others_is_compared_by_the_cores_similarity(figures, project) -> None:
    comparison = project.ccrt_comparison(ANNA, "category")
    others = build_figures(comparison, ViewChoice(dyad="D01", layer=ANNA, scope="about_others"))
    # The patient's RE about her mother is about an other; the therapist's is about the patient.
    assert others.side("patient", 5).n_res_included == 1
    assert others.side("therapist", 5).n_res_included == 0
    assert others.similarity_of(5, "RS").spearman_reason == "therapist/about_others has no " + (
        "included REs"
    )


def test_layer_options_follow_blind_coding() -> None:
    coders = ["Anna", "Ben"]
    assert [o.label for o in layer_options(coders, False, "Anna")] == [
        "Consensus",
        "Anna (own coding)",
        "Ben (own coding)",
    ]
    assert [o.choice for o in layer_options(coders, True, "Ben")] == [
        CONSENSUS,
        LayerChoice(Layer.CODER, "Ben"),
    ]
    assert [o.label for o in layer_options(coders, True, None)] == ["Consensus"]
    assert [o.label for o in layer_options(coders, True, "Zoe")] == ["Consensus"]


def test_a_choice_is_described_in_one_line() -> None:
    choice = ViewChoice(dyad="ALL", layer=ANNA, level="category", scope="about_partner")
    assert describe(choice) == (
        "All dyads (pooled) · Anna layer · category level · about the partner"
    )
    assert scope_words("all") == "all REs"


def test_short_labels_keep_the_code_and_cut_at_a_word() -> None:
    assert short_label("W6", "To be loved and understood") == "W6 To be loved and understood"
    assert short_label("W3", "To be controlled, hurt and not responsible", 24) == (
        "W3 To be controlled…"
    )


def test_the_cache_drops_results_of_an_older_generation(project: Project) -> None:
    cache = ResultsCache()
    key = (ANNA, "category")
    first = cache.start(key)
    assert first is not None and cache.start(key) is None and cache.busy()
    cache.clear()  # the coding changed while computing
    assert not cache.put(key, first, project.ccrt_comparison(ANNA, "category"))
    second = cache.start(key)
    assert cache.put(key, second, project.ccrt_comparison(ANNA, "category"))
    assert cache.get(key) is not None and not cache.busy()


def test_the_fingerprint_changes_on_a_write_not_on_a_read(project_path: Path) -> None:
    with Project.open(project_path) as project:
        before = fingerprint(project_path)
        project.ccrt_results(ANNA)
        assert fingerprint(project_path) == before
        project.set_person_note("P01", "a new note")
        assert fingerprint(project_path) != before
