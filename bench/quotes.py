"""Benchmark the quotes plugin on PolNeAR (direct quotes with annotated speakers).

Usage::

    python bench/quotes.py [--data PATH/polnear_train.jsonl] [--sample N] [--limit N]

Measures, over every article of the file:

* direct-quote recall: a gold quote is found when one produced ``direct``
  quote covers at least half of the gold quote's characters (the quoted
  parts only: for a discontinuous gold quote the attribution in between is
  not counted; parts come from the BRAT files next to the JSONL);
* direct-quote precision: a produced ``direct`` quote is correct when at
  least half of it lies inside a gold quote. PolNeAR's JSONL keeps only
  attributed direct quotes, so the wrong ones are broken down with the
  BRAT files: inside another annotated attribution (partial, indirect or
  without source: the annotators saw speech there) or not annotated at all;
* speaker accuracy on found quotes whose gold speaker is a name (not a
  pronoun, not a description starting with an article): the produced
  canonical name shares a capitalised word (a surname) with the gold span;
* pronoun speakers: how often the toolkit resolves them to a name (``--sample``
  prints cases to check by hand);
* speed: milliseconds per article and per 1,000 words.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_NOT_SURNAMES = {"The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Sen", "President", "Gov", "Rep"}
_ARTICLES = ("the ", "a ", "an ", "one ", "this ", "that ", "some ", "another ", "two ")
_BRAT_CONTENT = re.compile(r"^(T\d+)\tContent ([\d ;]+)\t", re.M)


def load_rows(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return rows[:limit] if limit else rows


def brat_contents(path: Path, row: dict) -> list[list[tuple[int, int]]]:
    """Every annotated attribution content (as list of parts) of the row's annotator file."""
    ann = (
        path.parent / "attributions_train" / "attributions" / f"{row['id']}_{row['annotator']}.ann"
    )
    if not ann.exists():
        return []
    contents = []
    for match in _BRAT_CONTENT.finditer(ann.read_text(encoding="utf-8")):
        parts = [tuple(int(x) for x in piece.split()) for piece in match.group(2).split(";")]
        contents.append([(s, e) for s, e in parts])
    return contents


def gold_parts(quote: dict, contents: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    for parts in contents:
        if parts[0][0] == quote["quote_start"] and parts[-1][1] == quote["quote_end"]:
            return parts
    return [(quote["quote_start"], quote["quote_end"])]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covered(parts: list[tuple[int, int]], span: tuple[int, int]) -> float:
    total = sum(e - s for s, e in parts) or 1
    return sum(overlap(p, span) for p in parts) / total


def surnames(name: str) -> set[str]:
    words = {
        w.rstrip(".").removesuffix("'s").removesuffix("’s") for w in _CAPITALISED.findall(name)
    }
    return {w for w in words if w not in _NOT_SURNAMES and len(w) > 1}


def gold_is_name(quote: dict) -> bool:
    speaker = quote["speaker"].strip()
    if quote["speaker_is_pronoun"] or speaker.lower().startswith(_ARTICLES):
        return False
    return bool(surnames(speaker))


def analyse(text: str):  # noqa: ANN201
    from toolkit.models import Document, Report, Sentence
    from toolkit.plugins.quotes import analyze_quotes
    from toolkit.plugins.sentences import split_spans

    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(None, None, None, text)
    analyze_quotes(Document(text=text, sentences=sentences), report)
    return report


def run(path: Path, limit: int | None, sample: int) -> dict:
    rows = load_rows(path, limit)
    stats = {
        k: 0
        for k in (
            "gold",
            "found",
            "found_any",
            "produced",
            "correct",
            "other_attr",
            "unannotated",
            "named",
            "named_ok",
            "pronoun",
            "pronoun_named",
        )
    }
    timings: list[float] = []
    words = 0
    pronoun_cases: list[tuple[str, str, str | None, str]] = []
    misses: list[tuple[str, str]] = []
    for row in rows:
        text = row["text"]
        started = time.perf_counter()
        report = analyse(text)
        timings.append(time.perf_counter() - started)
        words += len(text.split())
        contents = brat_contents(path, row)
        gold = [(q, gold_parts(q, contents)) for q in row["quotes"]]
        direct = [q for q in report.quotes if q.kind == "direct"]
        for quote, parts in gold:
            stats["gold"] += 1
            hits = [q for q in direct if covered(parts, (q.start, q.end)) >= 0.5]
            if any(covered(parts, (q.start, q.end)) >= 0.5 for q in report.quotes):
                stats["found_any"] += 1
            if not hits:
                misses.append((row["id"], quote["quote"][:100]))
                continue
            stats["found"] += 1
            produced = hits[0]
            if gold_is_name(quote):
                stats["named"] += 1
                if produced.speaker and surnames(produced.speaker) & surnames(quote["speaker"]):
                    stats["named_ok"] += 1
            elif quote["speaker_is_pronoun"]:
                stats["pronoun"] += 1
                if produced.speaker and surnames(produced.speaker):
                    stats["pronoun_named"] += 1
                context = text[max(0, quote["speaker_start"] - 300) : quote["speaker_end"] + 20]
                pronoun_cases.append((row["id"], quote["speaker"], produced.speaker, context))
        all_gold_parts = [p for _, parts in gold for p in parts]
        for produced in direct:
            stats["produced"] += 1
            span = (produced.start, produced.end)
            length = (produced.end - produced.start) or 1
            if sum(overlap(p, span) for p in all_gold_parts) / length >= 0.5:
                stats["correct"] += 1
            elif any(overlap(p, span) for parts in contents for p in parts):
                stats["other_attr"] += 1
            else:
                stats["unannotated"] += 1
    stats["articles"] = len(rows)
    stats["ms_article"] = 1000 * statistics.mean(timings)
    stats["ms_1000_words"] = 1000 * sum(timings) / (words / 1000)
    if sample:
        rng = random.Random(7)
        for case in rng.sample(pronoun_cases, min(sample, len(pronoun_cases))):
            print(f"--- {case[0]}: gold {case[1]!r} -> {case[2]!r}\n{case[3]}\n", file=sys.stderr)
        for miss in rng.sample(misses, min(sample, len(misses))):
            print(f"MISS {miss[0]}: {miss[1]!r}", file=sys.stderr)
    return stats


def print_table(stats: dict) -> None:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"

    rows = [
        ("articles", str(stats["articles"])),
        ("direct recall (kind=direct)", pct(stats["found"], stats["gold"])),
        ("recall, any kind", pct(stats["found_any"], stats["gold"])),
        ("direct precision (vs JSONL gold)", pct(stats["correct"], stats["produced"])),
        (
            "precision counting other annotated attributions",
            pct(stats["correct"] + stats["other_attr"], stats["produced"]),
        ),
        ("  wrong: inside another annotated attribution", str(stats["other_attr"])),
        ("  wrong: not annotated at all", str(stats["unannotated"])),
        ("speaker = gold name (surname match)", pct(stats["named_ok"], stats["named"])),
        ("gold pronoun resolved to a name", pct(stats["pronoun_named"], stats["pronoun"])),
        ("ms per article (mean)", f"{stats['ms_article']:.2f}"),
        ("ms per 1,000 words", f"{stats['ms_1000_words']:.2f}"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"| {'-' * width} | --- |")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--sample", type=int, default=0, help="print N pronoun cases and misses")
    args = parser.parse_args()
    print_table(run(args.data, args.limit, args.sample))


if __name__ == "__main__":
    main()
