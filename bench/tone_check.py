"""Check the toolkit's tone scorer against the VADER paper's ground truth.

Computes the Pearson correlation between the mean human sentiment rating of
each text (-4 ... +4, about 20 raters) and the compound score of
``toolkit.plugins.tone.score_text`` (the function the tone plugin uses), for
the four corpora of Hutto & Gilbert (2014), and prints a table next to the
paper's published r (Table 4; tweets: r = 0.881).

Usage::

    python bench/tone_check.py [--data DIR] [--corpus tweets ...]

``DIR`` defaults to ``../shared/data/sentiment`` next to the repository. See
``DIR/PROVENANCE.md`` for the files (TSV, header ``id, score, text``, no quoting).
"""

from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "sentiment"
CORPORA = ("tweets", "nyt_editorials", "movie_reviews", "amazon_reviews")

# Hutto & Gilbert, ICWSM 2014, Table 4: VADER's Pearson r against the mean of
# about 20 human raters (0.881 for tweets is also in the paper's text).
PUBLISHED_R = {
    "tweets": 0.881,
    "nyt_editorials": 0.492,
    "movie_reviews": 0.451,
    "amazon_reviews": 0.565,
}


def pearson_r(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson correlation of two equally long sequences; NaN if either is constant."""
    if len(xs) != len(ys):
        raise ValueError(f"lengths differ: {len(xs)} != {len(ys)}")
    if len(xs) < 2:
        raise ValueError("need at least two pairs")
    mean_x = math.fsum(xs) / len(xs)
    mean_y = math.fsum(ys) / len(ys)
    dx = [x - mean_x for x in xs]
    dy = [y - mean_y for y in ys]
    sxx = math.fsum(d * d for d in dx)
    syy = math.fsum(d * d for d in dy)
    if sxx == 0.0 or syy == 0.0:
        return math.nan
    sxy = math.fsum(a * b for a, b in zip(dx, dy, strict=True))
    return sxy / math.sqrt(sxx * syy)


def read_ground_truth(path: Path) -> list[tuple[float, str]]:
    """(human mean rating, text) rows of one ``id<TAB>score<TAB>text`` file."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        next(handle)  # header
        for line_number, line in enumerate(handle, start=2):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3:
                raise ValueError(f"{path}:{line_number}: expected 3 tab-separated fields")
            rows.append((float(fields[1]), fields[2]))
    return rows


def check_corpus(path: Path) -> dict[str, float]:
    """n, r and scoring time (seconds) of the toolkit scorer on one corpus."""
    from toolkit.plugins.tone import score_text

    rows = read_ground_truth(path)
    started = time.perf_counter()
    compounds = [score_text(text)["compound"] for _, text in rows]
    seconds = time.perf_counter() - started
    human = [rating for rating, _ in rows]
    return {"n": len(rows), "r": pearson_r(human, compounds), "seconds": seconds}


def format_table(results: dict[str, dict[str, float]]) -> str:
    lines = [
        "| corpus | n | r (toolkit) | r (published) | scoring time (s) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for corpus, result in results.items():
        published = PUBLISHED_R.get(corpus)
        published_text = f"{published:.3f}" if published is not None else "n/a"
        lines.append(
            f"| {corpus} | {int(result['n']):,} | {result['r']:.3f} | {published_text} "
            f"| {result['seconds']:.2f} |"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="sentiment data folder")
    parser.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    results = {corpus: check_corpus(args.data / f"{corpus}.tsv") for corpus in args.corpus}
    import vaderSentiment

    version = getattr(vaderSentiment, "__version__", None) or _installed_version()
    print(
        f"# Python {platform.python_version()}, {platform.machine()}, "
        f"vaderSentiment {version}, data {args.data}"
    )
    print(format_table(results))
    return 0


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vaderSentiment")
    except PackageNotFoundError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
