"""Processing several documents: one outcome per source, failures kept
apart so one bad document never loses the others' results."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from toolkit.errors import ToolkitError
from toolkit.inputs import STDIN, read_text
from toolkit.models import Report
from toolkit.pipeline import Options, run
from toolkit.registry import Registry


@dataclass
class Outcome:
    source: str
    report: Report | None = None
    error: str | None = None
    exit_code: int = 0

    def to_record(self) -> dict[str, object]:
        if self.report is not None:
            return self.report.to_dict()
        return {"source": self.source, "error": self.error}


def display_name(source: str) -> str:
    return "<stdin>" if source == STDIN else source


def process(
    sources: Iterable[str],
    options: Options,
    registry: Registry,
    max_bytes: int,
    read: Callable[[str, int], str] = read_text,
) -> Iterator[Outcome]:
    for source in sources:
        name = display_name(source)
        try:
            text = read(source, max_bytes)
            report = run(text, replace(options, source=name), registry)
        except ToolkitError as exc:
            message = str(exc) if str(exc).startswith(f"{name}: ") else f"{name}: {exc}"
            yield Outcome(name, error=message, exit_code=exc.exit_code)
            continue
        yield Outcome(name, report=report)


def json_line(outcome: Outcome) -> str:
    return json.dumps(outcome.to_record(), ensure_ascii=False) + "\n"
