"""Word-level readings of noun phrases shared by the clause readers: is a word part
of a noun phrase, a possessive's noun, a personal name before "of", a verb's past
form, a name after a preposition or after a role noun's "of"."""

from __future__ import annotations

from ..text.name_words import is_name_token
from ..text.people import GROUP_NOUNS, ROLE_NOUNS, TITLES
from ..text.tokens import Token
from .reporting_verbs import CUE_FORMS
from .speakers.mentions import Mention


def after_a_preposition(tokens: list[Token], mention: Mention, start: int) -> bool:
    """Is the mention the object of a preposition ("Speaking in Harlem")?"""
    first = start
    while first < len(tokens) and tokens[first].start < mention.start:
        first += 1
    return first > start and tokens[first - 1].lower in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = frozenset("in at on from to with by for near outside inside".split())


def object_of_role(tokens: list[Token], mention: Mention, start: int) -> bool:
    """Is the name the object of "of" after a role noun ("The speaker of the Norland
    National Assembly, Oren Vasko, said"): the role's holder is the apposition."""
    first = start
    while first < len(tokens) and tokens[first].start < mention.start:
        first += 1
    probe = first - 1
    while probe > start and tokens[probe].lower in {"the", "a", "an"}:
        probe -= 1
    return probe > start and tokens[probe].lower == "of" and tokens[probe - 1].lower in ROLE_NOUNS


def past_form(word: str) -> bool:
    """Is a verb of saying in a past form ("warned", "said"), not a noun or base form?"""
    base = CUE_FORMS.get(word)
    return base is not None and base != word and not word.endswith("s")


FUNCTION_WORDS = frozenset(
    """of in at on and or but nor the a an to for with from by who whom which that as
    into about than so yet if""".split()
)


_CLAUSE_WORDS = frozenset(
    "that and but or while because if when as who which where though although".split()
)


def possessed_noun(tokens: list[Token], index: int, end: int) -> bool:
    """Is ``tokens[end]`` a modifier or noun after a possessive opening the subject
    ("Japan's central bank ended"): up to three plain words, none a past or third-person
    verb form (those end the noun phrase)."""
    owner = end - 1
    while owner > index and tokens[owner].text[0].islower() and end - owner <= 3:
        owner -= 1
    if not tokens[owner].lower.endswith(("'s", "’s")) or end - owner > 3:
        return False
    if not all(is_name_token(t) or t.lower == "the" for t in tokens[index:owner]):
        return False  # "As Moscow's invasion of Kiev ...": the possessive opens no subject
    word = tokens[end].lower
    return word.isalpha() and not word.endswith(("ed", "s")) and word not in _CLAUSE_WORDS


def personal_name_before(tokens: list[Token], start: int, end: int) -> bool:
    """Do two or more name words, no title among them, end right before ``end``?"""
    first = end
    while first > start and is_name_token(tokens[first - 1]):
        first -= 1
    run = tokens[first:end]
    return len(run) >= 2 and not any(t.lower in TITLES for t in run)


def np_word(token: Token) -> bool:
    lower = token.lower
    return (
        lower in {"the", "a", "an", "his", "her", "their", "its", "of", "he", "she", "they"}
        or lower in ROLE_NOUNS
        or lower in GROUP_NOUNS
        or lower in TITLES
        or is_name_token(token)
        or lower in {"press", "former", "transitional", "deputy", "white", "senior", "presidential"}
    )
