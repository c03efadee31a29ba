"""A merged unit's uid must be new to the target: a uid the target uses in another layer, or
that an earlier source of the same merge adds, makes the layer a conflict."""

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

import pytest

from ccrt_coder.storage import merge_store
from ccrt_coder.usecases.merge_plan import LayerPlan
from tests.demo_file import demo_copy
from tests.test_merge import CODER_A, CODER_B, copy_without, preview, run_merge, units


@pytest.fixture
def original(tmp_path: Path) -> Path:
    (tmp_path / "study").mkdir()
    return demo_copy(tmp_path / "study")


def _take_uid(original: Path, path: Path, coder: str, donor: str) -> None:
    """One of ``coder``'s units (coder layer) in ``path`` gets the uid of one of ``donor``'s in
    the ``original`` study."""
    with closing(sqlite3.connect(original)) as connection:
        (uid,) = connection.execute(
            "SELECT min(u.uid) FROM coded_units u JOIN coders c ON c.id = u.coder_id "
            "WHERE c.name = ? AND u.layer = 'coder'",
            (donor,),
        ).fetchone()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE coded_units SET uid = ? WHERE id = (SELECT min(u.id) FROM coded_units u "
            "JOIN coders c ON c.id = u.coder_id WHERE c.name = ? AND u.layer = 'coder')",
            (uid, coder),
        )


def _layer(plan_layers: tuple[LayerPlan, ...], coder: str) -> LayerPlan:
    (layer,) = [x for x in plan_layers if (x.coder, x.layer) == (coder, "coder")]
    return layer


def test_a_uid_of_another_layer_of_the_target_is_a_conflict(original: Path, tmp_path: Path) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_A)
    _take_uid(original, source, CODER_B, CODER_A)  # A's unit is in the target, not in the source
    layer = _layer(preview(target, source).sources[0].layers, CODER_B)
    assert layer.status == "conflict"
    assert layer.detail == "unit uids used by other work: 1"


def test_a_uid_an_earlier_source_adds_is_a_conflict(original: Path, tmp_path: Path) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_A, CODER_B)
    copy_b = copy_without(original, tmp_path / "b.ccrt", CODER_A)
    copy_a = copy_without(original, tmp_path / "a.ccrt", CODER_B)
    _take_uid(original, copy_a, CODER_A, CODER_B)  # B's unit comes with the first source
    alone = _layer(preview(target, copy_a).sources[0].layers, CODER_A)
    assert alone.status == "new"  # on its own, the uid is new to the target
    result = run_merge(target, copy_b, copy_a)
    first, second = result.plan.sources
    assert _layer(first.layers, CODER_B).status == "new"
    layer = _layer(second.layers, CODER_A)
    assert (layer.status, layer.detail) == ("conflict", "unit uids used by other work: 1")
    coded = {(u[1], u[2].value) for u in units(target)}
    assert (CODER_B, "coder") in coded and (CODER_A, "coder") not in coded


def test_a_coder_copy_merge_reads_only_the_targets_layers_it_compares(
    original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = copy_without(original, tmp_path / "target.ccrt", CODER_B)
    source = copy_without(original, tmp_path / "source.ccrt", CODER_A)  # B's work, consensus
    read: list[set[tuple[str, str]]] = []
    real = merge_store.load_layers

    def noted(session: object, layers: Iterable[tuple[str, str]]) -> list:
        read.append(set(layers))
        return real(session, layers)  # type: ignore[arg-type]

    monkeypatch.setattr(merge_store, "load_layers", noted)
    result = run_merge(target, source)
    assert {layer.status for layer in result.plan.sources[0].layers} >= {"new"}
    names = {uid: name for uid, name in _coders(target)}
    (layers,) = read  # one read, of the layers the source has
    assert all(names[coder] != CODER_A or layer != "coder" for coder, layer in layers)
    assert len(units(target)) == len(units(original))


def _coders(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT uid, name FROM coders").fetchall()
