"""The ``textrank`` scorer: graph centrality over sentence similarity.

Sentences are nodes; two sentences are linked by the number of content
terms they share divided by ``log(1 + |A|) + log(1 + |B|)`` (Mihalcea &
Tarau's overlap, with +1 so one-word sentences do not divide by zero). A
sentence scores its PageRank (damping 0.85) in that graph: central
sentences share words with many others.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from toolkit import hookimpl
from toolkit.hookspecs import RegisterScorer

from .similarity import blockwise_centrality, sentence_terms, term_matrix

if TYPE_CHECKING:
    import numpy as np

    from toolkit.models import Document


def overlap_graph(bags: Sequence[Sequence[str]]) -> np.ndarray:
    """Shared distinct terms of each pair, over ``log(1 + |A|) + log(1 + |B|)``."""
    import numpy as np

    presence = term_matrix(bags)
    shared = np.asarray((presence @ presence.T).todense())
    sizes = np.array([len(set(bag)) for bag in bags], dtype=float)
    logs = np.log1p(sizes)
    norm = logs[:, None] + logs[None, :]
    return np.divide(shared, norm, out=np.zeros_like(shared), where=norm > 0)


def score_textrank(document: Document) -> list[float]:
    bags = sentence_terms(document)
    if len(bags) < 2:
        return [1.0] * len(bags)
    return blockwise_centrality(bags, overlap_graph)


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("textrank", score_textrank, weight=1.0, order=20)
