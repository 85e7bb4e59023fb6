"""Reading every personal name of a document into the speaker registry, with the
titles and appositions around it ("Syria's transitional president, Ahmed
al-Sharaa"), so that later surnames and descriptions resolve to the same person.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import ne

from ...text.name_words import (
    GIVEN_NAMES,
    is_name_token,
    name_run_end,
    strip_possessive,
)
from ...text.people import (
    DEMONYM_ADJECTIVES,
    DEMONYMS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from ...text.tokens import Token
from .descriptions import PLACE_HEADS, ROLE_WORDS
from .entities import ORGANISATION_HEADS, Entity, EntityRegistry
from .gender import cue_gender
from .mentions import Mention, descriptor_words, mention_from_window


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case (a headline, a link): their capitalised words are no names
    ("Syrian Foreign Minister Rejects Discussion Of Assad's Future")."""
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        # prose: a lower-case word of four letters or more (at the start or after a space)
        prose = _LOWER_WORD.match(line) is not None or _SPACED_LOWER_WORD.search(line) is not None
        if line and not prose:
            long_words = [w for w in _WORD.findall(line) if len(w) >= 4]
            if len(long_words) >= 3 and all(w[0].isupper() for w in long_words):
                found.append((start, end))
        start = end + 1
    return found


# Two patterns, not one "(?:^|\s)": a search can skip to a white space character.
_LOWER_WORD = re.compile(r"[a-z]{4}")
_SPACED_LOWER_WORD = re.compile(r"\s[a-z]{4}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def read_names(
    text: str,
    tokens: list[Token],
    registry: EntityRegistry,
    quoted: list[tuple[int, int]],
    words: list[str] | None = None,
    lowers: list[str] | None = None,
) -> None:
    """Register every personal name outside quotes with its titles and appositions.

    ``words`` and ``lowers`` are the tokens' texts and lower-case texts when the caller
    has them as lists already.
    """
    if words is None or lowers is None:
        words, lowers = [t.text for t in tokens], [t.lower for t in tokens]
    capitalised = _capitalised(words, lowers)
    registry.title_words |= learned_titles(tokens, capitalised)
    next_free = 0
    spans = iter(quoted)
    headlines = iter(headline_lines(text))
    headline = next(headlines, None)
    span = next(spans, None)
    for index in capitalised:
        if index < next_free:
            continue
        token = tokens[index]
        while span is not None and span[1] <= token.start:
            span = next(spans, None)
        if span is not None and span[0] <= token.start:
            continue  # inside a quotation
        while headline is not None and headline[1] <= token.start:
            headline = next(headlines, None)
        if headline is not None and headline[0] <= token.start and lowers[index] not in GIVEN_NAMES:
            continue  # a Title Case headline: only a run opening with a given name is a name
        if not is_name_token(token) or token.lower in _PRONOUNS:
            continue
        last = _line_end(text, tokens, index, _run_end_over_particles(tokens, index))
        next_free = last + 1
        if last == index and not _titled(tokens, index):
            # A lone capitalised word is a new person only after a title or role; it
            # may still be the surname of someone named before ("Lee, who ...").
            registry.see_surname(token.lower, token.start)
            continue
        if (
            last + 2 < len(tokens)
            and lowers[last + 1] in ROLE_NOUNS
            and is_name_token(tokens[last + 2])
        ):
            continue  # "Acting Norland premier Lee Dorn": the run modifies the role
        if index and lowers[index - 1] in _ARTICLES:
            continue  # "the Rio de Janeiro Olympics": a person's name takes no article
        if tokens[last].lower in ORGANISATION_HEADS or tokens[last].lower in PLACE_HEADS:
            continue  # "Acme Corp", "Foreign Ministry", "Elm Road": never a person
        mention = mention_from_window(text, tokens, max(0, index - 6), last + 1, True)
        if mention is not None and mention.kind == "name" and _looks_personal(mention):
            entity = registry.add_name(mention)
            _read_appositions(text, tokens, mention, entity, registry)
        elif last == index:
            registry.see_surname(token.lower, token.start)


def learned_titles(tokens: list[Token], capitalised: list[int] | None = None) -> set[str]:
    """Capitalised words the article uses as titles, whatever the language of the office:
    a word that stands before a full name ("Taoiseach Enda Kenny") and also after "the"
    as a noun ("the Taoiseach said"), or that stands before a full name the article
    also writes after another word ("Coun Ann Lee" and "Councillor Ann Lee").

    ``capitalised``: the indices of the tokens with an upper-case letter, if known."""
    before_name: dict[str, set[str]] = {}
    full_names: dict[str, set[str]] = {}
    if capitalised is None:
        capitalised = _capitalised([t.text for t in tokens], [t.lower for t in tokens])
    stop = len(tokens) - 2
    # A name token has an upper-case letter: only a word followed by two capitalised
    # ones can stand before a full name (a set lookup each, before any word test).
    upper = set(capitalised)
    for index in capitalised:
        if index >= stop:
            break
        if index + 1 not in upper or index + 2 not in upper:
            continue
        word, nxt = tokens[index], tokens[index + 1]
        if not word.text[:1].isupper() or word.lower in NON_NAME_WORDS or word.text.isupper():
            continue
        if is_name_token(nxt) and is_name_token(tokens[index + 2]):
            full = f"{nxt.lower} {tokens[index + 2].lower}"
            before_name.setdefault(word.lower, set()).add(full)
            full_names.setdefault(full, set()).add(word.lower)
    if not before_name:
        return set()
    # "the Taoiseach said": only the words found before a full name need this test
    after_the: set[str] = set()
    for index in capitalised:
        if index >= stop:
            break
        word = tokens[index]
        if word.lower not in before_name or not index or tokens[index - 1].lower != "the":
            continue
        if not word.text[:1].isupper() or word.text.isupper():
            continue
        if tokens[index + 1].text[:1].islower():
            after_the.add(word.lower)
    return {
        word
        for word, names in before_name.items()
        if word not in GIVEN_NAMES
        and (word in after_the or any(len(full_names[name]) > 1 for name in names))
    }


_ARTICLES = frozenset({"the", "a", "an"})


def _line_end(text: str, tokens: list[Token], index: int, last: int) -> int:
    """A name never goes on over a line break (a headline's "...: Seeney" above a line
    opening "Acting premier Jeff Seeney")."""
    if last == index or "\n" not in text[tokens[index].end : tokens[last].start]:
        return last
    for at in range(index, last):
        if "\n" in text[tokens[at].end : tokens[at + 1].start]:
            return at
    return last


def _run_end_over_particles(tokens: list[Token], index: int) -> int:
    """The end of a name run that goes on over a lower-case particle ("Mohammed bin
    Abdulrahman Al-Thani", "Rio de Janeiro")."""
    last = name_run_end(tokens, index)
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text in NAME_PARTICLES
        and is_name_token(tokens[last + 2])
        and tokens[last + 2].start - tokens[last + 1].end == 1
    ):
        last = name_run_end(tokens, last + 2)
    return last


# A lone capitalised function word at a sentence start is not a name.
_PRONOUNS = frozenset({"he", "she", "they", "it"})


def _titled(tokens: list[Token], index: int) -> bool:
    """Is ``tokens[index]`` right after a title or role word ("leader Putin", "Mr. Berg")?"""
    if index == 0:
        return False
    previous = tokens[index - 1]
    return previous.text == "." or previous.lower in _TITLE_OR_ROLE


_TITLE_OR_ROLE = frozenset(TITLES) | ROLE_NOUNS


def _capitalised(words: list[str], lowers: list[str]) -> list[int]:
    """Indices of the words that may start a name (a cheap filter before is_name_token).

    A name token has an upper-case letter ("Lee", "al-Sharaa"), so lower-casing
    changes it; comparing the two columns is much cheaper than testing each word
    (with ``operator.ne``, a plain C function: ``str.__ne__`` is a slot wrapper, whose
    every call costs several times as much).
    """
    return list(compress(range(len(words)), map(ne, words, lowers)))


def _looks_personal(mention: Mention) -> bool:
    words = mention.name.split()
    if "-" in mention.name and any(_COMPOUND_ADJECTIVE.match(word) for word in words):
        return False  # "Hamas-run Gaza", "Kremlin-backed Rossia": an adjective, a place
    if len(words) == 1:
        lower = strip_possessive(words[0].lower())
        if lower in DEMONYMS:
            return False
        return bool(mention.descriptors & ROLE_WORDS)
    if strip_possessive(words[-1].lower()) in DEMONYM_ADJECTIVES and (
        words[0].lower() in _COMPASS_WORDS
    ):
        return False  # "North Korean defectors", "South African officials": an adjective
    return not any(strip_possessive(w.lower()) in DEMONYMS for w in words)


_COMPASS_WORDS = frozenset(
    "north south east west central northern southern eastern western".split()
)
# A capitalised word joined to a lower-case participle or adjective ("Hamas-run",
# "Kremlin-backed", "Texas-based") modifies a noun; a personal name has no such word.
_COMPOUND_ADJECTIVE = re.compile(
    r"[A-Z][\w'’]*-(?:[a-z]+ed|run|led|held|made|born|wide|like|style|era|bound|friendly)$"
)


def _read_appositions(
    text: str, tokens: list[Token], mention: Mention, entity: Entity, registry: EntityRegistry
) -> None:
    """ "Syria's transitional president, Ahmed al-Sharaa," and "Putin, the Russian leader,"."""
    before = text[max(0, mention.start - 80) : mention.start]
    if before.rstrip().endswith(","):
        comma = max(0, mention.start - 80) + before.rstrip().rfind(",")
        last = bisect.bisect_left(tokens, comma, key=_token_start)
        window = [t for t in tokens[max(0, last - 8) : last] if t.start >= comma - 80]
        words = _description_words([t.text for t in window[-5:]])
        registry.describe(entity, words)
    after = text[mention.end : mention.end + 80]
    age = _AGE_APPOSITION.match(after)
    if age:  # "Tomas Brill, 70, said": the 70-year-old
        registry.describe(entity, {f"{age.group(1)}-year-old"})
    predicate = _PREDICATE_ROLE.match(after)
    if predicate:  # "named Qin Gang as foreign minister", "Lee, who is the party's treasurer"
        words_after = predicate.group(1).split(",")[0].split(".")[0].split()[:5]
        registry.describe(entity, _description_words(words_after, leading=True))
    if after.startswith(", "):
        words_after = after[2:].split(",")[0].split(".")[0].split()[:5]
        if words_after and _opens_description(words_after[0]):
            registry.describe(entity, _description_words(words_after, leading=True))
    if entity.gender is None:
        entity.gender = cue_gender(sorted(entity.descriptors))


_AGE_APPOSITION = re.compile(r", (\d{1,3})[,.;]")
# A role given as a predicate right after the name: "as", a copula, or a relative "who is".
_PREDICATE_ROLE = re.compile(
    r",? (?:who |which )?(?:as|is|was|has been|had been|became|becomes|will be|"
    r"serves as|served as|is now|was then)"
    r" (?:the |a |an |its |their |his |her )?((?:[\w'’-]+ ){0,4}[\w'’-]+)"
)


def _token_start(token: Token) -> int:
    return token.start


def _opens_description(word: str) -> bool:
    """ "Putin, the Russian leader," but not "Dupont, met ..." (a verb)."""
    lower = strip_possessive(word.lower())
    return (
        word[:1].isupper()
        or lower in {"the", "a", "an", "his", "her", "its", "their", "former", "then"}
        or lower in ROLE_NOUNS
        or lower in TITLES
        or word.lower() != lower
    )


def _description_words(words: list[str], leading: bool = False) -> set[str]:
    """Descriptor words of a short description, if it has a role noun; else nothing."""
    if leading:
        cut = []
        for word in words:
            cut.append(word)
            if word.lower() in ROLE_NOUNS:
                break
        words = cut
    else:
        lowered = [w.lower() for w in words]
        stops = [i for i, w in enumerate(lowered) if w in {"the", "a", "an", "of", "by", "and"}]
        if stops:
            words = words[stops[-1] + 1 :]
    if not words or strip_possessive(words[-1].lower()) not in ROLE_NOUNS:
        if not any(w.lower() in ROLE_NOUNS for w in words):
            return set()
    result: set[str] = set()
    for word in words:
        if word[:1].isalpha() and word.lower() not in {"the", "a", "an"}:
            result |= descriptor_words(word)
    return result
