"""The ``luhn`` scorer: clusters of significant words (Luhn, 1958).

Significant words are the document's content terms that occur at least
``MIN_COUNT`` times (at most the ``TOP_SHARE`` most frequent). In each
sentence, significant words closer than ``MAX_GAP`` insignificant words
form a cluster worth ``significant² / span``; the sentence scores its best
cluster.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from toolkit import hookimpl
from toolkit.background import tokenize
from toolkit.hookspecs import RegisterScorer

from .similarity import terms

if TYPE_CHECKING:
    from toolkit.models import Document

MIN_COUNT = 2
TOP_SHARE = 0.1
MAX_GAP = 4


def significant_words(document: Document) -> set[str]:
    counts = Counter(t for sentence in document.sentences for t in terms(sentence.text))
    frequent = [(term, n) for term, n in counts.most_common() if n >= MIN_COUNT]
    keep = max(1, round(TOP_SHARE * len(counts)))
    return {term for term, _ in frequent[:keep]}


def best_cluster(tokens: list[str], significant: set[str]) -> float:
    positions = [i for i, token in enumerate(tokens) if token in significant]
    best = 0.0
    start = 0
    for k in range(1, len(positions) + 1):
        if k == len(positions) or positions[k] - positions[k - 1] - 1 > MAX_GAP:
            count = k - start
            span = positions[k - 1] - positions[start] + 1
            best = max(best, count * count / span)
            start = k
    return best


def score_luhn(document: Document) -> list[float]:
    significant = significant_words(document)
    return [best_cluster(tokenize(s.text), significant) for s in document.sentences]


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("luhn", score_luhn)
