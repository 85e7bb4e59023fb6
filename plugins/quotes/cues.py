"""Reporting verbs ("said", "told reporters", "according to") found among the
document's tokens, forwards or backwards from a quote, and the full stops that
belong to a name ("Sen.", "J.") rather than end a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from ..text.name_words import initial_dot
from ..text.people import TITLE_ABBREVIATIONS
from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .reporting_verbs import CUE_FORMS, PHRASE_CUES, SPEECH_BASES

SENTENCE_END = frozenset(".!?")
CLAUSE_BREAK = frozenset(",;:()—–[]")
_SPEECH_OR_THINK = SPEECH_BASES | {"think"}
# Lower-case words that may start a cue (or "according to"): a cheap filter before cue_at.
# Hot loops test ``token.lower in CUE_WORDS`` themselves before calling cue_at.
CUE_WORDS = frozenset(CUE_FORMS) | {phrase[0] for phrase in PHRASE_CUES}
CUE_TRIGGERS = CUE_WORDS | {"according"}
_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in PHRASE_CUES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def indices_in(words: list[str], wanted: frozenset[str]) -> list[int]:
    """Indices of the ``words`` that are in ``wanted``, in order: the document's possible
    cues in one pass that runs in C (a loop over every token in Python costs far more)."""
    return list(compress(range(len(words)), map(wanted.__contains__, words)))


@dataclass
class Cue:
    """A reporting verb: ``index``..``last`` are its tokens (``last`` inclusive)."""

    index: int
    last: int
    word: str
    base: str


def cue_at(tokens: list[Token], index: int) -> Cue | None:
    """The reporting verb starting at ``tokens[index]``, multi-word cues included."""
    token = tokens[index]
    lower = token.lower
    if lower not in CUE_WORDS:
        return None  # the common case, kept cheap: this runs on many tokens
    if lower == "written" and index > 0 and tokens[index - 1].lower in {"a", "the"}:
        return None  # "told the Post in a written statement": an adjective
    if token.text[0].isupper() and index > 0:
        # "State" and "Post" are names here, not verbs. Right after a quotation a
        # sentence may open with one ('"...." Added Lee'), but not with a base form:
        # '"...," State spokesman Mark Toner said'.
        if tokens[index - 1].text not in QUOTE_MARKS or CUE_FORMS.get(lower) == lower:
            return None
    for phrase in _PHRASES_BY_FIRST.get(lower, ()):
        if index + len(phrase) <= len(tokens):
            if all(tokens[index + k].lower == word for k, word in enumerate(phrase)):
                last = index + len(phrase) - 1
                words = " ".join(t.text for t in tokens[index : last + 1])
                return Cue(index, last, words, phrase[0])
    base = CUE_FORMS.get(lower)
    if base is None:
        return None
    return Cue(index, index, tokens[index].text, base)


def _skip_parenthesis(tokens: list[Token], index: int, high: int) -> int:
    """Index after the ")" closing the "(" at ``index`` ("Rep. Jo Lee (D-Wash.) said"), or -1."""
    for probe in range(index + 1, min(high, index + 8)):
        if tokens[probe].text == ")":
            return probe + 1
        if tokens[probe].text in QUOTE_MARKS or tokens[probe].text == "(":
            return -1
    return -1


def dot_in_name(tokens: list[Token], dot: int, high: int) -> bool:
    """Is the "." at ``dot`` inside a name: after a title ("Sen.") or a middle initial
    ("said Benjamin J. Rhodes")?"""
    if tokens[dot - 1].lower in TITLE_ABBREVIATIONS:
        return True
    return dot + 1 < high and initial_dot(tokens, dot)


def find_cue_forward(tokens: list[Token], start: int, high: int, limit: int = 9) -> Cue | None:
    """The first reporting verb in ``tokens[start:high]`` before any clause break."""
    index = start
    while index < min(high, start + limit):
        token = tokens[index]
        if token.text == "(" and index > start:
            after = _skip_parenthesis(tokens, index, high)
            if after < 0:
                return None
            limit += after - index  # "(D-Nev.)" does not count against the reach
            index = after
            continue
        if token.text in CLAUSE_BREAK or token.text in SENTENCE_END:
            if not (token.text == "." and index > start and dot_in_name(tokens, index, high)):
                if index > start:
                    return None
                index += 1
                continue
        if token.text in QUOTE_MARKS:
            return None
        cue = cue_at(tokens, index)
        if cue is not None and cue.base in _SPEECH_OR_THINK:
            return cue
        index += 1
    return None


def find_cue_backward(tokens: list[Token], end: int, low: int, limit: int = 14) -> Cue | None:
    """The last reporting verb in ``tokens[low:end]`` within ``limit`` tokens."""
    for index in range(end - 1, max(low, end - limit) - 1, -1):
        token = tokens[index]
        if token.text in QUOTE_MARKS:
            return None
        if token.lower in CUE_WORDS:
            cue = cue_at(tokens, index)
            if cue is not None:
                return cue
    return None
