"""``toolkit evaluate``: ROUGE of the toolkit's summaries against references.

Each record (a JSON object) has a text field and a reference field; the
reference is a string or a list of sentences. Every record is summarised
through the public API at the reference's length (its number of sentences;
a string reference is split with the toolkit's splitter) or at a fixed
``sentences``, once per scorer configuration, next to two baselines:
``lead`` (the first k sentences) and ``random`` (k sentences drawn with a
seeded generator, per record, so a run is reproducible and independent of
``--limit``). Scores are mean ROUGE-1/2/L F1 from the ``rouge-score``
package with Porter stemming.

This module is imported only when the command runs; ``rouge-score`` is
imported when scoring starts.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from toolkit.errors import InputError, OptionError, ToolkitError

METRICS = ("rouge1", "rouge2", "rougeL")
BASELINES = ("lead", "random")


def reference_text(reference: str | Sequence[str]) -> str:
    """The reference as one string (a list of sentences joined by newlines)."""
    return reference if isinstance(reference, str) else "\n".join(reference)


def reference_length(reference: str | Sequence[str]) -> int:
    """The reference's number of sentences."""
    if isinstance(reference, str):
        from toolkit.api import split_sentences

        return len(split_sentences(reference))
    return sum(1 for sentence in reference if sentence.strip())


def _field(record: Any, name: str, number: int) -> Any:
    if not isinstance(record, dict):
        raise InputError(f"record {number}: not a JSON object")
    if name not in record:
        raise InputError(f"record {number}: no field '{name}' (fields: {', '.join(record)})")
    value = record[name]
    is_list = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if not isinstance(value, str) and not is_list:
        raise InputError(f"record {number}: field '{name}' is not a string or list of strings")
    return value


def lead_indices(n: int, k: int) -> list[int]:
    return list(range(min(n, k)))


def random_indices(n: int, k: int, seed: int, record: int) -> list[int]:
    """k of n indices, drawn by a generator seeded with (seed, record number)."""
    rng = random.Random(f"{seed}:{record}")
    return sorted(rng.sample(range(n), min(n, k)))


class _Means:
    """Running means of ROUGE F1 per system."""

    def __init__(self) -> None:
        self.totals: dict[str, dict[str, float]] = {}
        self.counts: dict[str, int] = {}
        self.words: dict[str, int] = {}

    def add(self, system: str, scores: dict[str, Any], words: int) -> None:
        totals = self.totals.setdefault(system, dict.fromkeys(METRICS, 0.0))
        for metric in METRICS:
            totals[metric] += scores[metric].fmeasure
        self.counts[system] = self.counts.get(system, 0) + 1
        self.words[system] = self.words.get(system, 0) + words

    def row(self, system: str, kind: str) -> dict[str, Any]:
        count = self.counts.get(system, 0)
        row: dict[str, Any] = {"system": system, "kind": kind, "documents": count}
        totals = self.totals.get(system, {})
        for metric in METRICS:
            row[metric] = totals[metric] / count if count else None
        row["mean_words"] = self.words.get(system, 0) / count if count else None
        return row


def _make_scorer() -> Any:
    try:
        from rouge_score import rouge_scorer
    except ImportError as exc:
        raise ToolkitError(
            "toolkit evaluate needs the rouge-score package: pip install rouge-score"
        ) from exc
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def _summarizer(diversity: float) -> Callable[[str, int, str | None, Any], Any]:
    def run(text: str, k: int, spec: str | None, background: Any) -> Any:
        from toolkit.api import summarize

        return summarize(
            text,
            sentences=k,
            scorer=spec,
            diversity=diversity,
            analyzers=(),
            background=background,
        )

    return run


def evaluate(
    records: Iterable[dict[str, Any]],
    *,
    text_field: str = "text",
    reference_field: str = "reference",
    configs: Sequence[str] | None = None,
    sentences: int | None = None,
    baselines: Sequence[str] = BASELINES,
    seed: int = 0,
    progress: bool = False,
    background: Any = "bundled",
    diversity: float = 0.0,
    summarize: Callable[[str, int, str | None, Any], Any] | None = None,
) -> dict[str, Any]:
    """Mean ROUGE-1/2/L F1 of each scorer configuration and baseline.

    ``configs`` are scorer specs (None: the default mix); ``sentences`` None
    means k = the reference's sentence count. ``background`` is passed to
    :func:`toolkit.api.summarize` (``"bundled"``, a folder, a Background or
    None); ``diversity`` is the MMR λ of every configuration (baselines
    ignore it). ``summarize(text, k, spec, background)`` replaces the API call
    (it must return an object with ``.summary`` and ``.sentences``).
    Records with an empty text or reference are skipped and counted.
    """
    from toolkit.registry import get_registry
    from toolkit.selection import format_scorer_spec, parse_scorer_spec

    unknown = [name for name in baselines if name not in BASELINES]
    if unknown:
        raise OptionError(f"unknown baseline(s): {', '.join(unknown)}")
    if sentences is not None and sentences < 1:
        raise OptionError(f"sentences must be >= 1, got {sentences}")
    try:
        default = get_registry().default_weights()
        chosen: list[str | dict[str, float]] = list(configs) if configs else [default]
        specs = [format_scorer_spec(parse_scorer_spec(c)) for c in chosen]
    except ValueError as exc:
        raise OptionError(str(exc)) from exc
    specs = list(dict.fromkeys(specs))
    if background is not None and not hasattr(background, "df"):
        from toolkit.api import resolve_background

        background = resolve_background(background)
    if not 0 <= diversity <= 1:
        raise OptionError(f"diversity must be in [0, 1], got {diversity}")
    run = summarize or _summarizer(diversity)
    scorer = _make_scorer()
    means = _Means()
    items = list(records)
    skipped = 0
    for number, record in _progress(items, progress):
        text = _field(record, text_field, number)
        reference = _field(record, reference_field, number)
        text = reference_text(text)
        k = sentences if sentences is not None else reference_length(reference)
        target = reference_text(reference)
        if not text.strip() or not target.strip() or k < 1:
            skipped += 1
            continue
        document_sentences = None
        for spec in specs:
            report = run(text, k, spec, background)
            document_sentences = report.sentences
            summary = "\n".join(s.text for s in report.summary)
            means.add(spec, scorer.score(target, summary), _words(summary))
        if document_sentences is None:
            document_sentences = run(text, k, None, background).sentences
        for name in baselines:
            n = len(document_sentences)
            picked = lead_indices(n, k) if name == "lead" else random_indices(n, k, seed, number)
            summary = "\n".join(document_sentences[i].text for i in picked)
            means.add(f"{name}-k", scorer.score(target, summary), _words(summary))
    systems = [means.row(spec, "scorer") for spec in specs]
    systems += [means.row(f"{name}-k", "baseline") for name in baselines]
    return {
        "documents": len(items) - skipped,
        "diversity": diversity,
        "skipped": skipped,
        "length": "reference sentences" if sentences is None else f"{sentences} sentences",
        "seed": seed,
        "metric": "mean F1 (rouge-score, Porter stemming)",
        "systems": systems,
    }


def _words(text: str) -> int:
    return len(text.split())


def _progress(items: list[Any], enabled: bool) -> Iterator[tuple[int, Any]]:
    """Yield ``(record number from 1, record)``, with a progress bar on stderr if enabled."""
    if not enabled:
        yield from enumerate(items, start=1)
        return
    import click

    with click.progressbar(
        enumerate(items, start=1), length=len(items), label="evaluating", file=sys.stderr
    ) as bar:
        yield from bar


def format_table(result: dict[str, Any]) -> str:
    """The result as a plain-text table (F1 × 100)."""
    rows = result["systems"]
    width = max([len("system")] + [len(row["system"]) for row in rows])
    header = f"{'system':<{width}}  ROUGE-1  ROUGE-2  ROUGE-L  words"
    lines = [header, "-" * len(header)]
    for row in rows:
        cells = [_cell(row[m]) for m in METRICS]
        words = f"{row['mean_words']:5.0f}" if row["mean_words"] is not None else "    -"
        lines.append(f"{row['system']:<{width}}  " + "  ".join(cells) + f"  {words}")
    lines.append("")
    lines.append(
        f"{result['documents']} documents ({result['skipped']} skipped), length: "
        f"{result['length']}, {result['metric']}, random seed {result['seed']}"
    )
    return "\n".join(lines) + "\n"


def _cell(value: float | None) -> str:
    return f"{100 * value:7.2f}" if value is not None else "      -"


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` records of a JSONL file (blank lines ignored)."""
    records: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if limit is not None and len(records) >= limit:
                    break
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 ({exc.reason})") from None
    if not records:
        raise InputError(f"{path}: no records")
    return records


def _corpus(corpus: Path | None) -> str:
    if corpus is None:
        return "bundled"
    if not corpus.is_dir():
        raise InputError(f"{corpus}: --corpus must be a folder of .txt files")
    return str(corpus)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def evaluate_command(
    data: Annotated[Path, typer.Argument(help="JSONL file: one record per line.")],
    text_field: Annotated[str, typer.Option(help="Field holding the article text.")] = "text",
    reference_field: Annotated[
        str, typer.Option(help="Field holding the reference: a string or a list of sentences.")
    ] = "reference",
    scorer: Annotated[
        list[str] | None,
        typer.Option(help="Scorer spec to evaluate (repeatable; default: the default mix)."),
    ] = None,
    sentences: Annotated[
        int | None,
        typer.Option(min=1, help="Summary length; default: the reference's sentence count."),
    ] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="text or json.")] = (
        OutputFormat.text
    ),
    limit: Annotated[int | None, typer.Option(min=1, help="Use only the first N records.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the random-k baseline.")] = 0,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Background collection (folder of .txt) for IDF; default: bundled."),
    ] = None,
    diversity: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Redundancy control (MMR λ); 0 is off.")
    ] = 0.0,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """ROUGE-1/2/L F1 of summaries against reference summaries, next to Lead-k and random-k."""
    try:
        records = read_jsonl(data, limit)
        result = evaluate(
            records,
            text_field=text_field,
            reference_field=reference_field,
            configs=scorer,
            sentences=sentences,
            seed=seed,
            progress=progress,
            background=_corpus(corpus),
            diversity=diversity,
        )
    except ToolkitError as exc:
        typer.echo(f"toolkit: error: {exc}", err=True)
        raise typer.Exit(getattr(exc, "exit_code", 1)) from None
    result["data"] = str(data)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(result))
