"""The code's layout: no import cycles, imports a reader can follow, families as packages."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO

# where each top-level source folder is installed
PACKAGES = {"toolkit": "toolkit", "plugins": "toolkit.plugins"}


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of toolkit/ and plugins/."""
    found = {}
    for folder, dotted in PACKAGES.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = list(path.relative_to(REPO / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join([dotted, *parts])] = path
    return found


def _module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported, ``if TYPE_CHECKING:`` blocks
    included; an import inside a function (deferred on purpose, e.g. to keep
    start-up fast) runs only when the function is called, after every module
    has finished importing, so it cannot close a cycle."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.append(child)
            elif not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                pending.append(child)
    return found


def _imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of this code base that ``name`` imports at import time. ``from
    package import module`` is an edge to the module (the package itself is a
    parent, imported first in any case); ``from package import name`` is an edge
    to the package."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _module_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = package.split(".")
            base = base[: len(base) - node.level + 1]
            source = ".".join(base + ([node.module] if node.module else []))
        else:
            source = node.module or ""
        for alias in node.names:
            submodule = f"{source}.{alias.name}"
            targets.add(submodule if submodule in modules else source)
    return {target for target in targets if target in modules and target != name}


def _import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imported(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_is_read_from_the_sources() -> None:
    graph = _import_graph()
    assert "toolkit.plugins.quotes.direct" in graph
    assert "toolkit.plugins.text.tokens" in graph["toolkit.plugins.quotes.direct"]
    assert "toolkit.models" in graph["toolkit.pipeline"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles_in_toolkit_or_plugins() -> None:
    assert _cycles(_import_graph()) == []


def test_plugins_import_each_other_relatively() -> None:
    """``toolkit.plugins.x`` is a path that exists nowhere on disk (setuptools maps
    plugins/ there), so inside plugins/ an import of another plugin module is
    relative: a reader, an editor and mypy can follow it."""
    absolute = []
    for path in sorted((REPO / "plugins").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and not node.level:
                if (node.module or "").startswith("toolkit.plugins"):
                    absolute.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert absolute == []


def test_plugin_modules_are_packages_and_modules_named_for_their_idea() -> None:
    plugins = REPO / "plugins"
    loose = [p.name for p in plugins.glob("*.py") if p.name != "__init__.py"]
    assert loose == [], "every plugin module belongs to a family package"
    prefixed = [
        str(p.relative_to(plugins))
        for p in plugins.rglob("_*.py")
        if p.name != "__init__.py"
    ]
    assert prefixed == []
    for folder in plugins.rglob("*"):
        if folder.is_dir() and list(folder.glob("*.py")):
            init = folder / "__init__.py"
            assert init.is_file(), folder
            assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), init
