"""Instructions per document, this checkout against another install, under valgrind.

    python bench/instruction_counts.py --base-python /path/to/base/.venv/bin/python

CPU-second rates of one commit vary by ±20% from run to run on a shared VM; the
number of instructions executed does not. For each Python (this one and
``--base-python``, each with its own ``toolkit`` installed) and each run
(summary only on Reuters, the full pipeline on Reuters and on PolNeAR), the
script runs ``valgrind --tool=cachegrind --cache-sim=no`` twice, with
``PYTHONHASHSEED=0``: once warming up on five documents and then processing N,
once only warming up. The difference over N is the instructions per document.
Runs start outside the checkout so that each Python imports its own toolkit.
With ``--tone-cost`` (no other Python): what the tone analyzer adds to the full pipeline
on 60 PolNeAR articles (the same runs with ``disable=["tone"]``).
Needs valgrind (``apt-get install valgrind``); slow (about a minute per run).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
REUTERS = SHARED / "news" / "reuters21578_lewis_test_articles.jsonl"
RUNS = (
    ("summary only, Reuters", "summary", REUTERS, 100),
    ("full pipeline, Reuters", "full", REUTERS, 100),
    ("full pipeline, PolNeAR", "full", SHARED / "quotes" / "polnear_train.jsonl", 50),
)
CHILD = """
import json, sys
kind, data, count, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "work"
texts = []
for line in open(data, encoding="utf-8"):
    text = json.loads(line)["text"]
    if text.strip():
        texts.append(text)
    if len(texts) == count + 5:
        break
from toolkit.api import summarize
options = {"summary": {"analyzers": ()}, "no-tone": {"disable": ["tone"]}}.get(kind, {})
for text in texts[:5]:
    summarize(text, 3, **options)
if work:
    for text in texts[5:]:
        summarize(text, 3, **options)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(python: str, kind: str, data: Path, count: int, work: bool) -> int:
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        python, "-c", CHILD, kind, str(data), str(count), "work" if work else "warm",
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as outside:
        done = subprocess.run(
            command, capture_output=True, text=True, check=True, cwd=outside,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )  # fmt: skip
    match = _REFS.search(done.stderr)
    if match is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{done.stderr[-500:]}")
    return int(match.group(1).replace(",", ""))


def per_document(python: str, kind: str, data: Path, count: int) -> float:
    spent = instructions(python, kind, data, count, True)
    return (spent - instructions(python, kind, data, count, False)) / count


def tone_cost(count: int = 60) -> int:
    """Instructions per PolNeAR article of the full pipeline with and without the tone
    analyzer (issue #16: tone adds at most 10% to ``toolkit summarize``)."""
    polnear = SHARED / "quotes" / "polnear_train.jsonl"
    full = per_document(sys.executable, "full", polnear, count) / 1e6
    no_tone = per_document(sys.executable, "no-tone", polnear, count) / 1e6
    print("| PolNeAR articles | full pipeline (M/doc) | without tone | tone adds |")
    print("| ---: | ---: | ---: | ---: |")
    print(f"| {count} | {full:.2f} | {no_tone:.2f} | {100 * (full / no_tone - 1):.1f}% |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-python", help="a Python with the other toolkit")
    parser.add_argument(
        "--tone-cost", action="store_true",
        help="instead: what tone adds to the full pipeline on PolNeAR (this Python only)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.tone_cost:
        return tone_cost()
    if args.base_python is None:
        parser.error("--base-python is required (or --tone-cost)")
    print("| run | base (M instructions/doc) | this | base/this |")
    print("| --- | ---: | ---: | ---: |")
    for label, kind, data, count in RUNS:
        base = per_document(args.base_python, kind, data, count) / 1e6
        this = per_document(sys.executable, kind, data, count) / 1e6
        print(f"| {label} | {base:.2f} | {this:.2f} | {base / this:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
