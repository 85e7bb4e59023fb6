"""Canonical speakers: one entity per person, organisation or group.

The registry is first filled with every personal name of the document, with
the titles and appositions around it (``reading.read_names``), so
that later descriptions ("the Syrian leader") and surnames ("al-Sharaa",
"President Putin") resolve to the same entity; a bare surname two people share
names the one introduced first. Pronouns are resolved in ``resolve``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence

from ...text.name_words import (
    GIVEN_NAMES,
    strip_possessive,
)
from ...text.people import (
    DEMONYM_ADJECTIVES,
    DEMONYMS,
    GROUP_NOUNS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_WORDS,
    ROLE_NOUNS,
    generic_plural,
)
from .descriptions import is_place, role_words
from .entity import Entity
from .matching import DescriptionMatcher, normalise
from .mentions import Mention

_DETERMINERS = ("the ", "a ", "an ")
_POSSESSIVES = ("'s", "’s")
_NOT_NAME_ENDINGS = ("ly",)  # a lone capitalised adverb ("Similarly") is no new name
ORGANISATION_HEADS = ORG_WORDS | ORG_HEADS


def _plain_name(name: str) -> bool:
    """Two or three words, no acronym: "Curt Schilling", not "ESPN Fires Schilling"."""
    words = name.split()
    return 2 <= len(words) <= 3 and not any(len(w) > 2 and w.isupper() for w in words)


def _starts_with_given_name(name: str) -> bool:
    return name.split()[0].lower() in GIVEN_NAMES


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _ends_with_words(longer: str, shorter: str) -> bool:
    """Is ``shorter`` the last words of ``longer`` ("Hamad bin Khalid Al-Sani")?"""
    tail = shorter.lower().split()
    words = longer.lower().split()
    return len(words) > len(tail) and words[-len(tail) :] == tail


def _one_slip(a: str, b: str) -> bool:
    """Do two words of equal length differ by one letter or one swap of neighbours?"""
    if len(a) != len(b) or a == b:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diffs) == 1:
        return True
    first, second = diffs[0], diffs[-1]
    return (
        len(diffs) == 2 and second == first + 1 and a[first] == b[second] and a[second] == b[first]
    )


def _is_acronym(word: str) -> bool:
    """An acronym of two letters or more ("CFO", "NATO"), never part of a person's name."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _surname_forms(surname: str) -> tuple[str, ...]:
    """A surname and, for one joined to a particle ("al-Moallem", "el-Sisi"), the form
    without it, which writers use too ("Moallem")."""
    head, _, rest = surname.partition("-")
    if head in NAME_PARTICLES and len(rest) > 2:
        return (surname, rest)
    return (surname,)


_normalise = normalise


# More people with one surname than any news article names (a family history names a
# dozen); above it a bare surname is not matched to any of them.
MAX_NAMESAKES = 25
# Characters between an organisation's description and its name in a lead (about three
# sentences).
_LEAD_DESCRIPTION_REACH = 600


class EntityRegistry(DescriptionMatcher):
    """All speakers of one document."""

    def __init__(self, user_speakers: Mapping[str, Sequence[str]] | None = None) -> None:
        self.entities: list[Entity] = []
        self._timeline: list[tuple[int, int]] = []  # (position, entity order), sorted
        self._by_first_word: dict[str, list[Entity]] = {}
        self.surnames: dict[str, list[Entity]] = {}  # persons by surname
        self._by_name: dict[str, Entity] = {}
        self._by_alias: dict[str, Entity] = {}
        # Words this article uses as titles before names ("Taoiseach", "Coun").
        self.title_words: set[str] = set()
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
            self._register(entity)

    # --- building -----------------------------------------------------------------
    def _new(self, canonical: str, kind: str) -> Entity:
        return self._register(Entity(canonical, kind))

    def _untitle(self, mention: Mention) -> None:
        """Move a learned title off the front of a name: "Coun Forrest" is Forrest."""
        words = mention.name.split()
        # an acronym inside the name, after the employer: not a company's own ("RTZ Borax")
        acronyms = [i for i, word in enumerate(words[:-1]) if i and _is_acronym(word)]
        if words and words[-1].lower().rstrip(".") in ORGANISATION_HEADS:
            acronyms = []
        if acronyms:  # "Ford CFO Shanks", "Acme CEO Jo Lee": the name follows the acronym
            cut = acronyms[-1] + 1
            mention.descriptors = mention.descriptors | {w.lower() for w in words[:cut]}
            words = words[cut:]
        while len(words) > 1 and words[0].lower().rstrip(".") in self.title_words:
            mention.descriptors = mention.descriptors | {words.pop(0).lower().rstrip(".")}
        mention.name = " ".join(words)

    def add_name(self, mention: Mention) -> Entity:
        """Register a personal-name mention and return its entity."""
        self._untitle(mention)
        key = mention.name.lower()
        entity = self._by_alias.get(key)
        namesakes_picked = False
        if entity is None:
            namesakes = self._namesakes(mention.name)
            namesakes_picked = bool(namesakes)
            entity = (
                self._pick_namesake(namesakes, mention.gender)
                if namesakes
                else self._by_name.get(key)
            )
        if entity is None:
            entity = self._match_surname(mention.name, mention.start)
        if entity is None:
            entity = self._new(mention.name, "person")
        if len(mention.name.split()) > len(entity.canonical.split()) and not entity.user_aliases:
            self._rename(entity, mention.name)
        entity.names.add(mention.name)
        if " " in mention.name or mention.descriptors or mention.gender:
            entity.bare = False
        self._add_surname(entity, _surname(mention.name))
        self._by_name[key] = entity
        if not namesakes_picked:  # "Mrs. Lee" between two Lees tells nothing of either yet
            entity.descriptors |= mention.descriptors
            entity.gender = entity.gender or mention.gender
        entity.seen_at(mention.start)
        return entity

    def _add_surname(self, entity: Entity, surname: str) -> None:
        for form in _surname_forms(surname):
            if form not in entity.surnames:
                entity.surnames.add(form)
                self.surnames.setdefault(form, []).append(entity)

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
        if " " in name or self._crowded(name):
            return []
        people = [e for e in self.surnames.get(name.lower(), ()) if e.kind == "person"]
        return people if len(people) > 1 else []

    def _crowded(self, name: str) -> bool:
        """Do more people share this surname than any article names? Then a bare surname
        is matched to none of them, which also keeps a hostile text of thousands of
        "X Lee"s linear (every match would scan them all)."""
        return len(self.surnames.get(_surname(name), ())) > MAX_NAMESAKES

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

    def _match_surname(self, name: str, position: int) -> Entity | None:
        if self._crowded(name):
            return None
        surname = _surname(name)
        first = name.split()[0].lower()
        candidates = [e for e in self.surnames.get(surname, ()) if e.kind == "person"]
        if len(name.split()) > 1:
            # "Bill Clinton" must not merge with "Hillary Clinton".
            candidates = [
                e
                for e in candidates
                if all(n.split()[0].lower() in (first, surname) for n in e.names)
                or not e.names
                or any(_ends_with_words(n, name) for n in e.names)  # "Khalid Al-Sani"
            ]
        if not candidates:
            return None
        return max(candidates, key=lambda e: (e.last_before(position + 1), len(e.positions)))

    def describe(self, entity: Entity, words: set[str]) -> None:
        entity.descriptors |= words

    # --- resolving ----------------------------------------------------------------
    def resolve(
        self, mention: Mention, recent: Callable[[Mention], Entity | None] | None = None
    ) -> Entity | None:
        """The entity a name or description refers to (pronouns are resolved elsewhere).

        ``recent`` gives the person who spoke just before, for a definite description
        that fits nobody the article named ("the researcher" after a named study author).
        """
        alias = self._by_alias.get(_normalise(mention.surface)) or self._by_alias.get(
            mention.name.lower()
        )
        if alias is not None:
            return alias
        entity = self._resolve(mention, recent)
        if entity is not None and entity.gender is None and entity.kind == "person":
            entity.gender = mention.gender  # "Mr. Lee", "the spokeswoman"
        return entity

    def _resolve(
        self, mention: Mention, recent: Callable[[Mention], Entity | None] | None = None
    ) -> Entity | None:
        if mention.kind in {"name", "group"} and is_place(mention.name):
            return None  # "Equateur Province said": a place speaks through nobody named
        lower = mention.name.lower()
        if mention.kind == "name" and lower.endswith(_NOT_NAME_ENDINGS) and " " not in lower:
            if lower not in self.surnames:
                return None  # "Similarly, ...": an adverb
        if mention.kind == "name" and generic_plural(lower):
            return None  # "Companies across the industry have announced": no one named
        if mention.kind == "name" and lower in DEMONYM_ADJECTIVES and lower not in self.surnames:
            # "Iranian" alone is an adjective ("the Iranian" is a description), unless the
            # article named someone so ("Mark Cuban")
            return None
        if mention.kind == "name":
            self._untitle(mention)
            namesakes = self._namesakes(mention.name)
            if namesakes:
                return self._pick_namesake(namesakes, mention.gender)
            entity = self._by_name.get(mention.name.lower())
            if entity is None:
                entity = self._match_surname(mention.name, mention.start)
            if entity is None:
                entity = self._match_first_word(mention.name)
            if entity is None:
                entity = self._misspelt_surname(mention.name)
            if entity is None:
                entity = self.add_name(mention)
                entity.bare = entity.positions == [mention.start] and " " not in mention.name
                entity.bare = entity.bare and not (mention.descriptors or mention.gender)
            return entity
        holder = self._office_holder(mention)
        if holder is not None:
            return holder
        if mention.kind == "description":
            entity = self._match_description(mention)
            if entity is not None:
                return entity
        unnamed = self._unnamed_before(mention)
        if unnamed is not None:
            return unnamed
        if recent is not None and self.bridging(mention):
            entity = recent(mention)
            if entity is not None:  # a later "the researcher" is them too
                entity.descriptors |= role_words(mention.descriptors)
                return entity
        return self._group(mention, recent)

    def _group(
        self, mention: Mention, recent: Callable[[Mention], Entity | None] | None = None
    ) -> Entity:
        titled = self._by_title(mention)
        if titled is not None:
            return titled
        key = "group:" + _normalise(mention.name or mention.surface)
        entity = self._by_name.get(key) or self._named_group(mention) or self._short_form(mention)
        if entity is None and recent is not None and self.describes_organisation(mention):
            # "Acme said ... The low-cost airline said": the organisation just quoted
            entity = recent(mention)
            if entity is not None:  # described as an organisation: "it" may take it now
                entity.kind = "group"
                entity.descriptors.add(mention.surface.lower().split()[-1])
                self._by_name[key] = entity
        if entity is None:
            canonical = mention.name or mention.surface
            lower = canonical.lower()
            for determiner in _DETERMINERS:
                if lower.startswith(determiner):
                    rest = canonical[len(determiner) :]
                    # "the Kremlin" -> "Kremlin"; "The club" -> "the club"
                    canonical = rest if rest[:1].isupper() else determiner + rest
            canonical = self._nationality_form(canonical)
            entity = self._described_before(canonical, mention.start)
            if entity is not None:  # "the UN health agency ... The World Health Organization"
                entity.names.add(entity.canonical)
                self._rename(entity, canonical)
            else:
                entity = self._new(canonical, "group")
            entity.gender = entity.gender or mention.gender
            entity.descriptors |= mention.descriptors  # "news agency Al-Akhbar": an agency
            self._by_name[key] = entity
        entity.seen_at(mention.start)
        return entity

    def _nationality_form(self, canonical: str) -> str:
        """An unnamed speaker described by a country's possessive takes the country's
        adjective, as writers also put it: "Syria's foreign minister" is the Syrian
        foreign minister, "the North's foreign ministry spokesman" (after "North Korea")
        the North Korean one."""
        words = canonical.split()
        if len(words) < 2 or not words[0].endswith(_POSSESSIVES):
            return canonical
        owner = strip_possessive(words[0].replace("’", "'"))
        if not owner[:1].isupper() or words[-1].lower() not in ROLE_NOUNS:
            return canonical  # a person's role; "Japan's central bank" keeps its name
        country = owner.split()
        if owner.lower() not in DEMONYMS:
            named = self._proper_name_opened_by(owner)
            if named is None:
                return canonical
            country = named.canonical.split()
        adjective = DEMONYMS.get(country[-1].lower())
        if adjective is None:
            return canonical
        return " ".join([*country[:-1], adjective.capitalize(), *words[1:]])

    def _short_form(self, mention: Mention) -> Entity | None:
        """ "the North" after "North Korea": one capitalised word after "the" that opens
        exactly one longer name seen before is that name's short form."""
        words = mention.surface.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
            return None
        return self._proper_name_opened_by(strip_possessive(words[1]))

    def _proper_name_opened_by(self, word: str) -> Entity | None:
        """The one entity whose canonical name (capitalised words only, two or more)
        opens with ``word``."""
        found = [
            entity
            for entity in self._by_first_word.get(word.lower(), [])
            if all(w[:1].isupper() for w in entity.canonical.split())
        ]
        return found[0] if len(found) == 1 else None

    def _described_before(self, name: str, position: int) -> Entity | None:
        """An organisation a news lead describes before naming it: "according to the UN
        health agency. The World Health Organization said ...". The name is that unnamed
        organisation's when it follows within a few sentences and repeats one of the
        description's lower-case words ("health"); the description's head noun ("agency")
        then describes the named one."""
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None
        named = {w.lower() for w in words}
        for entity in reversed(self.entities):
            if entity.kind != "group" or not entity.positions:
                continue
            if not 0 < position - entity.positions[0] < _LEAD_DESCRIPTION_REACH:
                continue
            described = entity.canonical.split()
            head = described[-1]
            if head[:1].isupper() or head.lower() not in ORGANISATION_HEADS or len(described) < 2:
                continue  # a name already, or no organisation described
            modifiers = {w for w in described[:-1] if w[:1].islower() and len(w) > 3}
            if modifiers & named:
                entity.descriptors.add(head.lower())
                return entity
        return None

    def _misspelt_surname(self, name: str) -> Entity | None:
        """A surname of six letters or more written with two neighbouring letters swapped
        or one letter changed ("Zelenksy" for "Zelensky") is that one person's, when only
        one person fits."""
        words = name.lower().split()
        if not words or len(words[-1]) < 6 or len(words) > 2:
            return None
        found = {
            id(entity): entity
            for surname, entities in self.surnames.items()
            if _one_slip(surname, words[-1])
            for entity in entities
            if entity.kind == "person"
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _match_first_word(self, name: str) -> Entity | None:
        """A lone word that starts exactly one longer name seen before ("Acme" after
        "Acme Mills", a given name alone) refers to that entity."""
        if " " in name:
            return None
        found = self._by_first_word.get(name.lower(), [])
        return found[0] if len(found) == 1 else None

    def _named_group(self, mention: Mention) -> Entity | None:
        """ "the agency" after "The regional environment agency said": the most recent
        organisation or group speaker whose name has that head noun."""
        words = (mention.name or mention.surface).lower().split()
        if len(words) != 2 or words[0] != "the":
            return None
        if words[1] not in ORGANISATION_HEADS and words[1] not in GROUP_NOUNS:
            return None
        best: Entity | None = None
        best_position = -1
        for entity in self.entities:
            if entity.kind != "group":
                continue
            named = entity.canonical.lower().split()[1:]
            if words[1] not in named and words[1] not in entity.descriptors:
                continue  # "the sources" after "Malian military sources", "the agency"
                # after "news agency Al-Akhbar"
            position = entity.last_before(mention.start)
            if position > best_position:
                best, best_position = entity, position
        return best

    def persons_before(self, position: int, lowest: int) -> list[tuple[int, Entity]]:
        """(last position, entity) for persons mentioned in ``[lowest, position)``, latest
        first (in the order they were registered when two share a position)."""
        first = bisect.bisect_left(self._timeline, (lowest, -1))
        stop = bisect.bisect_left(self._timeline, (position, -1))
        latest: dict[int, int] = {}
        for seen, order in self._timeline[first:stop]:
            latest[order] = seen  # the timeline is sorted: the last one is the latest
        found = [
            (seen, order) for order, seen in latest.items() if self.entities[order].kind == "person"
        ]
        found.sort(key=lambda pair: (-pair[0], pair[1]))
        return [(seen, self.entities[order]) for seen, order in found]

    def _register(self, entity: Entity) -> Entity:
        entity.order, entity.timeline = len(self.entities), self._timeline
        for position in entity.positions:
            bisect.insort(self._timeline, (position, entity.order))
        self.entities.append(entity)
        self._index_first_word(entity, add=True)
        return entity

    def _rename(self, entity: Entity, canonical: str) -> None:
        self._index_first_word(entity, add=False)
        entity.canonical = canonical
        self._index_first_word(entity, add=True)

    def _index_first_word(self, entity: Entity, add: bool) -> None:
        """Entities by the first word of a canonical name of two or more words."""
        if " " not in entity.canonical:
            return
        key = entity.canonical.split()[0].lower()
        bucket = self._by_first_word.setdefault(key, [])
        if add:
            bucket.append(entity)
        else:
            bucket[:] = [other for other in bucket if other is not entity]
