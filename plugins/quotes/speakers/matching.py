"""Descriptions resolved to the person they describe: "the Syrian leader" (the most
recent person with those descriptors), "the German", a description named just after
it or in the next sentences of a lead, "the Taoiseach" (a title the article uses).
A mixin of ``EntityRegistry``.
"""

from __future__ import annotations

from ...text.people import DEMONYM_ADJECTIVES
from .descriptions import ROLE_WORDS, describes, fits_role, role_words
from .entity import Entity
from .mentions import AGE, Mention

_DETERMINERS = ("the ", "a ", "an ")
_INDEFINITE = ("a ", "an ", "one ")  # "a spokeswoman for Acme" introduces someone new
_CATAPHORA_REACH = 600  # characters: about three sentences
_LEAD_REACH = 800  # characters: an article's opening paragraphs, headline included
_PRONOUN_OWNERS = ("his ", "her ", "their ", "its ")


# Kinds of business a report names a company by after naming it ("the low-cost airline"
# for the airline just quoted); a ministry, team or agency so described is another body.
BUSINESS_HEADS = frozenset(
    """company firm airline carrier retailer automaker carmaker manufacturer insurer lender
    bank broadcaster publisher conglomerate startup group chain""".split()
)


def normalise(surface: str) -> str:
    """A surface lower-cased, without a leading article."""
    lower = surface.lower().strip()
    for determiner in _DETERMINERS:
        if lower.startswith(determiner):
            return lower[len(determiner) :]
    return lower


class DescriptionMatcher:
    """The description readings of ``EntityRegistry`` (it supplies these attributes)."""

    entities: list[Entity]
    _by_name: dict[str, Entity]
    title_words: set[str]

    def _match_description(self, mention: Mention) -> Entity | None:
        words = {w for w in mention.descriptors if w in ROLE_WORDS or AGE.match(w)}
        words |= {w for w in mention.descriptors if w[:1].isalpha()}
        if not role_words(words):
            return self._by_nationality(mention, words)
        if mention.surface.lower().startswith(_INDEFINITE):
            # "a spokeswoman for Acme" introduces someone new, maybe named next
            return self._named_just_after(mention, words)
        best: Entity | None = None
        best_position = -1
        for entity in self.entities:
            if entity.kind != "person" or not describes(words, entity.descriptors):
                continue
            position = entity.last_before(mention.start)
            if position > best_position:
                best, best_position = entity, position
        return (
            best
            or self._named_just_after(mention, words)
            or self._only_one_in_role(words)
            or self._introduced_next(mention, words)
        )

    def bridging(self, mention: Mention) -> bool:
        """May a description that fits nobody named refer to the person who just spoke?
        A definite description of one person by role ("the researcher", "the Egyptian
        official") that the article has not used for anyone else: writers vary the role
        word for the person just quoted ("study author Jo Lee ... The researcher said").
        An indefinite or possessed one ("a researcher", "his aide") is someone else."""
        surface = mention.surface.lower()
        if mention.kind != "description" or not surface.startswith("the "):
            return False
        words = surface.split()
        if len(words) > 4 or any(w.endswith(("'s", "’s")) for w in words):
            return False  # "the company's chief executive": someone's, resolved by role
        return bool(role_words(mention.descriptors)) and words[-1] in ROLE_WORDS

    def describes_organisation(self, mention: Mention) -> bool:
        """Is the mention a definite description of one organisation by its kind ("the
        low-cost airline", "the company"), not named, not someone's ("its parent")?"""
        words = mention.surface.split()
        if mention.kind != "group" or len(words) < 2 or len(words) > 4:
            return False
        if words[0].lower() != "the" or any(w[:1].isupper() for w in words[1:]):
            return False
        return words[-1] in BUSINESS_HEADS and not any(w.endswith(("'s", "’s")) for w in words)

    def _introduced_next(self, mention: Mention, words: set[str]) -> Entity | None:
        """ "Iran's foreign minister said ... . Mohammad Javad Zarif spoke after ...": a
        definite description that fits nobody named so far is the first person the next
        sentences introduce by full name, unless the article gives them another role
        (news leads describe a person first and name them right after: the rule holds in
        an article's opening only)."""
        if mention.start > _LEAD_REACH or mention.surface.lower().startswith(_PRONOUN_OWNERS):
            return None  # a convention of the lead, and "his aide" is someone else's
        if "group:" + normalise(mention.surface) in self._by_name:
            return None  # "the witness" after "a witness": that unnamed one
        roles = role_words(words)
        for entity in sorted(self.entities, key=lambda e: e.positions[0] if e.positions else -1):
            if entity.kind != "person" or not entity.positions or " " not in entity.canonical:
                continue
            if not 0 < entity.positions[0] - mention.end < _CATAPHORA_REACH:
                continue
            own_roles = role_words(entity.descriptors)
            if not own_roles or fits_role(words, entity.descriptors):
                return entity
            if own_roles - roles:
                continue
        return None

    def _only_one_in_role(self, words: set[str]) -> Entity | None:
        """ "the foreign ministry spokesperson" when the article names one spokesperson
        only: the one person with every role word of the description and no other
        nationality."""
        fitting = [
            entity
            for entity in self.entities
            if entity.kind == "person" and fits_role(words, entity.descriptors)
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _by_nationality(self, mention: Mention, words: set[str]) -> Entity | None:
        """ "the German" (a nationality alone, definite): the most recent person of it."""
        if (
            not words
            or not words <= DEMONYM_ADJECTIVES
            or not mention.surface.lower().startswith("the ")
        ):
            return None
        best: Entity | None = None
        best_position = -1
        for same_only in (True, False):  # that nationality, else the latest of none known
            for entity in self.entities:
                if entity.kind != "person":
                    continue
                known = entity.descriptors & DEMONYM_ADJECTIVES
                if (same_only and not words <= known) or (not same_only and known):
                    continue
                position = entity.last_before(mention.start)
                if position > best_position:
                    best, best_position = entity, position
            if best is not None:
                return best
        return None

    def _named_just_after(self, mention: Mention, words: set[str]) -> Entity | None:
        """ "Syria's foreign minister said ... Foreign Minister Walid al-Moallem ...": a
        definite description before anyone fits it is the one person named with that role
        in the next few sentences."""
        fitting = [
            entity
            for entity in self.entities
            if entity.kind == "person"
            and entity.positions
            and 0 < entity.positions[0] - mention.start < _CATAPHORA_REACH
            and fits_role(words, entity.descriptors)
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _office_holder(self, mention: Mention) -> Entity | None:
        """ "Netanyahu's office said": a person's office speaks in that person's name, so
        the statement is the named person's (a person the article has named already)."""
        surface = mention.surface.replace("’", "'")
        if not surface.endswith("'s office"):
            return None
        owner = surface[: -len("'s office")].lower()
        if not owner or " " in owner and owner.split()[0] in {"the", "a", "an"}:
            return None
        for entity in self.entities:
            if entity.kind != "person":
                continue
            names = {entity.canonical.lower(), *(n.lower() for n in entity.names)}
            if owner in names or owner in {n.split()[-1] for n in names}:
                return entity
        return None

    def _unnamed_before(self, mention: Mention) -> Entity | None:
        """ "The spokesman" after "a foreign ministry spokesman" (both unnamed): a definite
        description of one noun refers back to the latest unnamed speaker with that head
        noun, not to a new speaker."""
        words = mention.surface.lower().split()
        if len(words) != 2 or words[0] != "the":
            return None
        best: Entity | None = None
        best_position = -1
        for entity in self.entities:
            if entity.kind == "person" or entity.canonical.lower() == mention.surface.lower():
                continue
            if entity.canonical.lower().split()[-1] != words[1]:
                continue
            position = entity.last_before(mention.start)
            if position > best_position:
                best, best_position = entity, position
        return best

    def _by_title(self, mention: Mention) -> Entity | None:
        """ "the Taoiseach" when the article wrote "Taoiseach Enda Kenny": the most recent
        person who bears that learned title."""
        words = normalise(mention.surface).split()
        if len(words) != 1 or words[0] not in self.title_words:
            return None
        best: Entity | None = None
        best_position = -1
        for entity in self.entities:
            if entity.kind == "person" and words[0] in entity.descriptors:
                position = entity.last_before(mention.start)
                if position > best_position:
                    best, best_position = entity, position
        return best
