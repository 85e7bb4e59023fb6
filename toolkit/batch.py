"""Processing many documents: one :class:`Outcome` per item, in input order,
on one core or many. A document that fails becomes an error outcome; it
never stops or loses the others."""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from toolkit.errors import ToolkitError, describe
from toolkit.inputs import DEFAULT_MAX_BYTES, STDIN
from toolkit.models import Report
from toolkit.pipeline import Options, run
from toolkit.sources import Item

if TYPE_CHECKING:
    from toolkit.registry import Registry


@dataclass(frozen=True)
class Settings:
    """What every worker needs, sent to each worker once."""

    options: Options
    disable: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    json_only: bool = False  # workers send back the JSON line, not the whole Report


@dataclass
class Outcome:
    source: str
    id: str | None = None
    report: Report | None = None
    error: str | None = None
    exit_code: int = 0
    warnings: list[str] = field(default_factory=list)
    line: str | None = None

    @property
    def key(self) -> str:
        return self.id if self.id is not None else self.source

    def json_line(self) -> str:
        if self.line is None:
            self.line = json.dumps(self.to_record(), ensure_ascii=False) + "\n"
        return self.line

    def as_json_only(self) -> Outcome:
        """The same outcome with its JSON line made and the Report dropped
        (much less to send back from a worker process)."""
        self.json_line()
        return replace(self, report=None)

    def to_record(self) -> dict[str, Any]:
        if self.report is not None:
            record = self.report.to_dict()
        else:
            record = {"source": self.source, "error": self.error}
        if self.id is not None:
            record["id"] = self.id
        return record


def display_name(source: str) -> str:
    return "<stdin>" if source == STDIN else source


def process_item(item: Item, settings: Settings) -> Outcome:
    """Read and process one item; every failure becomes an error outcome."""
    from toolkit.registry import get_registry

    name = display_name(item.source)
    if item.error:
        return Outcome(name, item.id, error=item.error, exit_code=2)
    try:
        registry = get_registry(settings.disable)
        text, metadata, extracted = _load(item, settings.max_bytes, registry)
        options = replace(settings.options, source=name, metadata=metadata, extracted=extracted)
        report = run(text, options, registry)
        outcome = Outcome(name, item.id, report=report, warnings=list(report.warnings))
        return outcome.as_json_only() if settings.json_only else outcome
    except ToolkitError as exc:
        message = str(exc) if str(exc).startswith(f"{name}: ") else f"{name}: {exc}"
        return Outcome(name, item.id, error=message, exit_code=exc.exit_code)
    except Exception as exc:  # a bug must cost one document, not the batch
        return Outcome(name, item.id, error=f"{name}: internal error: {describe(exc)}", exit_code=1)


def _load(item: Item, max_bytes: int, registry: Registry) -> tuple[str, dict[str, str], bool]:
    """The item's text, any metadata its HTML declared, and whether it was HTML."""
    from toolkit import web

    if item.text is None:
        return web.read_document(item.source, max_bytes, registry=registry)
    if web.looks_like_html(item.text, item.source):
        return (*web.extract(item.text, registry=registry), True)
    return item.text, {}, False


_worker_settings: Settings | None = None
CHUNK_SIZE = 16


def _init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    from toolkit.registry import get_registry

    get_registry(settings.disable)  # load plugins once per worker


def _process_chunk_in_worker(chunk: list[Item]) -> list[Outcome]:
    assert _worker_settings is not None
    return [process_item(item, _worker_settings) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_local(items: Iterable[Item], settings: Settings, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order, with ``jobs`` worker processes (1: in this process).

    Items go to workers in chunks of ``CHUNK_SIZE`` (a task costs more to send
    than a short article costs to process), and at most a few chunks per
    worker are in flight, so memory stays flat however long the input is.
    """
    if jobs <= 1:
        for item in items:
            yield process_item(item, settings)
        return
    in_flight: deque[Future[list[Outcome]]] = deque()
    limit = jobs * 4
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        for chunk in _chunks(items, CHUNK_SIZE):
            in_flight.append(pool.submit(_process_chunk_in_worker, chunk))
            if len(in_flight) >= limit:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
