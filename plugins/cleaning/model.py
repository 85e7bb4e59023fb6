"""The learned line classifier of the cleaning plugin, evaluated without scikit-learn.

``scripts/train_cleaning.py`` trains two small gradient-boosted tree ensembles
on the scraped pages of ``../shared/data/web/`` and writes them to
``data/cleaning_model.json``; this module reads that file and runs them with
plain Python:

1. the **line** model scores each non-blank line from its own features and its
   neighbours' (``features``): the probability that it is article text;
2. the **context** model rescores each line from the line scores around it and
   the best contiguous run of likely article lines (the body is mostly one run,
   with captions and inserts inside it), so a short line inside the article is
   kept and a prose-like teaser far from it is not.

A line is kept when its context score reaches the threshold stored with the
model (chosen by cross-validation in the training script). Trees are stored as
parallel arrays (feature, threshold, left, right, value): evaluating one is a
walk of at most its depth, so the work is linear in the number of lines.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from types import CodeType
from typing import Any

from . import tree_cache
from .features import best_run

MODEL_FILE = "cleaning_model.json"
FORESTS = ("line", "context")

CONTEXT_NAMES = (
    "p", "p_prev1", "p_next1", "p_prev2", "p_next2", "p_window3", "p_window8", "in_run",
    "before_run", "after_run", "mass_before", "mass_after", "log_words", "ends_sentence",
    "prose", "position", "repeats", "function_share", "navigation", "p_block_mean",
    "p_block_min", "p_block_max",
)  # fmt: skip
_BASE_COLUMNS = ("log_words", "ends_sentence", "prose", "position", "repeats")
_BASE_COLUMNS_2 = ("function_share", "navigation")


class Forest:
    """A gradient-boosted ensemble of regression trees for a binary label.

    A row is scored by walking each tree (arrays of feature, threshold, left,
    right, value). Once a process scores its second page (a batch of
    documents) or has scored ``COMPILE_AFTER`` rows, the trees are compiled
    into one Python function of nested comparisons, about three times faster
    per row; compiling (15 to 30 ms an ensemble) costs what walking some 1,000
    rows does, so a single page (the command line on one article) never pays
    for it, and a batch pays it once instead of walking its first thousand
    rows too. The compiled code is cached on disk (``tree_cache``): a later
    run loads it and scores even its first page compiled. Both give the same
    floats: leaf values times the rate, added in tree order. The code holds
    only float and int literals read from the model."""

    def __init__(self, data: dict[str, Any], cache_key: str | None = None) -> None:
        self.bias = float(data["bias"])
        self.rate = float(data["rate"])
        self.trees: list[_Tree] = [
            (t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in data["trees"]
        ]
        self._scored = 0
        self._pages = 0
        self._compiled: Callable[[list[float]], float] | None = None
        # where the compiled trees are cached between runs (``tree_cache``); looked up once
        self._cache_key = cache_key

    def total(self, row: list[float]) -> float:
        """The ensemble's log-odds for ``row``, by walking the trees."""
        total = self.bias
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] >= 0:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            total += self.rate * value[node]
        return total

    def probability(self, row: list[float]) -> float:
        return _sigmoid(self.total(row))

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        if self._compiled is None:
            self._compiled = self._cached() or self._compiled_for_a_batch(len(rows))
        total = self._compiled or self.total
        return [_sigmoid(total(row)) for row in rows]

    def _cached(self) -> Callable[[list[float]], float] | None:
        """The compiled trees a run before stored (``tree_cache``), looked up on
        the first page only."""
        if self._pages or self._cache_key is None:
            return None
        return tree_cache.load(self._cache_key)

    def _compiled_for_a_batch(self, rows: int) -> Callable[[list[float]], float] | None:
        """The compiled trees once this is a batch (see the class), else None."""
        self._scored += rows
        self._pages += 1
        if self._scored < COMPILE_AFTER and self._pages < COMPILE_AT_PAGE:
            return None
        code = _compile(self.bias, self.rate, self.trees)
        if self._cache_key is not None:
            tree_cache.store(self._cache_key, code)
        return tree_cache.function_of(code)


COMPILE_AFTER = 1000
COMPILE_AT_PAGE = 2


def _sigmoid(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


_Tree = tuple[list[int], list[float], list[int], list[int], list[float]]


def _compile(bias: float, rate: float, trees: list[_Tree]) -> CodeType:
    """Module code defining ``total(r)``: the trees' leaf values (times ``rate``)
    summed on ``bias``, in the order a loop over the trees would add them. The
    features the trees test are unpacked into local names once (``f3`` for
    ``r[3]``): a node's test is then a comparison of a local, not an index."""
    used = _tested_features(trees)
    body = []
    if used:
        width = max(used) + 1
        names = ", ".join(f"f{index}" if index in used else "_" for index in range(width))
        body.append(f"    {names}, = r[:{width}]")
    body.append(f"    t = {float(bias)!r}")
    body.extend(f"    t += {_node(tree, 0, rate)}" for tree in trees)
    source = "def total(r):\n" + "\n".join(body) + "\n    return t\n"
    return compile(source, "<cleaning model trees>", "exec")


def _tested_features(trees: list[_Tree]) -> set[int]:
    """The feature columns some split node of ``trees`` tests (leaves test none)."""
    return {
        int(column)
        for feature, _, left, _, _ in trees
        for column, child in zip(feature, left, strict=True)
        if int(child) >= 0
    }


def _node(tree: _Tree, node: int, rate: float) -> str:
    feature, threshold, left, right, value = tree
    if int(left[node]) < 0:
        return repr(rate * float(value[node]))
    return (
        f"({_node(tree, int(left[node]), rate)} if f{int(feature[node])} <= "
        f"{float(threshold[node])!r} else {_node(tree, int(right[node]), rate)})"
    )


class Model:
    def __init__(self, data: dict[str, Any], text: str | None = None) -> None:
        """``text``: the model file's text, when read from one (names its tree cache)."""
        keys = {name: tree_cache.cache_key(text, name) if text else None for name in FORESTS}
        self.line = Forest(data["line"], keys["line"])
        self.context = Forest(data["context"], keys["context"])
        self.threshold = float(data["threshold"])
        self.feature_names = tuple(data["feature_names"])


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None when the data file is missing or unreadable."""
    try:
        source = resources.files("toolkit.plugins.cleaning").joinpath("data").joinpath(MODEL_FILE)
        text = source.read_text(encoding="utf-8")
        return Model(json.loads(text), text)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def context_features(
    rows: list[list[float]], line_scores: list[float], names: tuple[str, ...]
) -> list[list[float]]:
    """One row of ``CONTEXT_NAMES`` per line, from the line model's scores."""
    count = len(line_scores)
    columns = [names.index(name) for name in (*_BASE_COLUMNS, *_BASE_COLUMNS_2)]
    log_words = [row[names.index("log_words")] for row in rows]
    weights = [(p - 0.5) * (1.0 + w) for p, w in zip(line_scores, log_words, strict=True)]
    first, last = best_run(weights)
    mass = [max(0.0, p - 0.5) * (1.0 + w) for p, w in zip(line_scores, log_words, strict=True)]
    total = sum(mass) or 1.0
    before = 0.0
    prefix = [0.0] * (count + 1)
    for index, p in enumerate(line_scores):
        prefix[index + 1] = prefix[index] + p
    blocks = _block_scores(rows, line_scores, names.index("blank_before"))
    base = list(map(itemgetter(*columns), rows))  # the line's own features, picked in C
    padded = [-1.0, -1.0, *line_scores, -1.0, -1.0]  # -1 where the page has no such line
    out = []
    for index, p in enumerate(line_scores):
        out.append(
            [
                p,
                padded[index + 1],
                padded[index + 3],
                padded[index],
                padded[index + 4],
                _window(prefix, index, 3),
                _window(prefix, index, 8),
                float(first <= index <= last),
                math.log1p(max(0, first - index)),
                math.log1p(max(0, index - last)) if last >= 0 else 0.0,
                before / total,
                (total - before - mass[index]) / total,
                *base[index],
                *blocks[index],
            ]
        )
        before += mass[index]
    return out


def _block_scores(
    rows: list[list[float]], scores: list[float], blank_before: int
) -> list[tuple[float, float, float]]:
    """(mean, min, max) line score of the block (lines between blank lines) of each line."""
    out: list[tuple[float, float, float]] = []
    start = 0
    for end in range(1, len(scores) + 1):
        if end == len(scores) or rows[end][blank_before]:
            block = scores[start:end]
            out.extend([(sum(block) / len(block), min(block), max(block))] * len(block))
            start = end
    return out


def _window(prefix: list[float], index: int, size: int) -> float:
    low, high = max(0, index - size), min(len(prefix) - 1, index + size + 1)
    return (prefix[high] - prefix[low]) / (high - low)


def line_scores(model: Model, rows: list[list[float]]) -> list[float]:
    return model.line.probabilities(rows)


def keep_scores(model: Model, rows: list[list[float]]) -> list[float]:
    """The context model's probability that each line is article text."""
    first = line_scores(model, rows)
    context = context_features(rows, first, model.feature_names)
    return model.context.probabilities(context)


# A line outside the article's run needs this much more score to be kept.
OUTSIDE_MARGIN = 0.2
RUN_MARGIN = 0.1


def decide(
    scores: list[float],
    log_words: list[float],
    threshold: float,
    prose: list[bool] | None = None,
) -> list[bool]:
    """Which lines to keep: those of the best contiguous run of likely article
    lines that reach ``threshold``, and lines elsewhere that clear it by a
    margin; then the run grows over the prose lines (``prose``) right before
    and after it, whatever their score (the body is one run of prose: a lead
    or last paragraph next to it is the article's). A page always keeps its
    best run (never nothing)."""
    if not scores:
        return []
    weights = [
        (p - threshold + RUN_MARGIN) * (1 + w) for p, w in zip(scores, log_words, strict=True)
    ]
    first, last = best_run(weights)
    keep = [
        (first <= i <= last and p >= threshold) or p >= threshold + OUTSIDE_MARGIN
        for i, p in enumerate(scores)
    ]
    if not any(keep):
        top = max(scores)
        first, last = best_run(
            [(p - top / 2) * (1 + w) for p, w in zip(scores, log_words, strict=True)]
        )
        keep = [first <= i <= last for i in range(len(scores))]
    if prose is not None and last >= 0:
        _grow_over_prose(keep, prose, first, last)
    return keep


def _grow_over_prose(keep: list[bool], prose: list[bool], first: int, last: int) -> None:
    index = first - 1
    while index >= 0 and prose[index]:
        keep[index] = True
        index -= 1
    index = last + 1
    while index < len(keep) and prose[index]:
        keep[index] = True
        index += 1


# A text with fewer than FURNITURE_LINES lines scoring below FURNITURE_SCORE has
# no clear page furniture: it is an article as such (lists and short lines
# included; one odd line such as a wire story's sign-off is not a page's
# furniture) and keeps every line.
FURNITURE_SCORE = 0.1
FURNITURE_LINES = 2


def keep_lines(model: Model, rows: list[list[float]]) -> list[bool] | None:
    """Which lines to keep, or None to keep all (nothing clearly furniture)."""
    scores = keep_scores(model, rows)
    if sum(score < FURNITURE_SCORE for score in scores) < FURNITURE_LINES:
        return None
    log_words = [row[model.feature_names.index("log_words")] for row in rows]
    prose_column = model.feature_names.index("prose")
    return decide(scores, log_words, model.threshold, [row[prose_column] > 0 for row in rows])
