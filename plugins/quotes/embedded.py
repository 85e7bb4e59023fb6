"""Reports embedded in other structures: relative clauses ("a law that critics said
was unfair"), and Title Case headlines ("Lee Says Tolls Will Rise")."""

from __future__ import annotations

from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .candidate import Candidate
from .clauses import (
    AUXILIARIES,
    NOT_SUBJECT_START,
    PLAIN_SAYING,
    noun_use,
    trim_span,
    verb_like,
)
from .cues import Cue
from .reporting_verbs import CUE_FORMS
from .verb_subjects import subject_of_cue

_MIN_CONTENT_WORDS = 3


def headline_report(
    text: str, tokens: list[Token], index: int, first: int, last: int
) -> Candidate | None:
    """ "Lee Says Ferry Tolls Will Rise": in a Title Case line every word is capitalised,
    so an inflected verb of saying after a name is a verb, and the rest of the line is
    what was said."""
    token = tokens[index]
    base = CUE_FORMS.get(token.lower)
    if base is None or base == token.lower or base not in PLAIN_SAYING or index <= first:
        return None
    if token.lower.endswith("ing") or not tokens[index - 1].text[0].isupper():
        return None
    line_start = text.rfind("\n", 0, token.start) + 1
    line_end = text.find("\n", token.end)
    line_end = len(text) if line_end < 0 else line_end
    if not _title_case(text[line_start:line_end]):
        return None
    stop = index + 1
    while stop < last and tokens[stop].start < line_end:
        stop += 1
    content = index + 1
    if (
        content >= stop
        or tokens[content].lower in NOT_SUBJECT_START
        or not tokens[content].text[0].isalnum()
    ):
        return None  # "Things Lee Said In 2015": no clause follows
    start, end = trim_span(text, tokens[content].start, tokens[stop - 1].end)
    if len(text[start:end].split()) < _MIN_CONTENT_WORDS:
        return None
    cue = Cue(index, index, token.text, base)
    mention = subject_of_cue(text, tokens, cue, max(first, _token_at(tokens, line_start, index)))
    candidate = Candidate(start, end, "indirect", token.start, mention, token.text)
    candidate.sentence_start = tokens[first].start
    return candidate


def _token_at(tokens: list[Token], offset: int, high: int) -> int:
    index = high
    while index > 0 and tokens[index - 1].start >= offset:
        index -= 1
    return index


def _title_case(line: str) -> bool:
    """Are (nearly) all the words of four letters or more capitalised?"""
    words = [word for word in line.split() if len(word) >= 4 and word[0].isalpha()]
    if len(words) < 3:
        return False
    capitalised = sum(word[0].isupper() for word in words)
    return capitalised >= 0.8 * len(words)


def relative_report(
    text: str, tokens: list[Token], cue: Cue, first: int, last: int
) -> Candidate | None:
    """A report inside a relative clause: "a law that critics said was unfair", "the
    plan, which officials say will start soon,". The relative pronoun is the subject of
    the reported clause, so a finite verb follows the verb of saying at once; the
    report runs from that verb to the end of the relative clause (a comma or the end).
    """
    following = cue.last + 1
    if cue.base not in PLAIN_SAYING or cue.base == "tell" or following >= last:
        return None
    if not verb_like(tokens[following], 1) or noun_use(tokens, cue.index, cue.base):
        return None
    relative = relative_before(tokens, cue.index, first)
    if relative is None and (tokens[following].lower not in AUXILIARIES or cue.base != "say"):
        return None  # without a relative pronoun ("a probe the agency said was ongoing")
    if cue.index - 1 <= first or not tokens[cue.index - 1].text[0].isalnum():
        return None  # an auxiliary can only follow "said" when the subject was extracted
    end = following
    while end < last and tokens[end].text not in _RELATIVE_CLAUSE_END:
        end += 1
    start, stop = trim_span(text, tokens[following].start, tokens[end - 1].end)
    if end - following < 2 or len(text[start:stop].split()) < _MIN_CONTENT_WORDS - 1:
        return None
    mention = subject_of_cue(text, tokens, cue, first)
    candidate = Candidate(start, stop, "indirect", tokens[cue.index].start, mention, cue.word)
    candidate.sentence_start = tokens[first].start
    return candidate


_RELATIVE_CLAUSE_END = frozenset(",;:.!?()—–") | frozenset(QUOTE_MARKS)
RELATIVE_PRONOUNS = frozenset("which that what who".split())
_MAX_RELATIVE_SUBJECT = 9


def relative_before(
    tokens: list[Token], cue_index: int, first: int, words: frozenset[str] = RELATIVE_PRONOUNS
) -> int | None:
    """The relative pronoun a few words before the verb ("which [the agency] said"),
    with only the subject's words (and an auxiliary or adverb) between."""
    low = max(first, cue_index - 1 - _MAX_RELATIVE_SUBJECT)
    for index in range(cue_index - 2, low - 1, -1):
        token = tokens[index]
        if token.lower in words:
            return index
        if not (token.text[0].isalnum() or token.text in {"'", "’", "-"}):
            return None
    return None
