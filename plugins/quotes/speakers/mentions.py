"""Tokens and speaker mentions: names with titles, descriptions, pronouns, groups.

A mention is read from a short window of tokens (the words between a clause
boundary and a reporting verb, or after an inverted verb). The last words
decide what it is: a pronoun, a personal name with the titles before it
("Russian President Vladimir Putin"), or a description ("the Syrian leader",
"officials", "the Clinton campaign").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...text.name_words import (
    GIVEN_NAMES,
    POSSESSIVE_SUFFIXES,
    common_word_opening,
    is_name_token,
    is_title_token,
    name_run_start,
    name_words,
    strip_possessive,
)
from ...text.people import (
    DEMONYM_ADJECTIVES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    TITLES,
)
from ...text.tokens import Token
from ..clauses import AUXILIARIES, NOT_BEFORE_VERB
from .gender import cue_gender, name_gender

_DETERMINERS = frozenset(
    "the a an his her their its our my one another some several two three many both each".split()
)
# "I'm", "We’re", "Don't": contractions are never names.
_CONTRACTIONS = tuple(a + end for a in "'’" for end in ("m", "re", "ve", "ll", "d", "t"))
_POSSESSIVE_OR_CONTRACTION = POSSESSIVE_SUFFIXES + _CONTRACTIONS


@dataclass
class Mention:
    """Who a window of text names: ``kind`` is name, pronoun, description or group."""

    kind: str
    surface: str
    start: int
    end: int
    name: str = ""
    descriptors: set[str] = field(default_factory=set)
    gender: str | None = None
    # the possessor of a noun of saying ("Lee's claim that"): a speaker, not the topic
    claimant: bool = False


AGE = re.compile(r"\d{1,3}-year-old$")


def descriptor_words(word: str) -> set[str]:
    """Descriptors a modifier word gives: titles map to roles, countries to demonyms."""
    lower = strip_possessive(word.lower()).rstrip(".")
    if lower in DEMONYMS:
        return {DEMONYMS[lower]}
    if lower in TITLES:
        return {TITLES[lower]}
    return {lower}


def _modifier_start(tokens: list[Token], first: int, low: int) -> int:
    """Extend a name leftwards over titles, demonyms and role words ("Russian President")."""
    while first - 1 >= low:
        prev = tokens[first - 1]
        lower = prev.lower.rstrip(".")
        if prev.text == "." and first - 2 >= low and is_title_token(tokens[first - 2]):
            first -= 1
            continue
        is_modifier = (
            lower in TITLES
            or lower in ROLE_NOUNS
            or lower in DEMONYM_ADJECTIVES
            or strip_possessive(lower) in DEMONYMS
            or (prev.text[0].isupper() and lower not in NON_NAME_WORDS)
            or lower in {"press", "former", "vice", "deputy", "acting", "transitional", "of"}
        )
        if not is_modifier:
            break
        first -= 1
    if first - 1 >= low and tokens[first - 1].lower in _DETERMINERS:
        first -= 1
    return first


def _trim_trailing_of(tokens: list[Token], first: int, last: int) -> int:
    while first < last and tokens[first].lower in {"of", "and"}:
        first += 1
    return first


def mention_from_window(
    text: str, tokens: list[Token], low: int, high: int, possessive: bool = False
) -> Mention | None:
    """Read the mention that ends at ``tokens[high - 1]`` (window ``tokens[low:high]``).

    A window ending in a possessive ("Acme's") names no speaker: the speaker would be
    the noun it modifies. With ``possessive`` (reading names) it is the name mention.
    """
    if high <= low:
        return None
    last = high - 1
    word = tokens[last]
    lower = word.lower
    if lower.endswith(_POSSESSIVE_OR_CONTRACTION):
        if lower.endswith(_CONTRACTIONS) or not possessive:
            return None  # "I'm" is no name; "Acme's" is no speaker
    if last == low or tokens[last - 1].text in {",", ";", ":"} or high - low == 1:
        if lower in PERSON_PRONOUNS:
            return Mention(
                "pronoun", word.text, word.start, word.end, gender=PERSON_PRONOUNS[lower]
            )
        if lower in GROUP_PRONOUNS or lower in FIRST_PERSON:
            return Mention("pronoun", word.text, word.start, word.end)
    if lower == "it" and (last == low or tokens[last - 1].text in {",", ";", ":"}):
        return Mention("pronoun", word.text, word.start, word.end)  # an organisation's "it"
    if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS or lower in FIRST_PERSON:
        return Mention(
            "pronoun", word.text, word.start, word.end, gender=PERSON_PRONOUNS.get(lower)
        )
    if lower in DEMONYM_ADJECTIVES and last > low and tokens[last - 1].lower == "the":
        start = tokens[last - 1].start  # "the German": a person of that nationality
        return Mention("description", text[start : word.end], start, word.end, descriptors={lower})
    if is_name_token(word) and lower not in GROUP_NOUNS:
        person = _person_of(text, tokens, low, last)
        if person is not None:
            return person
        return _name_mention(text, tokens, low, last)
    return _description_mention(text, tokens, low, last)


def mention_before_modifier(
    text: str, tokens: list[Token], low: int, high: int
) -> Mention | None:
    """The noun phrase opening ``tokens[low:high]`` before a modifier that follows its
    head: a relative clause, a participle or a preposition ("Democrats involved in the
    talks", "Republicans who critiqued the speech", "officials familiar with it")."""
    for cut in range(low + 1, high):
        word = tokens[cut]
        if word.lower in _POST_MODIFIER_OPENERS or (
            word.text[:1].islower() and word.lower.endswith(("ed", "ing"))
        ):
            return mention_from_window(text, tokens, low, cut)
    return None


_POST_MODIFIER_OPENERS = frozenset(
    "who whom whose that which with in at from of for on familiar close".split()
)
_PLACE_LINKS = frozenset({"in", "of", "at", "from", "for"})


def _person_of(text: str, tokens: list[Token], low: int, last: int) -> Mention | None:
    """ "analyst Rita Lund of IHS Automotive", "Tom Emanuel of Laconia": a personal name
    (two words or more, no organisation or place word, after a role noun or opening the
    window) before "of" and a name is the person; the name after "of" is where they work
    or come from ("Secretary of State", "Bank of America" are one name)."""
    of = next((i for i in range(low + 2, last) if tokens[i].lower == "of"), -1)
    if of < 0 or not is_name_token(tokens[of - 1]) or not is_name_token(tokens[of + 1]):
        return None  # "Rita Lund of IHS Automotive in Lexington": the first "of"
    if any(not (is_name_token(t) or t.lower in _PLACE_LINKS) for t in tokens[of + 1 : last + 1]):
        return None
    person_first = name_run_start(tokens, of - 1, low)
    run = tokens[person_first:of]
    if len(run) < 2 or any(
        t.lower in ORG_WORDS or t.lower in TITLES or t.lower in ROLE_NOUNS or t.lower in ORG_HEADS
        for t in run
    ):
        return None
    if person_first > low and tokens[person_first - 1].lower not in ROLE_NOUNS:
        return None
    return _name_mention(text, tokens, low, of - 1)


def _name_mention(text: str, tokens: list[Token], low: int, last: int) -> Mention | None:
    name_first = name_run_start(tokens, last, low)
    if name_first < last and common_word_opening(text, tokens, name_first, last):
        # "Yet Clinton said": the name is "Clinton"; "Admiral Harris": a title before it
        name_first += 1
        if (
            tokens[name_first - 1].lower not in TITLES
            and tokens[name_first - 1].lower not in ROLE_NOUNS
        ):
            low = name_first
    while (
        name_first - 2 >= low
        and tokens[name_first - 1].text in NAME_PARTICLES
        and is_name_token(tokens[name_first - 2])
        and not is_title_token(tokens[name_first - 2])
    ):  # "Mohammed bin Abdulrahman Al-Thani": a particle inside the name
        name_first = name_run_start(tokens, name_first - 2, low)
    for at in range(last - 1, name_first - 1, -1):
        if "\n" in text[tokens[at].end : tokens[at + 1].start]:
            name_first = low = at + 1  # a name never runs over a line break
            break
    inner_demonym = _demonym_inside_name(tokens, name_first, low)
    name_first = inner_demonym if inner_demonym is not None else name_first
    mod_first = _trim_trailing_of(tokens, _modifier_start(tokens, name_first, low), name_first)
    if mod_first <= name_first - 2 and tokens[name_first - 1].lower == "of":
        role = tokens[name_first - 2].lower.rstrip(".")
        given = _given_name_inside(tokens, name_first, last)
        if given is not None:
            name_first = given  # "Director of Government Affairs Phil Smith": Phil Smith
        elif role in ROLE_NOUNS or role in TITLES:
            return _role_of_place(text, tokens, mod_first, name_first, last)
    if name_first == last and tokens[last].lower in ROLE_NOUNS and tokens[last].text.isupper():
        described = _role_acronym(text, tokens, low, last)
        if described is not None:
            return described
    name_tokens = name_words(tokens[name_first : last + 1])
    name_tokens[-1] = strip_possessive(name_tokens[-1])  # "Jo Lee's" names Jo Lee
    if name_first == last and name_tokens[0].lower() in TITLES:
        if mod_first < name_first and tokens[mod_first].lower in {"the", "a", "an"}:
            return _title_as_noun(text, tokens, mod_first, last)  # "The President said"
        return None  # "Sen." cut from its name is not a name
    modifiers = [t.text for t in tokens[mod_first:name_first] if t.text != "."]
    descriptors: set[str] = set()
    for modifier in modifiers:
        if modifier.lower() not in _DETERMINERS and modifier.lower() != "of":
            descriptors |= descriptor_words(modifier)
    head = name_tokens[-1].lower()
    determiner = mod_first < name_first and tokens[mod_first].lower in _DETERMINERS
    kind = "name"
    if head in ORG_WORDS or head in ORG_HEADS or (determiner and len(name_tokens) == 1):
        kind = "group"
    if inner_demonym is not None:
        kind = "group"  # "Chipotle Mexican Grill": a person's name holds no demonym
    before = tokens[mod_first - 1] if mod_first - 1 >= low and mod_first == name_first else None
    if before is not None and before.text.islower() and before.lower in _ORGANISATION_NOUNS:
        kind = "group"  # "news agency Al-Akhbar", "jihadist group Ansar Dine"
        descriptors = descriptors | {before.lower}
    if head in ORG_WORDS or head in ORG_HEADS:
        name_tokens = _organisation_name(tokens, mod_first, name_first) + name_tokens
    start, end = tokens[mod_first].start, tokens[last].end
    return Mention(
        kind,
        text[start:end],
        start,
        end,
        name=" ".join(name_tokens),
        descriptors=descriptors,
        gender=name_gender(modifiers, name_tokens) if kind == "name" else None,
    )


_ARTICLES = frozenset({"the", "a", "an"})


def _given_name_inside(tokens: list[Token], first: int, last: int) -> int | None:
    """Where a personal name starts inside a run after "director of": at a known given
    name followed by the rest of the run, or the last two words of a run of four or more
    ("Government Affairs Phil Smith", "Homeland Security Jeh Johnson"): an office's name
    has two or three words, and the person's name follows it."""
    for index in range(first + 1, last):
        if tokens[index].lower in GIVEN_NAMES and tokens[index].text[:1].isupper():
            return index
    if last - first >= 3 and all(t.text[:1].isupper() for t in tokens[first : last + 1]):
        return last - 1
    return None


def _role_acronym(text: str, tokens: list[Token], low: int, last: int) -> Mention | None:
    """A role written as an acronym after an article and lower-case modifiers ("the
    former government MP") is a description, not a name."""
    first = last - 1
    while first >= low and tokens[first].text[:1].islower():
        if tokens[first].lower in _ARTICLES:
            break
        first -= 1
    if first < low or tokens[first].lower not in _ARTICLES:
        return None
    words = [t.text for t in tokens[first + 1 : last + 1]]
    descriptors = {w.lower() for w in words if w.isalpha() or "-" in w}
    start, end = tokens[first].start, tokens[last].end
    return Mention("description", text[start:end], start, end, descriptors=descriptors)


_ORGANISATION_NOUNS = (ORG_WORDS | ORG_HEADS) - frozenset({"house", "state", "city", "county"})


def _demonym_inside_name(tokens: list[Token], name_first: int, low: int) -> int | None:
    """Where a name starts that holds a demonym between capitalised words ("Chipotle
    Mexican Grill", "Anglo American"): a demonym opens a name's modifiers only at their
    start ("Russian President Putin"), so a capitalised word before it is the name's."""
    first = name_first
    while (
        first - 2 >= low
        and tokens[first - 1].lower in DEMONYM_ADJECTIVES
        and is_name_token(tokens[first - 2])
        and not is_title_token(tokens[first - 2])
        and tokens[first - 2].lower not in ROLE_NOUNS
        and not tokens[first - 2].text.endswith(POSSESSIVE_SUFFIXES)
        and tokens[first - 2].lower not in DEMONYM_ADJECTIVES
        and strip_possessive(tokens[first - 2].lower) not in DEMONYMS
    ):
        first -= 2
    return first if first < name_first else None


def _title_as_noun(text: str, tokens: list[Token], first: int, last: int) -> Mention:
    """A title used as a noun after an article ("the President", "the Governor"): a
    description of whoever holds it."""
    descriptors: set[str] = set()
    for token in tokens[first + 1 : last + 1]:
        if token.text[:1].isalpha():
            descriptors |= descriptor_words(token.text)
    words = [t.text for t in tokens[first : last + 1]]
    return _described("description", text, tokens, first, last, descriptors, words)


def _organisation_name(tokens: list[Token], first: int, name_first: int) -> list[str]:
    """The capitalised words before an organisation's head that belong to its name:
    "China News", "Merced County Elections Office", "Chipotle Mexican Grill" (a country
    or a demonym inside a name is part of it, not a descriptor of a person)."""
    words: list[str] = []
    for token in reversed(tokens[first:name_first]):
        if not token.text[:1].isupper() or token.lower in _DETERMINERS:
            break
        if token.text.endswith(POSSESSIVE_SUFFIXES):
            break  # "the North's Korean Central News Agency": the owner is not the name
        words.append(token.text)
    return words[::-1]


def _role_of_place(
    text: str, tokens: list[Token], first: int, name_first: int, last: int
) -> Mention:
    """ "the mayor of Ames": a description of a person, not a name (the place is one).

    Its descriptors are the role words, and the demonym of a country ("the president of
    Chile" is "chilean"); other place names are left out so the role alone can match.
    """
    descriptors: set[str] = set()
    for token in tokens[first : name_first - 1]:
        if token.lower not in _DETERMINERS and token.text[0].isalpha():
            descriptors |= descriptor_words(token.text)
    for token in tokens[name_first : last + 1]:
        if strip_possessive(token.lower) in DEMONYMS:
            descriptors |= descriptor_words(token.text)
    words = [t.text for t in tokens[first : name_first - 1]]
    return _described("description", text, tokens, first, last, descriptors, words)


def _speaking_plural(tokens: list[Token], low: int, last: int, head: str) -> bool:
    """A plural noun with a capitalised modifier speaks as a group: "Mexican officials",
    "Other Republican candidates", "House Democrats" is a name already."""
    if last <= low or not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return False
    if not tokens[last].text[0].islower():
        return False
    previous = tokens[last - 1]
    return previous.text[0].isupper() and previous.lower not in _DETERMINERS


def _group_modifiers_start(tokens: list[Token], last: int, low: int) -> int:
    """Where a group noun's own modifiers start: "Florida election officials", "Democratic
    aides", "Public health experts" (not "In", "and", a verb or a sentence's adverb)."""
    first = last
    while first - 1 >= low and last - first < 4:
        prev = tokens[first - 1]
        lower = prev.lower
        if _abbreviation_end(tokens, first - 1, low):
            first -= 2  # "U.S. officials": the full stop closes an abbreviation
            continue
        if lower == "and" and first < last and _modifier_before_and(tokens, first - 1, low):
            first -= 1  # "current and former officials": two modifiers of one group
            continue
        if not prev.text[0].isalpha() or lower in _NOT_GROUP_MODIFIERS:
            break
        if lower.endswith(("ly", "ing", "ed")) and prev.text[0].islower():
            break
        first -= 1
    return first


def _abbreviation_end(tokens: list[Token], index: int, low: int) -> bool:
    """Is ``tokens[index]`` the full stop of an abbreviation glued to it ("U.S.")?"""
    if tokens[index].text != "." or index - 1 < low:
        return False
    before = tokens[index - 1]
    return before.end == tokens[index].start and "." in before.text and before.text[0].isupper()


def _modifier_before_and(tokens: list[Token], index: int, low: int) -> bool:
    """Does a modifier stand before the "and" at ``index`` ("current and former")?"""
    if index - 1 < low:
        return False
    before = tokens[index - 1]
    return (
        before.text[0].isalpha()
        and before.lower not in _NOT_GROUP_MODIFIERS
        and before.lower not in _DETERMINERS
        and not before.lower.endswith(("ly", "ing", "ed"))
    )


_NOT_GROUP_MODIFIERS = (
    NOT_BEFORE_VERB
    | AUXILIARIES
    | frozenset("and or but as when while if then also who which said says told according".split())
)


_INNER_PREPOSITIONS = frozenset("by of from with in on at for to".split())
_FUNCTION_WORDS = frozenset(
    """to in on at of for from by with about into over under than as and or but that
    which who the a an this these those here there""".split()
)


def _bare_apostrophe_possessive(tokens: list[Token], index: int, low: int) -> bool:
    """Is ``tokens[index]`` the apostrophe of a possessive in -s' ("Sanders’", "the
    officials'")?"""
    if index - 1 < low or tokens[index].text not in {"'", "’"}:
        return False
    owner = tokens[index - 1]
    return owner.text[-1:] in {"s", "S"} and owner.end == tokens[index].start


def _description_mention(text: str, tokens: list[Token], low: int, last: int) -> Mention | None:
    head = strip_possessive(tokens[last].lower)
    if head in _FUNCTION_WORDS:
        return None  # "a bit awkward for Republicans to": no noun phrase ends so
    if head == "staff" and last - 2 >= low and tokens[last - 2].lower == "chief":
        head = "chief"  # "Hunter's chief of staff" is a person
    if not tokens[last].text[0].isalpha() and AGE.match(head) is None:
        return None
    first = last
    possessor = False
    while first - 1 >= low and last - first < 6:
        prev = tokens[first - 1]
        if _bare_apostrophe_possessive(tokens, first - 1, low):
            first -= 2  # "Sanders’ campaign manager": the apostrophe is a token of its own
            possessor = True
            break
        if not prev.text[0].isalnum():
            break
        first -= 1
        if prev.lower in _DETERMINERS or prev.text.endswith(POSSESSIVE_SUFFIXES):
            break
    starts_with_determiner = (
        possessor
        or tokens[first].lower in _DETERMINERS
        or tokens[first].text.endswith(POSSESSIVE_SUFFIXES)
    )
    plural = _speaking_plural(tokens, low, last, head)
    if (head in GROUP_NOUNS or plural) and not starts_with_determiner:
        first = _group_modifiers_start(tokens, last, low)
    elif not starts_with_determiner:
        return None
    is_age = AGE.match(head) is not None  # "the 70-year-old"
    plural_role = plural or (head.endswith("s") and head[:-1] in ROLE_NOUNS)  # "two senators"
    if (
        not is_age
        and not plural_role
        and head not in ROLE_NOUNS
        and head not in GROUP_NOUNS
        and head not in ORG_HEADS
        and head not in DOCUMENT_NOUNS
    ):
        if not any(t.text[0].isupper() for t in tokens[first + 1 : last + 1]):
            return None
        if head == tokens[last].text and any(
            t.lower in _INNER_PREPOSITIONS for t in tokens[first + 1 : last]
        ):
            return None  # "The comments by Jo Lee follow": a clause, not a noun phrase
    words = [t.text for t in tokens[first : last + 1]]
    descriptors: set[str] = set()
    for word in words:
        if word.lower() not in _DETERMINERS:
            descriptors |= descriptor_words(word)
    kind = "description" if is_age or (head in ROLE_NOUNS and head != "officials") else "group"
    return _described(kind, text, tokens, first, last, descriptors, words)


def _described(
    kind: str,
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    descriptors: set[str],
    words: list[str],
) -> Mention:
    """A description (or group) over ``tokens[first..last]``, named by its own
    text; ``words`` tell its gender when a role does ("chairwoman")."""
    start, end = tokens[first].start, tokens[last].end
    return Mention(
        kind,
        text[start:end],
        start,
        end,
        name=text[start:end],
        descriptors=descriptors,
        gender=cue_gender(words),
    )
