"""Quoted phrases inside a sentence (partial quotes): who voiced them.

A phrase takes the speaker of the reporting verb before it ("Lee said the plan was
"a disgrace""), of a verb "called" with an object ('Lee called the plan "a
disgrace"'), or of an attribution after it.
"""

from __future__ import annotations

from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .candidate import Candidate
from .context import subject_after, subject_before
from .cues import CUE_WORDS, SENTENCE_END, Cue, cue_at
from .verb_subjects import subject_of_cue

_CLAUSE_PUNCTUATION = SENTENCE_END | {",", ";", ":"}


def strip_end_punctuation(text: str, start: int, end: int) -> int:
    """'seeks to "define a new nature."' -> the phrase without the sentence's full stop."""
    while end - 1 > start and text[end - 1] in ".,;:":
        end -= 1
    return end


_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})


def _calling_cue(
    tokens: list[Token], sentence: int, open_index: int, at: int | None = None
) -> Cue | None:
    """'Lee called the plan "a disgrace"': calling something a phrase is a judgement
    someone voiced. 'a group called "X"' (no object in between) and nicknames
    ('call him "the Donald"') only name something.

    The verb is looked for in the 4 words before the phrase, or given by ``at`` when
    an earlier quotation sits in between ('called the "claim of right" "absurd"').
    """
    low = max(sentence, open_index - 6) if at is None else at
    inside = False
    for probe in range(open_index - 2, low - 1, -1):
        token = tokens[probe]
        if token.text in QUOTE_MARKS and at is not None:
            inside = not inside
            continue
        if inside:
            continue
        if token.text in QUOTE_MARKS or token.text in _CLAUSE_PUNCTUATION:
            return None
        if token.lower in _CALL_FORMS and not token.text[0].isupper():
            if probe > sentence and tokens[probe - 1].lower in _NAMING_BEFORE_CALL:
                return None
            if _looks_like_name(tokens, open_index):
                return None
            return Cue(probe, probe, token.text, "call")
    return None


_NAMING_BEFORE_CALL = frozenset({"so", "be", "is", "was", "are", "were", "been"})


def _looks_like_name(tokens: list[Token], open_index: int) -> bool:
    """Is the quoted phrase opening at ``tokens[open_index]`` a name ("the Donald")?"""
    words = []
    for token in tokens[open_index + 1 : open_index + 6]:
        if token.text in QUOTE_MARKS:
            break
        if token.text[0].isalpha() and token.lower not in {"the", "a", "of"}:
            words.append(token.text)
    return bool(words) and all(word[0].isupper() for word in words)


def _cue_before_partial(
    tokens: list[Token], sentence: int, open_index: int
) -> tuple[Cue | None, Cue | None]:
    """The nearest reporting verb before a quoted phrase outside quotations (or a verb
    'called' with an object: 'called the plan "a disgrace"'), and failing that the
    nearest one inside an earlier quotation of the sentence."""
    inside = False
    quoted_cue = None
    for probe in range(open_index - 1, sentence - 1, -1):
        token = tokens[probe]
        if token.text in QUOTE_MARKS:
            inside = not inside
            continue
        if token.lower in _CALL_FORMS and not inside and open_index - 24 < probe < open_index - 6:
            called = _calling_cue(tokens, sentence, open_index, probe)
            if called is not None:
                return called, None
        if token.lower not in CUE_WORDS:
            continue
        found = cue_at(tokens, probe)
        if found is None:
            continue
        if not inside:
            return found, None
        quoted_cue = quoted_cue or found
    return None, quoted_cue


def attribute_partial(
    text: str,
    tokens: list[Token],
    sentence: int,
    open_index: int,
    sentence_end: int,
    candidate: Candidate,
) -> None:
    """A quoted phrase inside reported speech takes the speaker of that statement."""
    cue, quoted_cue = _cue_before_partial(tokens, sentence, open_index)
    if cue is None:
        cue = _calling_cue(tokens, sentence, open_index)
    if cue is None and quoted_cue is not None:
        # The only verb is inside an earlier quotation: its subject is someone the
        # quoted speaker talks about, so the phrase goes to the current speaker.
        candidate.cue, candidate.inherits = quoted_cue.word, True
        candidate.anchor = tokens[quoted_cue.index].start
        return
    if cue is not None:
        candidate.mention = subject_of_cue(text, tokens, cue, sentence)
        candidate.cue = cue.word
        candidate.inherits = candidate.mention is None
        candidate.anchor = tokens[cue.index].start
        return
    for probe in range(open_index + 1, sentence_end):
        if tokens[probe].lower not in CUE_WORDS:
            continue
        found = cue_at(tokens, probe)
        if found is not None and tokens[probe - 1].text in {",", "”", '"'}:
            candidate.cue = found.word
            candidate.mention = subject_before(text, tokens, probe, open_index)
            if candidate.mention is None:
                candidate.mention = subject_after(text, tokens, found.last, sentence_end)
            return
