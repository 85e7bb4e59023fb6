"""Real article pages: how much of the article the toolkit keeps, and nothing else.

Data: ``../shared/data/web/pages_dev.jsonl`` (91 pages of the Zyte/Scrapinghub
article-extraction benchmark; see its PROVENANCE.md). Each page has its HTML,
its text as scraped (every visible line) and the article body marked by people.

Metric: the benchmark's own. Per page, the gold body and the prediction are cut
into ``\\w+`` tokens (case kept), every run of 4 tokens is a shingle (a text with
fewer tokens is one short shingle), shingles are compared as multisets, and
TP/FP/FN are divided by their sum so that long pages weigh no more than short
ones. Precision is the mean over pages that predicted something, recall the mean
over pages with a gold body, F1 = 2PR/(P+R).

Rows:

* ``scraped/rules``: the registered cleaners (``toolkit.pipeline.clean``) on the
  scraped text, what ``toolkit summarize page.txt`` analyses;
* ``scraped/raw``: the scraped text as is (the floor);
* ``html/<engine>``: ``toolkit.web.extract`` on the HTML with one extractor
  (``fallback``, the built-in one; ``trafilatura`` when installed); ``auto`` is
  what ``toolkit summarize page.html`` uses; ``+clean``: then the cleaners, as the
  pipeline runs them on the extracted text (``toolkit sentences page.html``).

Usage (from the repository root)::

    .venv/bin/python bench/web_pages.py [--data ../shared/data] [--limit N] [--show-worst K]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared/data beside the repository (a git worktree may sit one level deeper)
DATA = next(
    (up / "shared" / "data" for up in REPO.parents if (up / "shared" / "data").is_dir()),
    REPO.parent / "shared" / "data",
)
PAGES = Path("web") / "pages_dev.jsonl"

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i : i + size]) for i in range(count) if tokens[i : i + size])


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """(TP, FP, FN) of one page's shingles, normalised to sum to 1."""
    true, found = shingles(gold), shingles(predicted)
    tp = sum((true & found).values())
    fp = sum((found - true).values())
    fn = sum((true - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def summary(counts: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """Benchmark precision, recall and F1 over pages' (TP, FP, FN)."""
    counts = list(counts)
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def page_f1(gold: str, predicted: str) -> float:
    return summary([page_counts(gold, predicted)])["f1"]


def load_pages(data: Path = DATA, limit: int | None = None) -> list[dict[str, str]]:
    with (data / PAGES).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit] if limit else rows


def score(
    pages: list[dict[str, str]], predict: Callable[[dict[str, str]], str]
) -> tuple[dict[str, float], list[tuple[float, str]], int, float]:
    """(benchmark scores, [(page F1, id)], pages with no text, ms per page)."""
    counts, per_page, empty = [], [], 0
    started = time.perf_counter()
    for page in pages:
        predicted = predict(page)
        empty += not _TOKEN.search(predicted or "")
        counts.append(page_counts(page["article_body"], predicted))
        per_page.append((summary([counts[-1]])["f1"], page["id"]))
    milliseconds = 1000 * (time.perf_counter() - started) / max(1, len(pages))
    return summary(counts), per_page, empty, milliseconds


def predictors() -> dict[str, Callable[[dict[str, str]], str]]:
    from toolkit import web
    from toolkit.pipeline import clean
    from toolkit.plugins.html import trafilatura_extractor as html_trafilatura
    from toolkit.registry import get_registry

    registry = get_registry()

    def html(engine: str) -> Callable[[dict[str, str]], str]:
        return lambda page: _extract(web, page["html"], engine, registry)

    found: dict[str, Callable[[dict[str, str]], str]] = {
        "scraped/raw": lambda page: page["scraped_text"],
        "scraped/rules": lambda page: clean(page["scraped_text"], registry),
        "html/fallback": html("fallback"),
        "html/fallback+clean": lambda page: clean(html("fallback")(page), registry, extracted=True),
    }
    if html_trafilatura.available():
        found["html/trafilatura"] = html("trafilatura")
        found["html/auto"] = html("auto")
    return found


def _extract(web, html: str, engine: str, registry) -> str:  # type: ignore[no-untyped-def]
    try:
        return web.extract(html, engine=engine, registry=registry)[0]
    except Exception:  # a page an extractor fails on counts as a page without text
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N pages.")
    parser.add_argument("--only", default=None, help="Comma-separated row names to run.")
    parser.add_argument("--show-worst", type=int, default=0, help="List the K worst pages.")
    args = parser.parse_args()
    pages = load_pages(args.data, args.limit)
    rows = predictors()
    wanted = args.only.split(",") if args.only else list(rows)
    print(f"{len(pages)} pages of {args.data / PAGES}")
    print("| input/engine | precision | recall | F1 | pages without text | ms/page |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name in wanted:
        result, per_page, empty, ms = score(pages, rows[name])
        print(
            f"| {name} | {result['precision']:.3f} | {result['recall']:.3f} | "
            f"{result['f1']:.3f} | {empty} | {ms:.1f} |"
        )
        for f1, page_id in sorted(per_page)[: args.show_worst]:
            print(f"|   worst | {page_id[:16]} | | {f1:.3f} | | |")


if __name__ == "__main__":
    main()
