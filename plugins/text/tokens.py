"""Word and punctuation tokens with their character offsets, for the quotes analyzer.

A token is a run of word characters, possibly joined by ``-``, an apostrophe or a
full stop ("al-Sharaa", "don't", "U.S"), or one punctuation character. The whole
document is split once; its tokens are kept both as objects and as plain lists
(``TokenColumns``), because scans over every token are much cheaper on lists.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import NamedTuple

# The look-ahead lets the engine skip white space without trying both branches, and
# the possessive quantifiers never give back word characters (nothing after them could
# use one): the same tokens as (\w+(?:[-'’.]\w+)*|[^\w\s]) for fewer instructions.
_TOKEN_SPLIT = re.compile(r"(?=\S)(\w++(?:[-'’.]\w++)*+|[^\w\s])")


class Token:
    """A word or punctuation token; ``lower`` is computed once (it is read very often)."""

    __slots__ = ("text", "start", "end", "lower")

    def __init__(self, text: str, start: int, end: int, lower: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = lower

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class TokenColumns(NamedTuple):
    """A document's tokens, and the same as plain lists (scans over all tokens use these)."""

    tokens: list[Token]
    words: list[str]
    lowers: list[str]
    starts: list[int]


def tokenize_columns(text: str, start: int = 0, end: int | None = None) -> TokenColumns:
    """Tokens of ``text[start:end]`` (absolute offsets) with their columns."""
    end = len(text) if end is None else end
    # split() with a capturing group alternates gaps (white space only) and tokens,
    # so the running sum of their lengths gives every token's offsets.
    part = text[start:end]
    pieces = _TOKEN_SPLIT.split(part)
    words = pieces[1::2]
    lowers = _lowered(words, part.isascii())
    bounds = list(accumulate(map(len, pieces), initial=start))
    starts = bounds[1:-1:2]
    tokens = list(map(Token, words, starts, bounds[2::2], lowers))
    return TokenColumns(tokens, words, lowers, starts)


def _lowered(words: list[str], ascii_text: bool) -> list[str]:
    """Each word in lower case. Those of an ASCII text all at once in C: joined
    by line breaks (white space: no token holds one), lowered, split again
    (ASCII lower case maps each character alone). Elsewhere word by word: a
    long text with other characters lowers slower than its words one by one
    (mostly ASCII, each lowered on the fast path)."""
    if ascii_text and words:
        return "\n".join(words).lower().split("\n")
    return list(map(str.lower, words))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets."""
    return tokenize_columns(text, start, end).tokens


class TokenIndex:
    """Find tokens by character offset; ``words`` and ``lowers`` are the tokens' texts."""

    def __init__(self, tokens: list[Token], columns: TokenColumns | None = None) -> None:
        self.tokens = tokens
        if columns is not None and columns.tokens is tokens:
            self.starts, self.words, self.lowers = columns.starts, columns.words, columns.lowers
        else:
            self.starts = [t.start for t in tokens]
            self.words = [t.text for t in tokens]
            self.lowers = [t.lower for t in tokens]

    @classmethod
    def of_columns(cls, columns: TokenColumns) -> TokenIndex:
        return cls(columns.tokens, columns)

    def at_or_after(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)
