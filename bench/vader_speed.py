"""Speed and equivalence of toolkit.plugins.tone.vader against vaderSentiment, side by side.

    python bench/vader_speed.py [POLNEAR_JSONL] [--tweets TSV] [--repeat 3]

Scores, in one run and with both implementations, every quoted span of the
PolNeAR training articles (text between “ ” or between " marks) and every text
of the VADER tweets corpus. Prints a markdown table (system, texts, seconds,
µs per text, speed-up; best of ``--repeat`` runs with ``time.perf_counter``)
and the number of texts whose scores differ, which must be 0: the exit status
is 1 otherwise. Both implementations are warmed up (tables built) before timing.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_POLNEAR = SHARED / "quotes" / "polnear_train.jsonl"
DEFAULT_TWEETS = SHARED / "sentiment" / "tweets.tsv"
QUOTED = re.compile(r"“([^”]*)”|\"([^\"\n]*)\"")

Scorer = Callable[[str], dict[str, float]]


def quoted_spans(path: Path) -> list[str]:
    """The text between quotation marks in every article of a PolNeAR JSONL file."""
    spans: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            for match in QUOTED.finditer(json.loads(line)["text"]):
                spans.append(match.group(1) if match.group(1) is not None else match.group(2))
    return spans


def tsv_texts(path: Path) -> list[str]:
    """The ``text`` column of an ``id<TAB>score<TAB>text`` file with a header line."""
    lines = path.read_text(encoding="utf-8").split("\n")[1:]
    return [line.split("\t")[2] for line in lines if line]


def best_time(scorer: Scorer, texts: Sequence[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            scorer(text)
        best = min(best, time.perf_counter() - started)
    return best


def count_mismatches(reference: Scorer, ours: Scorer, texts: Sequence[str]) -> int:
    """Texts whose dicts differ in keys, key order or any float (sign of zero included)."""

    def exact(scores: dict[str, float]) -> list[tuple[str, str]]:
        return [(key, float(value).hex()) for key, value in scores.items()]

    return sum(exact(reference(text)) != exact(ours(text)) for text in texts)


def measure(corpora: dict[str, list[str]], repeat: int) -> list[dict[str, Any]]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from toolkit.plugins.tone import vader as _vader

    reference: Scorer = SentimentIntensityAnalyzer().polarity_scores
    ours: Scorer = _vader.polarity_scores
    ours("warm up")
    rows = []
    for corpus, texts in corpora.items():
        mismatches = count_mismatches(reference, ours, texts)
        reference_seconds = best_time(reference, texts, repeat)
        our_seconds = best_time(ours, texts, repeat)
        for system, seconds in (("vaderSentiment", reference_seconds), ("_vader", our_seconds)):
            rows.append(
                {
                    "corpus": corpus,
                    "system": system,
                    "texts": len(texts),
                    "seconds": seconds,
                    "us_per_text": seconds / len(texts) * 1e6 if texts else 0.0,
                    "speedup": reference_seconds / seconds if seconds else 0.0,
                    "mismatches": mismatches,
                }
            )
    return rows


def format_table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| corpus | system | texts | seconds | µs per text | speed-up | mismatches |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['corpus']} | {row['system']} | {row['texts']:,} | {row['seconds']:.3f} "
            f"| {row['us_per_text']:.1f} | {row['speedup']:.1f}x | {row['mismatches']} |"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, nargs="?", default=DEFAULT_POLNEAR)
    parser.add_argument("--tweets", type=Path, default=DEFAULT_TWEETS)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    corpora = {
        "PolNeAR train quoted spans": quoted_spans(args.polnear),
        "VADER tweets": tsv_texts(args.tweets),
    }
    rows = measure(corpora, max(1, args.repeat))
    from importlib.metadata import version

    print(
        f"# Python {platform.python_version()}, {platform.machine()}, "
        f"vaderSentiment {version('vaderSentiment')}, best of {max(1, args.repeat)}"
    )
    print(format_table(rows))
    mismatches = sum(row["mismatches"] for row in rows if row["system"] == "_vader")
    print(f"mismatches: {mismatches}")
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
