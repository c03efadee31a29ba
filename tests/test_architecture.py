"""The layering of shared/docs/architecture.md, enforced on every module's imports."""

import ast
import subprocess
import sys
from pathlib import Path

import ccrt_coder

PACKAGE = Path(ccrt_coder.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(where: str = "") -> dict[str, set[str]]:
    return {
        str(path.relative_to(PACKAGE)): _imports(path)
        for path in (PACKAGE / where).rglob("*.py")
        if "forms" not in path.parts
    }


def _offenders(modules: dict[str, set[str]], prefixes: tuple[str, ...]) -> dict[str, list[str]]:
    found = {
        module: sorted(n for n in names if n.split(".")[0] in prefixes or n.startswith(prefixes))
        for module, names in modules.items()
    }
    return {module: names for module, names in found.items() if names}


def test_the_core_never_imports_qt() -> None:
    core = {m: i for m, i in _modules().items() if not m.startswith("gui")}
    assert _offenders(core, ("PySide6", "shiboken6", "PyQt5", "PyQt6")) == {}


def test_only_storage_imports_sqlalchemy_and_alembic() -> None:
    outside = {m: i for m, i in _modules().items() if not m.startswith("storage")}
    assert _offenders(outside, ("sqlalchemy", "alembic")) == {}


def test_the_gui_and_the_cli_reach_lower_layers_only_through_the_use_cases() -> None:
    below = ("sqlalchemy", "sqlite3", "ccrt_coder.storage", "ccrt_coder.io", "ccrt_coder.analysis")
    for front in ("gui", "cli"):
        assert _offenders(_modules(front), (*below, "ccrt_coder.core")) == {}


def test_the_domain_facade_is_cheap_to_import() -> None:
    script = (
        "import sys, ccrt_coder.usecases.domain\n"
        "print(sorted({'pandas', 'numpy', 'sqlalchemy', 'openpyxl'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_analysis_and_io_take_plain_data() -> None:
    plain = {m: i for m, i in _modules().items() if m.startswith(("analysis", "io", "core"))}
    assert _offenders(plain, ("ccrt_coder.storage", "ccrt_coder.usecases.project", "sqlite3")) == {}


def test_nothing_outside_the_gui_imports_the_gui() -> None:
    outside = {m: i for m, i in _modules().items() if not m.startswith("gui")}
    offenders = _offenders(outside, ("ccrt_coder.gui",))
    # The CLI starts the GUI (no command, `screenshot`) through a function-level import.
    offenders.pop("cli/entry.py", None)
    offenders.pop("cli/gui_commands.py", None)
    assert offenders == {}
