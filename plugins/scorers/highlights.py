"""The ``highlights`` scorer: how likely a person summarising the story would pick the sentence.

A logistic regression learned from news articles with summaries people wrote
(``scripts/train_highlights.py``; the weights ship as
``data/highlights_model.json``) weighs each sentence's features
(``features.py``): lead position among the prose sentences, TF-IDF,
TextRank centrality, length, quotation. Page furniture (headlines, datelines,
captions, credits, fact-box rows, repeated lines) scores below every prose
sentence, so it is picked only when a document has too few prose sentences.
A short summary's sentences are chosen as a set (``coverage.py``): each one
after the first for what the others do not cover yet.
The model is evaluated in plain Python: scikit-learn is needed only to train it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from operator import mul, sub, truediv
from typing import TYPE_CHECKING, Any

from toolkit import hookimpl
from toolkit.hookspecs import RegisterScorer
from toolkit.selection import normalise, word_count

from .coverage import NOVELTY_WEIGHT, cover
from .features import FEATURES, sentence_features
from .similarity import sentence_terms

if TYPE_CHECKING:
    from toolkit.models import Document

MODEL_FILE = "highlights_model.json"
FURNITURE_GAP = 1.0  # furniture scores this far below the worst prose sentence
# Highlights are what an editor says in a few sentences; an extract that takes
# a large part of the article is a condensation, where the sentences central to
# the whole text count more. From SHARE_FROM of the prose sentences to
# SHARE_FULL, TF-IDF and TextRank (each min-max normalised) are added with a
# weight rising from 0 to CENTRALITY_MAX. CNN/DM highlights take about 10% of the
# sentences, the BBC extracts about 45% (docs/summarization.md).
SHARE_FROM = 0.25
SHARE_FULL = 0.45
CENTRALITY_MAX = 2.0


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    package = resources.files(__package__ or "toolkit.plugins.scorers")
    data = package.joinpath("data").joinpath(MODEL_FILE)
    model = json.loads(data.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was trained on other features; rerun the training script")
    return model


def linear_scores(
    rows: Sequence[Sequence[float]], furniture: Sequence[bool], model: Mapping[str, Any]
) -> list[float]:
    """The model's log-odds for each row; furniture below every prose sentence."""
    mean, scale, weights = model["mean"], model["scale"], model["weights"]
    if rows and not len(rows[0]) == len(mean) == len(scale) == len(weights):
        raise ValueError(f"{MODEL_FILE} does not have one weight per feature")
    # w * (x - m) / s summed over the features, by operators mapped in C
    scores = [sum(map(truediv, map(mul, weights, map(sub, row, mean)), scale)) for row in rows]
    prose = [v for v, f in zip(scores, furniture, strict=True) if not f]
    floor = min(prose, default=0.0) - FURNITURE_GAP
    return [
        min(v, floor) - FURNITURE_GAP if f else v
        for v, f in zip(scores, furniture, strict=True)
    ]


def summary_count(document: Document, prose: int) -> int:
    """How many prose sentences the requested summary takes (3 if unknown)."""
    return max(1, round(summary_share(document, prose) * max(1, prose)))


def summary_share(document: Document, prose: int) -> float:
    """The share of the prose sentences the requested summary takes (3 if unknown)."""
    length = document.options.get("summary_length") or {}
    n = max(1, prose)
    if length.get("words"):
        mean = sum(word_count(s.text) for s in document.sentences) / max(1, len(document.sentences))
        return min(1.0, length["words"] / max(1.0, mean) / n)
    if length.get("ratio"):
        return float(length["ratio"])
    sentences = length.get("sentences", 3)
    return 1.0 if sentences is None else min(1.0, sentences / n)


def centrality_weight(share: float) -> float:
    """How much TF-IDF and TextRank add to the model, by the summary's share of the article."""
    return CENTRALITY_MAX * min(1.0, max(0.0, (share - SHARE_FROM) / (SHARE_FULL - SHARE_FROM)))


def score_highlights(document: Document) -> list[float]:
    if not document.sentences:
        return []
    rows, furniture = sentence_features(document)
    scores = normalise(linear_scores(rows, furniture, load_model()))
    prose = [i for i, flag in enumerate(furniture) if not flag]
    weight = centrality_weight(summary_share(document, len(prose)))
    if weight:
        tfidf, textrank = FEATURES.index("tfidf"), FEATURES.index("textrank")
        scores = [
            score + (0 if flag else weight * (row[tfidf] + row[textrank]))
            for score, row, flag in zip(scores, rows, furniture, strict=True)
        ]
    # A few sentences are chosen as a set, each next one for what the others
    # do not cover (coverage.py); as the summary grows into a condensation,
    # where centrality carries the ranking, that gives way.
    novelty = NOVELTY_WEIGHT * (1 - weight / CENTRALITY_MAX)
    count = summary_count(document, len(prose))
    if novelty <= 0 or count < 2 or len(prose) <= count:
        return scores
    return cover(scores, sentence_terms(document), prose, count, novelty)


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("highlights", score_highlights, weight=1.0, order=5)
