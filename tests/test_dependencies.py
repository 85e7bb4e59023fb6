"""Dependencies that tell the truth: what toolkit/ and plugins/ import at run
time is what pyproject.toml declares, and nothing declared goes unused."""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata

from conftest import REPO

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _name(requirement: str) -> str:
    """``"vaderSentiment>=3.3.2,<3.4"`` -> ``"vadersentiment"``."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _declared() -> tuple[set[str], set[str], set[str]]:
    """(unconditional runtime dependencies, ones with an environment marker, extras')."""
    runtime = {_name(r) for r in PROJECT["dependencies"] if ";" not in r}
    conditional = {_name(r) for r in PROJECT["dependencies"] if ";" in r}
    extras = {_name(r) for deps in PROJECT["optional-dependencies"].values() for r in deps}
    return runtime, conditional, extras


def _catches_import_error(node: ast.Try) -> bool:
    names = {"ImportError", "ModuleNotFoundError"}
    for handler in node.handlers:
        caught = handler.type
        elements = caught.elts if isinstance(caught, ast.Tuple) else [caught]
        if any(isinstance(e, ast.Name) and e.id in names for e in elements):
            return True
    return False


def _reads_package_files(node: ast.AST) -> bool:
    """``resources.files("package")``: the package's data is used, a use like an import."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "files"
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def _imports() -> tuple[set[str], set[str]]:
    """Top-level names of the third-party modules imported anywhere in toolkit/
    and plugins/: (required, optional). Optional: inside ``try: ... except
    ImportError``, where the code does without them."""
    required: set[str] = set()
    optional: set[str] = set()
    for path in [*(REPO / "toolkit").rglob("*.py"), *(REPO / "plugins").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.Try) and _catches_import_error(node)
            for statement in node.body
            for inner in ast.walk(statement)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            elif _reads_package_files(node):
                names = [node.args[0].value]  # type: ignore[attr-defined]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in ("toolkit", "__future__"):
                    continue
                (optional if id(node) in guarded else required).add(top)
    return required, optional


def _distributions(modules: set[str]) -> set[str]:
    providers = metadata.packages_distributions()
    found = set()
    for module in modules:
        # not installed here (tomli on Python >= 3.11): the module's own name
        found.update(_name(dist) for dist in providers.get(module, [module]))
    return found


def test_the_scan_sees_imports_and_their_distributions() -> None:
    required, optional = _imports()
    assert {"pluggy", "typer", "numpy", "vaderSentiment"} <= required
    assert "trafilatura" in optional
    assert _distributions({"sklearn"}) == {"scikit-learn"}


def test_every_runtime_import_is_declared_and_every_dependency_imported() -> None:
    runtime, _, _ = _declared()
    required, optional = _imports()
    assert _distributions(required) <= runtime, "imported without a guard, not declared"
    # a guarded import of a declared dependency still uses it (with a clear error if missing)
    assert runtime <= _distributions(required | optional), "declared, never imported"


def test_optional_imports_are_in_an_extra_or_conditional() -> None:
    runtime, conditional, extras = _declared()
    _, optional = _imports()
    assert _distributions(optional) - runtime <= extras | conditional


def test_libraries_only_for_training_are_not_runtime_dependencies() -> None:
    runtime, _, _ = _declared()
    assert not {"nltk", "scikit-learn"} & runtime
    train = {_name(r) for r in PROJECT["optional-dependencies"]["train"]}
    assert {"nltk", "scikit-learn"} <= train


def test_vader_is_pinned_to_the_lexicon_the_tone_tests_check() -> None:
    (vader,) = [r for r in PROJECT["dependencies"] if _name(r) == "vadersentiment"]
    assert "<3.4" in vader and ">=3.3.2" in vader
    assert metadata.version("vaderSentiment").startswith("3.3.")
