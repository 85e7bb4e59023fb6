"""Pair quotation marks into quoted spans in one linear pass.

Handles straight ("), curly (“ ” „), angle (« » ‹ ›) and curly single (‘ ’)
marks; two-character marks (the NYT's ''…'' and TeX's ``…'') are first turned
into a straight mark by ``plain_double_marks``. A paragraph that opens a quote
without closing it continues into the next paragraph when that one starts with
an opening mark (news style). Odd or unbalanced marks never raise: a quote left
open at the end of a paragraph is closed there when it is long enough to be
speech, and dropped otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.quotation_marks import QUOTE_MARKS

# Two apostrophes or two backticks standing for a double quotation mark.
_TWO_CHARACTER_MARK = re.compile(r"(?<![`'’])(?:''|``)(?![`'’])")
# Quotation marks; and line breaks with the white space after them.
_LINE_BREAK = re.compile(r"\n\s*")

# Opening mark -> marks that may close it.
_CLOSERS: dict[str, str] = {
    '"': '"”“',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‘": "’",
}
_DOUBLE_OPENERS = frozenset('"“„«»')
_OPENERS_AND_CURLY = _DOUBLE_OPENERS | {"“"}
_ALWAYS_CLOSING = frozenset("”")
_OPENING_CONTEXT = frozenset(" \t\n([{—–-/:;,\u00a0")
# An unterminated quote shorter than this is more likely a stray mark than speech.
_MIN_UNTERMINATED_WORDS = 4


@dataclass
class QuoteSpan:
    """A quoted span: ``parts`` are content spans (without marks), one per paragraph."""

    open_mark: int
    close_mark: int | None
    parts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _is_letter(char: str) -> bool:
    return char.isalnum()


def _can_open(text: str, pos: int) -> bool:
    """A mark opens when it is followed by text and not glued to a word on its left."""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if not after or after.isspace():
        return False
    if text[pos] == "’":
        return False
    before = text[pos - 1] if pos > 0 else " "
    return before in _OPENING_CONTEXT or before in _DOUBLE_OPENERS or not _is_letter(before)


def _can_close_single(text: str, pos: int) -> bool:
    """’ closes a single quote unless it is an apostrophe inside a word (don’t)."""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return not (after and _is_letter(after))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[QuoteSpan] = []
        self.opener: str | None = None
        self.open_at = -1
        self.parts: list[tuple[int, int]] = []
        self.part_start = -1
        self.skip_at = -1
        self.nested = 0
        self._balance_end = -1
        self._balanced = False

    def balanced(self, pos: int) -> bool:
        """Do the curly marks of the paragraph holding ``pos`` pair up? (cached per paragraph)"""
        if pos >= self._balance_end:
            start = self.text.rfind("\n", 0, pos) + 1
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            paragraph = self.text[start:end]
            self._balanced = paragraph.count("“") == paragraph.count("”")
            self._balance_end = end
        return self._balanced

    def open(self, mark: str, pos: int) -> None:
        self.opener, self.open_at, self.parts, self.part_start = mark, pos, [], pos + 1
        self.nested = 0

    def close(self, pos: int, terminated: bool) -> None:
        start, end = _trimmed(self.text, self.part_start, pos)
        if start < end:
            self.parts.append((start, end))
        if self.parts and (terminated or self._words() >= _MIN_UNTERMINATED_WORDS):
            self.spans.append(QuoteSpan(self.open_at, pos if terminated else None, self.parts))
        self.opener = None

    def _words(self) -> int:
        return sum(len(self.text[s:e].split()) for s, e in self.parts)

    def line_break(self, match: re.Match[str]) -> None:
        if self.opener is None:
            return
        nxt = match.end()
        next_char = self.text[nxt] if nxt < len(self.text) else ""
        continues = self.opener in _DOUBLE_OPENERS and next_char == self.opener
        if self.opener == "“" and next_char in '"“':
            continues = True
        if continues:
            start, end = _trimmed(self.text, self.part_start, match.start())
            if start < end:
                self.parts.append((start, end))
            self.part_start = nxt + 1
            self.skip_at = nxt
        else:
            self.close(match.start(), terminated=False)

    def mark(self, mark: str, pos: int) -> None:
        text = self.text
        if self.skip_at == pos:
            return
        if self.opener == "‘" and mark in _DOUBLE_OPENERS:
            self.opener = None  # a single mark never closed: it was an apostrophe
        if self.opener is None:
            if mark in _CLOSERS and mark not in _ALWAYS_CLOSING and _can_open(text, pos):
                self.open(mark, pos)
            return
        if mark not in _CLOSERS[self.opener]:
            return
        if pos == self.part_start and mark in _OPENERS_AND_CURLY:
            self.part_start = pos + 1  # doubled opening marks: '"“Hello'
            return
        if self.nested and mark in '”"':
            self.nested -= 1
            return
        if self.opener == "‘" and not _can_close_single(text, pos):
            return
        if mark == self.opener == "“" and _can_open(text, pos) and text[pos - 1].isspace():
            if self.balanced(pos):
                self.nested += 1  # “a “nested” quote” in a paragraph whose marks pair up
                return
            # A second opening mark: the first one was never closed.
            self.close(pos, terminated=False)
            self.open(mark, pos)
            return
        self.close(pos, terminated=True)

    def inside_double(self) -> bool:
        return self.opener is not None and self.opener != "‘"


def plain_double_marks(text: str) -> str:
    """``text`` with each two-character mark (''…'' or ``…'') replaced by a straight ``"``
    and a space, so that every offset stays the same.

    The space goes on the outer side: ``''We`` becomes `` "We`` (an opening mark) and
    ``me,''`` becomes ``me," `` (a closing one), as a straight mark would stand.
    """
    if "''" not in text and "``" not in text:
        return text
    return _TWO_CHARACTER_MARK.sub(_plain_mark, text)


def _plain_mark(match: re.Match[str]) -> str:
    following = match.string[match.end() : match.end() + 1]
    opening = match.group() == "``" or following.isalnum()
    return ' "' if opening else '" '


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted spans of ``text`` in order; nested single quotes stay inside their parent."""
    scanner = _Scanner(text)
    after_previous = 0
    for position in mark_positions(text):
        _line_breaks(scanner, after_previous, position)
        after_previous = position + 1
        mark = text[position]
        if mark in "‘’" and scanner.inside_double():
            continue
        scanner.mark(mark, position)
    _line_breaks(scanner, after_previous, len(text))
    if scanner.opener is not None:
        scanner.close(len(text), terminated=False)
    return scanner.spans


def mark_positions(text: str) -> list[int]:
    """Offsets of the quotation marks in ``text``, in order. Each mark is looked for with
    ``str.find``, a scan in C that costs about one instruction per character; a regular
    expression's character class costs dozens per character."""
    found: list[int] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


_MARKS = sorted(QUOTE_MARKS)


def _line_breaks(scanner: _Scanner, start: int, end: int) -> None:
    """The line breaks between two marks, in order. They only matter inside an open
    quote, and only a mark opens one, so most gaps are not searched at all."""
    if scanner.opener is None:
        return
    for match in _LINE_BREAK.finditer(scanner.text, start, end):
        scanner.line_break(match)
        if scanner.opener is None:
            return
