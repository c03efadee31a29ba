"""The GUI speaks German when asked: complete, up-to-date translations and the language setting."""

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from ccrt_coder.gui.language import install_language
from ccrt_coder.gui.shell.app import make_main_window
from ccrt_coder.gui.ui_settings import UiSettings
from ui.update_translations import LANGUAGES, TRANSLATIONS, release, ts_file, update_ts

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def _messages(language: str) -> list[ET.Element]:
    return list(ET.parse(ts_file(language)).iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_holds_every_gui_string(tmp_path: Path, language: str) -> None:
    shutil.copy(ts_file(language), tmp_path)
    fresh = update_ts(language, tmp_path)
    assert fresh.read_text(encoding="utf-8") == ts_file(language).read_text(encoding="utf-8"), (
        "GUI strings changed: run python ui/update_translations.py and translate what is new"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_built_from_the_ts(tmp_path: Path, language: str) -> None:
    built = tmp_path / "fresh.qm"
    release(ts_file(language), built)
    committed = TRANSLATIONS / f"ccrt_coder_{language}.qm"
    assert committed.read_bytes() == built.read_bytes(), "run python ui/update_translations.py"


def test_every_german_message_is_translated_with_its_placeholders() -> None:
    messages = _messages("de")
    assert len(messages) > 500
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"not finished: {source!r}"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), f"empty translation: {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"placeholders differ: {source!r} -> {text!r}"
            )
            assert ("&" in text) == ("&" in source.replace("&amp;", "")), f"accelerator: {source!r}"


def test_english_plural_forms_are_given() -> None:
    plurals = [m for m in _messages("en") if m.get("numerus") == "yes"]
    assert plurals
    for message in plurals:
        assert [f.text for f in message.iter("numerusform")][1].replace("(", "") != ""


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _accelerators(menu: QMenu) -> list[str]:
    keys = []
    for action in menu.actions():
        match = re.search(r"&([^&])", action.text())
        if match:
            keys.append(match.group(1).lower())
    return keys


def test_the_window_speaks_german_and_the_setting_switches_back(qtbot) -> None:
    UiSettings().set_language("de")
    window = make_main_window(persistent=True)
    qtbot.addWidget(window)
    assert _menu_titles(window)[:4] == ["&Datei", "&Bearbeiten", "&Kodieren", "&Ansicht"]
    assert window.new_action.text() == "&Neues Projekt…"
    for action in window.menuBar().actions():
        keys = _accelerators(action.menu())
        assert len(keys) == len(set(keys)), f"clashing accelerators in {action.text()}: {keys}"
    dialog = window.menus.show_shortcuts()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Tastenkürzel"
    window.language.choose("en")
    assert "nächsten Start" in window.statusBar().currentMessage()
    window.close()

    english = make_main_window(persistent=True)  # the next start reads the stored choice
    qtbot.addWidget(english)
    assert _menu_titles(english)[:4] == ["&File", "&Edit", "&Code", "&View"]
    assert english.language.actions["en"].isChecked()
    for action in english.menuBar().actions():
        keys = _accelerators(action.menu())
        assert len(keys) == len(set(keys)), f"clashing accelerators in {action.text()}: {keys}"


def test_plural_forms_follow_the_count(qapp) -> None:
    from ccrt_coder.gui.widgets.terms import count

    install_language(qapp, "en")
    assert (count(1, "RE"), count(3, "unit")) == ("1 RE", "3 units")
    install_language(qapp, "de")
    assert (count(1, "unit"), count(3, "unit")) == ("1 Einheit", "3 Einheiten")


def test_every_translate_call_names_its_context_literally() -> None:
    """lupdate reads the context only from a string literal: a variable hides the message.
    (Marked constants looked up at run time, ``translate(context, CONSTANT)``, are fine.)"""
    import ast

    hidden = []
    for path in sorted((Path(__file__).resolve().parents[2] / "ccrt_coder" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)  # a message written here, whose
                and not isinstance(node.args[0], ast.Constant)  # context lupdate cannot read
            ):
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []
