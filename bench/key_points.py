"""Editors' key points and page furniture in the toolkit's summaries of real news pages.

Data: ``../shared/data/real_news/`` (39 page openings with furniture, gold in
``gold/NAME.json``; see its README). Each article is summarised at 3
sentences (``analyzers=[]``, cleaning on). Grading, as the data's README
recipe says: a key point is *hit* when a summary sentence has token F1 >= 0.8
with it; furniture *leaks* when a boilerplate line of 12 or more characters
appears inside a summary sentence (white space normalised).

    python bench/key_points.py [--data DIR] [--scorer SPEC ...] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def token_f1(a: str, b: str) -> float:
    x, y = Counter(tokens(a)), Counter(tokens(b))
    common = sum((x & y).values())
    if not common:
        return 0.0
    precision, recall = common / sum(x.values()), common / sum(y.values())
    return 2 * precision * recall / (precision + recall)


def normalise(text: str) -> str:
    return " ".join(text.split())


def grade(summary: list[str], gold: dict) -> tuple[int, list[str]]:
    """Key points hit, and the furniture lines that leak into the summary."""
    hits = sum(any(token_f1(s, point) >= 0.8 for s in summary) for point in gold["key_points"])
    leaks = [
        line
        for line in gold["boilerplate"]
        if len(normalise(line)) >= 12 and any(normalise(line) in normalise(s) for s in summary)
    ]
    return hits, leaks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "real_news")
    parser.add_argument("--scorer", action="append", default=[], help="scorer spec (repeatable)")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="print misses and leaks")
    args = parser.parse_args(argv)

    from toolkit.api import summarize

    articles = sorted((args.data / "articles").glob("*.txt"))
    if not articles:
        parser.error(f"no articles/*.txt under {args.data} (give the real_news folder)")
    print(f"{len(articles)} articles, {args.sentences} sentences, grading as the data's README")
    print("| scorer | key points hit (mean of 3) | articles with a leak | leaked lines |")
    print("| --- | ---: | ---: | ---: |")
    for spec in args.scorer or [None]:
        total_hits = leaking = leaked = 0
        for path in articles:
            gold = json.loads((args.data / "gold" / f"{path.stem}.json").read_text("utf-8"))
            text = path.read_text(encoding="utf-8")
            report = summarize(text, args.sentences, scorer=spec, analyzers=())
            summary = [s.text for s in report.summary]
            hits, leaks = grade(summary, gold)
            total_hits += hits
            leaking += bool(leaks)
            leaked += len(leaks)
            if args.show and (hits < len(gold["key_points"]) or leaks):
                print(f"\n{path.stem}: {hits} hit, leaks {leaks}")
                for s in summary:
                    print(f"   > {s[:150]}")
        name = spec or f"default ({report.scorer})"
        print(f"| {name} | {total_hits / len(articles):.2f} | {leaking} | {leaked} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
