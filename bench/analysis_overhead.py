"""How much quote extraction and tone add to the time of ``toolkit summarize``.

Usage::

    python bench/analysis_overhead.py [--polnear PATH] [--news PATH] [--polnear-n 300]
                                      [--news-n 1000] [--repeats 3]
    python bench/analysis_overhead.py --check OUT.jsonl [--polnear-n 0] [--news-n 1000]
    python bench/analysis_overhead.py --phases [--polnear-n 300] [--news-n 1000]

Runs the whole pipeline (``toolkit.pipeline.run``: cleaning, sentence split,
summary with the default scorers and the bundled background) on the same
documents three ways: ``analyzers=()`` (no quotes, no tone), quotes only,
and all analyzers (quotes and tone). Each configuration is timed
``--repeats`` times, interleaved, and the fastest run is kept. Times are CPU
seconds of this process (``time.process_time``): the machine is shared, and
CPU time with the minimum of several runs is the least noisy estimate. It also times the two
analyzers alone on already prepared documents. The overhead is
``(all - none) / none``; the target is at most one third.

``--check OUT`` times nothing: it writes the quotes, speakers and tone of every
document (the seed article, then all of PolNeAR train unless ``--polnear-n`` is
given, then ``--news-n`` Reuters texts) as JSON lines to ``OUT``, so the output
of two versions of the analyzers can be compared byte for byte (``cmp``). Every
tenth document is written a second time with ``tone_indirect=False``
(``--tone-direct-only``).

``--phases`` splits the quotes analyzer's time into its steps (tokenizing, quoted
spans, direct quotes, reported speech, reading names, resolving speakers, building the
quotes), timed by wrapping the functions ``analyze_quotes`` calls, next to the time
budget the target leaves (one third of the pipeline without analyzers). The steps are
timed with ``time.perf_counter``, whose calls cost far less than ``process_time``'s.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
DEFAULT_POLNEAR = DATA / "quotes" / "polnear_train.jsonl"
DEFAULT_NEWS = DATA / "news" / "reuters21578_lewis_test_articles.jsonl"
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"

CONFIGS: tuple[tuple[str, Sequence[str] | None], ...] = (
    ("none", ()),
    ("quotes", ("quotes",)),
    ("all", None),
)


def load_texts(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in itertools.islice(handle, limit)]


def _best(function: Callable[[], None], repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        started = time.process_time()
        function()
        timings.append(time.process_time() - started)
    return min(timings)


def measure(texts: list[str], repeats: int) -> dict[str, float]:
    from toolkit.api import resolve_background
    from toolkit.models import Report
    from toolkit.pipeline import Options, prepare, run
    from toolkit.plugins.quotes import analyze_quotes
    from toolkit.plugins.tone import analyze_tone
    from toolkit.registry import get_registry

    registry = get_registry()
    background = resolve_background("bundled")
    for text in texts[:5]:  # warm up: imports, VADER lexicon, caches
        run(text, Options(background=background), registry)

    timings: dict[str, list[float]] = {name: [] for name, _ in CONFIGS}
    for _ in range(repeats):
        for name, analyzers in CONFIGS:
            options = Options(analyzers=analyzers, background=background)
            timings[name].append(_best(lambda o=options: [run(t, o, registry) for t in texts], 1))
    result = {name: min(values) for name, values in timings.items()}

    documents = [prepare(text, Options(background=background), registry) for text in texts]
    reports = [Report(None, None, None, d.text, sentences=d.sentences) for d in documents]

    def quotes_alone() -> None:
        for document, report in zip(documents, reports, strict=True):
            analyze_quotes(document, report)

    def tone_alone() -> None:
        for document, report in zip(documents, reports, strict=True):
            analyze_tone(document, report)

    result["quotes alone"] = _best(quotes_alone, repeats)
    result["tone alone"] = _best(tone_alone, repeats)
    result["quotes found"] = sum(len(r.quotes) for r in reports)
    return result


def print_table(label: str, count: int, result: dict[str, float]) -> None:
    none = result["none"]
    overhead = (result["all"] - none) / none
    print(f"\n{label}: {count} documents, {int(result['quotes found'])} quotes")
    print("| configuration | seconds | ms per document |")
    print("| --- | --- | --- |")
    names = {
        "none": "pipeline, analyzers=()",
        "quotes": "pipeline, quotes only",
        "all": "pipeline, quotes + tone",
        "quotes alone": "quotes analyzer alone",
        "tone alone": "tone analyzer alone",
    }
    for key, name in names.items():
        print(f"| {name} | {result[key]:.3f} | {1000 * result[key] / count:.2f} |")
    print(f"| **overhead of quotes + tone** | {100 * overhead:+.1f}% | target <= +33.3% |")
    tone_share = (result["all"] - result["quotes"]) / result["quotes"]
    print(f"| **tone added to quotes only** | {100 * tone_share:+.1f}% | target <= +10% |")


# The steps of ``analyze_quotes``: the names it calls in its module, wrapped in turn.
PHASES: tuple[tuple[str, str], ...] = (
    ("tokenizing the document", "tokenize_columns"),
    ("quotation marks and quoted spans", "find_quote_spans"),
    ("direct and partial quotes", "classify_span"),
    ("reported speech", "find_indirect"),
    ("reading every personal name", "read_names"),
    ("resolving speakers", "Resolver"),
    ("building the quotes", "_to_quote"),
)


def phase_times(texts: list[str], repeats: int) -> dict[str, float]:
    """CPU seconds of each step of the quotes analyzer, and of both analyzers whole."""
    from toolkit.api import resolve_background
    from toolkit.models import Report
    from toolkit.pipeline import Options, prepare, run
    from toolkit.plugins import quotes
    from toolkit.plugins.tone import analyze_tone
    from toolkit.registry import get_registry

    registry = get_registry()
    background = resolve_background("bundled")
    none = Options(analyzers=(), background=background)
    result = {
        "pipeline, analyzers=()": _best(lambda: [run(t, none, registry) for t in texts], repeats)
    }
    documents = [prepare(text, Options(background=background), registry) for text in texts]
    reports = [Report(None, None, None, d.text, sentences=d.sentences) for d in documents]
    spent = dict.fromkeys([label for label, _ in PHASES], 0.0)
    originals = {name: getattr(quotes, name) for _, name in PHASES}
    for label, name in PHASES:
        setattr(quotes, name, _timed(originals[name], label, spent))
    try:
        started = time.perf_counter()  # the same clock as the steps: they fit inside it
        _analyze(quotes.analyze_quotes, documents, reports)
        result["quotes analyzer"] = time.perf_counter() - started
    finally:
        for name, original in originals.items():
            setattr(quotes, name, original)
    result.update(spent)
    result["the rest of the quotes analyzer"] = result["quotes analyzer"] - sum(spent.values())
    result["quotes analyzer, unwrapped"] = _best(
        lambda: _analyze(quotes.analyze_quotes, documents, reports), repeats
    )
    result["tone analyzer"] = _best(lambda: _analyze(analyze_tone, documents, reports), repeats)
    return result


_CLASS_TIMED = ("__init__", "resolve")


def _analyze(analyzer: Callable[..., None], documents: list[Any], reports: list[Any]) -> None:
    for document, report in zip(documents, reports, strict=True):
        analyzer(document, report)


def _timed(function: Any, label: str, spent: dict[str, float]) -> Any:
    """``function`` timed into ``spent[label]``; a class gets ``__init__`` and ``resolve`` timed."""
    if isinstance(function, type):
        methods = {name: _timed(getattr(function, name), label, spent) for name in _CLASS_TIMED}
        return type(function.__name__, (function,), methods)

    def wrapper(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - started

    return wrapper


def print_phases(label: str, count: int, result: dict[str, float]) -> None:
    budget = result["pipeline, analyzers=()"] / 3
    print(f"\n{label}: {count} documents, ms per document")
    print("| step | ms per document |")
    print("| --- | ---: |")
    for key, value in result.items():
        print(f"| {key} | {1000 * value / count:.3f} |")
    row = "**budget for quotes + tone (one third of the pipeline)**"
    print(f"| {row} | {1000 * budget / count:.3f} |")


def write_check(out: Path, texts: list[str]) -> None:
    """The analyzers' output for every text, one JSON line each (for before/after diffs)."""
    from toolkit.api import resolve_background
    from toolkit.pipeline import Options, run
    from toolkit.registry import get_registry

    registry = get_registry()
    background = resolve_background("bundled")
    variants = (
        Options(background=background),
        Options(background=background, tone_indirect=False),
    )
    with out.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            # every tenth text also with direct quotes only (other tone aggregation)
            for options in variants[: 1 + (number % 10 == 0)]:
                data = run(text, options, registry).to_dict()
                kept = {key: data[key] for key in ("quotes", "speakers", "tone", "warnings")}
                handle.write(json.dumps(kept, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(texts)} documents to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    parser.add_argument(
        "--polnear-n", type=int, default=None, help="default: 300, and all with --check"
    )
    parser.add_argument("--news-n", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--check", type=Path, help="write the analyzers' output here, no timing")
    parser.add_argument(
        "--phases", action="store_true", help="time each step of the quotes analyzer"
    )
    args = parser.parse_args()
    if args.check is not None:
        polnear_n = args.polnear_n if args.polnear_n is not None else 10**9
        texts = [SEED.read_text(encoding="utf-8")]
        texts += load_texts(args.polnear, polnear_n) + load_texts(args.news, args.news_n)
        write_check(args.check, texts)
        return
    for label, path, limit in (
        ("Reuters-21578", args.news, args.news_n),
        ("PolNeAR train", args.polnear, 300 if args.polnear_n is None else args.polnear_n),
    ):
        if limit <= 0:
            continue
        texts = load_texts(path, limit)
        if args.phases:
            print_phases(label, len(texts), phase_times(texts, args.repeats))
        else:
            print_table(label, len(texts), measure(texts, args.repeats))


if __name__ == "__main__":
    main()
