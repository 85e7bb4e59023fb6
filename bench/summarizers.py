"""Summary quality on the BBC News Summary dev set: the toolkit's scorers vs sumy.

Every system summarises each article at the reference's length (its number
of ``reference_sentences``) and is scored with mean ROUGE-1/2/L F1
(``rouge-score``, Porter stemming) against the reference sentences. Rows:
each toolkit scorer alone, the default mix (plus any ``--scorer`` specs),
Lead-k, a seeded random-k, and six sumy algorithms (LexRank, TextRank, LSA,
Luhn, SumBasic, KL).

sumy's own tokenizer needs an NLTK punkt download; here sumy gets a
tokenizer object built on the toolkit's sentence splitter and a word regex,
so it runs offline and sees the same sentences as the toolkit.

Benchmark-only dependencies: ``pip install rouge-score sumy``.

    python bench/summarizers.py [--data FILE] [--limit N] [--scorer SPEC ...] [--no-sumy]
        [--only] [--diversity λ] [--corpus DIR | --background-jsonl FILE]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "summarization"
) / "bbc_news_summary_dev.jsonl"
SCORERS = ("tfidf", "textrank", "lexrank", "luhn", "position", "length")
SUMY_ALGORITHMS = ("LexRank", "TextRank", "LSA", "Luhn", "SumBasic", "KL")
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


class OfflineTokenizer:
    """What sumy needs from a tokenizer, without NLTK data."""

    language = "english"

    def __init__(self, split: Callable[[str], list[str]]) -> None:
        self._split = split

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._split(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def sumy_summarizers() -> dict[str, Any]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes = {
        "LexRank": LexRankSummarizer,
        "TextRank": TextRankSummarizer,
        "LSA": LsaSummarizer,
        "Luhn": LuhnSummarizer,
        "SumBasic": SumBasicSummarizer,
        "KL": KLSummarizer,
    }
    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")
    summarizers = {}
    for name, cls in classes.items():
        summarizer = cls(stemmer)
        summarizer.stop_words = stop_words
        summarizers[name] = summarizer
    return summarizers


def run_sumy(records: list[dict[str, Any]], reference_field: str) -> list[dict[str, Any]]:
    from rouge_score import rouge_scorer
    from sumy.parsers.plaintext import PlaintextParser

    from toolkit.api import split_sentences
    from toolkit.evaluate import METRICS, _Means, reference_length, reference_text

    tokenizer = OfflineTokenizer(split_sentences)
    summarizers = sumy_summarizers()
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    means = _Means()
    seconds = dict.fromkeys(summarizers, 0.0)
    for number, record in enumerate(records, start=1):
        reference = record[reference_field]
        k = reference_length(reference)
        document = PlaintextParser.from_string(record["text"], tokenizer).document
        for name, summarizer in summarizers.items():
            started = time.perf_counter()
            summary = "\n".join(str(s) for s in summarizer(document, k))
            seconds[name] += time.perf_counter() - started
            means.add(f"sumy {name}", scorer.score(reference_text(reference), summary), 0)
            means.words[f"sumy {name}"] += len(summary.split())
        if number % 100 == 0:
            print(f"sumy: {number}/{len(records)}", file=sys.stderr)
    rows = [means.row(f"sumy {name}", "sumy") for name in summarizers]
    for row, name in zip(rows, summarizers, strict=True):
        row["seconds"] = seconds[name]
    return rows


def run_toolkit(
    records: list[dict[str, Any]],
    reference_field: str,
    configs: list[str],
    corpus: str | None,
    diversity: float = 0.0,
) -> list[dict[str, Any]]:
    from toolkit.evaluate import evaluate

    result = evaluate(
        records,
        reference_field=reference_field,
        configs=configs,
        progress=sys.stderr.isatty(),
        background=corpus or "bundled",
        diversity=diversity,
    )
    return result["systems"]


def materialise_background(jsonl: Path) -> str:
    """Write the ``text`` of each record of ``jsonl`` as a .txt file (a background folder).

    The folder is named after the file and reused by later runs, so the
    toolkit's background cache for it is reused too.
    """
    import tempfile

    directory = Path(tempfile.gettempdir()) / f"toolkit-background-{jsonl.stem}"
    if directory.is_dir():
        return str(directory)
    partial = Path(tempfile.mkdtemp(prefix=directory.name + "-", dir=directory.parent))
    with jsonl.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.strip():
                text = json.loads(line).get("text") or ""
                (partial / f"{number:06d}.txt").write_text(text, encoding="utf-8")
    partial.rename(directory)  # complete folders only
    return str(directory)


def markdown_table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| system | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 | mean words |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['system']} | {100 * row['rouge1']:.2f} | {100 * row['rouge2']:.2f} "
            f"| {100 * row['rougeL']:.2f} | {row['mean_words']:.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--reference-field", default="reference_sentences")
    parser.add_argument("--limit", type=int, default=None, help="first N records only")
    parser.add_argument("--scorer", action="append", default=[], help="extra scorer spec")
    parser.add_argument("--corpus", default=None, help="background folder (default: bundled)")
    parser.add_argument(
        "--background-jsonl", type=Path, default=None, help="background = texts of this JSONL"
    )
    parser.add_argument("--diversity", type=float, default=0.0, help="MMR λ for toolkit rows")
    parser.add_argument("--only", action="store_true", help="only the --scorer rows")
    parser.add_argument("--no-sumy", action="store_true", help="skip the sumy rows")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows as JSON")
    args = parser.parse_args(argv)

    from toolkit.evaluate import read_jsonl
    from toolkit.registry import get_registry
    from toolkit.selection import format_scorer_spec

    records = read_jsonl(args.data, args.limit)
    default_mix = format_scorer_spec(get_registry().default_weights())
    configs = args.scorer if args.only else [*SCORERS, default_mix, *args.scorer]
    corpus = args.corpus
    if args.background_jsonl:
        corpus = materialise_background(args.background_jsonl)
    started = time.perf_counter()
    rows = run_toolkit(records, args.reference_field, configs, corpus, args.diversity)
    toolkit_seconds = time.perf_counter() - started
    if not args.no_sumy:
        rows += run_sumy(records, args.reference_field)
    print(f"data: {args.data} ({len(records)} articles, k = reference sentence count)")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(f"background: {corpus or 'bundled corpus/'}, diversity: {args.diversity}")
    print(f"toolkit rows: {toolkit_seconds:.0f} s for {len(configs)} configurations + baselines")
    print(markdown_table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
