"""The Designer forms in ui/ and the Python that pyside6-uic made of them agree."""

from pathlib import Path

import pytest

from ui.compile_forms import UI_DIR, compiled, form_module, without_version

FORMS = sorted(UI_DIR.glob("*.ui"))


def test_there_are_forms() -> None:
    assert {f.stem for f in FORMS} >= {
        "coder_dialog",
        "project_settings",
        "export_dialog",
        "import_codes_dialog",
        "merge_dialog",
    }


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_the_compiled_form_is_up_to_date(ui_file: Path) -> None:
    committed = form_module(ui_file)
    assert committed.is_file(), f"run: python ui/compile_forms.py ({committed.name} is missing)"
    fresh = without_version(compiled(ui_file))
    assert without_version(committed.read_text(encoding="utf-8")) == fresh, (
        f"{ui_file.name} changed since it was compiled: run python ui/compile_forms.py"
    )
