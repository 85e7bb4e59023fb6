"""The ``length`` scorer: penalises fragments and run-on sentences.

A sentence of ``FULL_FROM`` to ``FULL_UNTIL`` words scores 1; shorter ones
(datelines, captions, "Read more.") fall linearly to 0, longer ones (often
lists or a missed sentence boundary) decay gently towards 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit import hookimpl
from toolkit.hookspecs import RegisterScorer
from toolkit.selection import word_count

if TYPE_CHECKING:
    from toolkit.models import Document

FULL_FROM = 10
FULL_UNTIL = 40


def length_score(words: int) -> float:
    if words <= 0:
        return 0.0
    if words < FULL_FROM:
        return words / FULL_FROM
    if words <= FULL_UNTIL:
        return 1.0
    return FULL_UNTIL / words


def score_length(document: Document) -> list[float]:
    return [length_score(word_count(sentence.text)) for sentence in document.sentences]


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("length", score_length, weight=0.3, order=40)
