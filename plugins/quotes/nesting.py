"""Reports inside reports: where one attribution's content holds another verb of saying.

``_that_after`` skips a relative clause set off by commas between a verb and its
"that"; a verb inside such a clause reports only up to its closing comma; a report
read from a verb inside a trailing attribution's content is dropped when it runs over
that attribution; ``according to`` after a quotation's own attribution relays it.
Used by ``indirect``; see docs/quotes.md (fifth pass).
"""

from __future__ import annotations

from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .candidate import Candidate
from .clauses import AUXILIARIES, IRREGULAR_PAST
from .complements import STOPS_BEFORE_THAT
from .cues import CUE_WORDS, cue_at


def relative_clause_end(tokens: list[Token], comma: int, end: int) -> int | None:
    """The comma closing a relative clause set off by commas (", in which ... ,",
    ", which ... ,") that opens at ``tokens[comma]``, or None."""
    if tokens[comma].text != "," or comma + 2 >= end:
        return None
    opener = comma + 1
    if tokens[opener].lower in _RELATIVE_PREPOSITIONS:
        opener += 1
    if tokens[opener].lower not in _RELATIVE_WORDS:
        return None
    for index in range(opener + 1, min(end - 1, opener + _MAX_RELATIVE_CLAUSE)):
        if tokens[index].text == "," and tokens[index + 1].start > tokens[index].end:
            return index  # a comma before a space, not in "28,000"
        if tokens[index].text in STOPS_BEFORE_THAT or tokens[index].text in QUOTE_MARKS:
            return None
    return None


def relative_clause_close(tokens: list[Token], cue, first: int, last: int) -> int:  # noqa: ANN001
    """Where the content of a verb inside a relative clause set off by commas ends
    (", in which Tolmia accused Arvania of ..., that"): at its closing comma."""
    for probe in range(cue.index - 1, first - 1, -1):
        if tokens[probe].text == ",":
            closing = relative_clause_end(tokens, probe, last)
            return closing if closing is not None and closing > cue.last else last
    return last


_RELATIVE_PREPOSITIONS = frozenset("in at during after before from on of by".split())
_RELATIVE_WORDS = frozenset("which who whom whose where when".split())
_MAX_RELATIVE_CLAUSE = 30


def runs_over(text: str, inner: Candidate, outer: Candidate) -> bool:
    """'..., things the Tories promised to win support, said Lee.': a verb inside Lee's
    content whose object is no clause (an infinitive or a noun phrase: no 'that', no
    finite verb), read as a report running on over Lee's attribution."""
    if not outer.start < inner.anchor < outer.end < inner.end or outer.anchor >= inner.end:
        return False
    words = text[inner.start : outer.end].lower().split()
    if not words or " that " in text[inner.anchor : inner.start + 1]:
        return False
    return words[0] == "to" or not any(
        w in AUXILIARIES or w in IRREGULAR_PAST or w.endswith("ed") for w in words
    )


def quote_attributed_before(tokens: list[Token], according: int, first: int) -> bool:
    """Does ", according to" follow a quotation's own attribution ('"...," Lee said by
    telephone, according to the agency')? The agency relayed the quote; Lee said it."""
    for probe in range(according - 1, max(first, according - _ATTRIBUTION_REACH) - 1, -1):
        if tokens[probe].text in QUOTE_MARKS:
            between = tokens[probe + 1 : according]
            return any(
                t.lower in CUE_WORDS and cue_at(tokens, i) is not None
                for i, t in enumerate(between, probe + 1)
            )
    return False


_ATTRIBUTION_REACH = 12
