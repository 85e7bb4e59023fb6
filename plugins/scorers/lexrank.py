"""The ``lexrank`` scorer: Erkan & Radev's thresholded LexRank.

Sentences whose IDF-modified cosine similarity (IDF from the sentences and
the background collection) reaches ``THRESHOLD`` are linked; a sentence
scores its stationary probability under a random walk on that graph
(power iteration, damping 0.85).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit import hookimpl
from toolkit.hookspecs import RegisterScorer

from .similarity import (
    blockwise_centrality,
    cosine_matrix,
    document_idf,
    sentence_terms,
)

if TYPE_CHECKING:
    from toolkit.models import Document

THRESHOLD = 0.1


def score_lexrank(document: Document, *, threshold: float = THRESHOLD) -> list[float]:
    bags = sentence_terms(document)
    if len(bags) < 2:
        return [1.0] * len(bags)
    idf = document_idf(bags, document.background)
    return blockwise_centrality(
        bags, lambda block: (cosine_matrix(block, idf) >= threshold).astype(float)
    )


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("lexrank", score_lexrank)
