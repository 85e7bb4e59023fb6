"""Speed of this checkout against another commit, in one run.

An issue's speed budget is a ratio against the commit before, measured in one
run on one machine. This script exports ``BASE`` (any git ref) into a temporary
folder laid out as the installed package, then, alternating the two code bases
``--rounds`` times (so load on a shared machine falls on both alike):

* the full pipeline's documents per second on Reuters-21578 articles
  (``bench/throughput.py``'s ``toolkit_rate``), in a fresh process each;
* cold wall time of ``python -m toolkit summarize`` on the bundled article.

Reported: the median of each, and the ratio head / base.

Usage (from the repository root)::

    nice .venv/bin/python bench/commit_speed.py BASE [--docs 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"
sys.path.insert(0, str(REPO / "bench"))
from web_pages import DATA  # noqa: E402

REUTERS = DATA / "news" / "reuters21578_lewis_test_articles.jsonl"


def export(ref: str, folder: Path) -> Path:
    """``ref``'s tree as an importable ``toolkit`` package under ``folder/site``."""
    archive = subprocess.run(
        ["git", "archive", ref], cwd=REPO, capture_output=True, check=True
    ).stdout
    source = folder / "source"
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(source, filter="data")
    site = folder / "site"
    shutil.copytree(source / "toolkit", site / "toolkit")
    shutil.copytree(source / "plugins", site / "toolkit" / "plugins")
    shutil.copytree(source / "corpus", site / "toolkit" / "corpus")
    return site


def _env(site: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return env


def rate(site: Path | None, docs: int) -> float:
    code = (
        "import sys; sys.path.insert(0, 'bench'); import throughput as t; "
        "from pathlib import Path; "
        f"print(t.toolkit_rate(t.load_texts(Path({str(REUTERS)!r}), {docs})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=_env(site), capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    return float(out.stdout.strip().splitlines()[-1])


def cold(site: Path | None) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "toolkit", "summarize", str(SEED)],
        cwd=tempfile.gettempdir(),
        env=_env(site),
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        site = export(args.base, Path(folder))
        rates: dict[str, list[float]] = {"base": [], "head": []}
        colds: dict[str, list[float]] = {"base": [], "head": []}
        for _ in range(args.rounds):
            for name, where in (("base", site), ("head", None)):
                rates[name].append(rate(where, args.docs))
                colds[name].append(cold(where))
    base_rate, head_rate = (statistics.median(rates[k]) for k in ("base", "head"))
    base_cold, head_cold = (statistics.median(colds[k]) for k in ("base", "head"))
    print(f"base {args.base}, {args.docs} Reuters documents, {args.rounds} rounds, medians")
    print("| measure | base | head | head/base |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| pipeline docs/s | {base_rate:.1f} | {head_rate:.1f} | {head_rate / base_rate:.2f} |")
    print(
        f"| cold `toolkit summarize` (s) | {base_cold:.3f} | {head_cold:.3f} | "
        f"{head_cold / base_cold:.2f} |"
    )


if __name__ == "__main__":
    main()
