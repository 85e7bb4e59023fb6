"""Leave-one-article-out checks of the per-speaker tone choices on the real-news pages.

``real_news`` is the only per-speaker labelled data, so every value chosen on it is
scored on each article with the value chosen on the other 38 (leave-one-article-out
cross-validation, LOAO). Three checks, each printing the in-sample agreement of every
candidate (with slices A, B, C) and the held-out total:

* ``share``: the event-report share (``stance.EVENT_REPORT_SHARE``) and the share of
  Reuters narration taken as the neutral band, the band recomputed from the narration
  for each pair exactly as ``scripts/train_tone.py --band-only`` does;
* ``negativity``: a speaker mean where negative statements weigh ``k`` times more
  (readers' negativity bias), ``k`` = 1 being today's mean;
* ``learned``: a logistic regression over each speaker's statement scores (weighted
  mean, the weight shares beyond each band edge, min, max) in place of the band
  (scikit-learn, the ``train`` extra).

Usage::

    python bench/tone_speaker_cv.py [share|negativity|learned] [--gold-quotes]

``--gold-quotes`` scores the gold quotes and speakers instead of the tool's attribution.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "bench"), str(REPO / "scripts")]

import tone_real_news as bench  # noqa: E402

Rows = list[dict[str, Any]]


def loao(candidates: dict[Hashable, Rows], default: Hashable) -> tuple[int, dict[Hashable, int]]:
    """Held-out agreements (each article scored with the candidate best on the others;
    ties go to ``default``) and how often each candidate was chosen."""
    first = next(iter(candidates.values()))
    articles = sorted({row["article"] for row in first})
    held, picks = 0, dict.fromkeys(candidates, 0)

    def hits(rows: Rows, keep: Callable[[str], bool]) -> int:
        return sum(row["agree"] for row in rows if keep(row["article"]))

    for article in articles:

        def others(a: str, held_out: str = article) -> bool:
            return a != held_out

        def this(a: str, held_out: str = article) -> bool:
            return a == held_out

        best = max(candidates, key=lambda c: (hits(candidates[c], others), c == default))
        picks[best] += 1
        held += hits(candidates[best], this)
    return held, picks


def print_candidate(name: object, rows: Rows) -> None:
    slices = {s: sum(r["agree"] for r in rows if r["article"][0] == s) for s in "ABC"}
    print(f"{name}: {sum(r['agree'] for r in rows)}/{len(rows)} in sample, slices {slices}")


def share_candidates(data: Path, gold_quotes: bool) -> tuple[dict[Hashable, Rows], Hashable]:
    import train_tone

    from toolkit.plugins.tone import model, stance

    sentences = train_tone.narration_sentences(train_tone.DEFAULT_NARRATION)
    kept = stance.EVENT_REPORT_SHARE
    candidates: dict[Hashable, Rows] = {}
    try:
        for event_share in (0.15, 0.3, 0.5):
            stance.EVENT_REPORT_SHARE = event_share
            for band_share in (0.7, 0.75, 0.8):
                band = train_tone.neutral_band(model.load_model(), sentences, band_share)
                # neutral_band clears the model cache: set the band on the model now loaded
                model.load_model()["neutral_band"] = band
                rows, _ = bench.grade(data, gold_quotes=gold_quotes)
                candidates[(event_share, band_share)] = rows
                print_candidate((event_share, band_share, band), rows)
    finally:
        stance.EVENT_REPORT_SHARE = kept
        model.load_model.cache_clear()  # the shipped band again
    return candidates, (0.3, 0.75)


def relabelled(rows: Rows, label: Callable[[list[dict[str, Any]]], str]) -> Rows:
    """``rows`` with each produced label recomputed from the statements' evidence."""
    out = []
    for row in rows:
        produced = label(row["evidence"][0]) if row["produced"] is not None else None
        out.append({**row, "produced": produced, "agree": bench.agrees(produced, row["gold"])})
    return out


def negativity_candidates(rows: Rows) -> tuple[dict[Hashable, Rows], Hashable]:
    from toolkit.plugins.tone.analyzer import label_for

    def label(evidence: list[dict[str, Any]], k: float) -> str:
        weights = [e["weight"] * (k if e["compound"] < 0 else 1.0) for e in evidence]
        mean = sum(e["compound"] * w for e, w in zip(evidence, weights, strict=True)) / sum(weights)
        return label_for(mean)

    candidates: dict[Hashable, Rows] = {}
    for k in (1.0, 1.25, 1.5, 2.0, 2.5, 3.0):
        candidates[k] = relabelled(rows, lambda evidence, k=k: label(evidence, k))
        print_candidate(f"negative x{k}", candidates[k])
    return candidates, 1.0


def speaker_features(evidence: Sequence[dict[str, Any]]) -> list[float]:
    from toolkit.plugins.tone.model import neutral_band

    low, high = neutral_band()
    total = sum(e["weight"] for e in evidence)
    scores = [e["compound"] for e in evidence]
    return [
        sum(e["compound"] * e["weight"] for e in evidence) / total,
        sum(e["weight"] for e in evidence if e["compound"] <= low) / total,
        sum(e["weight"] for e in evidence if e["compound"] >= high) / total,
        min(scores),
        max(scores),
    ]


def learned(rows: Rows) -> None:
    """LOAO of a logistic regression over speaker features (gold mixed trained as neutral)."""
    from sklearn.linear_model import LogisticRegression

    target = {"negative": 0, "neutral": 1, "mixed": 1, "positive": 2}
    labels = ("negative", "neutral", "positive")
    for features in (1, 3, 5):
        for c in (0.3, 1.0, 10.0, 100.0):
            held = 0
            for article in sorted({row["article"] for row in rows}):
                train = [r for r in rows if r["article"] != article and r["produced"]]
                model = LogisticRegression(C=c, max_iter=2000).fit(
                    [speaker_features(r["evidence"][0])[:features] for r in train],
                    [target[r["gold"]] for r in train],
                )
                for row in rows:
                    if row["article"] == article and row["produced"] is not None:
                        x = speaker_features(row["evidence"][0])[:features]
                        held += bench.agrees(labels[model.predict([x])[0]], row["gold"])
            print(f"features {features}, C {c}: {held}/{len(rows)} held out")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("check", choices=("share", "negativity", "learned"))
    parser.add_argument("--data", type=Path, default=bench.DEFAULT_DATA)
    parser.add_argument("--gold-quotes", action="store_true")
    args = parser.parse_args(argv)
    if args.check == "share":
        candidates, default = share_candidates(args.data, args.gold_quotes)
    else:
        rows, _ = bench.grade(args.data, gold_quotes=args.gold_quotes)
        print_candidate("today", rows)
        if args.check == "learned":
            learned(rows)
            return 0
        candidates, default = negativity_candidates(rows)
    held, picks = loao(candidates, default)
    total = len(next(iter(candidates.values())))
    print(f"held out (LOAO): {held}/{total} = {held / total:.1%}; chosen: {picks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
