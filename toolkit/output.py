"""Writing results: whole files atomically, JSON Lines streams line by line
so an interrupted run leaves no truncated line, and --resume."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def replace_whole(path: Path, write: Callable[[IO[str]], None]) -> None:
    """``path`` is replaced whole, or not at all: ``write`` fills a temporary
    file beside it, which is renamed over it at the end."""
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.resolve().parent, delete=False, suffix=".tmp"
    )
    try:
        with handle:
            write(handle)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(handle.name, 0o666 & ~mask)  # an ordinary new file's mode, not 0600
        os.replace(handle.name, path)
    except BaseException:
        os.unlink(handle.name)
        raise


def write_atomically(path: Path, text: str) -> None:
    """The file is replaced whole, or not at all."""

    def write(handle: IO[str]) -> None:
        handle.write(text)

    replace_whole(path, write)


def drop_partial_last_line(path: Path) -> None:
    """Cut a line left half-written by a killed run."""
    with path.open("rb+") as handle:
        data = handle.read()
        if data and not data.endswith(b"\n"):
            handle.truncate(data.rfind(b"\n") + 1)


def keys_done(path: Path) -> set[str]:
    """``id`` (or ``source``) of every complete record in a JSON Lines file."""
    done: set[str] = set()
    if not path.exists():
        return done
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            key = record.get("id", record.get("source")) if isinstance(record, dict) else None
            if key is not None:
                done.add(str(key))
    return done


class LineWriter:
    """Appends whole lines to a file (or writes them to a stream), each in
    one write and flushed, so a killed run leaves only complete lines."""

    def __init__(self, path: Path | None, stream: IO[str], resume: bool = False) -> None:
        self._stream = stream
        self._fd: int | None = None
        if path is not None:
            if resume and path.exists():
                drop_partial_last_line(path)
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o644)

    def write(self, line: str) -> None:
        if self._fd is None:
            self._stream.write(line)
            self._stream.flush()
            return
        data = line.encode("utf-8")
        while data:
            data = data[os.write(self._fd, data) :]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
