"""Summary-only speed (``analyzers=[]``) on Reuters articles, two source trees in one run.

    python bench/summary_speed.py [--docs 500] [--rounds 3] [--base DIR]

Each round times, in a fresh process per tree, ``summarize(text, 3,
analyzers=())`` over the first ``--docs`` Reuters-21578 test articles
(``../shared/data/news/``): this tree and ``--base`` (a checkout of the
commit before, ``git worktree add /tmp/base <commit>``, installed with
``pip install -e`` in its own venv given as ``--base-python``), alternating so
both see the same machine load. The time is the child's CPU time
(``time.process_time``: the summary runs in one thread, so on an idle machine
it is the elapsed time, and on a shared one it does not count the time the
process waited for a core). Prints the best round of each (documents per CPU
second) and their ratio.
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
DATA = SHARED / "news" / "reuters21578_lewis_test_articles.jsonl"
CHILD = """
import json, sys, time
lines = open(sys.argv[2], encoding="utf-8").readlines()[: int(sys.argv[3])]
texts = [json.loads(line)["text"] for line in lines]
from toolkit.api import summarize
summarize(texts[0], 3, analyzers=())  # warm: imports, background counts
started = time.process_time()
for text in texts:
    summarize(text, 3, analyzers=())
print(len(texts) / (time.process_time() - started))
"""


def rate(python: str, tree: Path, docs: int) -> float:
    out = subprocess.run(
        [python, "-c", CHILD, str(tree), str(DATA), str(docs)],
        capture_output=True, text=True, check=True, cwd=tree,
    )  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", type=Path, required=True, help="checkout of the other commit")
    parser.add_argument(
        "--base-python", required=True, help="a Python whose toolkit is --base (pip install -e)"
    )
    args = parser.parse_args()
    best = {"base": 0.0, "this": 0.0}
    for _ in range(args.rounds):
        best["base"] = max(best["base"], rate(args.base_python, args.base, args.docs))
        best["this"] = max(best["this"], rate(sys.executable, ROOT, args.docs))
    print(f"{args.docs} Reuters articles, summary only, best of {args.rounds} rounds")
    print(f"base ({args.base}): {best['base']:.1f} docs per CPU second")
    print(f"this ({ROOT}): {best['this']:.1f} docs per CPU second")
    print(f"ratio this/base: {best['this'] / best['base']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
