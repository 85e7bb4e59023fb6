"""Sentence-graph centrality in plain Python, for article-sized graphs.

A news article has a few dozen sentences. For a graph that small, numpy's
fixed costs (about 0.1 s to import it when a command starts, and the building
of several arrays per document) are larger than the arithmetic, so up to
:data:`PLAIN_SENTENCES` sentences the graph and its random walk are computed
here with lists; larger graphs go to numpy (``similarity.centrality``). Both
compute the same thing: the stationary distribution of the walk, rounded to 12
digits, agrees between the two (tests/test_scorers.py checks them on real
sentences).
"""

from __future__ import annotations

import math
from collections.abc import Sequence, Set
from itertools import zip_longest
from operator import mul

# The solve below is O(n³) in Python. Up to about 15 sentences it is faster
# than numpy's (whose array set-up dominates for small n); at 40 it costs
# about 1 ms more per document than numpy, which is still less than importing
# numpy (about 0.1 s of CPU) for the articles of one command. Beyond 40,
# numpy.
PLAIN_SENTENCES = 40


def overlap_weights(term_sets: Sequence[Set[str]]) -> list[list[float]]:
    """TextRank's edge weights: shared distinct terms over ``log(1 + |A|) + log(1 + |B|)``.

    Symmetric, with 0 on the diagonal (a sentence does not link to itself)."""
    n = len(term_sets)
    logs = [math.log1p(len(terms)) for terms in term_sets]
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        a, log_a, row = term_sets[i], logs[i], weights[i]
        for j in range(i + 1, n):
            shared = len(a & term_sets[j])
            if shared:
                row[j] = weights[j][i] = shared / (log_a + logs[j])
    return weights


def plain_centrality(weights: Sequence[Sequence[float]], damping: float = 0.85) -> list[float]:
    """``similarity.centrality`` of a small graph, in plain Python.

    ``weights`` must be symmetric, non-negative and 0 on the diagonal.
    The walk follows an edge in proportion to its weight (a sentence without
    edges jumps uniformly) and teleports with ``1 - damping``. Its stationary
    distribution ``r`` solves ``(I - damping·W·D⁻¹) r = c`` with ``D`` the
    weighted degrees; each isolated sentence adds the same amount to every
    sentence, so up to a constant factor (removed by the final normalisation)
    it scores 1 and the rest is ``r = D·s`` with ``(D - damping·W) s = 1`` on
    the sentences with edges. That matrix is symmetric and positive definite
    (strictly diagonally dominant), so a Cholesky factorisation solves it with
    a sixth of n³ multiplications, and stably.
    """
    n = len(weights)
    if n == 0:
        return []
    if n == 1:
        return [1.0]
    degree = [sum(row) for row in weights]
    linked = [i for i in range(n) if degree[i] > 0]
    if len(linked) < n:
        weights = [[weights[i][j] for j in linked] for i in linked]
    system = [[-damping * w for w in row] for row in weights]
    for k, i in enumerate(linked):
        system[k][k] = degree[i]
    rank = [1.0] * n
    for i, s in zip(linked, _solve_positive_definite(system), strict=True):
        rank[i] = degree[i] * s
    total = sum(rank)
    return [round(v / total, 12) for v in rank]


def _solve_positive_definite(matrix: list[list[float]]) -> list[float]:
    """``x`` with ``matrix · x = 1`` (every component), by Cholesky factorisation
    (``matrix`` symmetric positive definite; only its lower triangle is read)."""
    n = len(matrix)
    lower: list[list[float]] = []  # row i holds L[i][0..i]
    inverse: list[float] = []  # 1 / L[i][i]
    forward: list[float] = []  # L y = 1, solved row by row with the factorisation
    for i in range(n):
        row_i: list[float] = []
        append = row_i.append
        a = matrix[i]
        for k in range(i):
            append((a[k] - sum(map(mul, row_i, lower[k]))) * inverse[k])
        diagonal = math.sqrt(a[i] - sum(map(mul, row_i, row_i)))
        append(diagonal)
        lower.append(row_i)
        inverse.append(1.0 / diagonal)
        forward.append((1.0 - sum(map(mul, row_i, forward))) / diagonal)
    x = [0.0] * n  # Lᵀ x = y
    columns = list(zip_longest(*lower))  # column i holds L[j][i] from j = i on
    for i in range(n - 1, -1, -1):
        x[i] = (forward[i] - sum(map(mul, columns[i][i + 1 :], x[i + 1 :]))) / lower[i][i]
    return x
