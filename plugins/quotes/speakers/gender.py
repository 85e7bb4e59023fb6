"""A person's gender, for pronouns only, from what the article itself says of them.

Never from a list of given names: an honorific or a gendered role word the
article puts on the person ("Mrs. Lee", "the spokeswoman", "Lee's husband" is
not one), else the singular pronouns the article already uses for them ("Lee
said she ..." where Lee is the only person named before the pronoun in its
sentence).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from itertools import compress
from operator import attrgetter

from ...text.people import FEMALE_CUES, MALE_CUES
from ...text.tokens import Token

_CUES = {**dict.fromkeys(MALE_CUES, "m"), **dict.fromkeys(FEMALE_CUES, "f")}
# "-man" role nouns, which US papers use for women too ("Trump spokesman Hope Hicks").
_GENERIC = frozenset(
    "spokesman chairman congressman councilman alderman assemblyman businessman".split()
)
# Singular third-person pronouns of every case, with their gender.
_PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def cue_gender(words: Iterable[str]) -> str | None:
    """Gender an honorific or gendered role word gives ("Mrs.", "spokeswoman"); a
    "-man" role noun gives none."""
    for word in words:
        lower = word.lower().rstrip(".")
        if lower not in _GENERIC and lower in _CUES:
            return _CUES[lower]
    return None


def name_gender(modifiers: list[str], name: list[str]) -> str | None:
    """Gender of a named person from the titles and roles before the name only."""
    return cue_gender(modifiers)


_DOUBLE_MARKS = frozenset({'"', "“", "”"})
_PRONOUNS_AND_MARKS = frozenset(_PRONOUN_GENDER) | _DOUBLE_MARKS  # a mark is its own lower case
_LOWER = attrgetter("lower")


def pronoun_votes(
    tokens: list[Token], sentences: list[tuple[int, int]], persons_before
) -> dict[int, str]:  # noqa: ANN001
    """Entity order -> the gender the article's own pronouns give that person.

    A singular pronoun outside quotation marks votes for a person when that person is
    the only one named earlier in the pronoun's sentence ("Lee said she would run").
    ``persons_before(position, lowest)`` lists ``(position, entity)`` pairs.
    """
    starts = [start for start, _ in sentences]
    votes: dict[int, Counter[str]] = {}
    quoted = False
    # Only the pronouns and the double marks matter: picked out in C, not token by token.
    for token in compress(tokens, map(_PRONOUNS_AND_MARKS.__contains__, map(_LOWER, tokens))):
        if token.text in _DOUBLE_MARKS:
            quoted = token.text == "“" or (token.text == '"' and not quoted)
            continue
        gender = _PRONOUN_GENDER.get(token.lower)
        if gender is None or quoted:
            continue
        sentence = max(0, bisect.bisect_right(starts, token.start) - 1)
        persons = persons_before(token.start, starts[sentence] if starts else 0)
        if len(persons) != 1:
            continue
        entity = persons[0][1]
        votes.setdefault(entity.order, Counter())[gender] += 1
    return {
        order: counts.most_common(1)[0][0]
        for order, counts in votes.items()
        if len(counts) == 1 or counts.most_common(2)[0][1] > 2 * counts.most_common(2)[1][1]
    }
