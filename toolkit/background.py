"""Background statistics: document frequencies of a collection of texts.

A summary weighs a sentence's words by how rare they are in news in general,
so "said" or "year" count for little and "Kremlin" for much. The document
frequencies of a background collection (every ``*.txt`` below a directory,
the bundled ``corpus/`` folder by default) are counted once and cached on disk
as JSON, keyed by the directory's absolute path and invalidated when the
collection changes (file names, sizes and modification times).

Cache location, first that applies: the ``cache_dir`` argument, the
``TOOLKIT_CACHE_DIR`` environment variable, the user cache folder that
platformdirs gives (``$XDG_CACHE_HOME/toolkit``, else ``~/.cache/toolkit`` on
Linux). A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Bump when the tokenizer or the cache layout changes: old caches then miss.
CACHE_VERSION = 1

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text: str) -> list[str]:
    """Lower-cased words; apostrophes (straight or curly, given as ') kept inside words."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def tokenize(text: str) -> list[str]:
    """The terms counted for IDF: :func:`words`, possessive 's dropped."""
    return [token[:-2] if token.endswith("'s") else token for token in words(text)]


@dataclass
class Background:
    """Document frequencies of a background collection.

    ``df[term]`` is the number of documents containing ``term`` (tokens from
    :func:`tokenize`); ``n_docs`` the number of documents.
    """

    n_docs: int
    df: Mapping[str, int]
    directory: str | None = None
    fingerprint: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def tokenize(text: str) -> list[str]:
        return tokenize(text)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Background:
        """Count document frequencies of ``texts`` (no cache involved)."""
        df: Counter[str] = Counter()
        n_docs = 0
        for text in texts:
            n_docs += 1
            df.update(set(tokenize(text)))
        return cls(n_docs=n_docs, df=dict(df))


def bundled_corpus_dir() -> Path:
    """The directory of the texts shipped as the package ``toolkit.corpus``."""
    try:
        from importlib.resources import files

        resource = files("toolkit.corpus")
        candidate = Path(str(resource))
        if candidate.is_dir():
            return candidate
    except (ModuleNotFoundError, TypeError, ValueError):
        pass
    import toolkit

    return Path(toolkit.__file__).resolve().parents[1] / "corpus"


def default_cache_dir() -> Path:
    """Where caches go when no ``cache_dir`` is given (see the module docstring)."""
    override = os.environ.get("TOOLKIT_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("toolkit", appauthor=False))


def collection_files(directory: Path) -> list[Path]:
    """Every ``*.txt`` file below ``directory``, in a stable order."""
    return sorted(p for p in directory.rglob("*.txt") if p.is_file())


def fingerprint(directory: Path, files: list[Path] | None = None) -> str:
    """A hash of the collection's file names, sizes and modification times."""
    digest = hashlib.sha256(f"v{CACHE_VERSION}".encode())
    for path in files if files is not None else collection_files(directory):
        stat = path.stat()
        rel = path.relative_to(directory).as_posix()
        digest.update(f"{rel}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def cache_path(directory: Path, cache_dir: Path | None = None) -> Path:
    """The cache file of ``directory`` (keyed by its absolute path)."""
    key = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:20]
    return (cache_dir or default_cache_dir()) / f"background-{key}.json"


def _read_cache(path: Path, directory: Path, expected: str) -> Background | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return None
    if data.get("fingerprint") != expected or data.get("directory") != str(directory):
        return None
    df = data.get("df")
    n_docs = data.get("n_docs")
    if not isinstance(df, dict) or not isinstance(n_docs, int):
        return None
    return Background(n_docs=n_docs, df=df, directory=str(directory), fingerprint=expected)


def _write_cache(path: Path, background: Background) -> bool:
    """Write atomically (temp file + rename); False when it cannot be written."""
    payload = {
        "version": CACHE_VERSION,
        "directory": background.directory,
        "fingerprint": background.fingerprint,
        "n_docs": background.n_docs,
        "df": dict(background.df),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".background-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def _count(directory: Path, files: list[Path], stamp: str) -> Background:
    texts = (p.read_text(encoding="utf-8", errors="replace") for p in files)
    background = Background.from_texts(texts)
    background.directory = str(directory)
    background.fingerprint = stamp
    return background


def load_background(
    directory: Path | None = None, *, cache_dir: Path | None = None, rebuild: bool = False
) -> Background:
    """Document frequencies of ``directory`` (None: the bundled corpus), cached on disk.

    ``background.extras["cache"]`` tells how it was obtained: ``"hit"``,
    ``"built"`` (counted and written) or ``"unwritable"`` (counted, not cached).
    Raises ``FileNotFoundError`` when ``directory`` is not a directory.
    """
    directory = (Path(directory) if directory is not None else bundled_corpus_dir()).resolve()
    if not directory.is_dir():
        raise FileNotFoundError(f"background collection is not a directory: {directory}")
    files = collection_files(directory)
    stamp = fingerprint(directory, files)
    path = cache_path(directory, cache_dir)
    if not rebuild:
        cached = _read_cache(path, directory, stamp)
        if cached is not None:
            cached.extras["cache"] = "hit"
            cached.extras["cache_path"] = str(path)
            return cached
    background = _count(directory, files, stamp)
    background.extras["cache"] = "built" if _write_cache(path, background) else "unwritable"
    background.extras["cache_path"] = str(path)
    return background


def show_cache(directory: Path | None = None, *, cache_dir: Path | None = None) -> dict[str, Any]:
    """The state of a collection's cache, without building it."""
    directory = (Path(directory) if directory is not None else bundled_corpus_dir()).resolve()
    files = collection_files(directory) if directory.is_dir() else []
    path = cache_path(directory, cache_dir)
    cached = _read_cache(path, directory, fingerprint(directory, files)) if files else None
    return {
        "directory": str(directory),
        "files": len(files),
        "cache_path": str(path),
        "cache_exists": path.is_file(),
        "cache_valid": cached is not None,
        "n_docs": cached.n_docs if cached else None,
        "n_terms": len(cached.df) if cached else None,
    }


def corpus_command(directory: Path | None, rebuild: bool, cache_dir: Path | None = None) -> str:
    """The text ``toolkit corpus [DIR] [--rebuild]`` prints.

    Without ``rebuild`` it reports the cache state and builds the cache if it
    is missing or stale; with ``rebuild`` it always recounts.
    """
    before = show_cache(directory, cache_dir=cache_dir)
    if before["files"] == 0 and not Path(before["directory"]).is_dir():
        raise FileNotFoundError(f"not a directory: {before['directory']}")
    background = load_background(directory, cache_dir=cache_dir, rebuild=rebuild)
    state = {
        "hit": "up to date",
        "built": "rebuilt" if rebuild or before["cache_exists"] else "built",
        "unwritable": "counted, but the cache could not be written",
    }[background.extras["cache"]]
    if background.extras["cache"] == "built" and before["cache_exists"] and not rebuild:
        state = "rebuilt (the collection changed)"
    lines = [
        f"collection: {before['directory']}",
        f"documents:  {background.n_docs}",
        f"terms:      {len(background.df)}",
        f"cache:      {background.extras['cache_path']}",
        f"status:     {state}",
    ]
    return "\n".join(lines)
