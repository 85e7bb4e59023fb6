"""A group named with the place it belongs to: "People in Fort Ames said", "officials
and analysts in Seoul have said". The place after the preposition is part of the
group's name, not the speaker (a place speaks through no one)."""

from __future__ import annotations

from ...text.people import GROUP_NOUNS
from ...text.tokens import Token
from .mentions import Mention

_PLACE_PREPOSITIONS = frozenset({"in", "from", "at", "across"})
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
    if not all(t.text[0].isupper() or t.text in {",", "."} for t in tokens[preposition + 1 : end]):
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
