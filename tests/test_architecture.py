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
        "heavy = {'pandas', 'numpy', 'sqlalchemy', 'openpyxl', 'xlsxwriter'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
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


def _unit_of(module: str) -> str | None:
    """The architectural unit of a module: a layer, an analysis part or a GUI feature package."""
    parts = module.split(".")
    if parts[0] != "ccrt_coder" or len(parts) < 2:
        return None
    first = parts[1]
    if first == "__main__":  # `python -m ccrt_coder`: the CLI under another name
        return "cli"
    if first in ("gui", "analysis") and len(parts) > 2:
        if (PACKAGE / first / parts[2]).is_dir():
            return f"{first}/{parts[2]}"
        return first
    return first.removesuffix(".py")


def _package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for relative, names in _modules().items():
        module = "ccrt_coder." + relative.removesuffix(".py").replace("/", ".")
        source = _unit_of(module.removesuffix(".__init__"))
        if source is None:
            continue
        targets = {_unit_of(name) for name in names} - {None, source}
        graph.setdefault(source, set()).update(t for t in targets if t)
    return graph


def import_graph_text() -> str:
    """The import graph between layers and feature packages, as ARCHITECTURE.md shows it."""
    graph = _package_graph()
    width = max(map(len, graph))
    return "\n".join(
        f"{source:<{width}} → {', '.join(sorted(graph[source])) or '(nothing)'}"
        for source in sorted(graph)
    )


def test_architecture_md_shows_the_current_import_graph() -> None:
    document = (PACKAGE.parent / "ARCHITECTURE.md").read_text(encoding="utf-8")
    shown = document.split("```text import-graph\n", 1)[1].split("```", 1)[0].strip()
    assert shown == import_graph_text(), "regenerate with: python tests/test_architecture.py"


def test_no_cycles_between_packages() -> None:
    graph = _package_graph()
    visiting: list[str] = []
    done: set[str] = set()

    def visit(unit: str) -> None:
        assert unit not in visiting, " → ".join([*visiting[visiting.index(unit) :], unit])
        if unit in done:
            return
        visiting.append(unit)
        for target in sorted(graph.get(unit, ())):
            visit(target)
        visiting.pop()
        done.add(unit)

    for unit in sorted(graph):
        visit(unit)


if __name__ == "__main__":
    print(import_graph_text())
