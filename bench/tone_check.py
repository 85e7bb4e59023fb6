"""Check the toolkit's tone scorer against the VADER paper's ground truth.

Computes the Pearson correlation between the mean human sentiment rating of
each text (-4 ... +4, about 20 raters) and two scorers, for the four corpora
of Hutto & Gilbert (2014), next to the paper's published r (Table 4; tweets:
r = 0.881):

* VADER: the compound score of ``toolkit.tone(text, scorer="vader")``;
* the default ``toolkit.tone(text)``: a model trained on these very corpora
  (``scripts/train_tone.py``), so its r on them is shown twice: "in-sample"
  (the shipped model, optimistic) and "CV", the grouped 5-fold
  cross-validated r (each text predicted by a model fitted without its
  editorial or review; needs scikit-learn). Only the CV figure is a measure.

Usage::

    python bench/tone_check.py [--data DIR] [--corpus tweets ...] [--no-cv]

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
    """n, r and scoring time (seconds) of VADER and of the default tone on one corpus."""
    import toolkit

    rows = read_ground_truth(path)
    human = [rating for rating, _ in rows]
    result: dict[str, float] = {"n": len(rows)}
    for key, scorer in (("vader", "vader"), ("default", None)):
        started = time.perf_counter()
        scores = [toolkit.tone(text, scorer=scorer) for _, text in rows]
        result[f"{key}_seconds"] = time.perf_counter() - started
        result[key] = pearson_r(human, scores)
    return result


def cross_validated_r(data: Path) -> dict[str, float]:
    """Grouped 5-fold CV r of the default model per corpus (retrains; scikit-learn)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import train_tone

    rows = train_tone.load_rows(data)
    return train_tone.per_corpus_r(rows, train_tone.cross_validated(rows))


def format_table(results: dict[str, dict[str, float]], cv: dict[str, float]) -> str:
    lines = [
        "| corpus | n | r VADER | r default (CV) | r default (in-sample) | r published VADER "
        "| time VADER / default (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for corpus, result in results.items():
        published = PUBLISHED_R.get(corpus)
        published_text = f"{published:.3f}" if published is not None else "n/a"
        cv_text = f"{cv[corpus]:.3f}" if corpus in cv else "not run"
        lines.append(
            f"| {corpus} | {int(result['n']):,} | {result['vader']:.3f} | {cv_text} "
            f"| {result['default']:.3f} | {published_text} "
            f"| {result['vader_seconds']:.2f} / {result['default_seconds']:.2f} |"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="sentiment data folder")
    parser.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    results = {corpus: check_corpus(args.data / f"{corpus}.tsv") for corpus in args.corpus}
    cv = {} if args.no_cv else cross_validated_r(args.data)
    import vaderSentiment

    version = getattr(vaderSentiment, "__version__", None) or _installed_version()
    print(
        f"# Python {platform.python_version()}, {platform.machine()}, "
        f"vaderSentiment {version}, data {args.data}"
    )
    print(format_table(results, cv))
    return 0


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vaderSentiment")
    except PackageNotFoundError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
