"""Who speaks a report whose cue had no subject read: the subject of its own sentence
("Lee thanked them and said ...", "Mr. Lee, in an interview, ..., saying"), past a
dateline, an opening adverb or a participle phrase; nobody when that subject cannot
speak ("Some have suggested", "jurors have been told"). A mixin of ``Resolver``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ...text.name_words import is_name_token, is_title_token, name_run_end
from ...text.people import DOCUMENT_NOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS
from ...text.tokens import Token
from ..candidate import Candidate
from ..clauses import AUXILIARIES
from ..context import sentence_subject
from ..cues import CUE_WORDS
from .entities import Entity, EntityRegistry
from .mentions import Mention, mention_from_window

# Texts and media never speak themselves: their author does.
_TEXTS_AND_MEDIA = DOCUMENT_NOUNS | frozenset(
    "post tweet tweets website site blog interview comments remarks transcript".split()
)


def _is_text_or_medium(mention: Mention) -> bool:
    words = mention.surface.lower().split()
    return (
        mention.kind in {"group", "description"} and bool(words) and words[-1] in _TEXTS_AND_MEDIA
    )


# A dateline opening a line: a place in capitals, maybe a state, a date and an agency,
# then a dash ("WASHINGTON (AP) —", "MANCHESTER, N.H. —", "DES MOINES, Iowa, Jan. 3 —").
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?:, [A-Z][a-z]{2}\.? \d{1,2})?(?: \([A-Za-z ]{2,20}\))? ?[—–-]{1,2} ?"
)


def dateline_end(text: str, position: int) -> int:
    """The offset after the dateline of the line holding ``position`` (-1 if none)."""
    line_start = text.rfind("\n", 0, position) + 1
    match = _DATELINE.match(text, line_start)
    return match.end() if match else -1


_DOUBLE_MARKS = frozenset({'"', "“", "”", "„", "«", "»"})

# Opening words of a subject that names nobody ("Some have suggested", "Many said").
_QUANTIFIERS = frozenset(
    "some others many most several few both all none half nearly almost about only".split()
)
_VERB_WORDS = AUXILIARIES | CUE_WORDS
_BE_FORMS = frozenset("be been being is was were are".split())
_TRAILING_ADVERBS = frozenset(
    "here there now then also too again both all alone themselves himself herself itself".split()
)
_PHRASE_BREAKS = frozenset({",", "—", "–", "-", "(", ";", ":", '"', "“", "”"})

# Words that open a clause of its own: a cue after them is not the main verb's.
_SUBORDINATE = frozenset(
    """that which who whom whose after before because when while if as since although
    though until unless where whether to ; : ( )""".split()
)


class SubjectReader:
    """The subject readings of ``Resolver`` (it supplies these attributes)."""

    text: str
    tokens: list[Token] | None
    token_starts: list[int]
    registry: EntityRegistry
    sentences: list[tuple[int, int]]
    _sentence_of: Callable[[int], int]
    _pronoun_entity: Callable[[Mention, int], Entity | None]

    def _own_subject(self, candidate: Candidate) -> tuple[bool, Entity | None]:
        """A report whose cue had no subject of its own ("Lee thanked them and said ...",
        "Lee on Tuesday said ...") is spoken by the subject of its sentence, when the
        sentence opens with one before the cue; a later speaker is not inherited."""
        if self.tokens is None:
            return False, None
        opening = max(candidate.sentence_start, dateline_end(self.text, candidate.sentence_start))
        first = bisect.bisect_left(self.token_starts, opening)
        if first + 1 < len(self.tokens) and self._adverb_and_comma(first):
            first += 2  # "Similarly, Jo Lee, a former aide, said"
        high = bisect.bisect_left(self.token_starts, candidate.anchor)
        if high - first < 2 or high - first > 40:
            return False, None
        if self.tokens[high - 1].lower in _BE_FORMS:
            return True, None  # "Jurors have been told ...": the subject is the addressee
        if self.tokens[first].lower in _QUANTIFIERS or self.tokens[first].text[:1].isdigit():
            return True, None  # "Some have suggested", "About three in 10 said": nobody named
        subject = sentence_subject(self.text, self.tokens, first, high)
        if subject is not None and subject.kind == "pronoun" and subject.surface.lower() == "her":
            subject = None  # "Her campaign workers said": a possessive, not the subject
        subject = subject or self._opening_name(first, high)
        phrase = self._subject_phrase(first, high)
        if phrase is not None and (subject is None or phrase.end > subject.end):
            subject = phrase  # "Republican establishment figures", not "Republican"
        if subject is not None and self._opening_adverb(subject):
            # "Rattling off promises to ..., Clinton promised": the subject follows the
            # participle phrase's comma
            sentence_end = self.sentences[self._sentence_of(candidate.anchor)][1]
            end = max(bisect.bisect_left(self.token_starts, sentence_end), high)
            comma = next((i for i in range(first, end) if self.tokens[i].text == ","), end)
            subject = None
            if comma + 1 < end:
                subject = sentence_subject(self.text, self.tokens, comma + 1, end)
                subject = subject or self._opening_name(comma + 1, end)
            if subject is not None and subject.start > candidate.anchor:
                if subject.kind == "pronoun":
                    return True, self._pronoun_entity(subject, subject.start)
                return True, self.registry.resolve(subject)
        if subject is None or subject.end > candidate.anchor:
            return False, None
        after = bisect.bisect_left(self.token_starts, subject.end)
        if after < high and self.tokens[after].text in {"'", "’"}:
            # "Sanders’ campaign manager said": the name is a possessor, not the subject
            subject = mention_from_window(self.text, self.tokens, first, high)
            if subject is None or subject.kind == "pronoun":
                return False, None
        between = self.tokens[bisect.bisect_left(self.token_starts, subject.end) : high]
        commas = [i for i, t in enumerate(between) if t.text in {",", "—", "–"}]
        last_segment = between[commas[-1] + 1 :] if commas else between
        if any(t.text in _DOUBLE_MARKS for t in between) or any(
            t.lower in _SUBORDINATE for t in last_segment
        ):
            return False, None  # "Shares fell after it said": the cue is in another clause
        if subject.kind == "pronoun":
            return True, self._pronoun_entity(subject, subject.start)
        if _is_text_or_medium(subject):
            return False, None
        return True, self.registry.resolve(subject)

    def _adverb_and_comma(self, index: int) -> bool:
        assert self.tokens is not None
        word = self.tokens[index]
        return (
            word.lower.endswith("ly")
            and word.lower not in self.registry.surnames
            and self.tokens[index + 1].text == ","
        )

    def _opening_adverb(self, mention: Mention) -> bool:
        """Is the mention a sentence's opening adverb or participle ("Similarly, Jo Lee
        said", "Having lost, Jo Lee announced"), not a name ("Manning said")?"""
        if self.tokens is None or " " in mention.surface:
            return False
        index = bisect.bisect_left(self.token_starts, mention.start)
        if index + 1 >= len(self.tokens):
            return False
        word, following = self.tokens[index], self.tokens[index + 1]
        if word.lower in {"having", "being"}:
            return True  # "Having announced that ..., Judge Lee": an auxiliary
        if word.lower.endswith("ing") and word.lower not in self.registry.surnames:
            return following.text[:1].islower() and following.lower not in CUE_WORDS
        return self._adverb_and_comma(index)

    def _subject_phrase(self, first: int, high: int) -> Mention | None:
        """The noun phrase opening a sentence, up to a comma, dash or parenthesis or an
        auxiliary or verb of saying ("Mr. Lee, in an interview, ...", "Her campaign workers
        here said", "Republican leaders — whose ... — suggested")."""
        assert self.tokens is not None
        end = first
        while end < high and end - first < 8:
            token = self.tokens[end]
            if (
                token.text in _PHRASE_BREAKS
                or token.lower in AUXILIARIES
                or token.lower in CUE_WORDS
            ):
                break
            end += 1
        while end > first + 1 and (
            self.tokens[end - 1].lower in _TRAILING_ADVERBS
            or self.tokens[end - 1].lower.endswith("ly")
        ):
            end -= 1  # "Her campaign workers here said", "Officials privately said"
        return mention_from_window(self.text, self.tokens, first, end) if end > first else None

    def _opening_name(self, first: int, high: int) -> Mention | None:
        """A sentence opening with a name or pronoun and a lower-case word ("Lee decried
        the plan, saying ..."): that name is the subject."""
        assert self.tokens is not None
        token = self.tokens[first]
        if token.lower == "her":
            return None  # "Her aides said": a possessive
        if token.lower in PERSON_PRONOUNS or token.lower in GROUP_PRONOUNS:
            last = first
        elif token.lower.endswith("ing") and token.lower not in self.registry.surnames:
            return None  # "Answering questions, ...": a participle, not "Manning"
        elif is_name_token(token) or is_title_token(token):
            last = name_run_end(self.tokens, first)
        else:
            return None
        after = last + 1
        if after < high and self.tokens[after].text == "(":  # "Sen. Jo Lee (R-Iowa) said"
            close = next(
                (i for i in range(after, min(high, after + 8)) if self.tokens[i].text == ")"), -1
            )
            if close < 0 or close + 1 >= high or not self.tokens[close + 1].text[:1].islower():
                return None
        elif after >= high or not self.tokens[after].text[:1].islower():
            return None
        return mention_from_window(self.text, self.tokens, first, after)
