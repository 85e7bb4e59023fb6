"""Turning sentence scores into a summary: scorer specs, weighted combination
and length control. Redundancy control (``diversity`` above 0) is a selector
plugin's job (``toolkit.hookspecs.toolkit_register_selectors``); the default
scorer mix is what the loaded scorers declare (``Registry.default_weights``).

Nothing here imports a heavy library: it is plain Python over at most a few
hundred sentences.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.hookspecs import Selector
    from toolkit.models import Document

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


def parse_scorer_spec(spec: str | Mapping[str, float]) -> dict[str, float]:
    """``"tfidf=1,position=0.5"`` -> ``{"tfidf": 1.0, "position": 0.5}``.

    A bare name has weight 1. Raises ``ValueError`` (one-line message) on
    empty names, repeated names, non-numeric, negative or non-finite weights,
    or when every weight is 0.
    """
    items = _spec_items(spec) if isinstance(spec, str) else list(spec.items())
    weights: dict[str, float] = {}
    for name, raw in items:
        name = str(name).strip()
        if not name or not _NAME.match(name):
            raise ValueError(f"invalid scorer name {name!r} in scorer spec")
        if name in weights:
            raise ValueError(f"scorer {name!r} appears twice in scorer spec")
        weights[name] = _weight(name, raw)
    if not weights:
        raise ValueError("empty scorer spec")
    if all(w == 0 for w in weights.values()):
        raise ValueError("every scorer weight is 0 in scorer spec")
    return weights


def _spec_items(spec: str) -> list[tuple[str, object]]:
    if not spec.strip():
        raise ValueError("empty scorer spec")
    items: list[tuple[str, object]] = []
    for part in spec.split(","):
        name, sep, value = part.partition("=")
        if sep and not value.strip():
            raise ValueError(f"missing weight after {name.strip()!r}= in scorer spec")
        items.append((name, value if sep else 1.0))
    return items


def _weight(name: str, raw: object) -> float:
    try:
        value = raw.strip() if isinstance(raw, str) else raw
        if not isinstance(value, (str, int, float)):
            raise TypeError(type(value).__name__)
        weight = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"weight of scorer {name!r} is not a number: {raw!r}") from None
    if not math.isfinite(weight) or weight < 0:
        raise ValueError(f"weight of scorer {name!r} must be a finite number >= 0, got {raw!r}")
    return weight


def format_scorer_spec(weights: Mapping[str, float]) -> str:
    """The inverse of :func:`parse_scorer_spec` (``{"tfidf": 1.0}`` -> ``"tfidf=1"``)."""
    return ",".join(f"{name}={weight:g}" for name, weight in weights.items())


def normalise(values: Sequence[float]) -> list[float]:
    """Min-max scale to [0, 1]. Non-finite values count as the minimum.

    Constant scores (including a single sentence) all become 0: a scorer that
    cannot tell the sentences apart adds nothing to the combination.
    """
    finite = [v for v in values if math.isfinite(v)]
    if not finite:
        return [0.0] * len(values)
    low, high = min(finite), max(finite)
    if high - low <= 1e-12 * max(1.0, abs(high)):
        return [0.0] * len(values)
    return [(v - low) / (high - low) if math.isfinite(v) else 0.0 for v in values]


def combine_scores(
    scores: Mapping[str, Sequence[float]], weights: Mapping[str, float]
) -> list[float]:
    """Weighted sum of each scorer's min-max normalised scores (see :func:`normalise`).

    Every weighted scorer must be in ``scores`` and all score lists must have
    the same length; ``ValueError`` otherwise.
    """
    missing = [name for name in weights if name not in scores]
    if missing:
        raise ValueError(f"no scores for scorer(s): {', '.join(missing)}")
    lengths = {len(scores[name]) for name in weights}
    if len(lengths) > 1:
        raise ValueError(f"scorers returned different numbers of scores: {sorted(lengths)}")
    total = [0.0] * (lengths.pop() if lengths else 0)
    for name, weight in weights.items():
        if weight == 0:
            continue
        for i, value in enumerate(normalise([float(v) for v in scores[name]])):
            total[i] += weight * value
    return total


# a white-space separated token with a letter or digit in it (``[^\W_]`` is ``str.isalnum``)
_COUNTED_WORD = re.compile(r"(?<!\S)\S*?[^\W_]\S*")


def word_count(text: str) -> int:
    """Words as a reader counts them: white-space separated, with a letter or digit."""
    return len(_COUNTED_WORD.findall(text))


def select_sentences(
    document: Document,
    scores: Sequence[float],
    *,
    sentences: int | None = 3,
    ratio: float | None = None,
    words: int | None = None,
    diversity: float = 0.0,
    selector: Selector | None = None,
) -> list[int]:
    """Indices of the summary sentences, in document order.

    Length: ``words`` (a word budget that is never exceeded; the best
    sentences that fit, so possibly fewer words), else ``ratio`` (that
    fraction of the sentences, rounded, at least 1), else ``sentences``
    (None: all). Redundancy: with ``diversity`` λ > 0 the ``selector`` picks
    them (``ValueError`` without one), given the scores min-max normalised.
    """
    n = len(document.sentences)
    if len(scores) != n:
        raise ValueError(f"{len(scores)} scores for {n} sentences")
    _check_lengths(sentences, ratio, words, diversity)
    if n == 0:
        return []
    relevance = normalise([float(s) for s in scores])
    texts = [s.text for s in document.sentences]
    limit = _sentence_limit(n, sentences, ratio) if words is None else n
    budget = words
    sizes = [word_count(t) for t in texts] if budget is not None else [0] * n
    if diversity > 0:
        if selector is None:
            raise ValueError("diversity above 0 needs a selector plugin, and none is loaded")
        picked = selector(texts, relevance, limit, budget, sizes, diversity)
    else:
        picked = _pick_greedy(relevance, limit, budget, sizes)
    return sorted(picked)


def _check_lengths(
    sentences: int | None, ratio: float | None, words: int | None, diversity: float
) -> None:
    if sentences is not None and sentences < 0:
        raise ValueError(f"sentences must be >= 0, got {sentences}")
    if ratio is not None and not 0 < ratio <= 1:
        raise ValueError(f"ratio must be in (0, 1], got {ratio}")
    if words is not None and words < 0:
        raise ValueError(f"words must be >= 0, got {words}")
    if not 0 <= diversity <= 1:
        raise ValueError(f"diversity must be in [0, 1], got {diversity}")


def _sentence_limit(n: int, sentences: int | None, ratio: float | None) -> int:
    if ratio is not None:
        return max(1, min(n, round(ratio * n)))
    return n if sentences is None else min(n, sentences)


def _ranking(relevance: Sequence[float]) -> list[int]:
    # Best first; ties go to the earlier sentence (news puts key facts first).
    return sorted(range(len(relevance)), key=lambda i: (-relevance[i], i))


def _pick_greedy(
    relevance: Sequence[float], limit: int, budget: int | None, sizes: Sequence[int]
) -> list[int]:
    picked: list[int] = []
    used = 0
    for i in _ranking(relevance):
        if len(picked) >= limit:
            break
        if budget is not None and used + sizes[i] > budget:
            continue
        picked.append(i)
        used += sizes[i]
    return picked
