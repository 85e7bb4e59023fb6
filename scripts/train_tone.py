"""Train the default tone model (``plugins/tone/data/tone_model.json``).

A ridge regression (scikit-learn) from VADER's scores and the words of a text
to the mean human rating (-4 ... +4, divided by 4) of the VADER paper's ground
truth: tweets, NYT editorial snippets, movie and Amazon review snippets
(``../shared/data/sentiment``, MIT; see its PROVENANCE.md). News is the
toolkit's domain, so NYT snippets weigh ``--nyt-weight`` times more.

Because the model is trained on these corpora, its correlation on them is only
meaningful cross-validated: ``cross_validated`` fits the model five times, each
time without one fifth of the *groups* (an NYT editorial's snippets, an Amazon
review's snippets stay together, so no editorial is both trained and tested on),
and returns the held-out predictions. The figures are written into the model
file and printed; ``bench/tone_check.py`` reruns them.

The neutral band of the speaker labels comes from news narration: the
sentences a wire journalist writes in their own voice (Reuters-21578, no
quotation mark, no "said"/"says"/"told") report without taking sides, so the
central ``NEUTRAL_SHARE`` of their scores is what "neutral" looks like; a
speaker whose mean lies outside it is labelled positive or negative. Each
sentence is scored as the analyzer scores a statement reported with a plain
"said" (the model's tone, then speech acts and the event-report share of
``stance.statement_score``), so the band is on the scale the labels read; rerun
with ``--band-only`` after changing those rules.

Usage (from the repository root; needs the ``train`` extra)::

    .venv/bin/python scripts/train_tone.py [--data ../shared/data/sentiment] \
        [--narration ../shared/data/news/reuters21578_lewis_test_articles.jsonl] \
        [--out plugins/tone/data/tone_model.json]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "sentiment"
DEFAULT_OUT = REPO / "plugins" / "tone" / "data" / "tone_model.json"
DEFAULT_NARRATION = (
    REPO.parent / "shared" / "data" / "news" / "reuters21578_lewis_test_articles.jsonl"
)
# Central share of narration sentences taken as neutral: chosen among 0.6 ... 0.9
# by leave-one-article-out cross-validation on ../shared/data/real_news (docs/tone.md).
NEUTRAL_SHARE = 0.75
CORPORA = ("tweets", "nyt_editorials", "movie_reviews", "amazon_reviews")
ALPHA = 10.0  # ridge penalty (chosen by grouped CV among 1, 3, 10, 30)
NYT_WEIGHT = 5.0  # NYT snippets are the closest to news statements
MIN_DF = 3  # a word must occur in 3 training texts to get a weight
VADER_SCALE = 3.0  # VADER features enter 3x larger so the penalty spares them


def load_rows(data: Path) -> list[dict[str, Any]]:
    """One dict per text: corpus, group (editorial/review id), rating / 4, text."""
    rows = []
    for corpus in CORPORA:
        with (data / f"{corpus}.tsv").open(encoding="utf-8") as handle:
            next(handle)
            for line in handle:
                ident, score, text = line.rstrip("\n").split("\t")
                group = f"{corpus}:{ident.split('_')[0]}"
                rows.append({"corpus": corpus, "group": group, "y": float(score) / 4, "text": text})
    return rows


def _matrix(rows: Sequence[dict[str, Any]], vocabulary: dict[str, int] | None):  # type: ignore[no-untyped-def]
    """Sparse features of ``rows``; builds the vocabulary when it is None."""
    from collections import Counter

    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    from toolkit.plugins.tone.model import vader_features, words
    from toolkit.plugins.tone.vader import polarity_scores

    tokens = [words(row["text"]) for row in rows]
    if vocabulary is None:
        counts = Counter(word for found in tokens for word in found)
        kept = sorted(word for word, count in counts.items() if count >= MIN_DF)
        vocabulary = {word: index for index, word in enumerate(kept)}
    indices, indptr, values = [], [0], []
    for found in tokens:
        weight = 1.0 / math.sqrt(len(found)) if found else 0.0
        for word in found:
            if word in vocabulary:
                indices.append(vocabulary[word])
                values.append(weight)
        indptr.append(len(indices))
    bag = csr_matrix((values, indices, indptr), shape=(len(rows), len(vocabulary)))
    vader = np.array([vader_features(polarity_scores(row["text"])) for row in rows]) * VADER_SCALE
    return hstack([bag, csr_matrix(vader)]).tocsr(), vocabulary


def fit(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Fit on ``rows``; the model as the dict that ``toolkit.plugins.tone.model`` evaluates."""
    import numpy as np
    from sklearn.linear_model import Ridge

    matrix, vocabulary = _matrix(rows, None)
    target = np.array([row["y"] for row in rows])
    weight = np.array([NYT_WEIGHT if row["corpus"] == "nyt_editorials" else 1.0 for row in rows])
    ridge = Ridge(alpha=ALPHA).fit(matrix, target, sample_weight=weight)
    coef = ridge.coef_
    size = len(vocabulary)
    return {
        "format": 1,
        "intercept": round(float(ridge.intercept_), 6),
        "vader": [round(float(c) * VADER_SCALE, 6) for c in coef[size:]],
        "words": {
            w: round(float(coef[i]), 5) for w, i in vocabulary.items() if abs(coef[i]) >= 5e-5
        },
    }


def model_predict(model: dict[str, Any], rows: Sequence[dict[str, Any]]) -> list[float]:
    """Predictions of a fitted model dict, with the run-time code (no scikit-learn)."""
    from toolkit.plugins.tone import model as _tone_model

    _tone_model.load_model.cache_clear()
    original = _tone_model.load_model
    _tone_model.load_model = lambda path=None: model  # type: ignore[assignment]
    try:
        return [_tone_model.predict(row["text"]) for row in rows]
    finally:
        _tone_model.load_model = original  # type: ignore[assignment]


def cross_validated(rows: Sequence[dict[str, Any]], folds: int = 5) -> list[float]:
    """Held-out prediction of every row, from models fitted without its group."""
    from sklearn.model_selection import GroupKFold

    predictions = [0.0] * len(rows)
    groups = [row["group"] for row in rows]
    for train, test in GroupKFold(folds).split(rows, groups=groups):
        model = fit([rows[i] for i in train])
        held_out = [rows[i] for i in test]
        for index, value in zip(test, model_predict(model, held_out), strict=True):
            predictions[index] = value
    return predictions


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    mx, my = math.fsum(xs) / len(xs), math.fsum(ys) / len(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def per_corpus_r(rows: Sequence[dict[str, Any]], predictions: Sequence[float]) -> dict[str, float]:
    result = {}
    for corpus in CORPORA:
        pairs = [
            (r["y"], p) for r, p in zip(rows, predictions, strict=True) if r["corpus"] == corpus
        ]
        if len(pairs) > 1:
            result[corpus] = round(pearson([a for a, _ in pairs], [b for _, b in pairs]), 4)
    return result


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_REPORTING = re.compile(r"\b(?:said|says|told)\b")


def narration_sentences(path: Path) -> list[str]:
    """Sentences of wire articles in the journalist's own voice (no quote, no "said")."""
    sentences = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"].replace("\n", " ")
            for sentence in _SENTENCE_END.split(text):
                if '"' in sentence or _REPORTING.search(sentence) or len(sentence.split()) < 6:
                    continue
                sentences.append(sentence)
    return sentences


def neutral_band(
    model: dict[str, Any], sentences: Sequence[str], share: float = NEUTRAL_SHARE
) -> list[float]:
    """The statement scores bounding the central ``share`` of ``sentences``."""
    from toolkit.plugins.tone.model import words
    from toolkit.plugins.tone.senses import read_senses
    from toolkit.plugins.tone.stance import statement_score
    from toolkit.plugins.tone.statements import main_clause

    # read as the analyzer reads a statement
    sentences = [main_clause(read_senses(s)) for s in sentences]
    predictions = model_predict(model, [{"text": s} for s in sentences])
    scores = sorted(
        statement_score(p, "said", s, words(s)) for p, s in zip(predictions, sentences, strict=True)
    )
    tail = (1.0 - share) / 2
    low = scores[int(tail * (len(scores) - 1))]
    high = scores[int((1.0 - tail) * (len(scores) - 1))]
    return [round(low, 4), round(high, 4)]


def _set_band(model: dict[str, Any], sentences: Sequence[str]) -> None:
    model["neutral_band"] = neutral_band(model, sentences)
    model["neutral_band_from"] = (
        f"central {NEUTRAL_SHARE:.0%} of {len(sentences)} Reuters-21578 narration sentences, "
        "scored as statements with a plain cue"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--narration", type=Path, default=DEFAULT_NARRATION)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--band-only", action="store_true", help="keep the model in --out, recompute its band"
    )
    args = parser.parse_args(argv)
    if args.band_only:
        model = json.loads(args.out.read_text(encoding="utf-8"))
        _set_band(model, narration_sentences(args.narration))
        args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"neutral band {model['neutral_band']} ({model['neutral_band_from']})")
        return 0
    rows = load_rows(args.data)
    cv = per_corpus_r(rows, cross_validated(rows))
    model = fit(rows)
    model["trained_on"] = "VADER ground truth (Hutto & Gilbert 2014): " + ", ".join(CORPORA)
    model["grouped_5fold_cv_r"] = cv
    _set_band(model, narration_sentences(args.narration))
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"grouped 5-fold CV r: {cv}")
    print(f"neutral band {model['neutral_band']} ({model['neutral_band_from']})")
    print(f"{args.out}: {len(model['words'])} word weights, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
