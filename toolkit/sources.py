"""What a batch reads: files, folders (recursive, with a glob), JSON Lines
records and stdin, as a stream of :class:`Item` (texts are read lazily, by
whoever processes the item)."""

from __future__ import annotations

import fnmatch
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import InputError
from toolkit.inputs import DEFAULT_MAX_BYTES, STDIN, TEXT_SUFFIXES, read_text
from toolkit.web import is_url

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Item:
    """One document to process.

    ``text`` is None for files (read where the item is processed); ``error``
    is set when the item could not even be listed (a bad JSON line).
    """

    source: str
    id: str | None = None
    text: str | None = None
    error: str | None = None
    date: str | None = None  # JSON Lines: the record's --date-field

    @property
    def key(self) -> str:
        """What identifies the document in an output file (for --resume)."""
        return self.id if self.id is not None else self.source


@dataclass(frozen=True)
class SourceOptions:
    glob: str | None = None  # e.g. "*.txt"; default: TEXT_SUFFIXES and JSON Lines
    text_field: str = "text"
    id_field: str | None = None
    date_field: str | None = None


def _matches(path: Path, options: SourceOptions) -> bool:
    if options.glob:
        return any(fnmatch.fnmatch(path.name, g.strip()) for g in options.glob.split(","))
    return path.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES


def _folder_files(folder: Path, options: SourceOptions) -> list[Path]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and _matches(p, options))
    if not files:
        wanted = options.glob or ", ".join(f"*{s}" for s in TEXT_SUFFIXES + JSONL_SUFFIXES)
        raise InputError(f"{folder}: folder has no files matching {wanted}")
    return files


def _jsonl_items(lines: Iterable[str], name: str, options: SourceOptions) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(source, error=f"{source}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield Item(source, error=f"{source}: not a JSON object")
            continue
        raw_id = record.get(options.id_field) if options.id_field else None
        text = record.get(options.text_field)
        if not isinstance(text, str):
            yield Item(source, _as_id(raw_id), error=f"{source}: no text in '{options.text_field}'")
            continue
        raw_date = record.get(options.date_field) if options.date_field else None
        yield Item(source, _as_id(raw_id), text, date=_as_id(raw_date) or None)


def _as_id(value: object) -> str | None:
    return None if value is None else str(value)


def _jsonl_file(path: Path, options: SourceOptions) -> Iterator[Item]:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            yield from _jsonl_items(handle, str(path), options)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def _stdin_item(max_bytes: int) -> Item:
    try:
        return Item("<stdin>", text=read_text(STDIN, max_bytes))
    except InputError as exc:
        return Item("<stdin>", error=str(exc))


def iter_items(
    paths: Iterable[str],
    options: SourceOptions = SourceOptions(),
    jsonl_stdin: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Every document named by ``paths``, in order. Folders expand to their
    matching files (sorted); ``.jsonl`` files and, with ``jsonl_stdin``,
    stdin yield one item per record. Stdin is read here, files where the
    item is processed."""
    for raw in paths:
        if raw == STDIN:
            if jsonl_stdin:
                yield from _jsonl_items(sys.stdin, "<stdin>", options)
            else:
                yield _stdin_item(max_bytes)
            continue
        path = Path(raw)
        try:
            if is_url(raw):
                yield Item(raw)
                continue
        except InputError as exc:  # a URL of a scheme that is never fetched
            yield Item(raw, error=str(exc))
            continue
        if not path.exists():
            yield Item(raw, error=f"{raw}: no such file")
            continue
        for file in _folder_files(path, options) if path.is_dir() else [path]:
            if file.suffix.lower() in JSONL_SUFFIXES:
                yield from _jsonl_file(file, options)
            else:
                yield Item(str(file))


def is_single_document(paths: list[str], jsonl_stdin: bool = False) -> bool:
    """One plain file or stdin: output is one report, not a stream."""
    if len(paths) != 1:
        return False
    if paths[0] == STDIN:
        return not jsonl_stdin
    path = Path(paths[0])
    return not path.is_dir() and path.suffix.lower() not in JSONL_SUFFIXES


def count_items(paths: Iterable[str], options: SourceOptions = SourceOptions()) -> int | None:
    """How many items ``iter_items`` will yield (None if stdin is involved),
    counted without keeping any text, for progress bars."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == STDIN:
            return None
        if "://" in raw or not path.exists():
            total += 1
            continue
        try:
            files = _folder_files(path, options) if path.is_dir() else [path]
        except InputError:
            continue
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total
