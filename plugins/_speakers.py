"""Canonical speakers: one entity per person, organisation or group.

The registry first reads every personal name of the document together with
the titles and appositions around it ("Syria's transitional president, Ahmed
al-Sharaa"), so that later descriptions ("the Syrian leader") and surnames
("al-Sharaa", "President Putin") resolve to the same entity. Pronouns take the
most recent compatible speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from toolkit.plugins._quote_lexicon import (
    DEMONYMS,
    LEADER_ROLES,
    ORG_HEADS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from toolkit.plugins._speakers_mentions import (
    GIVEN_NAMES,
    Mention,
    descriptor_words,
    gender_of,
    is_name_token,
    mention_from_window,
    name_run_end,
    strip_possessive,
)
from toolkit.plugins._tokens import Token

_DETERMINERS = ("the ", "a ", "an ")


@dataclass
class Entity:
    canonical: str
    kind: str  # person, group
    surnames: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    gender: str | None = None
    user_aliases: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def seen_at(self, position: int) -> None:
        bisect.insort(self.positions, position)

    def last_before(self, position: int) -> int:
        """The last mention position before ``position`` (-1 if none)."""
        index = bisect.bisect_left(self.positions, position)
        return self.positions[index - 1] if index else -1

    def add_alias(self, surface: str) -> None:
        if surface != self.canonical and surface not in self.aliases:
            self.aliases.append(surface)


def _plain_name(name: str) -> bool:
    """Two or three words, no acronym: "Curt Schilling", not "ESPN Fires Schilling"."""
    words = name.split()
    return 2 <= len(words) <= 3 and not any(len(w) > 2 and w.isupper() for w in words)


def _starts_with_given_name(name: str) -> bool:
    return name.split()[0].lower() in GIVEN_NAMES


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _normalise(surface: str) -> str:
    lower = surface.lower().strip()
    for determiner in _DETERMINERS:
        if lower.startswith(determiner):
            return lower[len(determiner) :]
    return lower


class Registry:
    """All speakers of one document."""

    def __init__(self, user_speakers: Mapping[str, Sequence[str]] | None = None) -> None:
        self.entities: list[Entity] = []
        self.surnames: dict[str, list[Entity]] = {}  # persons by surname
        self._by_name: dict[str, Entity] = {}
        self._by_alias: dict[str, Entity] = {}
        for canonical, aliases in (user_speakers or {}).items():
            entity = Entity(canonical, "person")
            entity.user_aliases = {_normalise(a) for a in [canonical, *aliases] if a.strip()}
            for alias in entity.user_aliases:
                self._by_alias[alias] = entity
            for name in [canonical, *aliases]:
                words = name.split()
                if words and all(w[:1].isupper() for w in words):
                    self._add_surname(entity, words[-1].lower())
                    entity.names.add(name.strip())
            self.entities.append(entity)

    # --- building -----------------------------------------------------------------
    def _new(self, canonical: str, kind: str) -> Entity:
        entity = Entity(canonical, kind)
        self.entities.append(entity)
        return entity

    def add_name(self, mention: Mention) -> Entity:
        """Register a personal-name mention and return its entity."""
        key = mention.name.lower()
        entity = self._by_alias.get(key)
        if entity is None:
            namesakes = self._namesakes(mention.name)
            entity = (
                self._pick_namesake(namesakes, mention.gender)
                if namesakes
                else self._by_name.get(key)
            )
        if entity is None:
            entity = self._match_surname(mention.name, mention.start, prefer_full=True)
        if entity is None:
            entity = self._new(mention.name, "person")
        if len(mention.name.split()) > len(entity.canonical.split()) and not entity.user_aliases:
            entity.canonical = mention.name
        entity.names.add(mention.name)
        self._add_surname(entity, _surname(mention.name))
        self._by_name[key] = entity
        entity.descriptors |= mention.descriptors
        entity.gender = entity.gender or mention.gender
        entity.seen_at(mention.start)
        return entity

    def _add_surname(self, entity: Entity, surname: str) -> None:
        if surname not in entity.surnames:
            entity.surnames.add(surname)
            self.surnames.setdefault(surname, []).append(entity)

    def see_surname(self, word: str, position: int) -> None:
        """A lone surname of a person named earlier ("Lee, who ...") is a mention of them."""
        surname = word if word in self.surnames else strip_possessive(word)
        entities = self.surnames.get(surname)
        if not entities:
            return
        namesakes = self._namesakes(surname)
        if namesakes:
            entity: Entity | None = self._pick_namesake(namesakes, None)
        else:
            entity = entities[0] if len(entities) == 1 else self._match_surname(surname, position)
        if entity is not None and entity.kind == "person":
            entity.seen_at(position)

    def _namesakes(self, name: str) -> list[Entity]:
        """The persons a bare surname can name, when there are two or more."""
        if " " in name:
            return []
        people = [e for e in self.surnames.get(name.lower(), ()) if e.kind == "person"]
        return people if len(people) > 1 else []

    @staticmethod
    def _pick_namesake(people: list[Entity], gender: str | None) -> Entity:
        """Of two people with one surname, a bare surname names the one the article
        introduced first (writers spell the other one out each time), among those
        named with a known given name (not a headline's "Wisconsin Trump"); "Mrs."
        rules out a man."""
        if gender is not None:
            people = [e for e in people if e.gender in (None, gender)] or people
        people = [e for e in people if _plain_name(e.canonical)] or people
        people = [e for e in people if _starts_with_given_name(e.canonical)] or people
        return min(people, key=lambda e: e.positions[0] if e.positions else 1 << 62)

    def _match_surname(self, name: str, position: int, prefer_full: bool = False) -> Entity | None:
        surname = _surname(name)
        first = name.split()[0].lower()
        candidates = [e for e in self.surnames.get(surname, ()) if e.kind == "person"]
        if len(name.split()) > 1:
            # "Bill Clinton" must not merge with "Hillary Clinton".
            candidates = [
                e
                for e in candidates
                if all(n.split()[0].lower() in (first, surname) for n in e.names) or not e.names
            ]
        if not candidates:
            return None
        return max(candidates, key=lambda e: (e.last_before(position + 1), len(e.positions)))

    def describe(self, entity: Entity, words: set[str]) -> None:
        entity.descriptors |= words

    # --- resolving ----------------------------------------------------------------
    def resolve(self, mention: Mention) -> Entity | None:
        """The entity a name or description refers to (pronouns are resolved elsewhere)."""
        alias = self._by_alias.get(_normalise(mention.surface)) or self._by_alias.get(
            mention.name.lower()
        )
        if alias is not None:
            return alias
        entity = self._resolve(mention)
        if entity is not None and entity.gender is None and entity.kind == "person":
            entity.gender = mention.gender  # "Mr. Lee", "the spokeswoman"
        return entity

    def _resolve(self, mention: Mention) -> Entity | None:
        if mention.kind == "name":
            namesakes = self._namesakes(mention.name)
            if namesakes:
                return self._pick_namesake(namesakes, mention.gender)
            entity = self._by_name.get(mention.name.lower())
            if entity is None:
                entity = self._match_surname(mention.name, mention.start)
            if entity is None:
                entity = self._match_first_word(mention.name)
            if entity is None:
                entity = self.add_name(mention)
            return entity
        if mention.kind == "description":
            entity = self._match_description(mention)
            if entity is not None:
                return entity
        return self._group(mention)

    def _match_description(self, mention: Mention) -> Entity | None:
        words = {w for w in mention.descriptors if w in _ROLE_WORDS}
        words |= {w for w in mention.descriptors if w[:1].isalpha()}
        if not words & _ROLE_WORDS:
            return None
        best: Entity | None = None
        best_position = -1
        for entity in self.entities:
            if entity.kind != "person" or not _describes(words, entity.descriptors):
                continue
            position = entity.last_before(mention.start)
            if position > best_position:
                best, best_position = entity, position
        return best

    def _group(self, mention: Mention) -> Entity:
        key = "group:" + _normalise(mention.name or mention.surface)
        entity = self._by_name.get(key) or self._named_group(mention)
        if entity is None:
            canonical = mention.name or mention.surface
            lower = canonical.lower()
            for determiner in _DETERMINERS:
                if lower.startswith(determiner):
                    rest = canonical[len(determiner) :]
                    # "the Kremlin" -> "Kremlin"; "The club" -> "the club"
                    canonical = rest if rest[:1].isupper() else determiner + rest
            entity = self._new(canonical, "group")
            entity.gender = mention.gender
            self._by_name[key] = entity
        entity.seen_at(mention.start)
        return entity

    def _match_first_word(self, name: str) -> Entity | None:
        """A lone word that starts exactly one longer name seen before ("Acme" after
        "Acme Mills", a given name alone) refers to that entity."""
        if " " in name:
            return None
        word = name.lower()
        found = [
            e
            for e in self.entities
            if " " in e.canonical and e.canonical.split()[0].lower() == word
        ]
        return found[0] if len(found) == 1 else None

    def _named_group(self, mention: Mention) -> Entity | None:
        """ "the agency" after "The regional environment agency said": the most recent
        organisation or group speaker whose name has that head noun."""
        words = (mention.name or mention.surface).lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _ORGANISATION_HEADS:
            return None
        best: Entity | None = None
        best_position = -1
        for entity in self.entities:
            if entity.kind != "group" or words[1] not in entity.canonical.lower().split()[1:]:
                continue
            position = entity.last_before(mention.start)
            if position > best_position:
                best, best_position = entity, position
        return best

    def persons_before(self, position: int, lowest: int) -> list[tuple[int, Entity]]:
        """(last position, entity) for persons mentioned in ``[lowest, position)``, latest first."""
        found = []
        for entity in self.entities:
            if entity.kind != "person":
                continue
            last = entity.last_before(position)
            if last >= lowest:
                found.append((last, entity))
        return sorted(found, key=lambda pair: -pair[0])


def _describes(words: set[str], descriptors: set[str]) -> bool:
    """Does every word of a description ("syrian", "leader") fit the entity's descriptors?"""
    for word in words:
        if word in descriptors:
            continue
        if word == "leader" and descriptors & LEADER_ROLES:
            continue
        return False
    return True


def read_names(
    text: str,
    tokens: list[Token],
    registry: Registry,
    quoted: list[tuple[int, int]],
    words: list[str] | None = None,
    lowers: list[str] | None = None,
) -> None:
    """Register every personal name outside quotes with its titles and appositions.

    ``words`` and ``lowers`` are the tokens' texts and lower-case texts when the caller
    has them as lists already.
    """
    next_free = 0
    spans = iter(quoted)
    span = next(spans, None)
    if words is None or lowers is None:
        words, lowers = [t.text for t in tokens], [t.lower for t in tokens]
    for index in _capitalised(words, lowers):
        if index < next_free:
            continue
        token = tokens[index]
        while span is not None and span[1] <= token.start:
            span = next(spans, None)
        if span is not None and span[0] <= token.start:
            continue  # inside a quotation
        if not is_name_token(token) or token.lower in _PRONOUNS:
            continue
        last = name_run_end(tokens, index)
        next_free = last + 1
        if last == index and not _titled(tokens, index):
            # A lone capitalised word is a new person only after a title or role; it
            # may still be the surname of someone named before ("Lee, who ...").
            registry.see_surname(token.lower, token.start)
            continue
        if tokens[last].lower in _ORGANISATION_HEADS:
            continue  # "Acme Corp", "Foreign Ministry": never a person
        mention = mention_from_window(text, tokens, max(0, index - 6), last + 1, True)
        if mention is not None and mention.kind == "name" and _looks_personal(mention):
            entity = registry.add_name(mention)
            _read_appositions(text, tokens, mention, entity, registry)
        elif last == index:
            registry.see_surname(token.lower, token.start)


# A lone capitalised function word at a sentence start is not a name.
_PRONOUNS = frozenset({"he", "she", "they", "it"})


def _titled(tokens: list[Token], index: int) -> bool:
    """Is ``tokens[index]`` right after a title or role word ("leader Putin", "Mr. Berg")?"""
    if index == 0:
        return False
    previous = tokens[index - 1]
    return previous.text == "." or previous.lower in _TITLE_OR_ROLE


_TITLE_OR_ROLE = frozenset(TITLES) | ROLE_NOUNS
_ROLE_WORDS = frozenset(TITLES.values()) | ROLE_NOUNS
_ORGANISATION_HEADS = ORG_WORDS | ORG_HEADS


def _capitalised(words: list[str], lowers: list[str]) -> list[int]:
    """Indices of the words that may start a name (a cheap filter before is_name_token).

    A name token has an upper-case letter ("Lee", "al-Sharaa"), so lower-casing
    changes it; comparing the two columns is much cheaper than testing each word.
    """
    return [i for i, (word, lower) in enumerate(zip(words, lowers, strict=True)) if word != lower]


def _looks_personal(mention: Mention) -> bool:
    words = mention.name.split()
    if len(words) == 1:
        lower = strip_possessive(words[0].lower())
        if lower in DEMONYMS:
            return False
        return bool(mention.descriptors & _ROLE_WORDS)
    return not any(strip_possessive(w.lower()) in DEMONYMS for w in words)


def _read_appositions(
    text: str, tokens: list[Token], mention: Mention, entity: Entity, registry: Registry
) -> None:
    """ "Syria's transitional president, Ahmed al-Sharaa," and "Putin, the Russian leader,"."""
    before = text[max(0, mention.start - 80) : mention.start]
    if before.rstrip().endswith(","):
        comma = max(0, mention.start - 80) + before.rstrip().rfind(",")
        last = bisect.bisect_left(tokens, comma, key=_token_start)
        window = [t for t in tokens[max(0, last - 8) : last] if t.start >= comma - 80]
        words = _description_words([t.text for t in window[-5:]])
        registry.describe(entity, words)
    after = text[mention.end : mention.end + 80]
    if after.startswith(", "):
        words_after = after[2:].split(",")[0].split(".")[0].split()[:5]
        if words_after and _opens_description(words_after[0]):
            registry.describe(entity, _description_words(words_after, leading=True))
    if entity.gender is None:
        entity.gender = gender_of(sorted(entity.descriptors))


def _token_start(token: Token) -> int:
    return token.start


def _opens_description(word: str) -> bool:
    """ "Putin, the Russian leader," but not "Dupont, met ..." (a verb)."""
    lower = strip_possessive(word.lower())
    return (
        word[:1].isupper()
        or lower in {"the", "a", "an", "his", "her", "its", "their", "former", "then"}
        or lower in ROLE_NOUNS
        or lower in TITLES
        or word.lower() != lower
    )


def _description_words(words: list[str], leading: bool = False) -> set[str]:
    """Descriptor words of a short description, if it has a role noun; else nothing."""
    if leading:
        cut = []
        for word in words:
            cut.append(word)
            if word.lower() in ROLE_NOUNS:
                break
        words = cut
    else:
        lowered = [w.lower() for w in words]
        stops = [i for i, w in enumerate(lowered) if w in {"the", "a", "an", "of", "by", "and"}]
        if stops:
            words = words[stops[-1] + 1 :]
    if not words or strip_possessive(words[-1].lower()) not in ROLE_NOUNS:
        if not any(w.lower() in ROLE_NOUNS for w in words):
            return set()
    result: set[str] = set()
    for word in words:
        if word[:1].isalpha() and word.lower() not in {"the", "a", "an"}:
            result |= descriptor_words(word)
    return result
