"""Tokens and speaker mentions: names with titles, descriptions, pronouns, groups.

A mention is read from a short window of tokens (the words between a clause
boundary and a reporting verb, or after an inverted verb). The last words
decide what it is: a pronoun, a personal name with the titles before it
("Russian President Vladimir Putin"), or a description ("the Syrian leader",
"officials", "the Clinton campaign").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.plugins._quote_lexicon import (
    DEMONYM_ADJECTIVES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FEMALE_CUES,
    FEMALE_NAMES,
    FIRST_PERSON,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    MALE_CUES,
    MALE_NAMES,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    ROLE_TITLES,
    TITLES,
)
from toolkit.plugins._tokens import Token

_DETERMINERS = frozenset(
    "the a an his her their its our my one another some several two three many".split()
)
_POSSESSIVE_SUFFIXES = ("'s", "’s")
# "I'm", "We’re", "Don't": contractions are never names.
_CONTRACTIONS = tuple(a + end for a in "'’" for end in ("m", "re", "ve", "ll", "d", "t"))
_POSSESSIVE_OR_CONTRACTION = _POSSESSIVE_SUFFIXES + _CONTRACTIONS


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


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVE_SUFFIXES) else word


def is_name_token(token: Token) -> bool:
    """A capitalised word that can be part of a personal name ("al-Sharaa" counts)."""
    word = token.text
    if not word[0].isalpha():
        return False
    if word[0].isupper():
        if token.lower in NON_NAME_WORDS:
            return False
        # "Interestingly", "Separately": an adverb opening a sentence ("Schlafly" is a name)
        return not (token.lower.endswith(_ADVERB_ENDINGS) and token.lower not in _GIVEN_NAMES)
    head, _, rest = word.partition("-")
    return head in NAME_PARTICLES and bool(rest) and rest[0].isupper()


_ADVERB_ENDINGS = tuple("ally ously ively ately edly ingly fully ently antly ably ibly".split())


def descriptor_words(word: str) -> set[str]:
    """Descriptors a modifier word gives: titles map to roles, countries to demonyms."""
    lower = strip_possessive(word.lower()).rstrip(".")
    if lower in DEMONYMS:
        return {DEMONYMS[lower]}
    if lower in TITLES:
        return {TITLES[lower]}
    return {lower}


def gender_of(words: list[str]) -> str | None:
    """Gender hint from honorifics, gendered role nouns and common given names."""
    for word in words:
        gender = _GENDER_CUES.get(word.lower().rstrip("."))
        if gender is not None:
            return gender
    for word in words:
        if word[:1].isupper():  # the first capitalised word: a given name?
            return _GIVEN_NAMES.get(word.lower())
    return None


def name_gender(modifiers: list[str], name: list[str]) -> str | None:
    """Gender of a named person: an honorific ("Mrs."), else a known given name, else a
    "-man" role noun, which US papers use for women too ("Trump spokesman Hope Hicks")."""
    if not modifiers:
        return gender_of(name)
    generic = [word for word in modifiers if word.lower() in _GENERIC_ROLE_CUES]
    if not generic:
        return gender_of(modifiers) or gender_of(name)
    strong = [word for word in modifiers if word.lower() not in _GENERIC_ROLE_CUES]
    return gender_of(strong) or gender_of(name) or gender_of(generic)


_GENERIC_ROLE_CUES = frozenset(
    "spokesman chairman congressman councilman alderman assemblyman businessman".split()
)
_GENDER_CUES = {**dict.fromkeys(MALE_CUES, "m"), **dict.fromkeys(FEMALE_CUES, "f")}
GIVEN_NAMES = {**dict.fromkeys(MALE_NAMES, "m"), **dict.fromkeys(FEMALE_NAMES, "f")}
_GIVEN_NAMES = GIVEN_NAMES


def _is_title_token(token: Token) -> bool:
    return token.lower.rstrip(".") in TITLES or token.text == "."


def is_initial(token: Token) -> bool:
    """A one-letter capital, as in "Benjamin J. Rhodes" (the "." is a token of its own)."""
    return len(token.text) == 1 and token.text.isupper()


def initial_dot(tokens: list[Token], dot: int) -> bool:
    """Is ``tokens[dot]`` the full stop of a middle initial: glued to a one-letter
    capital and followed, after one space, by a name ("J. Rhodes", not "Plan B.\n\nLee")?"""
    return (
        0 < dot < len(tokens) - 1
        and tokens[dot].text == "."
        and is_initial(tokens[dot - 1])
        and tokens[dot - 1].end == tokens[dot].start
        and tokens[dot + 1].start == tokens[dot].end + 1
        and is_name_token(tokens[dot + 1])
    )


def name_run_end(tokens: list[Token], index: int) -> int:
    """Index of the last token of the name run starting at ``index``, middle initials
    included ("Benjamin J. Rhodes", "George W. Bush")."""
    count = len(tokens)
    last = index
    while last + 1 < count:
        if is_name_token(tokens[last + 1]):
            last += 1
        elif last > index and tokens[last + 1].text == "." and initial_dot(tokens, last + 1):
            last += 2
        else:
            break
    return last


def _middle_initial_before(tokens: list[Token], first: int, low: int) -> bool:
    """Do ``tokens[first - 3 : first]`` read "Benjamin J." before the rest of a name?"""
    return (
        first - 3 >= low
        and tokens[first - 1].text == "."
        and initial_dot(tokens, first - 1)
        and is_name_token(tokens[first - 3])
        and not _is_title_token(tokens[first - 3])
    )


def _name_words(tokens: list[Token]) -> list[str]:
    """The words of a name; an initial keeps its full stop ("J.")."""
    words: list[str] = []
    for token in tokens:
        if token.text == "." and words:
            words[-1] += "."
        else:
            words.append(token.text)
    return words


def _name_run_start(tokens: list[Token], last: int, low: int) -> int:
    """Index of the first token of the personal-name run ending at ``last``."""
    first = last
    organisation = tokens[last].lower in ORG_WORDS or tokens[last].lower in ORG_HEADS
    while first - 1 >= low:
        if _middle_initial_before(tokens, first, low):
            first -= 2
            continue
        prev = tokens[first - 1]
        if not is_name_token(prev) or _is_title_token(prev):
            break
        if prev.lower in ORG_WORDS or strip_possessive(prev.lower) != prev.lower:
            break
        if prev.lower in DEMONYMS or prev.lower in DEMONYM_ADJECTIVES:
            break
        if prev.lower in ROLE_NOUNS and not organisation:  # "Republican Donald Trump"
            break
        first -= 1
    # "Councillor Jo Lee", "Striker Lee": a capitalised role word before a name is a title.
    for index in range(last - 1, first - 1, -1):
        if tokens[index].lower in ROLE_TITLES:
            return index + 1
    return _from_given_name(tokens, first, last)


def _from_given_name(tokens: list[Token], first: int, last: int) -> int:
    """Where a long capitalised run's personal name starts: at its last known given name
    that follows a word that is none ("Zika Virus Chris Christie", a Title Case headline's
    "Hillary Clinton Slams Donald Trump"); "Christine Todd Whitman" stays whole."""
    for index in range(last - 1, first, -1):
        if tokens[index].lower in _GIVEN_NAMES and tokens[index - 1].lower not in _GIVEN_NAMES:
            return index
    return first


def _modifier_start(tokens: list[Token], first: int, low: int) -> int:
    """Extend a name leftwards over titles, demonyms and role words ("Russian President")."""
    while first - 1 >= low:
        prev = tokens[first - 1]
        lower = prev.lower.rstrip(".")
        if prev.text == "." and first - 2 >= low and _is_title_token(tokens[first - 2]):
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
    if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS or lower in FIRST_PERSON:
        return Mention(
            "pronoun", word.text, word.start, word.end, gender=PERSON_PRONOUNS.get(lower)
        )
    if is_name_token(word) and lower not in GROUP_NOUNS:
        return _name_mention(text, tokens, low, last)
    return _description_mention(text, tokens, low, last)


def _name_mention(text: str, tokens: list[Token], low: int, last: int) -> Mention | None:
    name_first = _name_run_start(tokens, last, low)
    if name_first < last and _common_word_opening(text, tokens, name_first, last):
        # "Yet Clinton said": the name is "Clinton"; "Admiral Harris": a title before it
        name_first += 1
        if (
            tokens[name_first - 1].lower not in TITLES
            and tokens[name_first - 1].lower not in ROLE_NOUNS
        ):
            low = name_first
    mod_first = _trim_trailing_of(tokens, _modifier_start(tokens, name_first, low), name_first)
    if mod_first <= name_first - 2 and tokens[name_first - 1].lower == "of":
        role = tokens[name_first - 2].lower.rstrip(".")
        if role in ROLE_NOUNS or role in TITLES:
            return _role_of_place(text, tokens, mod_first, name_first, last)
    name_tokens = _name_words(tokens[name_first : last + 1])
    name_tokens[-1] = strip_possessive(name_tokens[-1])  # "Jo Lee's" names Jo Lee
    if name_first == last and name_tokens[0].lower() in TITLES:
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


def _common_word_opening(text: str, tokens: list[Token], index: int, last: int) -> bool:
    """Is ``tokens[index]``, opening a sentence and the name run up to ``last``, a
    common word the article also writes in lower case ("Yet", "Top", "See")? Known
    given names, name particles ("De Blasio") and organisations' names never are."""
    token = tokens[index]
    if index > 0:
        previous = tokens[index - 1]
        if previous.text not in _SENTENCE_OPENERS and not _new_paragraph(
            text[previous.end : token.start]
        ):
            return False
    if token.lower in _GIVEN_NAMES or token.lower in NAME_PARTICLES:
        return False
    if tokens[last].lower in ORG_WORDS or tokens[last].lower in ORG_HEADS:
        return False
    return token.lower != token.text and written_in_lower_case(text, token.lower)


_SENTENCE_OPENERS = frozenset('.?!:;"“”([')


def _new_paragraph(gap: str) -> bool:
    """A blank line or an indented line start; not a hard-wrapped line's break (Reuters)."""
    return gap.count("\n") > 1 or ("\n" in gap and gap.endswith((" ", "\t")))


def written_in_lower_case(text: str, word: str) -> bool:
    """Does ``word`` (lower case) occur in ``text`` as a whole word?"""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        start = text.find(word, start + 1)
    return False


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
    start, end = tokens[first].start, tokens[last].end
    words = [t.text for t in tokens[first : name_first - 1]]
    return Mention(
        "description",
        text[start:end],
        start,
        end,
        name=text[start:end],
        descriptors=descriptors,
        gender=gender_of(words),
    )


def _description_mention(text: str, tokens: list[Token], low: int, last: int) -> Mention | None:
    head = strip_possessive(tokens[last].lower)
    if not tokens[last].text[0].isalpha():
        return None
    first = last
    while first - 1 >= low and last - first < 6:
        prev = tokens[first - 1]
        if not prev.text[0].isalnum():
            break
        first -= 1
        if prev.lower in _DETERMINERS or prev.text.endswith(_POSSESSIVE_SUFFIXES):
            break
    starts_with_determiner = tokens[first].lower in _DETERMINERS or tokens[first].text.endswith(
        _POSSESSIVE_SUFFIXES
    )
    if head in GROUP_NOUNS and not starts_with_determiner:
        first = last
    elif not starts_with_determiner:
        return None
    if (
        head not in ROLE_NOUNS
        and head not in GROUP_NOUNS
        and head not in ORG_HEADS
        and head not in DOCUMENT_NOUNS
    ):
        if not any(t.text[0].isupper() for t in tokens[first + 1 : last + 1]):
            return None
    words = [t.text for t in tokens[first : last + 1]]
    descriptors: set[str] = set()
    for word in words:
        if word.lower() not in _DETERMINERS:
            descriptors |= descriptor_words(word)
    kind = "description" if head in ROLE_NOUNS and head != "officials" else "group"
    start, end = tokens[first].start, tokens[last].end
    return Mention(
        kind,
        text[start:end],
        start,
        end,
        name=text[start:end],
        descriptors=descriptors,
        gender=gender_of(words),
    )
