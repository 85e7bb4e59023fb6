"""Where a reported clause gives way to a second clause with a subject of its own.

Two facts of English end a report before the end of its sentence:

* a report inside an opening subordinate clause ends where that clause does, at the
  comma before the main clause's subject and verb: ``While Lee pledged to cut taxes,
  Berg insisted that ...``, ``Years after Lee claimed that ..., Berg won ...``;
* a contrast conjunction followed by a new subject and a verb of saying opens a second
  attribution: ``Lee accuses Berg of lying while Berg suggests that ...``, ``..., though
  Mrs. Lee said she doubted it``, ``..., and other party leaders said ...``.

Used by ``indirect._content_end``; see docs/quotes.md (sixth pass).
"""

from __future__ import annotations

from ..text.people import GROUP_NOUNS, TITLE_ABBREVIATIONS
from ..text.tokens import Token
from .clauses import AUXILIARIES, NOMINATIVE_PRONOUNS, clause_follows, verb_like
from .cues import CUE_WORDS, cue_at
from .speakers.claimants import CUE_NOUNS

# Conjunctions that open a clause subordinate to the main clause after its comma.
_OPENING_SUBORDINATORS = frozenset(
    "while whereas though although after before when since because if once unless".split()
)
# "Years after ...", "Shortly before ...", "Even though ...": a word, then a subordinator.
_TIME_BEFORE_SUBORDINATOR = frozenset("after before since though if".split())
# Conjunctions of contrast that may join a second attribution with its own subject.
_CONTRASTS = frozenset("while whereas though although but".split())
# Words between a subject and its verb: "Comey has said", "Lee also insisted".
_ADVERBS = frozenset("also not never now since".split())
_BETWEEN_SUBJECT_AND_VERB = AUXILIARIES | _ADVERBS
# Lower-case words that may open or fill a short subject ("other party leaders").
_SUBJECT_DETERMINERS = frozenset("the other many some most his her their its several".split())
_MAX_SUBJECT = 6
_MIN_CONTENT_BEFORE = 3
_OPEN_MARKS = frozenset("“«„")
_CLOSE_MARKS = frozenset("”»")


def opens_with_subordinate(tokens: list[Token], first: int, last: int) -> bool:
    """Does the sentence open with a subordinate clause ("While ...", "Years after ...")?"""
    if first >= last:
        return False
    word = tokens[first].lower
    if word in _OPENING_SUBORDINATORS:
        return True
    return (
        first + 1 < last
        and tokens[first + 1].lower in _TIME_BEFORE_SUBORDINATOR
        and (word.endswith("s") or word in {"shortly", "soon", "just", "even", "long", "right"})
    )


def main_clause_comma(tokens: list[Token], first: int, last: int) -> int | None:
    """The comma closing an opening subordinate clause: the first comma outside
    quotation marks followed by a subject and a finite verb (or a verb of saying)."""
    depth = 0
    for index in range(first + 1, last - 1):
        text = tokens[index].text
        if text in _OPEN_MARKS:
            depth += 1
        elif text in _CLOSE_MARKS and depth:
            depth -= 1
        elif text == "," and not depth:
            verb = _verb_after_subject(tokens, index + 1, last)
            if verb is not None:
                return index
    return None


def own_report_opens(tokens: list[Token], start: int, last: int) -> bool:
    """Does the stretch at ``start`` open with its own subject and verb of saying and a
    reported clause ("According to the agency, Lee said he ...": the agency relays
    Lee's report)?"""
    verb = _verb_after_subject(tokens, start, last)
    if verb is None or tokens[verb].lower not in CUE_WORDS:
        return False
    cue = cue_at(tokens, verb)
    if cue is None or cue.last + 1 >= last:
        return False
    # a clause, not a quotation ("the group said: "..."") nor an object ("claimed the
    # attack"): the relay keeps those records
    return tokens[cue.last + 1].lower == "that" or clause_follows(tokens, cue.last + 1, last)


def _verb_after_subject(tokens: list[Token], start: int, last: int) -> int | None:
    """Index of the finite verb after a short subject starting at ``start``."""
    end = _subject_end(tokens, start, last)
    if end is None:
        return None
    while end < last and (tokens[end].lower in _ADVERBS or tokens[end].lower.endswith("ly")):
        end += 1
    if end >= last or not tokens[end].text[0].islower():
        return None
    if tokens[end].lower in CUE_WORDS or verb_like(tokens[end], 1, tokens[end - 1]):
        return end
    return None


def _subject_end(tokens: list[Token], start: int, last: int) -> int | None:
    """End of a subject opening at ``start``: a nominative pronoun, a capitalised name
    (titles, possessives and a lower-case head such as "Lee's team" allowed) or a
    determiner with up to three words; None if none opens there."""
    if start >= last:
        return None
    first = tokens[start]
    if first.lower in NOMINATIVE_PRONOUNS:
        return start + 1
    index = start
    if first.text[0].isupper():
        while index < min(last, start + _MAX_SUBJECT) and (
            tokens[index].text[0].isupper()
            or (tokens[index].text == "." and tokens[index - 1].lower in TITLE_ABBREVIATIONS)
        ):
            index += 1
        if tokens[index - 1].text.endswith(("'s", "’s")) and index < last:
            index += 1  # "Fiorina's team"
        return index
    # a determiner with a few words ("the other leaders"), or a bare plural group noun with
    # its coordinates and place ("officials and analysts in Seoul")
    bare_group = first.lower in GROUP_NOUNS and first.lower.endswith("s")
    if first.lower in _SUBJECT_DETERMINERS or bare_group:
        reach = start + (_MAX_SUBJECT if bare_group else 4)
        index += 1
        while index < min(last, reach) and tokens[index].text[0].isalpha():
            if tokens[index].lower in AUXILIARIES or tokens[index].lower in CUE_WORDS:
                return index
            index += 1
        return index if index == last else None  # the subject runs up to ``last``
    return None


def contrast_before(tokens: list[Token], cue_index: int, start: int) -> int | None:
    """The index of the conjunction opening a second attribution whose verb of saying is
    ``tokens[cue_index]`` ("while Berg suggests", ", and other leaders said"), when the
    content starting at ``start`` has some words before it; else None."""
    index = cue_index - 1
    while index > start and (
        tokens[index].lower in _BETWEEN_SUBJECT_AND_VERB or tokens[index].lower.endswith("ly")
    ):
        index -= 1
    for subject_start in range(index, max(start, index - _MAX_SUBJECT), -1):
        marker = subject_start - 1
        word = tokens[marker].lower
        comma_and = word == "and" and tokens[marker - 1].text == ","
        if word not in _CONTRASTS and not comma_and:
            continue
        if _subject_end(tokens, subject_start, cue_index) != index + 1:
            continue
        if marker - start >= _MIN_CONTENT_BEFORE:
            return marker
    return None


def statement_apposition(tokens: list[Token], comma: int, end: int) -> bool:
    """Does the comma at ``comma`` open the writer's apposition to the report before it
    (", claims flatly denied by Seoul", ", an allegation rejected by the company")? What
    follows names the statement; it is no part of what was said."""
    if tokens[comma].text != ",":
        return False
    index = comma + 1
    if index < end and tokens[index].lower in {"a", "an"}:
        index += 1
    if index >= end or tokens[index].lower not in CUE_NOUNS or tokens[index].lower.endswith("ing"):
        return False  # ", warning that ..." is a participle
    return any(t.lower == "by" for t in tokens[index + 1 : min(end, index + 5)])
