"""CPU time of the cleaning stage per document, this checkout against a commit.

The cleaners (the learned line classifier, the rules, white space) run on
four kinds of text: the bundled articles (``corpus/``), Reuters-21578 wire
copy, PolNeAR news articles and the scraped pages of
``../shared/data/web/pages_dev.jsonl``. The ``stage/`` rows time what the
pipeline does around the cleaners too: the metadata extractors, then the
cleaners, then the cleaned text's offsets mapped back to the input
(``toolkit.offsets``; a commit without that module skips it). Then the
whole pipeline (``pipeline.run``: summary, quotes, tone) on the Reuters and
bundled articles, for the stage's share. Each
code base runs in a fresh process (``BASE`` exported as in
``bench/commit_speed.py``), ``--rounds`` times, alternating, so load on a
shared machine falls on both alike; the figure is in-process CPU time
(``time.process_time``), the median of the rounds, each the best of three
passes over the documents (after one warm-up pass).

Usage (from the repository root)::

    nice .venv/bin/python bench/cleaning_speed.py BASE [--docs 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from commit_speed import REUTERS, export, last_line  # noqa: E402
from web_pages import DATA, PAGES  # noqa: E402

POLNEAR = DATA / "quotes" / "polnear_train.jsonl"

_MEASURE = """
import json, sys, time
from pathlib import Path
from toolkit.pipeline import clean, extract_metadata
from toolkit.registry import get_registry

registry = get_registry()
corpus, reuters, polnear, pages, docs = sys.argv[1:6]
sets = {
    "corpus": [p.read_text(encoding="utf-8") for p in sorted(Path(corpus).glob("*.txt"))],
    "reuters": [json.loads(l)["text"] for l, _ in zip(open(reuters), range(int(docs)))],
    "polnear": [json.loads(l)["text"] for l, _ in zip(open(polnear), range(int(docs)))],
    "pages": [json.loads(l)["scraped_text"] for l in open(pages)],
}
try:
    from toolkit import offsets
except ImportError:  # a commit before offsets were mapped back
    offsets = None

def stage(text):
    extract_metadata(text, registry)
    cleaned = clean(text, registry)
    if offsets is not None and cleaned != text:
        offsets.line_spans(offsets.align(cleaned, text), cleaned, text)

def best_ms(work, texts):
    for text in texts:
        work(text)
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text in texts:
            work(text)
        best = min(best, time.process_time() - started)
    return 1000 * best / len(texts)


result = {name: best_ms(lambda t: clean(t, registry), texts) for name, texts in sets.items()}
result.update({f"stage/{name}": best_ms(stage, texts) for name, texts in sets.items()})
from toolkit import pipeline
from toolkit.api import resolve_background

options = pipeline.Options(background=resolve_background("bundled"))
run = lambda t: pipeline.run(t, options, registry)
result["pipeline/reuters"] = best_ms(run, sets["reuters"])
result["pipeline/corpus"] = best_ms(run, sets["corpus"])
print(json.dumps(result))
"""


def measure(site: Path | None, docs: int) -> dict[str, float]:
    args = [str(REPO / "corpus"), str(REUTERS), str(POLNEAR), str(DATA / PAGES), str(docs)]
    return dict(json.loads(last_line(sys.executable, site, _MEASURE, *args)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"base": [], "head": []}
    with tempfile.TemporaryDirectory() as folder:
        site = export(args.base, Path(folder))
        for _ in range(args.rounds):
            for name, where in (("base", site), ("head", None)):
                runs[name].append(measure(where, args.docs))
    print(f"base {args.base}, {args.rounds} rounds, medians, CPU ms per document")
    print("| cleaning of (or the whole pipeline on) | base | head | head/base |")
    print("| --- | ---: | ---: | ---: |")
    kinds = ("corpus", "reuters", "polnear", "pages")
    for kind in (*kinds, *(f"stage/{k}" for k in kinds), "pipeline/reuters", "pipeline/corpus"):
        base, head = (statistics.median(r[kind] for r in runs[n]) for n in ("base", "head"))
        print(f"| {kind} | {base:.2f} | {head:.2f} | {head / base:.2f} |")


if __name__ == "__main__":
    main()
