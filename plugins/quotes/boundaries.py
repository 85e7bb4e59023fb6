"""A document's sentence and paragraph breaks among its tokens, found once.

``context.is_boundary`` says whether a break stands before one token; a quote's
sentence is found by walking from the quote to the nearest break on each side.
``Boundaries`` tests only the tokens that can follow a break (after ".", "!", "?"
or a line break) once per document, so each walk becomes two look-ups with the
same result.
"""

from __future__ import annotations

import bisect
import re

from ..text.tokens import Token
from .context import is_boundary
from .cues import SENTENCE_END

_LINE_BREAK = re.compile(r"\n")


def _stop_tokens(text: str, words: list[str], starts: list[int]) -> list[int]:
    """Indices of the tokens ".", "!" and "?", in order: each stop character is found
    with ``str.find`` (a scan in C) and its token looked up by offset, which costs far
    less than looking every token up in a set (each word would be hashed)."""
    found = []
    count = len(starts)
    for stop in SENTENCE_END:
        at = text.find(stop)
        while at >= 0:
            index = bisect.bisect_left(starts, at)
            if index < count and starts[index] == at and words[index] == stop:
                found.append(index)  # not the "." inside "U.S" or "e.g"
            at = text.find(stop, at + 1)
    found.sort()
    return found


class Boundaries:
    """The indices ``i`` (``0 < i < len(tokens)``) with ``is_boundary(text, tokens, i)``."""

    def __init__(self, text: str, tokens: list[Token], words: list[str], starts: list[int]) -> None:
        self.count = len(tokens)
        after_stop = {index + 1 for index in _stop_tokens(text, words, starts)}
        # a line break lies in the gap before the first token that starts after it
        after_break = {bisect.bisect_right(starts, m.start()) for m in _LINE_BREAK.finditer(text)}
        self.at = sorted(
            index
            for index in after_stop | after_break
            if 0 < index < self.count and is_boundary(text, tokens, index)
        )

    def start_before(self, index: int, reach: int) -> int:
        """The nearest break at or before ``index``, at most ``reach`` tokens back
        (else ``index - reach``, and 0 at the start of the document)."""
        at = bisect.bisect_right(self.at, index) - 1
        if at >= 0 and self.at[at] > index - reach:
            return self.at[at]
        return max(index - reach, 0)

    def end_after(self, index: int, reach: int) -> int:
        """The nearest break after ``index``, less than ``reach`` tokens on (else
        ``index + reach``, and the token count at the end of the document)."""
        limit = min(self.count, index + reach)
        if index >= limit:
            return index
        at = bisect.bisect_right(self.at, index)
        if at < len(self.at) and self.at[at] < limit:
            return self.at[at]
        return limit
