"""The ``textrank`` scorer: graph centrality over sentence similarity.

Sentences are nodes; two sentences are linked by the number of content
terms they share divided by ``log(1 + |A|) + log(1 + |B|)`` (Mihalcea &
Tarau's overlap, with +1 so one-word sentences do not divide by zero). A
sentence scores its PageRank (damping 0.85) in that graph: central
sentences share words with many others. Article-sized graphs are ranked in
plain Python (``plain_graph``), larger ones with numpy; both give the same scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from toolkit import hookimpl
from toolkit.hookspecs import RegisterScorer

from .blas import one_blas_thread
from .plain_graph import PLAIN_SENTENCES, overlap_weights, plain_centrality
from .similarity import blockwise_centrality, sentence_term_sets, sentence_terms, term_matrix

if TYPE_CHECKING:
    import numpy as np

    from toolkit.models import Document


# A dense sentence-by-term 0/1 matrix up to this many cells: building a
# scipy sparse matrix costs about a millisecond of fixed overhead, more than
# the whole dense product for a news article (a few dozen sentences).
DENSE_CELLS = 400_000


def shared_terms(bags: Sequence[Sequence[str]]) -> np.ndarray:
    """Number of distinct terms each pair of sentences shares (n × n)."""
    one_blas_thread()
    import numpy as np

    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, bag in enumerate(bags):
        for term in set(bag):
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
    if len(bags) * len(vocabulary) > DENSE_CELLS:
        presence = term_matrix(bags)
        return np.asarray((presence @ presence.T).todense())
    dense = np.zeros((len(bags), max(1, len(vocabulary))))
    dense[rows, cols] = 1.0
    return dense @ dense.T


def overlap_graph(bags: Sequence[Sequence[str]]) -> np.ndarray:
    """Shared distinct terms of each pair, over ``log(1 + |A|) + log(1 + |B|)``."""
    one_blas_thread()
    import numpy as np

    shared = shared_terms(bags)
    sizes = np.array([len(set(bag)) for bag in bags], dtype=float)
    logs = np.log1p(sizes)
    norm = logs[:, None] + logs[None, :]
    return np.divide(shared, norm, out=np.zeros_like(shared), where=norm > 0)


def score_textrank(document: Document) -> list[float]:
    """Cached per document: the ``highlights`` scorer reads it as a feature too."""
    cached = document.cache.get(_CACHE_KEY)
    if cached is None:
        bags = sentence_terms(document)
        if len(bags) < 2:
            cached = [1.0] * len(bags)
        elif len(bags) <= PLAIN_SENTENCES:
            cached = plain_centrality(overlap_weights(sentence_term_sets(document)))
        else:
            cached = blockwise_centrality(bags, overlap_graph)
        document.cache[_CACHE_KEY] = cached
    return list(cached)


_CACHE_KEY = "textrank.scores"


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("textrank", score_textrank, weight=0.0, order=20)
