"""The ``mmr`` selector: redundancy control for summaries (``--diversity``).

Maximal marginal relevance (Carbonell & Goldstein, 1998): sentences are
picked one at a time by ``(1-λ)·score - λ·max similarity to the sentences
already picked``, scores min-max normalised and similarity the cosine of
content-word counts, so a near-duplicate of a picked sentence loses to any
fresh sentence once λ >= 0.5. Plain Python; λ is the ``diversity`` option.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from toolkit import hookimpl
from toolkit.hookspecs import RegisterSelector

from .similarity import content_words


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two bags of words (0 when either is empty)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(count * b[word] for word, count in a.items() if word in b)
    if not dot:
        return 0.0
    norm = math.sqrt(sum(c * c for c in a.values())) * math.sqrt(sum(c * c for c in b.values()))
    return dot / norm


def pick_mmr(
    texts: Sequence[str],
    relevance: Sequence[float],
    limit: int,
    budget: int | None,
    sizes: Sequence[int],
    diversity: float,
) -> list[int]:
    bags = [Counter(content_words(t)) for t in texts]
    max_sim = [0.0] * len(texts)
    remaining = set(range(len(texts)))
    picked: list[int] = []
    used = 0
    while remaining and len(picked) < limit:
        fitting = [i for i in remaining if budget is None or used + sizes[i] <= budget]
        if not fitting:
            break
        best = max(
            fitting,
            key=lambda i: (
                (1 - diversity) * relevance[i] - diversity * max_sim[i],
                -max_sim[i],
                relevance[i],
                -i,
            ),
        )
        picked.append(best)
        used += sizes[best]
        remaining.discard(best)
        for i in remaining:
            max_sim[i] = max(max_sim[i], cosine(bags[i], bags[best]))
    return picked


@hookimpl
def toolkit_register_selectors(register: RegisterSelector) -> None:
    register("mmr", pick_mmr)
