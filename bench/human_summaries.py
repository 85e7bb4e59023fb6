"""Summaries people wrote: the toolkit's default (and any ``--scorer``) against Lead-3.

Runs each file of ``../shared/data/summarization/`` named on the command line
(default: the CNN/DailyMail sets of issue #11) at a fixed summary length (3
sentences), and prints ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 × 100 (``rouge-score``,
Porter stemming; reference sentences and summary sentences joined by newlines)
for the toolkit's configurations, Lead-3 on the toolkit's own sentences and,
when pySBD is installed, Lead-3 on pySBD's sentences (the figures in the data's
PROVENANCE_human.md).

``--tokenized`` first rewrites every text the way CNN/DM is distributed for
research (lower-cased, PTB-tokenized; ``scripts/make_tokenized.py``), so the
two runs compare the same documents in both forms.

    python bench/human_summaries.py [FILE ...] [--limit N] [--scorer SPEC ...]
        [--sentences 3] [--tokenized] [--no-pysbd] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ../shared/data beside the repository (a worktree may sit one level deeper).
SHARED = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
DATA = SHARED / "summarization"
FILES = ("cnndm_dev.jsonl", "cnndm_frank_dev.jsonl", "summeval_dev.jsonl")
SHOWN = ("rouge1", "rouge2", "rougeLsum")


def pysbd_lead(records: list[dict[str, Any]], k: int) -> dict[str, Any] | None:
    """Lead-k on pySBD's sentences (clean=False), as in PROVENANCE_human.md."""
    try:
        import pysbd
    except ImportError:
        return None
    from rouge_score import rouge_scorer

    from toolkit.evaluate import METRICS, _Means, reference_text

    segmenter = pysbd.Segmenter(language="en", clean=False)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    means = _Means()
    for record in records:
        if not record["text"].strip() or not record["reference"]:
            continue
        lead = [s.strip() for s in segmenter.segment(record["text"])][:k]
        summary = "\n".join(lead)
        means.add(
            "lead-k (pySBD)",
            scorer.score(reference_text(record["reference"]), summary),
            len(summary.split()),
        )
    return means.row("lead-k (pySBD)", "baseline")


def sentence_counts(originals: list[dict[str, Any]], tokenized: list[dict[str, Any]]) -> str:
    """Sentences the splitter finds in the original texts and in their tokenized copies."""
    from toolkit.plugins.sentences import split_spans

    before = sum(len(split_spans(r["text"])) for r in originals)
    after = sum(len(split_spans(r["text"])) for r in tokenized)
    same = sum(
        len(split_spans(a["text"])) == len(split_spans(b["text"]))
        for a, b in zip(originals, tokenized, strict=True)
    )
    return (
        f"sentences: {before} in the original texts, {after} tokenized "
        f"({100 * (after - before) / max(1, before):+.1f}%); same count in {same} of "
        f"{len(originals)} documents"
    )


def run_file(path: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    from toolkit.evaluate import evaluate, read_jsonl

    records = read_jsonl(path, args.limit)
    if args.tokenized:
        sys.path.insert(0, str(ROOT / "scripts"))
        from make_tokenized import tokenize_record

        originals = records
        records = [tokenize_record(r) for r in records]
        print(sentence_counts(originals, records))
    result = evaluate(
        records,
        configs=args.scorer or None,
        sentences=args.sentences,
        baselines=("lead",),
        progress=sys.stderr.isatty(),
    )
    rows = result["systems"]
    if not args.no_pysbd:
        row = pysbd_lead(records, args.sentences)
        if row is not None:
            rows.append(row)
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | words |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        cells = " | ".join(f"{100 * row[m]:.2f}" for m in SHOWN)
        lines.append(f"| {row['system']} | {cells} | {row['mean_words']:.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help=f"default: {', '.join(FILES)}")
    parser.add_argument("--limit", type=int, default=None, help="first N records of each file")
    parser.add_argument("--scorer", action="append", default=[], help="scorer spec (repeatable)")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--tokenized", action="store_true", help="lower-case and PTB-tokenize")
    parser.add_argument("--no-pysbd", action="store_true", help="skip Lead-k on pySBD sentences")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    files = [p if p.exists() else DATA / p for p in args.files] or [DATA / n for n in FILES]
    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
    print(
        f"length: {args.sentences} sentences; text: "
        f"{'lower-cased, PTB-tokenized' if args.tokenized else 'as distributed'}"
    )
    every: dict[str, Any] = {}
    for path in files:
        started = time.perf_counter()
        rows = run_file(path, args)
        every[path.name] = rows
        print(
            f"\n{path.name} ({rows[0]['documents']} documents, "
            f"{time.perf_counter() - started:.0f} s)\n"
        )
        print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(every, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
