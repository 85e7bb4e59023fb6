"""Resolve each quote's mention to a canonical entity, in document order.

Names and descriptions go through the registry. Pronouns take the most
recent compatible speaker (a person of the same gender, or a group for
"they") attributed in the last sentences, else the subject of a recent
sentence. A quote standing alone takes the speaker of the previous sentence.
"""

from __future__ import annotations

import bisect

from ...text.people import (
    DEMONYM_ADJECTIVES,
    FIRST_PERSON,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
)
from ...text.quotation_marks import QUOTE_MARKS
from ...text.tokens import Token, tokenize
from ..candidate import Candidate
from ..context import sentence_subject
from ..cues import CUE_WORDS, cue_at
from ..reporting_verbs import SPEECH_BASES
from ..verb_subjects import subject_of_cue
from .entities import Entity, EntityRegistry
from .gender import pronoun_votes
from .mentions import Mention, mention_from_window
from .metonyms import country_of_capital
from .subjects import _DOUBLE_MARKS, SubjectReader, _is_text_or_medium, dateline_end
from .subjects import _TEXTS_AND_MEDIA as _TEXTS_AND_MEDIA  # re-exported for tests

_POSSESSIVE = ("'s", "’s")
_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "via", "through", "during"})

_PREPOSITIONS = frozenset(
    """about after against among at before behind between by for from in into like of on
    over than to toward towards under with without""".split()
)

# How many sentences back a pronoun or a lone quote may look for its speaker.
_PRONOUN_REACH = 3
# "The company said" takes the company quoted within this many sentences before.
_COMPANY_REACH = 5
# A pronoun whose nearby sentences name people only in oblique positions takes the
# speaker quoted within this many sentences before.
_TOPIC_REACH = 6
# "It added" takes the organisation quoted within this many sentences before.
_IT_REACH = 3


def _attribution_subject(text: str, tokens: list[Token]) -> Mention | None:
    """The speaker of a quote-less attribution sentence ("Jo Lee, an aide, said in a
    statement."), which introduces the quote that follows it."""
    if any(token.text in QUOTE_MARKS for token in tokens):
        return None
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].lower not in CUE_WORDS:
            continue
        cue = cue_at(tokens, index)
        if cue is not None and cue.base in SPEECH_BASES:
            mention = subject_of_cue(text, tokens, cue, 0)
            if mention is not None:
                return mention
    return None


def _one_described_person(entity: Entity) -> bool:
    """An unnamed speaker described by a singular role ("the Egyptian official", "a
    ministry spokesman"), whom "he" or "she" may take."""
    head = entity.canonical.lower().split()[-1]
    return head in ROLE_NOUNS and head not in GROUP_NOUNS and head != "officials"


def _may_be_organisation(entity: Entity) -> bool:
    """A named speaker that may be an organisation: a named group, or a name nothing
    made a person (no gender, no role: "Brask Air said")."""
    if not entity.canonical[:1].isupper():
        return False
    return entity.kind == "group" or (entity.gender is None and not entity.descriptors)


class Resolver(SubjectReader):
    def __init__(
        self,
        text: str,
        registry: EntityRegistry,
        sentences: list[tuple[int, int]],
        tokens: list[Token] | None = None,
        token_starts: list[int] | None = None,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.token_starts = token_starts if token_starts is not None else []
        if tokens is not None and token_starts is None:
            self.token_starts = [t.start for t in tokens]
        self.registry = registry
        self.sentences = sentences
        self.starts = [start for start, _ in sentences]
        self.events: list[tuple[int, Entity]] = []  # (position, speaker), in document order
        self.last_sentence_start = -1
        self.last_entity: Entity | None = None
        self.documents: dict[str, Entity] = {}  # "statement" -> who spoke through one
        self.speaking_names: set[str] = set()  # the names of the speakers' mentions
        if tokens is not None:
            self._learn_genders(tokens)

    def _learn_genders(self, tokens: list[Token]) -> None:
        """Persons with no honorific or gendered role take the gender the article's own
        pronouns give them."""
        if not any(e.gender is None and e.kind == "person" for e in self.registry.entities):
            return  # no one to learn a gender for (the votes go to persons only)
        learned = pronoun_votes(tokens, self.sentences, self.registry.persons_before)
        for order, gender in learned.items():
            entity = self.registry.entities[order]
            if entity.gender is None:
                entity.gender = gender

    def _tokens_between(self, start: int, end: int) -> list[Token]:
        """The document's tokens inside ``[start, end)`` (tokenized once, in extraction)."""
        if self.tokens is None:
            return tokenize(self.text, start, end)
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [t for t in self.tokens[first:last] if t.end <= end]

    def _sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)

    def _back(self, position: int, sentences: int) -> int:
        """Start of the sentence ``sentences`` before the one holding ``position``."""
        return self.starts[max(0, self._sentence_of(position) - sentences)]

    def resolve(self, candidate: Candidate) -> Entity | None:
        entity = self._resolve(candidate)
        if entity is not None:
            if candidate.mention is not None:
                entity.seen_at(candidate.mention.start)
                if candidate.mention.claimant:
                    return entity  # "He rejected Lee's claim that ...": he stays the topic
            # the speaker stays the topic to the end of a long quote
            self.events.append((max(candidate.anchor, candidate.end), entity))
            self.last_sentence_start = candidate.sentence_start
            self.last_entity = entity
        return entity

    def _resolve(self, candidate: Candidate) -> Entity | None:
        mention = candidate.mention
        if mention is not None and (
            mention.end <= dateline_end(self.text, mention.start) or self._opening_adverb(mention)
        ):
            # "WASHINGTON (AP) — Jo Lee said": the dateline's place is no speaker
            mention = candidate.mention = None
            candidate.inherits = True
        if mention is not None and _is_text_or_medium(mention):
            # "a report by Acme said": a text speaks for its author; unnamed, nobody speaks
            head = mention.surface.lower().split()[-1]
            author = (
                self._subject_before_medium(mention, candidate)
                or self._author_after(mention)
                or self._author_before(mention)
                or self._recent_event(
                    candidate.start, self._back(candidate.sentence_start, 1), lambda e: True
                )
            )
            if author is None and mention.surface.lower().startswith("the "):
                author = self.documents.get(head)  # "the statement": the one quoted before
            if author is not None:
                self.documents[head] = author
            return author
        if mention is not None:
            if mention.kind == "pronoun":
                return self._pronoun(mention, candidate)
            mention = country_of_capital(mention, self.speaking_names) or mention  # "Khartoum said"
            return self.registry.resolve(mention, self._speaker_just_before)
        if candidate.inherits and candidate.kind != "direct":
            found, subject = self._own_subject(candidate)
            if found:  # its own subject speaks, or nobody who can ("Nearly half said")
                return subject
        if candidate.inherits and candidate.sentence_start == self.last_sentence_start:
            return self.last_entity
        if candidate.standalone or candidate.inherits:
            return self._previous_speaker(candidate.start, candidate.sentence_start)
        return None

    def _speaker_just_before(self, mention: Mention) -> Entity | None:
        """The named person quoted in this sentence or the one before, if a description
        of their gender and nationality may refer to them."""
        nationality = mention.descriptors & DEMONYM_ADJECTIVES
        if mention.kind == "group":  # "the low-cost airline": a named organisation
            return self._recent_event(
                mention.start, self._back(mention.start, _COMPANY_REACH), _may_be_organisation
            )

        def compatible(entity: Entity) -> bool:
            if entity.kind != "person" or entity.bare or " " not in entity.canonical:
                return False
            if mention.gender is not None and entity.gender not in (None, mention.gender):
                return False
            return not (nationality and entity.descriptors & DEMONYM_ADJECTIVES - nationality)

        return self._recent_event(mention.start, self._back(mention.start, 1), compatible)

    def _subject_before_medium(self, mention: Mention, candidate: Candidate) -> Entity | None:
        """The speaker before a medium in a prepositional phrase: "Tedros, in a Twitter
        post, said" and "Lee on her blog wrote" are Tedros and Lee, not the post."""
        if self.tokens is None:
            return None
        at = bisect.bisect_left(self.token_starts, mention.start)
        first = bisect.bisect_left(self.token_starts, candidate.sentence_start)
        if at - 1 <= first or self.tokens[at - 1].lower not in _MEDIUM_PREPOSITIONS:
            return None
        end = at - 1
        if self.tokens[end - 1].text == ",":
            end -= 1
        found = mention_from_window(self.text, self.tokens, max(first, end - 8), end)
        if found is None or _is_text_or_medium(found):
            return None
        if found.kind == "pronoun":
            return self._pronoun_entity(found, found.start)
        return self.registry.resolve(found)

    def _author_before(self, mention: Mention) -> Entity | None:
        """The author as the text's modifier: "a Kremlin statement", "the agency's report"."""
        if self.tokens is None:
            return None
        first = bisect.bisect_left(self.token_starts, mention.start)
        last = bisect.bisect_left(self.token_starts, mention.end) - 1
        while first < last and self.tokens[first].lower in {"the", "a", "an", "its", "their"}:
            first += 1
        if first >= last:
            return None
        found = mention_from_window(self.text, self.tokens, first, last, possessive=True)
        if found is None and last - first == 1 and self.tokens[first].lower in ORG_HEADS:
            # "a government statement": the unnamed government speaks
            word = self.tokens[first]
            found = Mention("group", f"the {word.lower}", word.start, word.end, f"the {word.lower}")
        if found is None or found.kind == "pronoun":
            return None
        return self.registry.resolve(found)

    def _author_after(self, mention: Mention) -> Entity | None:
        """The author named right after a text: "a statement from the Kremlin"."""
        if self.tokens is None:
            return None
        tokens = self._tokens_between(mention.end, mention.end + 120)
        if len(tokens) < 2 or tokens[0].lower not in {"by", "from", "of"}:
            return None
        end = 1
        while (
            end < len(tokens)
            and end < 8
            and (tokens[end].text[:1].isupper() or tokens[end].lower in {"the", "of"})
        ):
            end += 1
        while end > 1 and tokens[end - 1].lower in {"the", "of"}:
            end -= 1
        if end == 1:
            return None
        start_index = bisect.bisect_left(self.token_starts, tokens[1].start)
        found = mention_from_window(self.text, self.tokens, start_index, start_index + end - 1)
        if found is None or found.kind == "pronoun":
            return None
        return self.registry.resolve(found)

    def _recent_event(self, position: int, lowest: int, accept) -> Entity | None:  # noqa: ANN001
        for event_position, entity in reversed(self.events):
            if event_position >= position:
                continue
            if event_position < lowest:
                break
            if accept(entity):
                return entity
        return None

    def _previous_speaker(
        self, position: int, own_start: int, groups: bool = False
    ) -> Entity | None:
        lowest = self._back(own_start, 1)
        entity = self._recent_event(position, lowest, lambda e: True)
        if entity is not None:
            return entity
        index = bisect.bisect_left(self.starts, own_start)
        if index == 0:
            return None
        start, end = self.sentences[index - 1]
        if index >= 2 and self._ends_a_quotation(start, end):
            # 'Lee thanked "our defenders. Because there will be fire".': the sentence
            # before is the end of a quotation; its speaker is read where it opened
            start, end = self.sentences[index - 2]
        tokens = self._tokens_between(start, min(end, start + 400))
        attribution = _attribution_subject(self.text, tokens)
        if attribution is not None and attribution.kind == "group":
            return self.registry.resolve(attribution)
        subject = attribution or sentence_subject(self.text, tokens, 0, len(tokens))
        if subject is None or self._opening_adverb(subject):
            return None
        if subject.kind == "pronoun":
            return self._pronoun_entity(subject, start)
        if subject.kind in {"name", "description"}:
            return self.registry.resolve(subject)
        return None

    def _ends_a_quotation(self, start: int, end: int) -> bool:
        """Does the sentence close a quotation opened in an earlier sentence?"""
        sentence = self.text[start:end].strip()
        marks = sum(sentence.count(mark) for mark in _DOUBLE_MARKS)
        return marks % 2 == 1 and sentence[:1] not in _DOUBLE_MARKS

    def _pronoun(self, mention: Mention, candidate: Candidate) -> Entity | None:
        return self._pronoun_entity(mention, mention.start)

    def _pronoun_entity(self, mention: Mention, position: int) -> Entity | None:
        lower = mention.surface.lower()
        if lower in FIRST_PERSON:
            return None
        lowest = self._back(position, _PRONOUN_REACH)
        if lower in GROUP_PRONOUNS:
            return self._recent_event(position, lowest, lambda e: e.kind == "group")
        if lower == "it":  # "the ministry said ... It added": the organisation just quoted
            return self._recent_event(
                position, self._back(position, _IT_REACH), lambda e: e.kind == "group"
            )
        gender = PERSON_PRONOUNS.get(lower)

        def compatible(entity: Entity) -> bool:
            if entity.kind != "person" and not _one_described_person(entity):
                return False
            if entity.bare:
                return False
            return entity.gender in (None, gender)

        entity = self._subject_before(position, compatible)
        if entity is None:
            entity = self._recent_event(position, self._back(position, 1), compatible)
        if entity is None:
            entity = self._recent_subject(position, lowest, compatible)
        if entity is not None and entity.gender is None:
            # Learnt once: a later pronoun of the other gender cannot take this person.
            entity.gender = gender
        return entity

    def _subject_before(self, position: int, compatible) -> Entity | None:  # noqa: ANN001
        """A compatible person named earlier in the pronoun's own sentence, not as a
        possessive or after a preposition ("Sanders dismissed it, when he told ...")."""
        sentence_start = self.starts[self._sentence_of(position)]
        persons = [
            (last, entity)
            for last, entity in self.registry.persons_before(position, sentence_start)
            if compatible(entity) and not self._oblique(last)
        ]
        return min(persons, key=lambda pair: pair[0])[1] if persons else None

    def _recent_subject(self, position: int, lowest: int, compatible) -> Entity | None:  # noqa: ANN001
        """The first compatible person mentioned in the nearest sentence before ``position``."""
        persons = self.registry.persons_before(position, lowest)
        if not persons:
            return self._recent_event(position, lowest, compatible)
        by_sentence: dict[int, list[tuple[int, Entity]]] = {}
        for last, entity in persons:
            if compatible(entity):
                by_sentence.setdefault(self._sentence_of(last), []).append((last, entity))
        if not by_sentence:
            return self._recent_event(position, lowest, compatible)
        # A sentence naming compatible people only after prepositions ("a defeat to Jo
        # Lee") keeps the topic of the sentences before it, when one has a subject.
        subjects = [
            n
            for n, pairs in by_sentence.items()
            if any(self._subject_like(last) for last, _ in pairs)
        ]
        if not subjects:
            # "Her success was followed by a defeat to Jo Lee.": no one new as subject;
            # the speaker quoted last stays the topic
            topic = self._recent_event(position, self._back(position, _TOPIC_REACH), compatible)
            if topic is not None:
                return topic
        nearest = max(subjects) if subjects else max(by_sentence)
        # In that sentence: a possible subject before a name in a prepositional phrase or
        # a possessive ("about Lee", "Lee's plan"), then a person of the pronoun's gender
        # before one of unknown gender, then the first mentioned (usually the subject).
        return min(
            by_sentence[nearest],
            key=lambda pair: (self._oblique(pair[0]), pair[1].gender is None, pair[0]),
        )[1]

    def _subject_like(self, position: int) -> bool:
        """A name that may be a sentence's subject: not after a preposition, not a
        possessive ("He attacked Mr Lee's claim" names Lee, but he is the subject)."""
        return not self._after_preposition(position) and not self._oblique(position)

    def _after_preposition(self, position: int) -> bool:
        """Is the name at ``position`` the object of a preposition, titles between
        ("with U.S. Secretary of State John Kerry", "to Jo Lee")?"""
        if self.tokens is None:
            return False
        index = bisect.bisect_left(self.token_starts, position)
        while index > 0 and (
            self.tokens[index - 1].text[:1].isupper() or self.tokens[index - 1].text in {".", "of"}
        ):
            index -= 1
        return index > 0 and self.tokens[index - 1].lower in _PREPOSITIONS

    def _oblique(self, position: int) -> bool:
        """Is the name at ``position`` a possessive or the object of a preposition?"""
        if self.tokens is None:
            return False
        index = bisect.bisect_left(self.token_starts, position)
        if index >= len(self.tokens):
            return False
        if index > 0 and self.tokens[index - 1].lower in _PREPOSITIONS:
            return True
        # a possessive on any word of the name: "Mr. Vander Plaats's introduction"
        for token in self.tokens[index : index + 5]:
            if token.text.endswith(_POSSESSIVE):
                return True
            if not (token.text[0].isupper() or token.text == "."):
                return False
        return False
