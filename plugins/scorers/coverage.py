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
    the coverage-aware choice (module docstring); other indices keep their score.

    Ties go to the earlier sentence, as in the plain top-k selection.
    """
    result = [float(s) for s in scores]
    if beta <= 0 or count < 2 or len(candidates) < 2:
        return result
    sets = {i: frozenset(bags[i]) for i in candidates}
    weights = term_weights(list(sets.values()))
    remaining = list(candidates)
    first = min(remaining, key=lambda i: (-scores[i], i))
    picked = [first]
    remaining.remove(first)
    covered = set(sets[first])
    values = {first: float(scores[first])}
    while remaining:
        marginal = {i: scores[i] + beta * novelty(sets[i], covered, weights) for i in remaining}
        if len(picked) >= count:
            values.update(marginal)
            break
        best = min(remaining, key=lambda i: (-marginal[i], i))
        picked.append(best)
        values[best] = marginal[best]
        remaining.remove(best)
        covered |= sets[best]
    # The picks, in the order picked, above everything else.
    floor = max((values[i] for i in remaining), default=float("-inf"))
    floor = max(
        floor,
        max((result[i] for i in range(len(result)) if i not in values), default=float("-inf")),
    )
    for i in reversed(picked):
        values[i] = max(values[i], floor + STEP)
        floor = values[i]
    for i, value in values.items():
        result[i] = value
    return result
