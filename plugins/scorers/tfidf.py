"""The ``tfidf`` scorer: sentences rich in the document's key terms.

A term's weight is its frequency in the document times its IDF, where the
IDF counts the document's sentences together with the background
collection (``document.background``), so words common to all news weigh
little. A sentence scores the weights of its distinct terms, summed and
divided by ``count ** LENGTH_POWER`` (0.8): a sentence gains from covering
more key terms, but less than in proportion to its length, so neither
run-ons (plain sum) nor one-word fragments (plain mean) win. 0.8 was the
best of 0.5-1.0 on the BBC dev set (docs/summarization.md).
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING

from toolkit import hookimpl
from toolkit.hookspecs import RegisterScorer

from .similarity import document_idf, sentence_term_sets, sentence_terms

if TYPE_CHECKING:
    from toolkit.models import Document


LENGTH_POWER = 0.8


def score_tfidf(document: Document, *, length_power: float = LENGTH_POWER) -> list[float]:
    """One score per sentence; 0 for a sentence without content terms."""
    bags = sentence_terms(document)
    if not bags:
        return []
    sets = sentence_term_sets(document)
    idf = document_idf(sets, document.background)
    frequency = Counter(chain.from_iterable(bags))
    weight = {term: count * idf[term] for term, count in frequency.items()}
    scores = []
    for distinct in sets:
        if not distinct:
            scores.append(0.0)
            continue
        total = math.fsum(map(weight.__getitem__, distinct))  # order-independent
        scores.append(total / math.pow(len(distinct), length_power))
    return scores


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("tfidf", score_tfidf, weight=0.0, order=10)
