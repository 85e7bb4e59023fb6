"""What the tone analyzer adds to ``toolkit summarize`` time on PolNeAR, in CPU time.

    python bench/tone_cost.py [--docs 150] [--rounds 3]

Each round runs, in a fresh process each, the full pipeline and the same pipeline with
``disable=["tone"]`` over the first ``--docs`` PolNeAR train articles
(``../shared/data/quotes/``), best of three passes each, alternating so both see the
same machine load, and prints the CPU seconds of each and what tone adds. The
instruction count of the same comparison (steadier on a shared VM, but blind to
cache misses) is ``python bench/instruction_counts.py --tone-cost``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
CHILD = """
import json, sys, time
mode, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")][:count]
from toolkit.api import summarize
options = {} if mode == "full" else {"disable": ["tone"]}
for text in texts[:5]:
    summarize(text, 3, **options)
best = float("inf")
for _ in range(3):
    started = time.process_time()
    for text in texts:
        summarize(text, 3, **options)
    best = min(best, time.process_time() - started)
print(best)
"""


def cpu_seconds(mode: str, docs: int) -> float:
    path = SHARED / "quotes" / "polnear_train.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path), str(docs)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print("| round | full pipeline (CPU s) | without tone | tone adds |")
    print("| ---: | ---: | ---: | ---: |")
    for round_number in range(1, args.rounds + 1):
        full = cpu_seconds("full", args.docs)
        no_tone = cpu_seconds("no-tone", args.docs)
        adds = 100 * (full / no_tone - 1)
        print(f"| {round_number} | {full:.3f} | {no_tone:.3f} | {adds:.1f}% |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
