"""The cleaning model's compiled trees, cached on disk between runs.

Compiling a forest into one Python function (``model``) takes 15 to 30 ms; a
process that only walks the trees pays about three times as much per line.
The compiled code is kept in the toolkit's cache folder (where the background
counts go: ``TOOLKIT_CACHE_DIR``, else the user cache folder), as Python keeps
a module's bytecode in ``__pycache__``: the next process loads it in well
under a millisecond and scores its first page compiled.

A cache file is named for the model file's content, the forest, the code
generator's version and the interpreter's bytecode magic number, so a retrained
model, a changed generator or another Python never reads a stale one. A file
that cannot be read, written or loaded is ignored (the trees are walked, or
compiled again).
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

# Bump when the generated code changes (model._compile / model._node).
GENERATOR_VERSION = 2

Total = Callable[[list[float]], float]


def cache_key(model_text: str, forest: str) -> str:
    """The key of one forest of the model file whose text is ``model_text``."""
    digest = hashlib.sha256(model_text.encode("utf-8")).hexdigest()[:20]
    magic = importlib.util.MAGIC_NUMBER.hex()
    return f"cleaning-trees-{digest}-{forest}-g{GENERATOR_VERSION}-{magic}"


def _path(key: str) -> Path | None:
    try:
        from toolkit.background import default_cache_dir

        return default_cache_dir() / f"{key}.marshal"
    except Exception:  # noqa: BLE001 - no cache folder: no cache
        return None


def load(key: str) -> Total | None:
    """The compiled function stored under ``key``, or None."""
    path = _path(key)
    if path is None:
        return None
    try:
        code = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return function_of(code) if isinstance(code, CodeType) else None


def store(key: str, code: CodeType) -> None:
    """Write ``code`` under ``key`` (atomically; nothing when it cannot)."""
    path = _path(key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(code))
        os.replace(temporary, path)
    except (OSError, ValueError):
        return


def function_of(code: CodeType) -> Total | None:
    """The ``total`` function the module code ``code`` defines, or None."""
    namespace: dict[str, Any] = {}
    try:
        exec(code, namespace)  # noqa: S102 - code this module's caller generated
    except Exception:  # noqa: BLE001 - a damaged cache file: compile again
        return None
    total = namespace.get("total")
    return total if callable(total) else None
