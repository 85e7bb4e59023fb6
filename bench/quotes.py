"""Benchmark the quotes plugin on PolNeAR (direct quotes with annotated speakers).

Usage::

    python bench/quotes.py [--data PATH/polnear_train.jsonl] [--sample N] [--limit N]

Measures, over every article of the file (see docs/quotes.md for why the
targets are judged on the figures marked "target"):

* recall: a gold quote is found when one produced quote covers at least half
  of the gold quote's characters (the quoted parts only: for a discontinuous
  gold quote the attribution in between is not counted; parts come from the
  BRAT files next to the JSONL). Target: produced ``direct`` or ``partial``
  (PolNeAR's "direct" is verbatim quotation, embedded phrases included); also
  reported for ``direct`` only and for any kind;
* precision of produced ``direct`` quotes: correct when at least half of the
  quote's characters (its parts) lie inside the content spans of the
  article's BRAT attributions of any kind (direct, partial, indirect, without
  source). Also reported strictly, against the JSONL gold direct quotes only,
  and for ``direct`` + ``partial`` quotes;
* speaker accuracy on found quotes whose gold speaker is a name (not a
  pronoun, not a description starting with an article): the produced
  canonical name shares a capitalised word (a surname) with the gold span;
* pronoun speakers: how often the toolkit resolves them to a name
  (``--sample N`` prints N pronoun cases to check by hand, and N misses,
  unannotated direct quotes and speaker errors, to stderr);
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


def quoted_spans(quote) -> list[tuple[int, int]]:  # noqa: ANN001
    """The quoted words of a record: a mixed record's fragments (schema 2), else its spans."""
    return list(quote.fragments) if quote.kind == "mixed" and quote.fragments else quote.spans()


def _best_hit(parts: list[tuple[int, int]], quotes: list) -> object | None:  # noqa: ANN001
    """The produced quote covering the largest share (at least half) of a gold quote."""
    best, best_share = None, 0.5
    for quote in quotes:
        share = sum(covered(parts, span) for span in quoted_spans(quote))
        if share >= best_share:
            best, best_share = quote, share
    return best


def _inside_share(quote, parts: list[tuple[int, int]]) -> float:  # noqa: ANN001
    """Share of a produced quote's characters that lie inside ``parts`` (disjoint spans)."""
    spans = quoted_spans(quote)
    length = sum(e - s for s, e in spans) or 1
    return sum(overlap(p, span) for p in parts for span in spans) / length


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


STAT_KEYS = (
    "gold found_direct found_target found_any produced correct_strict correct_any_attr "
    "produced_dp correct_dp_any_attr unannotated named named_ok pronoun pronoun_named"
).split()


def run(path: Path, limit: int | None, sample: int) -> dict:
    rows = load_rows(path, limit)
    stats = dict.fromkeys(STAT_KEYS, 0)
    timings: list[float] = []
    words = 0
    cases: dict[str, list[str]] = {"pronoun": [], "miss": [], "wrong": [], "speaker": []}
    for row in rows:
        text = row["text"]
        started = time.perf_counter()
        report = analyse(text)
        timings.append(time.perf_counter() - started)
        words += len(text.split())
        contents = brat_contents(path, row)
        gold = [(q, gold_parts(q, contents)) for q in row["quotes"]]
        direct = [q for q in report.quotes if q.kind == "direct"]
        quoted = [q for q in report.quotes if q.kind in {"direct", "mixed", "partial"}]
        for quote, parts in gold:
            stats["gold"] += 1
            stats["found_direct"] += _best_hit(parts, direct) is not None
            stats["found_any"] += _best_hit(parts, report.quotes) is not None
            produced = _best_hit(parts, quoted)
            if produced is None:
                cases["miss"].append(f"MISS {row['id']}: {quote['quote'][:120]!r}")
                continue
            stats["found_target"] += 1
            if gold_is_name(quote):
                stats["named"] += 1
                if produced.speaker and surnames(produced.speaker) & surnames(quote["speaker"]):
                    stats["named_ok"] += 1
                else:
                    cases["speaker"].append(
                        f"SPEAKER {row['id']}: gold {quote['speaker']!r} -> {produced.speaker!r}"
                        f" (mention {produced.mention!r}, cue {produced.cue!r}): "
                        f"{quote['quote'][:70]!r}"
                    )
            elif quote["speaker_is_pronoun"]:
                stats["pronoun"] += 1
                if produced.speaker and surnames(produced.speaker):
                    stats["pronoun_named"] += 1
                context = text[max(0, quote["speaker_start"] - 400) : quote["speaker_end"] + 20]
                cases["pronoun"].append(
                    f"--- {row['id']}: gold {quote['speaker']!r} -> {produced.speaker!r}\n"
                    f"{context}\n"
                )
        gold_spans = _disjoint([p for _, parts in gold for p in parts])
        attr_spans = _disjoint([p for parts in contents for p in parts])
        for produced in quoted:
            in_attr = _inside_share(produced, attr_spans) >= 0.5
            stats["produced_dp"] += 1
            stats["correct_dp_any_attr"] += in_attr
            if produced.kind != "direct":
                continue
            stats["produced"] += 1
            stats["correct_strict"] += _inside_share(produced, gold_spans) >= 0.5
            stats["correct_any_attr"] += in_attr
            if not in_attr:
                stats["unannotated"] += 1
                cases["wrong"].append(f"WRONG {row['id']}: {produced.text[:120]!r}")
    stats["articles"] = len(rows)
    stats["ms_article"] = 1000 * statistics.mean(timings)
    stats["ms_1000_words"] = 1000 * sum(timings) / (words / 1000)
    if sample:
        rng = random.Random(7)
        for items in cases.values():
            for case in rng.sample(items, min(sample, len(items))):
                print(case, file=sys.stderr)
    return stats


def print_table(stats: dict) -> None:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"

    rows = [
        ("articles", str(stats["articles"])),
        ("gold direct quotes (JSONL)", str(stats["gold"])),
        (
            "**recall: produced direct or partial** (target)",
            pct(stats["found_target"], stats["gold"]),
        ),
        ("recall: produced direct only", pct(stats["found_direct"], stats["gold"])),
        ("recall: produced quote of any kind", pct(stats["found_any"], stats["gold"])),
        (
            "**precision of direct: inside any annotated attribution** (target)",
            pct(stats["correct_any_attr"], stats["produced"]),
        ),
        (
            "precision of direct: inside a JSONL gold quote (strict)",
            pct(stats["correct_strict"], stats["produced"]),
        ),
        ("  direct quotes in no annotated attribution", str(stats["unannotated"])),
        (
            "precision of direct + partial: inside any annotated attribution",
            pct(stats["correct_dp_any_attr"], stats["produced_dp"]),
        ),
        ("**speaker = gold name** (surname match; target)", pct(stats["named_ok"], stats["named"])),
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
