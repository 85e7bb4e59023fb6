"""Shared text statistics for the scorer plugins (not a plugin itself).

Sentence terms, IDF from the document's sentences plus the background
collection, TF-IDF sentence vectors and PageRank-style centrality. numpy is
imported inside the functions that need it; textrank ranks article-sized
graphs without it (``plain_graph``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from toolkit.background import tokenize, words

from .blas import one_blas_thread

if TYPE_CHECKING:
    import numpy as np

    from toolkit.models import Document

# Function words: left out of a sentence's terms and of the redundancy control's word bags.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves said says say mr mrs ms its it's he's she's i'm we're they're
    don't doesn't didn't isn't wasn't aren't weren't won't can't couldn't shouldn't
    wouldn't hasn't haven't hadn't s t
    """.split()
)

# A sentence graph is dense: n sentences cost n² time and memory (10,000 took
# 13 s and ~4 GB). Longer documents are ranked in consecutive blocks of at most
# this many sentences, which keeps the work linear in the length of the text.
MAX_GRAPH_SENTENCES = 1000
# Up to this many sentences the random walk's stationary distribution is
# solved as a linear system (O(n³), a fraction of a millisecond for a news
# article); larger graphs use power iteration.
DIRECT_SOLVE = 200


def terms(text: str) -> list[str]:
    """Content terms of a text: lower-cased tokens without stopwords or 1-letter tokens."""
    if text.isascii() and "'" not in text:
        tokens = text.lower().encode("ascii").translate(_ASCII_WORD_RUNS).decode("ascii").split()
    else:
        tokens = tokenize(text)
    return [t for t in tokens if len(t) > 1 and t not in STOPWORDS]


# ``tokenize`` for ASCII text without apostrophes (most sentences of news),
# by a byte table, several times cheaper than its pattern: a word is then a
# run of letters and digits, and no possessive "'s" is there to drop.
_ASCII_WORD_RUNS = bytes(i if chr(i).isalnum() else 32 for i in range(256))


def content_words(text: str) -> list[str]:
    """Lower-cased words without :data:`STOPWORDS` (possessives kept: the
    redundancy control's word bags)."""
    return [w for w in words(text) if w not in STOPWORDS]


def sentence_terms(document: Document) -> list[list[str]]:
    """The content terms of each sentence, computed once per document (tfidf, textrank,
    lexrank and luhn all read them); callers must not modify the lists."""
    bags = document.cache.get(_TERMS_KEY)
    if bags is None:
        bags = document.cache[_TERMS_KEY] = [terms(s.text) for s in document.sentences]
    return bags


def sentence_term_sets(document: Document) -> list[frozenset[str]]:
    """The distinct content terms of each sentence (:func:`sentence_terms` as sets), once."""
    sets = document.cache.get(_SETS_KEY)
    if sets is None:
        sets = document.cache[_SETS_KEY] = [frozenset(bag) for bag in sentence_terms(document)]
    return sets


_TERMS_KEY = "similarity.sentence_terms"
_SETS_KEY = "similarity.sentence_term_sets"


def document_idf(
    bags: Sequence[Collection[str]], background: Any = None
) -> dict[str, float]:
    """Smoothed IDF (as scikit-learn's ``smooth_idf``) of every term in ``bags``.

    Each sentence counts as one document; with a background collection its
    documents are counted too, so a word frequent in all news weighs little
    even when it occurs once in this article.
    """
    distinct = (bag if isinstance(bag, (set, frozenset)) else set(bag) for bag in bags)
    df = Counter(chain.from_iterable(distinct))
    n = len(bags)
    bg_df = getattr(background, "df", None) or {}
    bg_n = int(getattr(background, "n_docs", 0) or 0)
    total, log, bg_count = 1 + n + bg_n, math.log, bg_df.get
    return {term: log(total / (1 + count + bg_count(term, 0))) + 1.0 for term, count in df.items()}


def term_matrix(bags: Sequence[Sequence[str]], idf: dict[str, float] | None = None) -> Any:
    """Sparse sentence-by-term matrix: term counts times IDF, or 0/1 presence
    when ``idf`` is None."""
    one_blas_thread()
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for i, bag in enumerate(bags):
        for term, count in sorted(Counter(bag).items()):
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(1.0 if idf is None else count * idf[term])
    return csr_matrix((values, (rows, cols)), shape=(len(bags), max(1, len(vocabulary))))


def cosine_matrix(bags: Sequence[Sequence[str]], idf: dict[str, float]) -> np.ndarray:
    """Pairwise TF-IDF cosine similarity of the sentences (0 for empty sentences)."""
    one_blas_thread()
    import numpy as np

    matrix = term_matrix(bags, idf)
    gram = np.asarray((matrix @ matrix.T).todense())
    norms = np.sqrt(np.diag(gram))
    outer = np.outer(norms, norms)
    return np.divide(gram, outer, out=np.zeros_like(gram), where=outer > 0)


def centrality(weights: np.ndarray, damping: float = 0.85, tol: float = 1e-8) -> list[float]:
    """Stationary distribution of a random walk on a weighted sentence graph.

    Rows are normalised to transition probabilities; a sentence with no
    edges jumps uniformly (so the matrix stays stochastic). Power iteration
    with teleport ``1 - damping``.
    """
    one_blas_thread()
    import numpy as np

    n = weights.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [1.0]
    weights = np.array(weights, dtype=float)
    np.fill_diagonal(weights, 0.0)
    weights[weights < 0] = 0.0
    sums = weights.sum(axis=1, keepdims=True)
    transition = np.where(sums > 0, weights / np.where(sums > 0, sums, 1.0), 1.0 / n)
    if n <= DIRECT_SOLVE:
        # The fixed point of the iteration below, solved directly:
        # (I - damping·Tᵀ) r = (1 - damping)/n. One LAPACK call instead of
        # dozens of iterations for an article-sized graph; rounded so that
        # sentences the graph cannot tell apart tie and keep document order.
        system = np.eye(n) - damping * transition.T
        rank = np.linalg.solve(system, np.full(n, (1 - damping) / n))
        return [round(float(v), 12) for v in rank / rank.sum()]
    rank = np.full(n, 1.0 / n)
    for _ in range(200):
        updated = (1 - damping) / n + damping * (transition.T @ rank)
        if np.abs(updated - rank).sum() < tol:
            rank = updated
            break
        rank = updated
    return [float(v) for v in rank]


def blockwise_centrality(
    bags: Sequence[Sequence[str]],
    graph: Callable[[Sequence[Sequence[str]]], np.ndarray],
    block_size: int = MAX_GRAPH_SENTENCES,
) -> list[float]:
    """:func:`centrality` of ``graph(bags)``, in balanced blocks of at most
    ``block_size`` sentences when there are more. Each block's scores are
    scaled by its share of the sentences, so they still sum to 1 and blocks
    of different sizes compare; with one block nothing changes."""
    n = len(bags)
    count = max(1, -(-n // block_size))
    scores: list[float] = []
    for b in range(count):
        block = bags[b * n // count : (b + 1) * n // count]
        share = len(block) / n
        scores.extend(share * value for value in centrality(graph(block)))
    return scores
