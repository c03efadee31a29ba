"""AgreementResult invariants and the coding of ratings tables (missing values, categories)."""

import math

import numpy as np
import pandas as pd
import pytest

from ccrt_coder.analysis.reliability import AgreementInputError, AgreementResult, krippendorff_alpha
from ccrt_coder.analysis.reliability.ratings import MISSING, code_ratings, is_missing
from ccrt_coder.core.errors import InputError


def test_result_has_a_value_or_a_reason_never_both_or_neither():
    with pytest.raises(ValueError):
        AgreementResult(None)
    with pytest.raises(ValueError):
        AgreementResult(0.5, "why")
    assert AgreementResult(0.5).is_defined
    assert not AgreementResult(None, "no units").is_defined


def test_result_refuses_nan_and_converts_numpy_floats():
    with pytest.raises(ValueError):
        AgreementResult(math.nan)
    with pytest.raises(ValueError):
        AgreementResult(0.1, observed=math.inf)
    result = AgreementResult(np.float64(0.25), observed=np.float32(0.5))
    assert type(result.value) is float and type(result.observed) is float


def test_result_str_shows_value_or_reason():
    assert "0.2500" in str(AgreementResult(0.25, statistic="x"))
    assert "no units" in str(AgreementResult(None, "no units", statistic="x"))


def test_input_error_is_the_library_own_value_error():
    assert issubclass(AgreementInputError, ValueError)
    assert not issubclass(AgreementInputError, InputError)  # the library knows nothing of the app


@pytest.mark.parametrize("value", [None, math.nan, np.nan, np.float32("nan"), pd.NA, pd.NaT])
def test_missing_values(value):
    assert is_missing(value)


@pytest.mark.parametrize("value", [0, 0.0, "", "nan", False, "None"])
def test_non_missing_values(value):
    assert not is_missing(value)


def test_lists_numpy_and_dataframes_code_alike():
    rows = [[1, 2, None], [2, 2, 3], [None, None, 1]]
    as_list = code_ratings(rows)
    as_array = code_ratings(np.array(rows, dtype=float))
    as_frame = code_ratings(pd.DataFrame(rows, dtype="Int64"))
    assert as_list.categories == (1, 2, 3)
    assert as_array.categories == (1.0, 2.0, 3.0)
    assert as_frame.categories == (1, 2, 3)
    expected = [[0, 1, MISSING], [1, 1, 2], [MISSING, MISSING, 0]]
    for coded in (as_list, as_array, as_frame):
        assert coded.codes.tolist() == expected


def test_string_categories_sorted_and_unsortable_kept_in_order_of_appearance():
    assert code_ratings([["b", "a"], ["c", None]]).categories == ("a", "b", "c")
    assert code_ratings([["b", 1], [("t",), None]]).categories == ("b", 1, ("t",))


def test_given_categories_fix_order_and_add_unused_ones():
    coded = code_ratings([["low", "high"]], ["low", "mid", "high"])
    assert coded.categories == ("low", "mid", "high")
    assert coded.codes.tolist() == [[0, 2]]
    numeric = code_ratings(np.array([[3.0, 1.0]]), [3, 2, 1])
    assert numeric.codes.tolist() == [[0, 2]]


def test_rating_outside_the_given_categories_is_refused():
    with pytest.raises(AgreementInputError, match="'x'"):
        code_ratings([["x", "a"]], ["a", "b"])
    with pytest.raises(AgreementInputError, match="7"):
        code_ratings(np.array([[7.0, 1.0]]), [1, 2])


def test_malformed_tables_are_refused():
    with pytest.raises(AgreementInputError):
        code_ratings([[1, 2], [1]])
    with pytest.raises(AgreementInputError):
        code_ratings(["ab", "cd"])
    with pytest.raises(AgreementInputError):
        code_ratings(np.array([1.0, 2.0]))
    with pytest.raises(AgreementInputError):
        code_ratings([[1, 2]], [1, 1, 2])
    with pytest.raises(AgreementInputError):
        code_ratings([[[1], [2]]])  # lists are not hashable categories


def test_empty_tables():
    for empty in ([], np.empty((0, 3)), np.array([])):
        coded = code_ratings(empty)
        assert coded.n_units == 0 and coded.categories == ()
        result = krippendorff_alpha(empty)
        assert not result.is_defined
