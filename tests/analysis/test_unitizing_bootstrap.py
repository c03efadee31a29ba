"""Unitizing alpha's cluster bootstrap: every replicate at once (unitizing_replicates.py) against
the coefficient of each replicate's texts built one by one and laid end to end."""

import random

import numpy as np
import pandas as pd
import pytest

from ccrt_coder.analysis.agreement.resampling import Resampler
from ccrt_coder.analysis.agreement.spans import unitizing_alpha
from ccrt_coder.analysis.reliability import (
    ClusterResampler,
    unitized_alpha_arrays,
    unitized_alpha_arrays_replicates,
    unitized_alpha_pooled,
    unitized_alpha_replicates,
)
from ccrt_coder.analysis.reliability import unitizing_replicates as module
from ccrt_coder.core.bootstrap import BootstrapSettings
from tests.analysis.test_agreement_unitizing import as_arrays, book_example, random_spans

B, SEED = 30, 4711


def study(seed: int, n_interviews: int = 7) -> tuple[list, list[int]]:
    """Random texts of 2-3 coders and categories x, y; some interviews hold two texts."""
    rng = random.Random(seed)
    coders = ["ann", "bob", "cy"][: rng.randint(2, 3)]
    texts, interview = [], []
    for i in range(n_interviews):
        for _ in range(rng.choice((1, 1, 2))):
            length = rng.randint(8, 70)
            texts.append((random_spans(rng, coders, length, "xy"), length))
            interview.append(i)
    return texts, interview


def reference(texts: list, interview: list[int], category: str | None) -> np.ndarray:
    """Each replicate built literally: the drawn interviews (the library's seeded draws, in the
    order drawn, repeats included), each with all its texts, laid end to end."""
    n = max(interview) + 1
    draws = np.random.default_rng(SEED).integers(0, n, size=(B, n))
    values = []
    for row in draws:
        drawn = [text for i in row for text, j in zip(texts, interview, strict=True) if j == i]
        result = unitized_alpha_pooled(drawn, category=category)
        values.append(np.nan if result.value is None else result.value)
    return np.array(values)


def text_weights(interview: list[int]) -> np.ndarray:
    """Row 0: the sample (every weight 1); then the library's B draws, per text."""
    draws = ClusterResampler(interview, b=B, seed=SEED).weights
    return np.vstack([np.ones(len(interview)), draws[:, interview]])


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("category", ["x", "y", None])
def test_row_0_is_the_exact_coefficient(seed: int, category: str | None) -> None:
    texts, interview = study(seed)
    values = unitized_alpha_replicates(texts, text_weights(interview), category=category)
    exact = unitized_alpha_pooled(texts, category=category)
    if exact.value is None:
        assert np.isnan(values[0])
    else:
        assert values[0] == pytest.approx(exact.value, abs=1e-12)


def test_row_0_of_krippendorffs_example() -> None:
    spans, length = book_example()
    for category in ("c", "k", None):
        values = unitized_alpha_replicates([(spans, length)], np.ones((1, 1)), category=category)
        exact = unitized_alpha_pooled([(spans, length)], category=category).value
        assert values[0] == pytest.approx(exact, abs=1e-12)


@pytest.mark.parametrize("dense", [True, False])
@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("category", ["x", None])
def test_replicates_equal_the_drawn_texts_laid_end_to_end(
    monkeypatch: pytest.MonkeyPatch, dense: bool, seed: int, category: str | None
) -> None:
    # both ways of multiplying the weights with the sparse tables: dense BLAS and gathered sums
    monkeypatch.setattr(module, "DENSE_ENTRIES", 10**9 if dense else 0)
    texts, interview = study(seed)
    got = unitized_alpha_replicates(texts, text_weights(interview), category=category)[1:]
    expected = reference(texts, interview, category)
    assert np.array_equal(np.isnan(got), np.isnan(expected))
    assert np.allclose(got, expected, rtol=0, atol=1e-9, equal_nan=True)
    assert np.isfinite(got).sum() > B // 2  # most replicates are defined: the test compares


def test_undefined_replicates_are_nan() -> None:
    # interview 1 holds the only units; a replicate without it has nothing marked
    marked = ({"a": [(0, 3, "x")], "b": [(1, 4, "x")]}, 10)
    empty = ({"a": [], "b": []}, 10)
    weights = np.array([[1, 1], [2, 0], [0, 2], [1, 3]])
    values = unitized_alpha_replicates([marked, empty], weights, category="x")
    assert np.isnan(values[2]) and np.isfinite(values[[0, 1, 3]]).all()
    assert values[1] == pytest.approx(unitized_alpha_pooled([marked, marked], category="x").value)
    one_coder = ({"a": [(0, 3, "x")]}, 10)
    assert np.isnan(unitized_alpha_replicates([one_coder], np.ones((2, 1)))).all()


def test_the_array_form_gives_the_exact_result_and_the_same_replicates() -> None:
    texts, interview = study(3)
    coders = tuple(texts[0][0])
    lengths, units = as_arrays(texts, coders, "x")
    weights = text_weights(interview)
    result, values = unitized_alpha_arrays_replicates(lengths, units, coders, "x", weights)
    exact = unitized_alpha_arrays(lengths, units, coders, "x")
    assert (result.value, result.observed, result.expected) == (
        exact.value,
        exact.observed,
        exact.expected,
    )
    assert np.allclose(values, unitized_alpha_replicates(texts, weights, category="x"), atol=1e-12)


def span_frame(texts: list, interview_ids: list[int], coders: tuple[str, ...]) -> pd.DataFrame:
    """One component's spans as the report gives them (category x), one row per span."""
    rows = [
        (interview_ids[t], position, begin, end)
        for t, (spans, _) in enumerate(texts)
        for position, coder in enumerate(coders)
        for begin, end, category in spans[coder]
        if category == "x"
    ]
    frame = pd.DataFrame(rows, columns=["interview_id", "coder", "start", "end"])
    return frame.assign(unit_id=np.arange(len(frame)), row=0, length=frame["end"] - frame["start"])


def test_the_report_draws_each_transcript_with_its_interview() -> None:
    # one transcript per interview (ids 10, 20, ...); the shared REs list the interviews in
    # another order than the transcripts (id order), so the clusters are numbered differently
    rng = random.Random(9)
    coders = ("ann", "bob", "cy")
    ids = [10 * (i + 1) for i in range(8)]
    texts = [(random_spans(rng, list(coders), n, "x"), n) for n in rng.sample(range(20, 90), 8)]
    shared = [ids[i] for i in (5, 2, 2, 7, 0, 1, 3, 4, 6, 0)]  # interview of each shared RE
    resampler = Resampler(np.array(shared), BootstrapSettings(replicates=B, seed=SEED))
    frame = pd.DataFrame({"interview_id": ids, "length": [n for _, n in texts]})
    result, span = unitizing_alpha(span_frame(texts, ids, coders), coders, frame, "x", resampler)
    assert result.value == unitized_alpha_pooled(texts, category="x").value
    order = list(dict.fromkeys(shared))  # cluster i is the i-th interview met in the REs
    draws = np.random.default_rng(SEED).integers(0, len(order), size=(B, len(order)))
    values = np.array(
        [
            unitized_alpha_pooled([texts[ids.index(order[d])] for d in row], category="x").value
            for row in draws
        ]
    )
    assert span is not None and (span.b, span.seed, span.n_clusters) == (B, SEED, 8)
    low, high = np.quantile(values, [0.025, 0.975])
    assert (span.low, span.high) == (pytest.approx(low, abs=1e-9), pytest.approx(high, abs=1e-9))
    assert span.se_boot == pytest.approx(values.std(ddof=1), abs=1e-9)
    assert span.n_undefined == 0


def test_no_interval_without_replicates_or_with_few_interviews() -> None:
    texts, _ = study(1, n_interviews=4)
    coders = tuple(texts[0][0])
    ids = list(range(len(texts)))
    frame = pd.DataFrame({"interview_id": ids, "length": [n for _, n in texts]})
    spans = span_frame(texts, ids, coders)
    for shared, replicates in ((ids, 0), (ids[:4], B)):
        resampler = Resampler(np.array(shared), BootstrapSettings(replicates=replicates))
        result, span = unitizing_alpha(spans, coders, frame, "x", resampler)
        assert span is None and result == unitizing_alpha(spans, coders, frame, "x")[0]
