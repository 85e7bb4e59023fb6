"""What ``toolkit summarize`` does once its options are parsed: list the
inputs, process them with the chosen engine, stream the output, report
problems, and decide the exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from toolkit.batch import Outcome, Settings, default_jobs, run_local
from toolkit.errors import OptionError, PluginError
from toolkit.output import LineWriter, keys_done, write_atomically
from toolkit.pipeline import validate
from toolkit.registry import Registry
from toolkit.sources import Item, SourceOptions, count_items, is_single_document, iter_items

TEXT_SEPARATOR = "\n" + "─" * 60 + "\n\n"


@dataclass
class Request:
    paths: list[str]
    settings: Settings
    fmt: str = "text"
    output: Path | None = None
    jobs: int | None = None  # None: all cores
    engine: str = "local"
    scheduler: str | None = None
    resume: bool = False
    quiet: bool = False
    jsonl_stdin: bool = False
    sources: SourceOptions = field(default_factory=SourceOptions)


def _report_problems(outcome: Outcome) -> None:
    for warning in outcome.warnings:
        sys.stderr.write(f"toolkit: warning: {outcome.source}: {warning}\n")
    if outcome.error:
        sys.stderr.write(f"toolkit: error: {outcome.error}\n")


def _render(outcome: Outcome, formatter: Any) -> str:
    try:
        rendered: str = formatter.function(outcome.report)
        return rendered
    except Exception as exc:
        raise PluginError(formatter, exc) from exc


def run_single(request: Request, registry: Registry) -> int:
    """One document: one report, written whole."""
    formatter = registry.get("formatter", request.fmt)
    items = iter_items(request.paths, request.sources, max_bytes=request.settings.max_bytes)
    outcome = next(run_local(items, request.settings, jobs=1))
    _report_problems(outcome)
    if outcome.report is None:
        return outcome.exit_code
    text = _render(outcome, formatter)
    if request.output is None:
        sys.stdout.write(text)
    else:
        write_atomically(request.output, text)
    return 0


def _engine(request: Request, items: Iterable[Item]) -> Iterator[Outcome]:
    jobs = request.jobs or default_jobs()
    if request.engine == "local":
        return run_local(items, request.settings, jobs)
    if request.engine == "dask":
        from toolkit.dask_engine import run_dask

        return run_dask(items, request.settings, request.scheduler)
    raise OptionError(f"unknown engine '{request.engine}' (available: dask, local)")


def _skip_done(items: Iterable[Item], done: set[str]) -> Iterator[Item]:
    return (item for item in items if item.key not in done)


@contextmanager
def _progress(total: int | None, enabled: bool) -> Iterator[Callable[[], None]]:
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("summarizing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("docs", total=total, rate="–")

        def advance() -> None:
            progress.advance(task)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:.1f}" if speed else "–")

        yield advance


def run_batch(request: Request, registry: Registry) -> int:
    """Many documents: a stream, one result per document as it is ready."""
    formatter = registry.get("formatter", request.fmt)
    streaming_json = request.fmt == "json"
    if request.resume and not (streaming_json and request.output):
        raise OptionError("--resume needs --format json and --output FILE")
    done = keys_done(request.output) if request.resume and request.output else set()
    if streaming_json:
        request = replace(request, settings=replace(request.settings, json_only=True))
    items = iter_items(
        request.paths, request.sources, request.jsonl_stdin, request.settings.max_bytes
    )
    show = not request.quiet and sys.stderr.isatty()
    total = count_items(request.paths, request.sources) if show else None
    if total is not None:
        total -= len(done)
    writer = LineWriter(request.output, sys.stdout, resume=request.resume)
    worst = 0
    first = True
    try:
        with _progress(total, show) as advance:
            for outcome in _engine(request, _skip_done(items, done)):
                _report_problems(outcome)
                worst = max(worst, outcome.exit_code)
                advance()
                if streaming_json:
                    writer.write(outcome.json_line())
                elif outcome.report is not None:
                    writer.write(("" if first else TEXT_SEPARATOR) + _render(outcome, formatter))
                    first = False
    finally:
        writer.close()
    return worst


def run_request(request: Request, registry: Registry) -> int:
    validate(request.settings.options, registry)
    if is_single_document(request.paths, request.jsonl_stdin) and not request.resume:
        return run_single(request, registry)
    return run_batch(request, registry)
