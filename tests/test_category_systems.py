"""Category systems: exports read back; a switch keeps coded units; new coding uses the active."""

import hashlib
import json
from pathlib import Path

import pytest

from ccrt_coder.core.categories import (
    Category,
    CategorySystem,
    CategorySystemSummary,
    choose_system,
)
from ccrt_coder.core.domain import Component, Span, Valence
from ccrt_coder.core.errors import InputError, NotFoundError
from ccrt_coder.core.records import UnitDraft
from ccrt_coder.paths import resource
from ccrt_coder.usecases.domain import NarratorRole
from ccrt_coder.usecases.export import ExportOptions
from ccrt_coder.usecases.project import Project
from tests.factories import TRANSCRIPT

EDITION3 = "CCRT standard categories, Edition 3 (clusters)"


def lab_system(name: str = "Lab items", version: str = "2") -> CategorySystem:
    return CategorySystem(
        name,
        version,
        (
            Category("LW1", "To be close", Component.W, "LW", description="closeness"),
            Category("LRO1", "Rejects, -me", Component.RO, "LRO", Valence.NEGATIVE),
            Category("LRS1", "=Withdraws", Component.RS, "LRS", Valence.NEGATIVE),
            Category("LRS2", "Opens up", Component.RS, "LRS", Valence.POSITIVE),
        ),
        description="A lab's own items",
    )


def _wish(project: Project, code: str) -> UnitDraft:
    start = TRANSCRIPT.index("I wanted her")
    re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
    coder = next(iter(project.coders()), None) or project.add_coder("Anna")
    span = Span(start, start + len("I wanted her to listen to me."))
    return UnitDraft(re_id, coder.id, Component.W, (span,), (code,))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_an_exported_system_reads_back(project: Project, tmp_path: Path, suffix: str) -> None:
    project.import_category_system(lab_system())
    out = project.export_category_system(tmp_path / f"lab{suffix}")
    back = project.read_category_file(out)
    assert back.categories == lab_system().categories  # formula-like labels come back as typed
    if suffix == ".json":
        assert back == lab_system()
        assert (back.description, back.uses_lu_direction) == ("A lab's own items", False)
    else:  # a table holds the categories; the name is the file's
        assert (back.name, back.version) == ("lab", "imported")


def test_exporting_to_an_unknown_type_writes_nothing(project: Project, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"lab\.txt: unsupported file type"):
        project.export_category_system(tmp_path / "lab.txt")
    assert list(tmp_path.glob("lab*")) == []


def test_units_keep_their_categories_and_new_coding_uses_the_active_system(
    project: Project, tmp_path: Path
) -> None:
    project.code_unit(_wish(project, "W6"))  # coded with Edition 3
    project.import_category_system(lab_system())  # and switched to the lab's
    with pytest.raises(InputError, match="unknown category 'W6' in Lab items"):
        project.code_unit(_wish(project, "W6"))  # refused where the write happens
    project.code_unit(_wish(project, "LW1"))
    overview = project.category_overview()
    assert overview.active.spec == "Lab items@2"
    assert overview.unit_counts == {"LW1": 1}
    assert overview.units_outside(overview.active.id) == 1
    assert overview.units_outside(None) == 2  # were another system imported
    assert [(s.name, s.n_units, s.active) for s in overview.systems] == [
        (EDITION3, 1, False),
        ("Lab items", 1, True),
    ]
    re_id = project.find_re("D01", NarratorRole.PATIENT, 5, 1)
    assert sorted(u.draft.categories for u in project.units([re_id])) == [("LW1",), ("W6",)]


def test_analyses_and_exports_name_the_categories_of_a_former_system(
    project: Project, tmp_path: Path
) -> None:
    project.code_unit(_wish(project, "W6"))
    project.import_category_system(lab_system())
    layer = project.choose_layer(coder="Anna")
    scope = project.ccrt_results(layer).scope("D01", "patient", 5)
    stats = {s.code: s.label for s in scope.profile("W", "category").stats}
    assert stats["W6"] == "To be loved and understood"
    report = project.export(tmp_path / "out.csv", ExportOptions(sheets=("units", "ccrt")))
    units = (tmp_path / "out-units.csv").read_text(encoding="utf-8-sig")
    assert "W6,To be loved and understood,W6" in units
    ccrt = (tmp_path / "out-ccrt.csv").read_text(encoding="utf-8-sig")
    assert "W6,To be loved and understood" in ccrt
    assert report is not None


def test_switching_by_name_or_name_and_version(project: Project) -> None:
    project.import_category_system(lab_system(version="1"))
    project.import_category_system(lab_system(version="2"), activate=False)
    assert project.category_system().version == "1"
    with pytest.raises(InputError, match="several versions of 'Lab items'"):
        project.activate_category_system("Lab items")
    assert project.activate_category_system("Lab items@2").version == "2"
    assert project.activate_category_system(EDITION3).name == EDITION3
    with pytest.raises(NotFoundError, match=r"no category system 'Nope'.*stored: CCRT"):
        project.activate_category_system("Nope")
    assert project.category_system().name == EDITION3


def test_a_name_holding_an_at_sign_is_found_whole() -> None:
    stored = [CategorySystemSummary(1, "Lab @ Ulm", "1", 3, 0, True)]
    assert choose_system(stored, "Lab @ Ulm").id == 1
    assert choose_system(stored, "Lab @ Ulm@1").id == 1


def test_a_bad_file_names_its_line_and_leaves_the_project_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "study.ccrt"
    Project.create(path).close()
    before = digest(path)
    bad = tmp_path / "lab.json"
    bad.write_text('{"name": "Lab",\n "categories": [\n  {"code": "X1",}\n ]}\n', encoding="utf-8")
    with Project.open(path) as project, pytest.raises(InputError, match=r"lab\.json: line 3"):
        project.import_category_file(bad)
    assert digest(path) == before
    table = tmp_path / "lab.csv"
    table.write_text("code,label,component,cluster\nX1,Odd,XX,X\n", encoding="utf-8")
    with Project.open(path) as project, pytest.raises(InputError, match=r"lab\.csv.*row 2"):
        project.import_category_file(table)
    assert digest(path) == before


def test_the_json_export_is_the_shipped_format(project: Project, tmp_path: Path) -> None:
    out = project.export_category_system(tmp_path / "e3.json")
    exported = json.loads(out.read_text(encoding="utf-8"))
    shipped = json.loads(resource("categories", "edition3_clusters.json").read_text("utf-8"))
    assert exported == shipped
