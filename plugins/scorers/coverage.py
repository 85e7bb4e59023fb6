"""Coverage-aware choice of a short summary's sentences (not a plugin itself).

A summary of a few sentences is read as a set: an article's key points are
usually distinct developments, and a second sentence that restates the lead
adds little the lead did not say. So the ``highlights`` scorer picks a short
summary one sentence at a time: the first is the best scored, each next one
maximises ``score + beta * novelty``, where novelty is the share of the
sentence's content that the sentences already picked do not cover. A content
term weighs how many *other* prose sentences of the article also use it (a
term used once marks nothing the article dwells on and weighs 0), so covering
the article's recurring subjects counts, rare words do not. This is the
redundancy side of maximal marginal relevance (Carbonell & Goldstein 1998) in
the coverage form of submodular summarisation (Lin & Bilmes 2011), weighted by
the article's own term repetition.

The choice is returned as scores (the picked sentences best, in the order
picked, every other sentence by its marginal value given all the picks), so
the plain top-k selection takes exactly these sentences. Plain Python over
the content terms the TF-IDF scorer has already cut (``similarity.sentence_terms``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

# beta, chosen on cnndm_dev.jsonl (docs/summarization.md): the scores it is
# added to are min-max normalised, so 0.25 lets full novelty outweigh a quarter
# of the score range between the article's best and worst prose sentence.
NOVELTY_WEIGHT = 0.25
# Scores of picked sentences are kept at least this far apart, so the picks rank
# above every other sentence in the order they were picked.
STEP = 1e-6


def term_weights(bags: Sequence[frozenset[str]]) -> dict[str, int]:
    """Each term's number of sentences minus one: what covering it is worth."""
    counts: Counter[str] = Counter()
    for bag in bags:
        counts.update(bag)
    return {term: count - 1 for term, count in counts.items()}


def novelty(bag: frozenset[str], covered: set[str], weights: dict[str, int]) -> float:
    """The weighted share of ``bag`` not in ``covered`` (0 for a bag of weightless terms)."""
    total = sum(weights[t] for t in bag)
    if total <= 0:
        return 0.0
    return sum(weights[t] for t in bag if t not in covered) / total


def cover(
    scores: Sequence[float],
    bags: Sequence[Sequence[str]],
    candidates: Sequence[int],
    count: int,
    beta: float = NOVELTY_WEIGHT,
) -> list[float]:
    """``scores`` re-ranked so that their top ``count`` among ``candidates`` is
    the coverage-aware choice (module docstring), in the order picked; every
    other sentence keeps its score.

    Ties go to the earlier sentence, as in the plain top-k selection. Novelty
    is at most 1, so a sentence scored more than ``beta`` below the best value
    found in a round cannot win it and is not looked at.
    """
    result = [float(s) for s in scores]
    if beta <= 0 or count < 2 or len(candidates) < 2:
        return result
    sets = {i: frozenset(bags[i]) for i in candidates}
    weights = term_weights(list(sets.values()))
    ranked = sorted(candidates, key=lambda i: (-result[i], i))
    picked = [ranked.pop(0)]
    covered = set(sets[picked[0]])
    values = {picked[0]: result[picked[0]]}
    while ranked and len(picked) < count:
        best, best_value = ranked[0], float("-inf")
        for i in ranked:
            if result[i] + beta < best_value:
                break  # sorted by score: no later sentence can win either
            value = result[i] + beta * novelty(sets[i], covered, weights)
            if value > best_value or (value == best_value and i < best):
                best, best_value = i, value
        picked.append(best)
        values[best] = best_value
        ranked.remove(best)
        covered |= sets[best]
    # The picks above every other sentence, in the order they were picked.
    picks = set(picked)
    floor = max((v for i, v in enumerate(result) if i not in picks), default=float("-inf"))
    for i in reversed(picked):
        floor = values[i] = max(values[i], floor + STEP)
    for i, value in values.items():
        result[i] = value
    return result
