"""A group named with the place or the body it belongs to: "People in Fort Ames said",
"officials and analysts in Seoul have said", "representatives of the makers of the
drugs said". What follows the preposition is part of the group's name, not the speaker
(a place speaks through no one; "the makers" alone names no one)."""

from __future__ import annotations

from ...text.people import GROUP_NOUNS
from ...text.tokens import Token
from .mentions import Mention

_PLACE_PREPOSITIONS = frozenset({"in", "from", "at", "across", "of"})
_MAX_MODIFIERS = 3


def group_with_place(text: str, tokens: list[Token], start: int, end: int) -> Mention | None:
    """The mention of ``tokens[start:end]`` when it is a group noun phrase (group nouns,
    perhaps joined by "and", with a few modifiers) followed by a preposition and a
    capitalised place name that ends the window; else None."""
    preposition = next(
        (i for i in range(start + 1, end - 1) if tokens[i].lower in _PLACE_PREPOSITIONS), None
    )
    if preposition is None or tokens[preposition - 1].lower not in GROUP_NOUNS:
        return None
    rest = tokens[preposition + 1 : end]
    if tokens[preposition].lower == "of":
        # "representatives of the makers of the drugs": a complement that names no one by
        # name belongs to the group's name; "officials of Acme" stay Acme's
        belongs = all(t.text.isalpha() and t.text.islower() for t in rest)
    else:
        belongs = all(t.text[0].isupper() or t.text in {",", "."} for t in rest)
    if not belongs:
        return None
    if tokens[end - 1].text in {",", "."}:
        return None
    words = tokens[start:preposition]
    if any(not t.text.isalpha() and t.text != "-" for t in words):
        return None
    nouns = [t for t in words if t.lower in GROUP_NOUNS]
    if len(words) - len(nouns) > _MAX_MODIFIERS + sum(t.lower == "and" for t in words):
        return None
    first, last = tokens[start], tokens[end - 1]
    surface = text[first.start : last.end]
    name = surface[0].lower() + surface[1:] if first.lower in GROUP_NOUNS else surface
    return Mention("group", surface, first.start, last.end, name)


def coordinated_group_start(tokens: list[Token], start: int, low: int) -> int:
    """Where a subject of coordinated group nouns starts: "officials and analysts in Seoul
    said" is one group, though the clause reading stopped at "and"; else ``start``."""
    if (
        start - 2 >= low
        and tokens[start].lower in GROUP_NOUNS
        and tokens[start - 1].lower == "and"
        and tokens[start - 2].lower in GROUP_NOUNS
    ):
        return start - 2
    return start
