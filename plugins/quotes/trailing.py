"""Reported speech whose attribution follows the content, without quotation marks.

``The economy is weak, Donald Trump said.``, ``..., said Jo Lee, a spokeswoman.``,
``..., Dr. Lee told reporters in Geneva.`` and, in the middle of the sentence,
``At one point, she said, she was considering a run.``

The attribution after the comma is read exactly as after a direct quote
(``direct._after_attribution``); the content is the sentence up to that comma
(and, for a parenthetical attribution, the rest of the sentence after it). The
content must read as a clause (a finite verb, see ``clauses.verb_like``), so an
introductory phrase (``At the rally on Tuesday, Lee said ...``) is no report.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .candidate import Candidate
from .clauses import (
    ALSO_NOUNS,
    AUXILIARIES,
    IRREGULAR_PAST,
    NOT_BEFORE_VERB,
    PLAIN_SAYING,
    TIME_WORDS,
    verb_like,
)
from .cues import Cue, find_cue_forward
from .direct import _after_attribution
from .reporting_verbs import SPEECH_BASES
from .second_clause import statement_apposition

_MIN_CONTENT_WORDS = 3
_MAX_TAIL = 12
_DASHES = frozenset(
    {"—", "–", "--"}
)  # adjuncts after the verb: "told reporters in Geneva on Monday"
_TAIL_STOPS = frozenset({"that", ":"}) | AUXILIARIES


def reports_before_attribution(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    inside_quote: Callable[[int], bool],
    words: list[str],
    cue_indices: list[int],
) -> list[Candidate]:
    """Reports of one sentence (``tokens[first:last]``) whose attribution follows them.

    ``words`` are the texts of all the document's tokens and ``cue_indices`` the
    indices of those whose lower case is in ``CUE_WORDS``, in order: the sentence's
    commas and the verbs near them are looked up, not scanned for token by token.
    """
    found: list[Candidate] = []
    if tokens[first].text in QUOTE_MARKS and not _partial_opening(tokens, first, last):
        return found  # the sentence opens with a quotation: its attribution is not read here
    index = first + 1
    stop = last - 2
    while index < stop:
        try:
            index = words.index(",", index, stop)
        except ValueError:
            break
        token = tokens[index]
        # 'It may be "strategic," said Lee': the comma inside the closing mark
        closing = tokens[index + 1].text in QUOTE_MARKS
        if inside_quote(token.start) and not closing:
            index += 1
            continue
        after = index + 1 if closing else index
        if not _cue_soon(cue_indices, after, last):
            index += 1
            continue
        candidate = _report_ending_at(text, tokens, first, index, after, last)
        if candidate is None:
            index += 1
            continue
        outer = _outer_attribution(text, tokens, first, last, candidate, cue_indices)
        found.append(outer or candidate)
        break  # one attribution of this shape per sentence
    return found


def _outer_attribution(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    inner: Candidate,
    cue_indices: list[int],
) -> Candidate | None:
    """'..., all things the Tories promised, said Lee.': when the comma closing the verb
    found first opens another attribution, that verb was inside the content (a relative
    clause) and the later attribution reports the whole stretch before it."""
    if inner.parts:
        return None
    cue = next(i for i in range(first, last) if tokens[i].start >= inner.anchor)
    comma = next((i for i in range(cue + 1, last - 2) if tokens[i].text == ","), None)
    if comma is None or not _cue_soon(cue_indices, comma, last):
        return None
    return _report_ending_at(text, tokens, first, comma, comma, last)


def _partial_opening(tokens: list[Token], first: int, last: int) -> bool:
    """Does the sentence open with a quoted phrase that the sentence goes on after
    ('"Boots on the ground" would be right, Lee said')?"""
    for index in range(first + 1, min(last - 1, first + _MAX_OPENING_PHRASE)):
        if tokens[index].text in QUOTE_MARKS:
            ended = tokens[index - 1].text in _CLAUSE_END  # '"This is it," said Lee'
            return not ended and tokens[index + 1].text[0].isalnum()
    return False


_MAX_OPENING_PHRASE = 8
_CLAUSE_END = frozenset(",.!?;:")


def _cue_soon(cue_indices: list[int], after: int, last: int) -> bool:
    """Is there a verb of saying within the next few words (cheap test first)?"""
    at = bisect.bisect_right(cue_indices, after)
    return at < len(cue_indices) and cue_indices[at] < min(last, after + _REACH)


_REACH = 16  # an apposition may stand between the comma and the verb


def _report_ending_at(
    text: str, tokens: list[Token], first: int, comma: int, after: int, last: int
) -> Candidate | None:
    """The report ``tokens[first:comma]`` if an attribution starts at ``after`` (the
    comma, or the closing mark just after it)."""
    if tokens[first].lower == "according":
        return None  # "According to Lee, X claimed ...": an attribution, not a content
    if statement_apposition(tokens, comma, last):
        return None  # "..., claims denied by Seoul": the writer names the report
    mention, cue, end = _after_attribution(text, tokens, after, last, True)
    if cue is None and after > comma:
        mention, cue, end = _after_attribution(text, tokens, after + 1, last, True)
    if cue is None and after == comma:
        cue = _cue_after_noun_phrase(tokens, comma + 1, last)
        end = cue.last + 1 if cue is not None else -1
    elif mention is None:
        return None
    if cue is None or cue.base not in SPEECH_BASES:
        return None
    if end < 0 or cue.word.lower().endswith("ing"):
        return None  # "..., saying": a participle belongs to the clause before
    parts = [_span(text, tokens, first, comma)]
    tail_end = _tail_end(tokens, end, last)
    if tail_end is None:
        return None
    if (
        tail_end < last
        and tokens[tail_end].text == ","
        and sentence_continues(tokens, tail_end, last)
    ):
        rest = _span(text, tokens, tail_end + 1, last)
        if rest[1] - rest[0] > 0:
            parts.append(rest)  # "At one point, she said, she was ..."
    words = sum(len(text[s:e].split()) for s, e in parts)
    if words < _MIN_CONTENT_WORDS or not _has_clause(tokens, first, comma, parts, last):
        return None
    candidate = Candidate(parts[0][0], parts[-1][1], "indirect", tokens[cue.index].start)
    candidate.mention, candidate.cue = mention, cue.word
    candidate.parts = parts if len(parts) > 1 else []
    candidate.sentence_start = tokens[first].start
    return candidate


def _cue_after_noun_phrase(tokens: list[Token], start: int, last: int) -> Cue | None:
    """The verb of an attribution whose subject is a common noun phrase, no name:
    "..., the airline said.", "..., one longtime friend said.", "..., opponents say."

    The subject is a few words with a common noun (lower case) at its head, no
    punctuation and no word that opens a clause ("..., which they said").
    """
    cue = find_cue_forward(tokens, start, last, _MAX_NOUN_PHRASE + 1)
    if cue is None or cue.index == start or cue.index - start > _MAX_NOUN_PHRASE:
        return None
    if cue.base not in PLAIN_SAYING or cue.word.lower().endswith("ing"):
        return None
    words = tokens[start : cue.index]
    head = words[-1]
    if len(words) == 1 and head.lower in _SUBJECT_PRONOUNS:
        return cue if _adjuncts_only(tokens, cue, last) else None  # "..., it said."
    if not head.text[0].islower() or not head.text.isalpha() or head.lower in _NOT_NOUN_HEAD:
        return None
    if head.lower in NOT_BEFORE_VERB:
        return None  # "..., took the questions": a determiner is no head
    for word in words:
        if word.lower in _POSSESSIVE_MARKS:
            continue  # "the prime minister's spokesman"
        if not word.text[0].isalnum() or word.lower in _NOT_IN_NOUN_PHRASE:
            return None
        if word.lower in AUXILIARIES or word.lower in IRREGULAR_PAST:
            return None  # a verb: the words are a predicate, not a subject
        if word.lower.endswith(("ed", "ly")) and word.text[0].islower():
            return None
    form = cue.word.lower()
    if form != cue.base and form.endswith("s") and cue.base in ALSO_NOUNS:
        return None  # "..., answered their questions": a plural noun, not a verb
    if form == cue.base and not head.lower.endswith("s"):
        return None  # a plain present form agrees with a plural subject ("opponents say")
    return cue if _adjuncts_only(tokens, cue, last) else None


def _adjuncts_only(tokens: list[Token], cue: Cue, last: int) -> bool:
    """Does the attribution end after its verb, or go on only with adjuncts ("said on
    Monday", "said in a statement")? An object ("their smiles said a lot") or an agent
    ("first reported by the Ledger") means the words before are no speaker."""
    following = cue.last + 1
    if following >= last or not tokens[following].text[0].isalnum():
        return True
    lower = tokens[following].lower
    return cue.base == "tell" or lower in _ADJUNCT_OPENERS or lower in TIME_WORDS


_MAX_NOUN_PHRASE = 5
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_SUBJECT_PRONOUNS = frozenset("it they he she we i".split())
_ADJUNCT_OPENERS = frozenset(
    """in on at during last this late early after before when while through via earlier
    later today yesterday recently""".split()
)
_NOT_IN_NOUN_PHRASE = frozenset(
    """that which who whom whose what when where while if as because but so than though
    although after before since until unless whether it i you he she we they to not""".split()
)
_NOT_NOUN_HEAD = frozenset("also later then now still again once already".split())


def sentence_continues(tokens: list[Token], comma: int, last: int) -> bool:
    """Does the sentence go on after a parenthetical attribution (not "..., who ...")?"""
    if comma + 1 >= last or tokens[comma + 1].lower in _RELATIVE_OR_PARTICIPLE:
        return False
    if tokens[comma + 1].lower.endswith("ing"):
        return False
    if tokens[comma + 1].lower in _CONTINUATIONS:
        return True  # "..., strategists said, for Democrats to act now": no apposition
    # the rest must be a clause of its own, not an apposition ("..., a professor.")
    return any(
        verb_like(tokens[index], index - comma, tokens[index - 1])
        for index in range(comma + 1, last)
    )


# Words that continue a sentence and never open an apposition of the speaker.
_CONTINUATIONS = frozenset(
    "for and but because although though since if so while to with than or".split()
)
_RELATIVE_OR_PARTICIPLE = frozenset("who which whom whose where when adding noting".split())


def _tail_end(tokens: list[Token], end: int, last: int) -> int | None:
    """Where the attribution's adjuncts end: the sentence end or a comma; None when a
    clause follows instead ("..., he said he would ...")."""
    for index in range(end, min(last, end + _MAX_TAIL)):
        token = tokens[index]
        if token.text == "," or token.text in ".!?":
            return index
        if token.text in _DASHES:
            return index  # "..., the agency reported on Tuesday -- a sign that ..."
        if token.lower in _TAIL_STOPS or token.text in QUOTE_MARKS:
            return None
    return last if last - end <= _MAX_TAIL else None


def _has_clause(
    tokens: list[Token], first: int, comma: int, parts: list[tuple[int, int]], last: int
) -> bool:
    position = 0
    for index in range(first, comma):
        if verb_like(tokens[index], position):
            return True
        position += 1
    if len(parts) > 1:
        return any(
            verb_like(token, 1) for token in tokens[comma:last] if token.start >= parts[1][0]
        )
    return False


def _span(text: str, tokens: list[Token], first: int, end: int) -> tuple[int, int]:
    if end <= first:
        return tokens[first].start, tokens[first].start
    start, stop = tokens[first].start, tokens[end - 1].end
    while stop > start and text[stop - 1] in " \t\n,;:.":
        stop -= 1
    return start, stop
