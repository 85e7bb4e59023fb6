"""How much quote extraction and tone add to the time of ``toolkit summarize``.

Usage::

    python bench/analysis_overhead.py [--polnear PATH] [--news PATH] [--polnear-n 300]
                                      [--news-n 1000] [--repeats 3]
    python bench/analysis_overhead.py --check OUT.jsonl [--polnear-n 0] [--news-n 1000]

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
tenth document is written a second time with ``tone_indirect``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

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


def write_check(out: Path, texts: list[str]) -> None:
    """The analyzers' output for every text, one JSON line each (for before/after diffs)."""
    from toolkit.api import resolve_background
    from toolkit.pipeline import Options, run
    from toolkit.registry import get_registry

    registry = get_registry()
    background = resolve_background("bundled")
    variants = (
        Options(background=background),
        Options(background=background, tone_indirect=True),
    )
    with out.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            # every tenth text also with tone_indirect (other tone aggregation)
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
        print_table(label, len(texts), measure(texts, args.repeats))


if __name__ == "__main__":
    main()
