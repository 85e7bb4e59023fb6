"""What ``toolkit speakers`` does once its options are parsed: stream the
documents through the same engines as ``toolkit summarize`` (every core, or
Dask), fold each document's digest into a :class:`~toolkit.collection.Collection`
as it arrives, then write one output for the whole collection."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from toolkit.batch import Outcome
from toolkit.collection import Collection
from toolkit.errors import OptionError
from toolkit.output import replace_whole
from toolkit.registry import Registry
from toolkit.runner import Request, _engine, _progress, _report_problems
from toolkit.sources import count_items, iter_items
from toolkit.speakers_output import write_csv, write_json, write_jsonl
from toolkit.speakers_page import write_html
from toolkit.statements import digest_report


@dataclass
class SpeakersRequest:
    request: Request
    top: int = 25  # people with a section on the HTML page


def _write_page(top: int) -> Callable[[Collection, IO[str]], None]:
    return lambda collection, out: write_html(collection, out, top)


# --format NAME -> the writer, given --top
WRITERS: dict[str, Callable[[int], Callable[[Collection, IO[str]], None]]] = {
    "csv": lambda _: write_csv,
    "json": lambda _: write_json,
    "jsonl": lambda _: write_jsonl,
    "html": _write_page,
}


def _writer(fmt: str, top: int) -> Callable[[Collection, IO[str]], None]:
    make = WRITERS.get(fmt)
    if make is None:
        raise OptionError(f"unknown format '{fmt}' (available: {', '.join(WRITERS)})")
    return make(top)


def collect(request: Request) -> tuple[Collection, int]:
    """Every document's digest folded into a collection, and the worst exit code."""
    settings = replace(request.settings, digest=digest_report, json_only=False)
    request = replace(request, settings=settings)
    items = iter_items(request.paths, request.sources, request.jsonl_stdin, settings.max_bytes)
    show = not request.quiet and sys.stderr.isatty()
    total = count_items(request.paths, request.sources) if show else None
    collection = Collection()
    worst = 0
    with _progress(total, show, "reading speakers") as advance:
        for outcome in _engine(request, items):
            worst = max(worst, _fold(collection, outcome))
            advance()
    return collection, worst


def _fold(collection: Collection, outcome: Outcome) -> int:
    _report_problems(outcome)
    if outcome.data is None:
        collection.add_failure()
    else:
        collection.add(outcome.data)
    return outcome.exit_code


def _write(path: Path | None, write: Callable[[IO[str]], None]) -> None:
    """To stdout, or to ``path`` whole (a temporary file renamed at the end)."""
    if path is None:
        write(sys.stdout)
        return
    replace_whole(path, write)


def run_speakers(request: SpeakersRequest, registry: Registry) -> int:
    from toolkit.pipeline import validate

    write = _writer(request.request.fmt, request.top)
    validate(request.request.settings.options, registry)
    collection, worst = collect(request.request)
    try:
        _write(request.request.output, lambda out: write(collection, out))
    finally:
        collection.close()
    return worst
