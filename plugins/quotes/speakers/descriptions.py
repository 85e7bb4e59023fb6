"""Does a description ("the Syrian leader", "the 70-year-old", "the German") fit a
person's descriptors (the role words, nationality and age the article gave them)?"""

from __future__ import annotations

from ...text.people import DEMONYM_ADJECTIVES, LEADER_ROLES, ROLE_NOUNS, TITLES
from .mentions import AGE

ROLE_WORDS = frozenset(TITLES.values()) | ROLE_NOUNS

# Head nouns of place names: "Arrowhead Farm Road", "Equateur Province" name a place,
# which never speaks and is never a person.
PLACE_HEADS = frozenset(
    """road lane drive way boulevard highway motorway freeway bridge park farm ranch lake
    mountain mountains mount hill hills province region district prefecture governorate
    state county borough township village town city port bay gulf sea ocean desert
    peninsula strait canal forest border crossing camp base airfield field stadium arena
    plaza avenue street square river island islands coast valley""".split()
)


def is_place(name: str) -> bool:
    """Does a capitalised name end in a place noun ("Arrowhead Farm Road")?"""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in PLACE_HEADS


def describes(words: set[str], descriptors: set[str]) -> bool:
    """Does every word of a description ("syrian", "leader") fit the entity's descriptors?"""
    for word in words:
        if word in descriptors:
            continue
        if word == "leader" and descriptors & LEADER_ROLES:
            continue
        return False
    return True


def fits_role(words: set[str], descriptors: set[str]) -> bool:
    """Every role word of a description fits, and no other nationality is given."""
    nationality = words & DEMONYM_ADJECTIVES
    if nationality and descriptors & DEMONYM_ADJECTIVES - nationality:
        return False
    return describes(role_words(words), descriptors)


def role_words(words: set[str]) -> set[str]:
    """The words of a description that name a role or an age ("the 70-year-old")."""
    return {w for w in words if w in ROLE_WORDS or AGE.match(w)}
