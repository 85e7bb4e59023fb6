"""Personal names in a run of capitalised tokens: which words can be part of a
name, where the name starts and ends ("Russian President Vladimir Putin",
"Benjamin J. Rhodes", "Yet Clinton said"), and the gender its words suggest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .people import (
    DEMONYM_ADJECTIVES,
    DEMONYMS,
    FEMALE_CUES,
    FEMALE_NAMES,
    MALE_CUES,
    MALE_NAMES,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    ROLE_NOUNS,
    ROLE_TITLES,
    TITLES,
)
from .tokens import Token

POSSESSIVE_SUFFIXES = ("'s", "’s")


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(POSSESSIVE_SUFFIXES) else word


def is_name_token(token: Token) -> bool:
    """A capitalised word that can be part of a personal name ("al-Sharaa" counts)."""
    word = token.text
    if not word[0].isalpha():
        return False
    if word[0].isupper():
        if token.lower in NON_NAME_WORDS:
            return False
        # "Interestingly", "Separately": an adverb opening a sentence ("Schlafly" is a name)
        return not (token.lower.endswith(_ADVERB_ENDINGS) and token.lower not in GIVEN_NAMES)
    if "-" not in word:
        return False  # the common lower-case word: no particle joined to a name
    head, _, rest = word.partition("-")
    return head in NAME_PARTICLES and bool(rest) and rest[0].isupper()


_ADVERB_ENDINGS = tuple("ally ously ively ately edly ingly fully ently antly ably ibly".split())


def gender_of(words: list[str]) -> str | None:
    """Gender hint from honorifics, gendered role nouns and common given names."""
    for word in words:
        gender = _GENDER_CUES.get(word.lower().rstrip("."))
        if gender is not None:
            return gender
    for word in words:
        if word[:1].isupper() and not _is_initial_word(word):  # a given name?
            return GIVEN_NAMES.get(word.lower())
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


def _is_initial_word(word: str) -> bool:
    """ "J." in "J. Gerald Hebert": the given name is the word after it."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


_GENERIC_ROLE_CUES = frozenset(
    "spokesman chairman congressman councilman alderman assemblyman businessman".split()
)
_GENDER_CUES = {**dict.fromkeys(MALE_CUES, "m"), **dict.fromkeys(FEMALE_CUES, "f")}
GIVEN_NAMES = {**dict.fromkeys(MALE_NAMES, "m"), **dict.fromkeys(FEMALE_NAMES, "f")}


def is_title_token(token: Token) -> bool:
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
        and not is_title_token(tokens[first - 3])
    )


def _leading_initial_before(tokens: list[Token], first: int, low: int) -> bool:
    """Does an initial open the name whose given name is ``tokens[first]`` ("J. Gerald
    Hebert", "H. Ross Perot")? Not after another capitalised word ("Plan B. Gerald")."""
    return (
        first - 2 >= low
        and tokens[first - 1].text == "."
        and initial_dot(tokens, first - 1)
        and (first - 3 < low or not tokens[first - 3].text[0].isupper())
    )


def name_words(tokens: list[Token]) -> list[str]:
    """The words of a name; an initial keeps its full stop ("J.")."""
    words: list[str] = []
    for token in tokens:
        if token.text == "." and words:
            words[-1] += "."
        else:
            words.append(token.text)
    return words


def name_run_start(tokens: list[Token], last: int, low: int) -> int:
    """Index of the first token of the personal-name run ending at ``last``."""
    first = last
    organisation = tokens[last].lower in ORG_WORDS or tokens[last].lower in ORG_HEADS
    while first - 1 >= low:
        if _middle_initial_before(tokens, first, low):
            first -= 2
            continue
        if first < last and _leading_initial_before(tokens, first, low):
            first -= 2  # "J. Gerald Hebert"
            break
        prev = tokens[first - 1]
        if not is_name_token(prev) or is_title_token(prev):
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
        previous = tokens[index - 1]
        if tokens[index].lower in GIVEN_NAMES and previous.lower not in GIVEN_NAMES:
            if previous.text != ".":  # not after an initial: "J. Gerald Hebert"
                return index
    return first


def common_word_opening(text: str, tokens: list[Token], index: int, last: int) -> bool:
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
    if token.lower in GIVEN_NAMES or token.lower in NAME_PARTICLES:
        return False
    if tokens[last].lower in ORG_WORDS or tokens[last].lower in ORG_HEADS:
        return False
    return token.lower != token.text and written_in_lower_case(text, token.lower)


_SENTENCE_OPENERS = frozenset('.?!:;"“”([')


def _new_paragraph(gap: str) -> bool:
    """A blank line or an indented line start; not a hard-wrapped line's break (Reuters)."""
    return gap.count("\n") > 1 or ("\n" in gap and gap.endswith((" ", "\t")))


def written_in_lower_case(text: str, word: str) -> bool:
    """Does ``word`` (lower case) occur in ``text`` as a whole word?

    The text is searched for each word. A long text that has made many searches come
    back empty (each of them a scan of the whole text) is read once into the set of its
    words, so that thousands of different capitalised words still cost linear time.
    """
    if len(text) < _LONG_TEXT:
        return _found_as_whole_word(text, word)
    return _lower_case_words(text).has(word)


# Below this many characters every search is cheap enough.
_LONG_TEXT = 20_000
# Empty searches of one long text before its word set is built (building it costs
# about as much as a few hundred searches).
_MISSES_BEFORE_SET = 256
_ALNUM_RUN = re.compile(r"[^\W_]+")  # exactly the characters str.isalnum() accepts


class _LowerCaseWords:
    """Whole-word lookups in one long text: searches first, its word set once they miss often."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.misses = 0
        self.words: frozenset[str] | None = None
        self.answers: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        if self.words is not None and word.isalnum():
            return word in self.words
        found = self.answers.get(word)
        if found is None:
            found = self.answers[word] = _found_as_whole_word(self.text, word)
            self.misses += not found
            if self.misses == _MISSES_BEFORE_SET:
                self.words = alnum_runs(self.text)
        return found


@lru_cache(maxsize=1)  # the document being analysed; keeps no other long text alive
def _lower_case_words(text: str) -> _LowerCaseWords:
    return _LowerCaseWords(text)


def alnum_runs(text: str) -> frozenset[str]:
    """The maximal runs of letters and digits in ``text``: its whole words."""
    return frozenset(_ALNUM_RUN.findall(text))


def _found_as_whole_word(text: str, word: str) -> bool:
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        start = text.find(word, start + 1)
    return False
