"""The core names no built-in: the built-ins are entry points like any plugin,
and any one of them can be turned off without breaking a command."""

from __future__ import annotations

import ast
import re
import sys

import pytest
from typer.testing import CliRunner

from conftest import REPO, SEED
from toolkit.cli import app
from toolkit.registry import get_registry

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DECLARED = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "entry-points"
]["toolkit"]
# Where nothing can stand in: the one splitter, and the plugin of the default format.
NO_STAND_IN = {"sentences": "no splitter is loaded", "formatters": "unknown formatter 'text'"}


def _builtins() -> list[str]:
    return [info.name for info in get_registry().plugins if info.source == "builtin"]


def test_the_builtins_are_the_entry_points_declared_in_pyproject() -> None:
    assert sorted(_builtins()) == sorted(DECLARED)
    for info in get_registry().plugins:
        if info.source == "builtin":
            assert info.module == DECLARED[info.name] and info.status == "loaded"


# The output formats the command line promises: the default, and JSON, whose
# JSON Lines stream the core writes itself. The plugin that provides them can
# still be turned off (a one-line error then).
PROMISED_FORMATS = {"text", "json"}


def _builtin_names() -> set[str]:
    names = set(_builtins())
    for info in get_registry().plugins:
        if info.source == "builtin":
            names.update(n for kind in info.registered.values() for n in kind)
    return names - PROMISED_FORMATS


# the built-ins' package (not the config table [tool.toolkit.plugins.NAME])
PLUGIN_PACKAGE = re.compile(r"(?<![\w.])toolkit\.plugins\b")


def _keys(tree: ast.AST) -> set[int]:
    """Strings used as dict keys or subscripts (JSON fields, settings): not names."""
    keys: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys.update(id(key) for key in node.keys if key is not None)
        elif isinstance(node, ast.Subscript):
            keys.add(id(node.slice))
    return keys


def test_nothing_in_the_core_names_a_builtin_plugin() -> None:
    names = _builtin_names()
    assert {"tfidf", "position", "standard", "mmr", "quotes"} <= names  # the check sees them
    named = []
    for path in sorted((REPO / "toolkit").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        keys = _keys(tree)
        for node in ast.walk(tree):
            where = f"{path.name}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in keys and node.value in names:
                    named.append(f"{where}: {node.value!r}")
                elif PLUGIN_PACKAGE.search(node.value):
                    named.append(f"{where}: {node.value!r}")
            elif isinstance(node, ast.ImportFrom):
                if (node.module or "").startswith("toolkit.plugins"):
                    named.append(f"{where}: import {node.module}")
    assert named == []


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_every_builtin_can_be_turned_off(name: str) -> None:
    result = CliRunner().invoke(app, ["summarize", str(SEED), "--disable-plugin", name])
    if name in NO_STAND_IN:
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("toolkit: error: ")
        assert NO_STAND_IN[name] in lines[0]
    else:
        assert result.exit_code == 0, result.stderr
        assert "Putin" in result.stdout  # the report, in the default format
        assert "Traceback" not in result.stderr
